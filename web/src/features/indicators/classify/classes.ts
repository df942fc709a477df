import {
  classify,
  equalIntervalBreaks,
  jenksBreaks,
  manualBreaks,
  quantileBreaks,
  standardDeviationBreaks,
} from '@tavazon/geo';

export type ClassMethod = 'quantile' | 'equal' | 'jenks' | 'stddev' | 'manual';
export const classMethods: ClassMethod[] = ['quantile', 'equal', 'jenks', 'stddev', 'manual'];
export const minClasses = 3;
export const maxClasses = 9;

export interface ClassSpec {
  method: ClassMethod;
  classes: number;
  /** Manual bounds as typed: `[lowest, upper of class 1, …]`. */
  manual: number[];
}

export interface ClassResult {
  breaks: number[];
  classIndex: (number | null)[];
  counts: number[];
  missing: number;
  outOfRange: number;
}

/** Parses "0, 8, 12, 16, 40" (Latin or Persian digits, comma / Persian comma / space separated). */
export function parseManualBreaks(text: string): number[] {
  const latin = text
    .replace(/[۰-۹]/g, (d) => String('۰۱۲۳۴۵۶۷۸۹'.indexOf(d)))
    .replace(/[٠-٩]/g, (d) => String('٠١٢٣٤٥٦٧٨٩'.indexOf(d)))
    .replace(/٫/g, '.');
  return latin
    .split(/[\s,،;]+/)
    .filter((s) => s !== '')
    .map(Number);
}

/** Breaks by the chosen method (all from @tavazon/geo), then each value's class and the count per class. */
export function classifyValues(values: readonly (number | null | undefined)[], spec: ClassSpec): ClassResult {
  const finite = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  if (finite.length === 0) {
    return {
      breaks: [],
      classIndex: values.map(() => null),
      counts: [],
      missing: values.length,
      outOfRange: 0,
    };
  }
  let breaks: number[];
  switch (spec.method) {
    case 'equal':
      breaks = equalIntervalBreaks(finite, spec.classes);
      break;
    case 'jenks':
      breaks = jenksBreaks(finite, spec.classes);
      break;
    case 'stddev':
      breaks = standardDeviationBreaks(finite);
      break;
    case 'manual':
      breaks = manualBreaks(spec.manual);
      break;
    default:
      breaks = quantileBreaks(finite, spec.classes);
  }
  const result = classify(values, breaks);
  return {
    breaks,
    classIndex: result.classIndex,
    counts: result.counts,
    missing: result.missing,
    outOfRange: result.outOfRange,
  };
}

/** Whether typed manual breaks are usable; the message key otherwise. */
export function manualBreaksError(breaks: number[]): boolean {
  try {
    manualBreaks(breaks);
    return false;
  } catch {
    return true;
  }
}
