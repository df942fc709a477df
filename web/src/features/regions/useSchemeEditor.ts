import { useCallback, useMemo, useState } from 'react';
import type { RegionScheme } from '../analysis/api/analysis.ts';
import type { CountyFeature, CountyProperties } from '../counties/api/counties.ts';
import { outOfScopeColour, type Rgb } from '../indicators/classify/palette.ts';
import type { SchemeInput } from './api/schemes.ts';
import { regionColour, unassignedColour } from './regionColours.ts';

export interface DraftRegion {
  /** Stable while the code is being typed, so assignments survive a renamed code. */
  key: number;
  code: string;
  name_fa: string;
  name_en: string;
}

export interface Draft {
  id: number | null;
  updatedAt: string | null;
  set: string;
  province: string;
  name_fa: string;
  name_en: string;
  regions: DraftRegion[];
  /** County code → region key. */
  assignment: Record<string, number>;
  active: number | null;
}

let nextKey = 1;

function fromScheme(scheme: RegionScheme): Draft {
  const assignment: Record<string, number> = {};
  const regions = scheme.regions.map((r) => {
    const key = nextKey++;
    for (const c of r.counties) assignment[c] = key;
    return { key, code: r.code, name_fa: r.name_fa, name_en: r.name_en };
  });
  return {
    id: scheme.id,
    updatedAt: scheme.updated_at,
    set: scheme.set,
    province: scheme.province ?? '',
    name_fa: scheme.name_fa,
    name_en: scheme.name_en,
    regions,
    assignment,
    active: regions[0]?.key ?? null,
  };
}

/** The scheme being drawn: regions, which county belongs to which, and what the map shows meanwhile. */
export function useSchemeEditor(counties: CountyFeature[]) {
  const [draft, setDraft] = useState<Draft | null>(null);
  const patch = useCallback((p: Partial<Draft>) => setDraft((d) => (d ? { ...d, ...p } : d)), []);

  const startNew = useCallback((set: string, province: string) => {
    setDraft({
      id: null,
      updatedAt: null,
      set,
      province,
      name_fa: '',
      name_en: '',
      regions: [],
      assignment: {},
      active: null,
    });
  }, []);
  const startEdit = useCallback((scheme: RegionScheme) => setDraft(fromScheme(scheme)), []);
  const cancel = useCallback(() => setDraft(null), []);

  const addRegion = useCallback((region: Omit<DraftRegion, 'key'>) => {
    const key = nextKey++;
    setDraft((d) => (d ? { ...d, regions: [...d.regions, { ...region, key }], active: key } : d));
  }, []);
  const updateRegion = useCallback((key: number, p: Partial<DraftRegion>) => {
    setDraft((d) => (d ? { ...d, regions: d.regions.map((r) => (r.key === key ? { ...r, ...p } : r)) } : d));
  }, []);
  const removeRegion = useCallback((key: number) => {
    setDraft((d) => {
      if (!d) return d;
      const assignment = Object.fromEntries(Object.entries(d.assignment).filter(([, k]) => k !== key));
      const regions = d.regions.filter((r) => r.key !== key);
      return { ...d, regions, assignment, active: d.active === key ? (regions[0]?.key ?? null) : d.active };
    });
  }, []);
  const assign = useCallback((county: CountyFeature) => {
    setDraft((d) => {
      if (!d || d.active === null || county.properties.province !== d.province) return d;
      return { ...d, assignment: { ...d.assignment, [county.properties.code]: d.active } };
    });
  }, []);

  const provinceCounties = useMemo(
    () => (draft ? counties.filter((c) => c.properties.province === draft.province) : []),
    [counties, draft],
  );
  const unassigned = useMemo(
    () =>
      draft
        ? provinceCounties.filter((c) => {
            const key = draft.assignment[c.properties.code];
            return key === undefined || !draft.regions.some((r) => r.key === key);
          })
        : [],
    [draft, provinceCounties],
  );

  const colouring = useMemo(() => {
    if (!draft) return null;
    const index = new Map(draft.regions.map((r, i) => [r.key, i]));
    return {
      fillColour: (p: CountyProperties): Rgb => {
        if (p.province !== draft.province) return outOfScopeColour;
        const i = index.get(draft.assignment[p.code] ?? -1);
        return i === undefined ? unassignedColour : regionColour(i);
      },
      colourKey: `editor:${JSON.stringify(draft.assignment)}:${draft.regions.map((r) => r.key).join(',')}`,
    };
  }, [draft]);

  const input: SchemeInput | null = draft
    ? {
        set: draft.set,
        province: draft.province,
        name_fa: draft.name_fa.trim(),
        name_en: draft.name_en.trim(),
        regions: draft.regions.map((r) => ({
          code: r.code.trim(),
          name_fa: r.name_fa.trim(),
          name_en: r.name_en.trim(),
          counties: provinceCounties
            .map((c) => c.properties.code)
            .filter((code) => draft.assignment[code] === r.key),
        })),
      }
    : null;

  return {
    draft,
    patch,
    startNew,
    startEdit,
    cancel,
    addRegion,
    updateRegion,
    removeRegion,
    assign,
    provinceCounties,
    unassigned,
    colouring,
    input,
  };
}

export type SchemeEditor = ReturnType<typeof useSchemeEditor>;
