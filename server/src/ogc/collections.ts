import { currentSet } from '@tavazon/contract';
import type { Sql } from '@tavazon/data';
import type { Audience } from '../queries/projectFeatures.ts';
import { projectVisible } from '../queries/projectFeatures.ts';

// The collections of the OGC API: the current provinces, the counties of every boundary set (with the
// latest value of every indicator measured on it), every planning-region scheme, and the projects this
// audience may see. Their ids are what GDAL names its layers after.

export type CollectionKind = 'provinces' | 'counties' | 'regions' | 'projects';

export interface Collection {
  id: string;
  kind: CollectionKind;
  title: string;
  description: string;
  /** The boundary set of provinces, counties and regions. */
  set?: string;
  schemeId?: number;
  bbox: [number, number, number, number] | null;
  /** Projects: the earliest start and latest end, ISO dates (null: open). */
  interval?: [string | null, string | null];
}

const bboxOf = (box: string | null): Collection['bbox'] => {
  // ST_Extent writes BOX(w s,e n).
  const m = box?.match(/BOX\(([-0-9.e]+) ([-0-9.e]+),([-0-9.e]+) ([-0-9.e]+)\)/);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])] : null;
};

/** Every collection, in a fixed order (provinces, counties by set, regions by scheme, projects). */
export async function listCollections(sql: Sql, audience: Audience): Promise<Collection[]> {
  return [
    ...(await setCollections(sql)),
    ...(await schemeCollections(sql)),
    await projectsCollection(sql, audience, true),
  ];
}

/**
 * One collection by id, or undefined; only its own rows are read. `extent: false` skips the projects'
 * extent (a scan of every visible project), which a page of items does not need.
 */
export async function findCollection(sql: Sql, id: string, audience: Audience, extent = true) {
  if (id === 'projects') return projectsCollection(sql, audience, extent);
  const scheme = /^regions-([0-9]{1,15})$/.exec(id);
  if (scheme) return (await schemeCollections(sql, Number(scheme[1])))[0];
  const set = /^counties-([a-z0-9-]{1,40})$/.exec(id);
  if (set || id === 'provinces') {
    return (await setCollections(sql, set ? set[1] : currentSet)).find((c) => c.id === id);
  }
  return undefined;
}

async function setCollections(sql: Sql, only?: string): Promise<Collection[]> {
  const sets = await sql<{ code: string; name_en: string; attribution: string; box: string | null }[]>`
    SELECT s.code, s.name_en, s.attribution,
           (SELECT ST_Extent(u.geom)::text FROM admin_unit u WHERE u.boundary_set = s.code AND u.level = 'county') AS box
    FROM boundary_set s ${only ? sql`WHERE s.code = ${only}` : sql``}
    ORDER BY s.code = ${currentSet} DESC, s.code`;
  const current = sets.find((s) => s.code === currentSet);
  return [
    ...(current
      ? [
          {
            id: 'provinces',
            kind: 'provinces' as const,
            title: 'Provinces',
            description: `The provinces of Iran (${current.name_en}; ${current.attribution}), with their county counts.`,
            set: currentSet,
            bbox: bboxOf(current.box),
          },
        ]
      : []),
    ...sets.map((s) => ({
      id: `counties-${s.code}`,
      kind: 'counties' as const,
      title: `Counties (${s.name_en})`,
      description:
        `The counties of the boundary set ${s.code} (${s.attribution}). Each indicator measured on this set ` +
        'is a property named by its code, holding its value for the latest period that has values ' +
        '(GET /api/indicators names the periods and units); null where the county has none.',
      set: s.code,
      bbox: bboxOf(s.box),
    })),
  ];
}

async function schemeCollections(sql: Sql, only?: number): Promise<Collection[]> {
  const schemes = await sql<{ id: number; name_en: string; set: string; box: string | null }[]>`
    SELECT r.id::int AS id, r.name_en, r.boundary_set AS set,
           (SELECT ST_Extent(u.geom)::text FROM region_member m JOIN admin_unit u ON u.id = m.admin_unit_id
            WHERE m.scheme_id = r.id) AS box
    FROM region_scheme r ${only !== undefined ? sql`WHERE r.id = ${only}` : sql``}
    ORDER BY r.id`;
  return schemes.map((r) => ({
    id: `regions-${r.id}`,
    kind: 'regions' as const,
    title: `Planning regions: ${r.name_en}`,
    description: `The regions of the planning-region scheme ${r.id} (${r.name_en}), each the union of its counties of the set ${r.set}.`,
    set: r.set,
    schemeId: r.id,
    bbox: bboxOf(r.box),
  }));
}

async function projectsCollection(sql: Sql, audience: Audience, extent: boolean): Promise<Collection> {
  const range = extent ? await projectExtent(sql, audience) : { box: null, start: null, end: null };
  return {
    id: 'projects',
    kind: 'projects',
    title: 'Driver projects',
    description: audience.internal
      ? 'The current (not archived) driver projects, published or not, with the internal fields. datetime selects by the period from start_date to end_date.'
      : 'The published driver projects with their public fields. datetime selects by the period from start_date to end_date.',
    bbox: bboxOf(range.box),
    interval: [range.start, range.end],
  };
}

async function projectExtent(sql: Sql, audience: Audience) {
  const [row] = await sql<{ box: string | null; start: string | null; end: string | null }[]>`
    SELECT ST_Extent(p.location)::text AS box, to_char(min(p.start_date), 'YYYY-MM-DD') AS start,
           CASE WHEN bool_or(p.end_date IS NULL) THEN NULL ELSE to_char(max(p.end_date), 'YYYY-MM-DD') END AS end
    FROM project p WHERE ${projectVisible(sql, projectScope(audience), audience)}`;
  return row!;
}

/** The projects collection: for signed-in readers the current ones, published or not. */
export const projectScope = (audience: Audience) => (audience.internal ? { archived: false } : {});
