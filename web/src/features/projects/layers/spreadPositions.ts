import type { ProjectFeature } from '../api/types.ts';

type ToScreen = (lngLat: [number, number]) => [number, number];
type ToLngLat = (pixel: [number, number]) => [number, number];

/**
 * Where to draw each project. Projects known only to county precision all sit on the county's label point,
 * so markers sharing a spot are fanned out in a sunflower pattern around it (in screen pixels, recomputed
 * on zoom) to keep every status visible and clickable. Positions only move on screen, never in the data.
 */
export function spreadPositions(
  projects: readonly ProjectFeature[],
  spacing: number,
  toScreen: ToScreen,
  toLngLat: ToLngLat,
) {
  const bySpot = new Map<string, ProjectFeature[]>();
  for (const project of projects) {
    const key = project.geometry.coordinates.join(',');
    const group = bySpot.get(key);
    if (group) group.push(project);
    else bySpot.set(key, [project]);
  }
  const positions = new Map<number, [number, number]>();
  const golden = Math.PI * (3 - Math.sqrt(5));
  for (const group of bySpot.values()) {
    const first = group[0];
    if (!first) continue;
    const origin = first.geometry.coordinates as [number, number];
    if (group.length === 1) {
      positions.set(first.properties.id, origin);
      continue;
    }
    const [x, y] = toScreen(origin);
    group.forEach((project, i) => {
      const radius = spacing * Math.sqrt(i + 0.5);
      const angle = i * golden;
      positions.set(
        project.properties.id,
        toLngLat([x + radius * Math.cos(angle), y + radius * Math.sin(angle)]),
      );
    });
  }
  return positions;
}
