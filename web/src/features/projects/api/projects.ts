import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { currentSet, type ExportFormat, type ProjectSort } from '@tavazon/contract';
import { fetchJson, withQuery } from '../../../shared/api/fetchJson.ts';
import type { ProjectCollection, ProjectFeature, ProjectStatus } from './types.ts';

// Every projects query key starts with 'projects': a save, an import or a change of session invalidates
// or resets them all at once (the audience decides what the API returns).

/** The registry's filters: the same as `GET /api/projects` and the export take. */
export interface ProjectFilter {
  province?: string | undefined;
  status?: ProjectStatus[] | undefined;
  sector?: string[] | undefined;
  /** Signed-in users only: true = published, false = not yet published, undefined = both. */
  published?: boolean | undefined;
  /** Signed-in users only: list the archived projects instead. */
  archived?: boolean | undefined;
  /** An organisation's id: the projects in the counties it backs as an economic patron. */
  patron?: number | undefined;
}

/** The filter as query parameters, in a fixed order so equal filters make equal keys and URLs. */
export function filterParams(filter: ProjectFilter): Record<string, string | undefined> {
  return {
    province: filter.province,
    status: filter.status?.length ? filter.status.join(',') : undefined,
    sector: filter.sector?.length ? filter.sector.join(',') : undefined,
    published: filter.published === undefined ? undefined : String(filter.published),
    archived: filter.archived ? 'true' : undefined,
    patron: filter.patron === undefined ? undefined : String(filter.patron),
  };
}

/** The projects on the map and in the registry list, filtered (a few hundred at most). */
export function projectsQuery(filter: ProjectFilter) {
  const url = withQuery('/api/projects', filterParams(filter));
  return queryOptions({
    queryKey: ['projects', 'list', url],
    queryFn: ({ signal }) => fetchJson<ProjectCollection>(url, signal),
    staleTime: 5 * 60_000,
  });
}

/** A page of the registry list: the server's next cursor, null on the last page. */
export type ProjectPage = ProjectCollection & { next_cursor: string | null; numberReturned: number };

/** Projects per page of the registry list: a screenful or two, the next page on request. */
export const registryPageSize = 50;

/** The registry list, a page at a time (keyset: each page after the last of the one before). */
export function registryPagesQuery(filter: ProjectFilter, sort: ProjectSort, q: string) {
  const url = withQuery('/api/projects', {
    ...filterParams(filter),
    sort: sort === 'id' ? undefined : sort,
    q: q.trim() || undefined,
    limit: registryPageSize,
  });
  return infiniteQueryOptions({
    queryKey: ['projects', 'pages', url],
    queryFn: ({ signal, pageParam }) =>
      fetchJson<ProjectPage>(pageParam ? `${url}&cursor=${encodeURIComponent(pageParam)}` : url, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next_cursor,
    staleTime: 60_000,
  });
}

/**
 * Projects of one county of any boundary set: of the current set, those recorded in it; of another, those
 * whose point its polygon covers (the server decides, on the full-detail boundaries).
 */
export function countyProjectsQuery(county: string, set: string) {
  return queryOptions({
    queryKey: ['projects', 'county', set, county],
    queryFn: ({ signal }) =>
      fetchJson<ProjectCollection>(
        withQuery('/api/projects', { county, set: set === currentSet ? undefined : set }),
        signal,
      ),
    staleTime: 5 * 60_000,
  });
}

/** One project as it is now; for signed-in users with `may_edit` and `allowed_statuses`. */
export function projectQuery(id: number) {
  return queryOptions({
    queryKey: ['projects', 'one', id],
    queryFn: ({ signal }) => fetchJson<ProjectFeature>(`/api/projects/${id}`, signal),
    staleTime: 30_000,
  });
}

/**
 * Format names as GIS users know them: the same in both languages, except the Shapefile, which Persian GIS
 * users call «شیپ‌فایل» (the others have no Persian name).
 */
export function exportLabel(lang: 'fa' | 'en', format: ExportFormat): string {
  if (format === 'shp') return lang === 'fa' ? 'شیپ‌فایل' : 'Shapefile';
  return { csv: 'CSV', geojson: 'GeoJSON', xlsx: 'XLSX', fgb: 'FlatGeobuf' }[format];
}

/** The export of the filtered list: a plain link, so the browser downloads it with the session cookie. */
export function exportUrl(filter: ProjectFilter, format: ExportFormat): string {
  return withQuery('/api/projects/export', { format, ...filterParams(filter) });
}
