import type { Map as MapLibreMap } from 'maplibre-gl';
import { cssColour, type Rgb } from '../../indicators/classify/palette.ts';
import { download } from './csv.ts';

export interface PngLegend {
  title: string;
  subtitle?: string | undefined;
  items: { colour: Rgb; label: string; count: string }[];
}

/** The map canvas as it is drawn now (the map keeps its drawing buffer), once the frame is rendered. */
function mapCanvas(map: MapLibreMap): Promise<HTMLCanvasElement> {
  return new Promise((resolve) => {
    map.once('render', () => resolve(map.getCanvas()));
    map.triggerRepaint();
  });
}

/**
 * The map with its legend and attribution drawn on one 2D canvas, as a PNG file. Canvas text shapes and
 * orders Persian itself, so the legend reads as on screen.
 */
export async function exportMapPng(
  map: MapLibreMap,
  legend: PngLegend | null,
  attribution: string,
  rtl: boolean,
  filename: string,
): Promise<Blob> {
  const source = await mapCanvas(map);
  const ratio = source.width / source.clientWidth || 1;
  const canvas = document.createElement('canvas');
  canvas.width = source.width;
  canvas.height = source.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(source, 0, 0);
  ctx.scale(ratio, ratio);
  const width = source.clientWidth;
  const height = source.clientHeight;
  ctx.direction = rtl ? 'rtl' : 'ltr';
  const font = "'Vazirmatn', system-ui, sans-serif";

  if (legend) {
    const lineH = 20;
    const boxW = 250;
    const boxH = 16 + 22 + (legend.subtitle ? 18 : 0) + legend.items.length * lineH + 8;
    const x0 = rtl ? 12 : width - boxW - 12;
    const y0 = height - boxH - 34;
    ctx.fillStyle = 'rgba(255,255,255,0.95)';
    ctx.strokeStyle = '#d0d5dd';
    ctx.beginPath();
    ctx.roundRect(x0, y0, boxW, boxH, 8);
    ctx.fill();
    ctx.stroke();
    const start = rtl ? x0 + boxW - 12 : x0 + 12;
    const end = rtl ? x0 + 12 : x0 + boxW - 12;
    ctx.textAlign = 'start';
    ctx.fillStyle = '#1f2933';
    ctx.font = `bold 13px ${font}`;
    let y = y0 + 24;
    ctx.fillText(legend.title, start, y, boxW - 24);
    if (legend.subtitle) {
      y += 18;
      ctx.font = `11px ${font}`;
      ctx.fillStyle = '#52606d';
      ctx.fillText(legend.subtitle, start, y, boxW - 24);
    }
    y += 8;
    for (const item of legend.items) {
      y += lineH;
      const swatchX = rtl ? start - 26 : start;
      ctx.fillStyle = cssColour(item.colour);
      ctx.fillRect(swatchX, y - 12, 26, 13);
      ctx.strokeStyle = 'rgba(0,0,0,0.2)';
      ctx.strokeRect(swatchX, y - 12, 26, 13);
      ctx.fillStyle = '#1f2933';
      ctx.font = `12px ${font}`;
      ctx.textAlign = 'start';
      ctx.fillText(item.label, rtl ? start - 34 : start + 34, y, boxW - 90);
      ctx.textAlign = 'end';
      ctx.fillText(item.count, end, y);
    }
  }

  ctx.font = `11px ${font}`;
  const textW = ctx.measureText(attribution).width;
  ctx.fillStyle = 'rgba(255,255,255,0.85)';
  ctx.fillRect(rtl ? 0 : width - textW - 16, height - 20, textW + 16, 20);
  ctx.fillStyle = '#1f2933';
  ctx.textAlign = 'start';
  ctx.direction = 'ltr';
  ctx.fillText(attribution, rtl ? 8 : width - textW - 8, height - 6);

  const blob = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
  download(blob, filename);
  return blob;
}
