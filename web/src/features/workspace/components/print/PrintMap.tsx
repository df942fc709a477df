import type { CountyFeature } from '../../../counties/api/counties.ts';
import { formatNumber, localName } from '../../../i18n/format.ts';
import type { Lang } from '../../../i18n/messages.ts';
import { cssColour } from '../../../indicators/classify/palette.ts';
import type { GapUnit } from '../../api/workspace.ts';
import { bivariateColour } from '../../bivariate.ts';

type Ring = number[][];

const width = 640;
const height = 420;

/**
 * The province's counties as plain SVG (prints sharply, needs no WebGL): filled by the gap map's
 * bivariate classes, the counties with proposed projects outlined and numbered with how many.
 */
export function PrintMap({
  counties,
  gap,
  proposed,
  lang,
  label,
}: {
  counties: CountyFeature[];
  gap: Map<string, GapUnit>;
  proposed: Map<string, number>;
  lang: Lang;
  label: string;
}) {
  const rings = counties.map((f) => polygons(f.geometry));
  const points = rings.flat(3);
  if (points.length === 0) return null;
  const xs = points.map((p) => p[0]!);
  const ys = points.map((p) => p[1]!);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  // Degrees of longitude shrink with latitude: scale x by cos(mid-latitude) for a fair shape.
  const k = Math.cos((((minY + maxY) / 2) * Math.PI) / 180);
  const scale = Math.min((width - 20) / ((maxX - minX) * k || 1), (height - 20) / (maxY - minY || 1));
  const px = (x: number) => 10 + (x - minX) * k * scale;
  const py = (y: number) => 10 + (maxY - y) * scale;
  const path = (polys: Ring[][]) =>
    polys
      .flatMap((poly) =>
        poly.map(
          (ring) => `M${ring.map((p) => `${px(p[0]!).toFixed(1)},${py(p[1]!).toFixed(1)}`).join('L')}Z`,
        ),
      )
      .join('');
  return (
    <svg
      className="print-map"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={label}
      data-testid="print-map"
    >
      {counties.map((f, i) => {
        const u = gap.get(f.properties.code);
        const n = proposed.get(f.properties.code) ?? 0;
        return (
          <path
            key={f.properties.code}
            d={path(rings[i]!)}
            fill={u ? cssColour(bivariateColour(u.needClass, u.coverageClass)) : '#eeeeee'}
            stroke={n > 0 ? '#000' : '#777'}
            strokeWidth={n > 0 ? 2.2 : 0.6}
          >
            <title>{localName(lang, f.properties)}</title>
          </path>
        );
      })}
      {counties.map((f, i) => {
        const n = proposed.get(f.properties.code) ?? 0;
        if (n === 0) return null;
        const ring = rings[i]!.flat(1).reduce((a, b) => (b.length > a.length ? b : a), [] as Ring);
        const cx = ring.reduce((s, p) => s + px(p[0]!), 0) / ring.length;
        const cy = ring.reduce((s, p) => s + py(p[1]!), 0) / ring.length;
        return (
          <g key={`n${f.properties.code}`}>
            <circle cx={cx} cy={cy} r={10} fill="#fff" stroke="#000" />
            <text x={cx} y={cy + 4} textAnchor="middle" fontSize={12} fontWeight={700}>
              {formatNumber(lang, n)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** A Polygon or MultiPolygon's rings, as polygons of rings. */
function polygons(geometry: CountyFeature['geometry']): Ring[][] {
  const g = geometry as { type: string; coordinates: unknown };
  if (g.type === 'Polygon') return [g.coordinates as Ring[]];
  if (g.type === 'MultiPolygon') return g.coordinates as Ring[][];
  return [];
}
