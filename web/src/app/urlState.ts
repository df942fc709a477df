import { type AnalysisState, defaultAnalysisState } from '../features/analysis/analysisState.ts';
import type { Indicator, IndicatorChoice } from '../features/indicators/api/indicators.ts';
import { readHash, writeHash } from '../shared/url/hashParams.ts';

// The chosen indicator lives in the URL hash next to MapLibre's own `map=zoom/lat/lng`, so a planner can
// share or bookmark exactly the map they are looking at. Both sides keep the other's parameters.
const keys = { indicator: 'indicator', set: 'set', period: 'period' } as const;

export function readIndicatorChoice(): IndicatorChoice | null {
  const params = readHash();
  const code = params.get(keys.indicator);
  const set = params.get(keys.set);
  const period = params.get(keys.period);
  return code && set && period ? { code, set, period } : null;
}

export function writeIndicatorChoice(choice: IndicatorChoice | null): void {
  const params = readHash();
  if (choice) {
    params.set(keys.indicator, choice.code);
    params.set(keys.set, choice.set);
    params.set(keys.period, choice.period);
  } else {
    for (const key of Object.values(keys)) params.delete(key);
  }
  // MapLibre writes `map=5.2/32.1/53.6` with literal slashes; keep them readable after our rewrite too.
  writeHash(params);
}

/** A shared link may name an indicator or period that no longer exists; then the map starts without one. */
export function isAvailable(choice: IndicatorChoice, indicators: Indicator[]): boolean {
  return indicators.some(
    (i) =>
      i.code === choice.code && i.available.some((a) => a.set === choice.set && a.period === choice.period),
  );
}

const pick = <T extends string>(value: string | null, allowed: readonly T[], fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;

export function readAnalysisState(): AnalysisState {
  const p = readHash();
  const d = defaultAnalysisState;
  const classes = Number(p.get('classes'));
  const scheme = Number(p.get('scheme'));
  const significance = Number(p.get('sig'));
  const polarities: Record<string, 'higher_better' | 'higher_worse'> = {};
  for (const entry of (p.get('cpol') ?? '').split(',')) {
    const [code, pol] = entry.split(':');
    if (code && (pol === 'higher_better' || pol === 'higher_worse')) polarities[code] = pol;
  }
  return {
    tab: pick(p.get('tab'), ['map', 'balance', 'composite', 'compare'] as const, d.tab),
    province: p.get('scope') || null,
    level: pick(p.get('level'), ['county', 'region'] as const, d.level),
    scheme: Number.isInteger(scheme) && scheme > 0 ? scheme : null,
    method: pick(p.get('method'), ['quantile', 'equal', 'jenks', 'stddev', 'manual'] as const, d.method),
    classes: Number.isInteger(classes) && classes >= 3 && classes <= 9 ? classes : d.classes,
    manual: p.get('breaks') ?? '',
    significance: [0.05, 0.01, 0.001].includes(significance) ? significance : d.significance,
    contiguity: pick(p.get('contiguity'), ['queen', 'rook'] as const, d.contiguity),
    lisa: p.get('lisa') !== '0',
    weight: p.get('weight') ?? d.weight,
    compare: p.get('compare') ?? '',
    composite: {
      indicators: (p.get('ci') ?? '').split(',').filter(Boolean),
      weights: p.get('cw') ?? d.composite.weights,
      normalisation: pick(p.get('cn'), ['minmax', 'zscore'] as const, d.composite.normalisation),
      method: pick(p.get('cm'), ['topsis', 'weighted-sum'] as const, d.composite.method),
      polarities,
    },
  };
}

export function writeAnalysisState(state: AnalysisState): void {
  const params = readHash();
  const d = defaultAnalysisState;
  const set = (key: string, value: string, fallback: string) => {
    if (value === fallback) params.delete(key);
    else params.set(key, value);
  };
  set('tab', state.tab, d.tab);
  set('scope', state.province ?? '', '');
  set('level', state.level, d.level);
  set('scheme', state.scheme === null ? '' : String(state.scheme), '');
  set('method', state.method, d.method);
  set('classes', String(state.classes), String(d.classes));
  set('breaks', state.manual, '');
  set('sig', String(state.significance), String(d.significance));
  set('contiguity', state.contiguity, d.contiguity);
  set('lisa', state.lisa ? '1' : '0', '1');
  set('weight', state.weight, d.weight);
  set('compare', state.compare, '');
  set('ci', state.composite.indicators.join(','), '');
  set('cw', state.composite.weights, d.composite.weights);
  set('cn', state.composite.normalisation, d.composite.normalisation);
  set('cm', state.composite.method, d.composite.method);
  set(
    'cpol',
    Object.entries(state.composite.polarities)
      .map(([k, v]) => `${k}:${v}`)
      .join(','),
    '',
  );
  writeHash(params);
}
