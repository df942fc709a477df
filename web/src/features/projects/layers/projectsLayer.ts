import { ScatterplotLayer, type ScatterplotLayerProps } from '@deck.gl/layers';
import { projectsLayerId } from '../../map/layers/deckIds.ts';
import { layerIds } from '../../map/layers/overlayLayers.ts';
import type { ProjectFeature } from '../api/types.ts';
import { statusColour } from './statusColours.ts';

function isApproximate(project: ProjectFeature): boolean {
  return (
    project.properties.location_precision === 'county' || project.properties.location_precision === 'province'
  );
}

interface ProjectsLayerOptions {
  projects: ProjectFeature[];
  positions: Map<number, [number, number]>;
  /** Changes with the positions: deck.gl compares update triggers by value, and sees no change in a Map. */
  positionsKey: number;
  selectedId: number | null;
  radius: number;
}

/**
 * Projects coloured by status. Exact and near points are filled dots; approximate ones (county or province
 * precision) are hollow rings, so the map itself says the point is not the site.
 */
export function createProjectsLayer({
  projects,
  positions,
  positionsKey,
  selectedId,
  radius,
}: ProjectsLayerOptions) {
  // Under the labels: a county's projects crowd around its label point, and the name must stay readable.
  const props: ScatterplotLayerProps<ProjectFeature> & { beforeId?: string } = {
    id: projectsLayerId,
    beforeId: layerIds.countyLabels,
    data: projects,
    pickable: true,
    autoHighlight: true,
    highlightColor: [17, 24, 39, 120],
    radiusUnits: 'pixels',
    lineWidthUnits: 'pixels',
    stroked: true,
    filled: true,
    getPosition: (p) => positions.get(p.properties.id) ?? (p.geometry.coordinates as [number, number]),
    getRadius: (p) => (p.properties.id === selectedId ? radius + 2 : radius),
    // Unpublished projects (seen by signed-in users only) are drawn faded, so nobody mistakes them for
    // what the public sees.
    getFillColor: (p) =>
      isApproximate(p)
        ? [255, 255, 255, 235]
        : [...statusColour(p.properties.status), p.properties.published === false ? 110 : 255],
    getLineColor: (p) =>
      isApproximate(p) ? [...statusColour(p.properties.status), 255] : [255, 255, 255, 255],
    getLineWidth: (p) =>
      p.properties.id === selectedId ? 3.5 : isApproximate(p) ? Math.min(2.5, radius / 2) : 1.5,
    updateTriggers: {
      getPosition: positionsKey,
      getRadius: [selectedId, radius],
      getLineWidth: [selectedId, radius],
    },
  };
  return new ScatterplotLayer<ProjectFeature>(props);
}
