import type { Indicator, IndicatorChoice } from '../features/indicators/api/indicators.ts';

// The chosen indicator lives in the URL hash next to MapLibre's own `map=zoom/lat/lng`, so a planner can
// share or bookmark exactly the map they are looking at. Both sides keep the other's parameters.
const keys = { indicator: 'indicator', set: 'set', period: 'period' } as const;

function hashParams(): URLSearchParams {
  return new URLSearchParams(window.location.hash.replace(/^#/, ''));
}

export function readIndicatorChoice(): IndicatorChoice | null {
  const params = hashParams();
  const code = params.get(keys.indicator);
  const set = params.get(keys.set);
  const period = params.get(keys.period);
  return code && set && period ? { code, set, period } : null;
}

export function writeIndicatorChoice(choice: IndicatorChoice | null): void {
  const params = hashParams();
  if (choice) {
    params.set(keys.indicator, choice.code);
    params.set(keys.set, choice.set);
    params.set(keys.period, choice.period);
  } else {
    for (const key of Object.values(keys)) params.delete(key);
  }
  // MapLibre writes `map=5.2/32.1/53.6` with literal slashes; keep them readable after our rewrite too.
  const hash = params.toString().replaceAll('%2F', '/');
  window.history.replaceState(
    window.history.state,
    '',
    `${window.location.pathname}${window.location.search}${hash ? `#${hash}` : ''}`,
  );
}

/** A shared link may name an indicator or period that no longer exists; then the map starts without one. */
export function isAvailable(choice: IndicatorChoice, indicators: Indicator[]): boolean {
  return indicators.some(
    (i) =>
      i.code === choice.code && i.available.some((a) => a.set === choice.set && a.period === choice.period),
  );
}
