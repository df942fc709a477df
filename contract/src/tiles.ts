import { z } from 'zod';
import { decimal, indicatorPair, setCode } from './params.ts';
import { projectListQuery } from './projects.ts';

// Vector tiles (`/tiles/…/{z}/{x}/{y}.mvt`): the address of a tile, checked strictly (decimal digits only,
// x and y inside the 2^z × 2^z grid of that zoom), so a bad address is a 400 naming the part that is wrong.

export const maxTileZoom = 22;

/** The media type of a Mapbox Vector Tile. */
export const vectorTileType = 'application/vnd.mapbox-vector-tile';

const zoom = decimal(
  z.coerce
    .number({ message: `must be a whole number from 0 to ${maxTileZoom}` })
    .int(`must be a whole number from 0 to ${maxTileZoom}`)
    .min(0, `must be a whole number from 0 to ${maxTileZoom}`)
    .max(maxTileZoom, `must be a whole number from 0 to ${maxTileZoom}`),
  'whole',
);
const index = decimal(
  z.coerce
    .number({ message: 'must be a whole number' })
    .int('must be a whole number')
    .min(0, 'must be a whole number'),
  'whole',
);
// The last part of the path is `{y}.mvt`.
const yWithSuffix = z
  .string()
  .regex(/^[0-9]{1,16}\.mvt$/, 'must be a whole number followed by .mvt')
  .transform((s) => Number(s.slice(0, -'.mvt'.length)));

const tileFields = { z: zoom, x: index, y: yWithSuffix };

function insideGrid(t: { z: number; x: number; y: number }, ctx: z.RefinementCtx) {
  const n = 2 ** t.z;
  for (const key of ['x', 'y'] as const) {
    if (t[key] >= n)
      ctx.addIssue({ code: 'custom', path: [key], message: `must be below ${n} (2^z) at zoom ${t.z}` });
  }
}

/** `/tiles/projects/:z/:x/:y` (y as `{y}.mvt`). */
export const tileAddress = z.object(tileFields).superRefine(insideGrid);
export type TileAddress = z.output<typeof tileAddress>;

/** `/tiles/counties/:set/:z/:x/:y`. */
export const countyTileAddress = z.object({ set: setCode, ...tileFields }).superRefine(insideGrid);

/** The project tiles take the registry's filters (a bounding box is what the tile is). */
export const projectTileQuery = projectListQuery.omit({ bbox: true });

/** The county tiles: the indicator whose value each county carries, and its period (default the latest). */
export const countyTileQuery = z.strictObject(indicatorPair);
