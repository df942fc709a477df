import { useMemo } from 'react';

type Ring = [number, number][];
interface Geometry {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: Ring[] | Ring[][];
}

interface Props {
  outline: unknown;
  points: { id: number; location: [number, number]; label: string }[];
  label: string;
}

const width = 480;
const height = 360;
const margin = 12;

/**
 * The county and its projects as an SVG drawing: prints sharp on paper, where a WebGL map would not,
 * and needs no tiles. Longitude is scaled by the cosine of the latitude so the shape is not stretched.
 */
export function CountyOutline({ outline, points, label }: Props) {
  const drawn = useMemo(() => {
    const g = outline as Geometry | null;
    if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) return null;
    const polygons = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as Ring[][];
    const all = polygons.flat(2);
    const lats = all.map((p) => p[1]);
    const lngs = all.map((p) => p[0]);
    const [minLng, maxLng, minLat, maxLat] = [
      Math.min(...lngs),
      Math.max(...lngs),
      Math.min(...lats),
      Math.max(...lats),
    ];
    const k = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
    const scale = Math.min(
      (width - 2 * margin) / ((maxLng - minLng) * k || 1),
      (height - 2 * margin) / (maxLat - minLat || 1),
    );
    const x = (lng: number) => margin + (lng - minLng) * k * scale;
    const y = (lat: number) => height - margin - (lat - minLat) * scale;
    const path = polygons
      .map((poly) =>
        poly
          .map((ring) => `M${ring.map(([a, b]) => `${x(a).toFixed(1)},${y(b).toFixed(1)}`).join('L')}Z`)
          .join(''),
      )
      .join('');
    return { path, x, y };
  }, [outline]);
  if (!drawn) return null;
  return (
    <svg
      className="county-outline"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={label}
      data-testid="briefing-map"
    >
      <path d={drawn.path} fill="#e6f4f2" stroke="#0f766e" strokeWidth="1.5" fillRule="evenodd" />
      {points.map((p, i) => (
        <g
          key={p.id}
          transform={`translate(${drawn.x(p.location[0]).toFixed(1)},${drawn.y(p.location[1]).toFixed(1)})`}
        >
          <circle r="7" fill="#b45309" stroke="#fff" strokeWidth="1.5" />
          <text y="3.5" textAnchor="middle" fontSize="9" fill="#fff" fontWeight="700">
            {p.label || i + 1}
          </text>
        </g>
      ))}
    </svg>
  );
}

/** A project's progress reports as a small line (0–100 %). */
export function ProgressLine({
  reports,
  label,
}: {
  reports: { day: string; percent: number }[];
  label: string;
}) {
  if (reports.length === 0) return null;
  const w = 120;
  const h = 28;
  const step = reports.length > 1 ? w / (reports.length - 1) : 0;
  const pts = reports.map(
    (r, i) =>
      `${(reports.length > 1 ? i * step : w / 2).toFixed(1)},${(h - (r.percent / 100) * h).toFixed(1)}`,
  );
  return (
    <svg
      className="progress-line"
      viewBox={`-2 -2 ${w + 4} ${h + 4}`}
      width={w}
      height={h}
      role="img"
      aria-label={label}
    >
      <polyline points={pts.join(' ')} fill="none" stroke="#0f766e" strokeWidth="2" />
      {pts.map((p) => (
        <circle key={p} cx={p.split(',')[0]} cy={p.split(',')[1]} r="2" fill="#0f766e" />
      ))}
    </svg>
  );
}
