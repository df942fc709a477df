import type {
  ExpressionSpecification,
  MapGeoJSONFeature,
  Map as MapLibreMap,
  VectorTileSource,
} from 'maplibre-gl';
import { cssColour } from '../../indicators/classify/palette.ts';
import { filterParams, type ProjectFilter } from '../api/projects.ts';
import { type ProjectStatus, projectStatuses } from '../api/types.ts';
import { statusColours } from './statusColours.ts';

// The projects on the map come from the server's vector tiles (/tiles/projects, docs/api.md): MapLibre
// fetches only the tiles in view, so the map draws a million projects as well as twenty. Below the
// server's clustering zoom a tile holds clusters (`count` and one count per status) beside the projects
// that are alone in their cell; a project carries only `id`, `status`, `sector`, `precision` and, for
// signed-in users, `published`. The panel fetches the rest on click.

export const projectSourceId = 'project-tiles';
export const projectLayerIds = {
  clusters: 'project-clusters',
  clusterCounts: 'project-cluster-counts',
  points: 'project-points',
} as const;

/** The tile URL template of this filter, absolute (MapLibre fetches tiles from a worker). */
export function projectTilesUrl(filter: ProjectFilter): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(filterParams(filter))) if (value) search.set(key, value);
  const query = search.toString();
  return `${window.location.origin}/tiles/projects/{z}/{x}/{y}.mvt${query ? `?${query}` : ''}`;
}

const [first, ...rest] = projectStatuses;
const statusColour: ExpressionSpecification = [
  'match',
  ['get', 'status'],
  first,
  cssColour(statusColours[first]),
  ...rest.flatMap((s) => [s, cssColour(statusColours[s])]),
  'rgb(120, 120, 120)',
];
// County- or province-precision points are hollow rings: the map itself says the point is not the site.
const approximate: ExpressionSpecification = [
  'in',
  ['get', 'precision'],
  ['literal', ['county', 'province']],
];
// The selected project, drawn larger with a dark ring, is marked by feature state: changing the selection
// restyles one feature, where a new paint expression made MapLibre lay out every loaded tile again (on a
// dense map that held the panel of the clicked project back by half a second).
const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const radius: ExpressionSpecification = [
  'step',
  ['zoom'],
  ['case', selected, 5.5, 3.5],
  6,
  ['case', selected, 7, 5],
  8,
  ['case', selected, 8, 6],
];

/** Adds the source and its layers under `beforeId` (the county labels, which must stay readable). */
export function addProjectTileLayers(
  map: MapLibreMap,
  filter: ProjectFilter,
  beforeId: string,
  font: string,
) {
  map.addSource(projectSourceId, {
    type: 'vector',
    tiles: [projectTilesUrl(filter)],
    minzoom: 0,
    maxzoom: 14,
    // Feature state is keyed by the project's id (clusters have none).
    promoteId: 'id',
  });
  map.addLayer(
    {
      id: projectLayerIds.clusters,
      type: 'circle',
      source: projectSourceId,
      'source-layer': 'projects',
      filter: ['has', 'count'],
      paint: {
        'circle-color': 'rgba(31, 41, 55, 0.82)',
        'circle-radius': ['interpolate', ['linear'], ['get', 'count'], 2, 9, 100, 15, 10000, 24],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1.5,
      },
    },
    beforeId,
  );
  map.addLayer(
    {
      id: projectLayerIds.clusterCounts,
      type: 'symbol',
      source: projectSourceId,
      'source-layer': 'projects',
      filter: ['has', 'count'],
      layout: {
        visibility: 'none',
        'text-field': countText('fa'),
        'text-font': [font],
        'text-size': 11,
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': '#ffffff' },
    },
    beforeId,
  );
  map.addLayer(
    {
      id: projectLayerIds.points,
      type: 'circle',
      source: projectSourceId,
      'source-layer': 'projects',
      filter: ['!', ['has', 'count']],
      paint: {
        'circle-radius': radius,
        'circle-color': ['case', approximate, 'rgba(255, 255, 255, 0.92)', statusColour],
        // Unpublished projects (seen by signed-in users only) are faded, so nobody takes them for public.
        'circle-opacity': ['case', ['==', ['get', 'published'], false], 0.45, 1],
        'circle-stroke-color': ['case', selected, '#111827', approximate, statusColour, '#ffffff'],
        'circle-stroke-width': ['case', selected, 3.5, approximate, 2.5, 1.5],
      },
    },
    beforeId,
  );
  // Hidden until the map shows them (setProjectsVisible): MapLibre fetches no tile for a source whose
  // layers are all hidden, so the projects' tiles wait until the counties are drawn.
  setProjectsVisible(map, false);
}

/** The cluster counts in the page's digits (Persian digits in Persian). */
export function countText(lang: 'fa' | 'en'): ExpressionSpecification {
  return ['number-format', ['get', 'count'], { locale: lang === 'fa' ? 'fa-IR' : 'en' }];
}

export function setProjectTileLanguage(map: MapLibreMap, lang: 'fa' | 'en') {
  if (map.getLayer(projectLayerIds.clusterCounts))
    map.setLayoutProperty(projectLayerIds.clusterCounts, 'text-field', countText(lang));
}

/** The counts are text: shown once the map's font is there (as the labels are, overlayLayers.ts). */
export function showProjectCounts(map: MapLibreMap) {
  countsShown.add(map);
  if (
    map.getLayer(projectLayerIds.clusterCounts) &&
    map.getLayoutProperty(projectLayerIds.points, 'visibility') !== 'none'
  )
    map.setLayoutProperty(projectLayerIds.clusterCounts, 'visibility', 'visible');
}

/** Another filter: other tiles (`projectTilesUrl`). */
export function setProjectTileUrl(map: MapLibreMap, url: string) {
  const source = map.getSource(projectSourceId) as VectorTileSource | undefined;
  if (source && source.tiles?.[0] !== url) source.setTiles([url]);
}

// The counts stay hidden until the font is there, whatever else shows or hides the projects.
const countsShown = new WeakSet<MapLibreMap>();

/** Hides the projects (while regions are drawn their clicks belong to the counties). */
export function setProjectsVisible(map: MapLibreMap, visible: boolean) {
  for (const id of Object.values(projectLayerIds)) {
    if (!map.getLayer(id)) continue;
    const show = visible && (id !== projectLayerIds.clusterCounts || countsShown.has(map));
    map.setLayoutProperty(id, 'visibility', show ? 'visible' : 'none');
  }
}

const selectedOn = new WeakMap<MapLibreMap, number>();

/** The selected project drawn larger with a dark ring (`selected` above). */
export function setSelectedProject(map: MapLibreMap, id: number | null) {
  if (!map.getSource(projectSourceId)) return;
  const previous = selectedOn.get(map);
  if (previous === id) return;
  const feature = (projectId: number) => ({
    source: projectSourceId,
    sourceLayer: 'projects',
    id: projectId,
  });
  if (previous !== undefined) map.setFeatureState(feature(previous), { selected: false });
  if (id === null) selectedOn.delete(map);
  else {
    map.setFeatureState(feature(id), { selected: true });
    selectedOn.set(map, id);
  }
}

/** What a click at this point hits: a project (its id) or a cluster (zoom in), or nothing of ours. */
export function projectAt(map: MapLibreMap, point: { x: number; y: number }): MapGeoJSONFeature | undefined {
  if (!map.getLayer(projectLayerIds.points)) return undefined;
  const box: [[number, number], [number, number]] = [
    [point.x - 3, point.y - 3],
    [point.x + 3, point.y + 3],
  ];
  return map.queryRenderedFeatures(box, { layers: [projectLayerIds.points, projectLayerIds.clusters] })[0];
}

/** The statuses drawn in the tiles now loaded, for the legend (it lists only those). */
export function statusesShown(map: MapLibreMap): Set<ProjectStatus> {
  const shown = new Set<ProjectStatus>();
  if (!map.getSource(projectSourceId)) return shown;
  for (const f of map.querySourceFeatures(projectSourceId, { sourceLayer: 'projects' })) {
    const p = f.properties as Record<string, unknown>;
    for (const s of projectStatuses) if (p.status === s || typeof p[s] === 'number') shown.add(s);
  }
  return shown;
}
