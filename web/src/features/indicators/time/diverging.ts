import { quantileBreaks } from '@tavazon/geo';
import type { Polarity } from '../api/indicators.ts';
import type { Rgb } from '../classify/palette.ts';

function hex(value: string): Rgb {
  const n = Number.parseInt(value.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

// ColorBrewer diverging schemes (colorbrewer2.org), both marked colour-blind safe, 7 classes, from the
// most negative to the most positive. RdBu for a change with a good and a bad direction (blue = improved,
// red = worsened); PuOr for a neutral indicator (purple = increase, orange = decrease, no judgement).
const redBlue = ['#b2182b', '#ef8a62', '#fddbc7', '#f7f7f7', '#d1e5f0', '#67a9cf', '#2166ac'].map(hex);
const orangePurple = ['#b35806', '#f1a340', '#fee0b6', '#f7f7f7', '#d8daeb', '#998ec3', '#542788'].map(hex);

/** At most this many classes on each side of 0. */
const sideClasses = 3;

export interface ChangeClass {
  colour: Rgb;
  from: number;
  to: number;
  count: number;
  /** Which way the class lies from 0 in improvement terms: better, worse, or no change. */
  side: 'better' | 'worse' | 'none';
}

export interface ChangeClassification {
  /** Ordered from the most negative change to the most positive. */
  classes: ChangeClass[];
  /** Index into `classes` per input value, null for no data. */
  classIndex: (number | null)[];
  missing: number;
}

/**
 * Classes centred on 0: the negative and the positive changes are each cut at their own quantiles (up to
 * three classes a side), so 0 is always a break and a side with few counties still gets its own colour;
 * an exact 0 is its own "no change" class. Colours come from a diverging scheme turned by polarity, so the
 * blue side is always the improvement.
 */
export function classifyChange(values: (number | null)[], polarity: Polarity): ChangeClassification {
  const present = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const negative = present.filter((v) => v < 0);
  const positive = present.filter((v) => v > 0);
  const cut = (side: number[]) => {
    if (side.length === 0) return [];
    const k = Math.min(sideClasses, new Set(side).size);
    return quantileBreaks(side, k);
  };
  const neg = cut(negative); // k + 1 breaks, ascending: min … max (< 0)
  const pos = cut(positive);
  const ramp = polarity === 'neutral' ? orangePurple : redBlue;
  // For higher_worse a rise is the bad side: the ramp is read the other way round.
  const flip = polarity === 'higher_worse';
  const colourAt = (i: number) => (flip ? ramp[6 - i] : ramp[i]) ?? ramp[3]!;
  const sideOf = (sign: -1 | 1): ChangeClass['side'] =>
    polarity === 'neutral'
      ? sign > 0
        ? 'better'
        : 'worse'
      : sign * (flip ? -1 : 1) > 0
        ? 'better'
        : 'worse';

  const classes: ChangeClass[] = [];
  const negCount = Math.max(neg.length - 1, 0);
  for (let i = 0; i < negCount; i++)
    classes.push({
      colour: colourAt(3 - negCount + i),
      from: neg[i]!,
      to: neg[i + 1]!,
      count: 0,
      side: sideOf(-1),
    });
  const zeroIndex = classes.length;
  const hasZero = present.some((v) => v === 0);
  if (hasZero) classes.push({ colour: colourAt(3), from: 0, to: 0, count: 0, side: 'none' });
  const posStart = classes.length;
  const posCount = Math.max(pos.length - 1, 0);
  for (let i = 0; i < posCount; i++)
    classes.push({
      colour: colourAt(4 + i),
      from: pos[i]!,
      to: pos[i + 1]!,
      count: 0,
      side: sideOf(1),
    });

  const classIndex = values.map((v) => {
    if (v === null || !Number.isFinite(v)) return null;
    if (v === 0) return zeroIndex;
    if (v < 0) {
      // Upper bounds inclusive, as in the sequential classes; the last negative class ends at 0.
      for (let i = 0; i < negCount; i++) if (v <= neg[i + 1]! || i === negCount - 1) return i;
      return negCount - 1;
    }
    for (let i = 0; i < posCount; i++) if (v <= pos[i + 1]!) return posStart + i;
    return posStart + posCount - 1;
  });
  for (const i of classIndex) if (i !== null && classes[i]) classes[i].count++;
  return { classes, classIndex, missing: values.length - present.length };
}
