import { formatNumber } from '../../i18n/format.ts';
import type { Lang, Messages } from '../../i18n/messages.ts';
import { noDataColour } from '../../indicators/classify/palette.ts';
import { type Autocorrelation, quadrants } from '../api/analysis.ts';
import type { ScoreClasses } from '../useCompositeScores.ts';
import { quadrantColours } from './lisaColours.ts';
import type { SimpleLegendItem } from './SimpleLegend.tsx';

// Shared by the on-screen legend and the PNG export, so both always list the same classes.

export function lisaLegendItems(lisaData: Autocorrelation | undefined, t: Messages): SimpleLegendItem[] {
  return lisaData
    ? quadrants.map((q) => ({
        key: q,
        colour: quadrantColours[q],
        label: t.analysis.quadrants[q],
        count: lisaData.units.filter((u) => u.quadrant === q).length,
      }))
    : [];
}

export function scoreLegendItems(scoreClasses: ScoreClasses | null, lang: Lang): SimpleLegendItem[] {
  return scoreClasses
    ? scoreClasses.result.counts.map((count, i) => ({
        key: String(i),
        colour: scoreClasses.colours[i] ?? noDataColour,
        label: `${formatNumber(lang, scoreClasses.result.breaks[i] ?? 0, 3)} – ${formatNumber(lang, scoreClasses.result.breaks[i + 1] ?? 0, 3)}`,
        count,
      }))
    : [];
}
