import { z } from 'zod';
import { type AnalysisState, defaultAnalysisState } from '../../features/analysis/analysisState.ts';
import type { IndicatorChoice } from '../../features/indicators/api/indicators.ts';
import { defaultTimeState, deltaSorts, type TimeState } from '../../features/indicators/time/timeState.ts';
import type { ProjectFilter } from '../../features/projects/api/projects.ts';
import { type ProjectStatus, projectStatuses } from '../../features/projects/api/types.ts';
import {
  defaultWorkspaceState,
  type WorkspaceState,
  workspaceMaps,
} from '../../features/workspace/workspaceState.ts';

// The search parameters every page shares: the map behind every page is coloured by the indicator and the
// analysis, and shows the projects the registry's filters let through, so these survive a change of page.
// The keys are those the old `#…` links used (legacy.ts moves them here unchanged); defaults are left out of
// the URL. Values are flat text (`ci=a,b`, `cpol=code:higher_worse`), never JSON, so links stay readable.

// A broken value in a hand-edited or old link is dropped rather than failing the page.
const text = z.string().min(1).optional().catch(undefined);
const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values).optional().catch(undefined);
const int = (min: number, max: number) =>
  z.coerce.number().int().min(min).max(max).optional().catch(undefined);
const flag = z
  .preprocess(
    (v) => (v === '1' || v === 'true' || v === 1 ? true : v === '0' || v === 'false' || v === 0 ? false : v),
    z.boolean(),
  )
  .optional()
  .catch(undefined);
const list = <T extends z.ZodType<string>>(item: T) =>
  z
    .preprocess(
      (v) => (typeof v === 'string' ? v.split(',').filter(Boolean) : v),
      z.array(z.string()).transform((xs) => xs.filter((x): x is z.output<T> => item.safeParse(x).success)),
    )
    .optional()
    .catch(undefined);
const polarity = z.enum(['higher_better', 'higher_worse']);
const polarities = z
  .preprocess(
    (v) => (typeof v === 'string' ? Object.fromEntries(v.split(',').map((entry) => entry.split(':'))) : v),
    z.record(z.string(), z.string()).transform((r) => {
      const out: Record<string, 'higher_better' | 'higher_worse'> = {};
      for (const [code, p] of Object.entries(r)) {
        const parsed = polarity.safeParse(p);
        if (code && parsed.success) out[code] = parsed.data;
      }
      return out;
    }),
  )
  .optional()
  .catch(undefined);

export const appSearchSchema = z.object({
  // The indicator on the map (all three or none).
  indicator: text,
  set: text,
  period: text,
  // Indicators over time: the comparison period, the change map (difference or percent), the delta ranking.
  base: text,
  change: oneOf(['diff', 'pct']),
  dsub: oneOf(['score', 'indicator']),
  dsort: oneOf(deltaSorts),
  drev: flag,
  // The analysis (its tab is the page: / or /analysis/<tab>).
  scope: z
    .string()
    .regex(/^IR-[0-9]{2}$/)
    .optional()
    .catch(undefined),
  level: oneOf(['county', 'region']),
  scheme: int(1, Number.MAX_SAFE_INTEGER),
  method: oneOf(['quantile', 'equal', 'jenks', 'stddev', 'manual']),
  classes: int(3, 9),
  breaks: text,
  sig: z.coerce
    .number()
    .pipe(z.union([z.literal(0.05), z.literal(0.01), z.literal(0.001)]))
    .optional()
    .catch(undefined),
  contiguity: oneOf(['queen', 'rook']),
  lisa: flag,
  weight: text,
  compare: text,
  ci: list(z.string().min(1)),
  cw: text,
  cn: oneOf(['minmax', 'zscore']),
  cm: oneOf(['topsis', 'weighted-sum']),
  cpol: polarities,
  // The registry's filters (also applied to the map's markers).
  pprov: z
    .string()
    .regex(/^IR-[0-9]{2}$/)
    .optional()
    .catch(undefined),
  pstatus: list(z.enum(projectStatuses)),
  psector: list(z.string().regex(/^[a-z0-9-]{1,40}$/)),
  ppub: flag,
  parch: flag,
  // The registry's patron filter (an organisation's id): the projects in the counties it backs.
  ppatron: int(1, Number.MAX_SAFE_INTEGER),
  // The officials' workspace (/workspace): scope, need criteria, weights, method, directions, map, scenarios.
  wp: z
    .string()
    .regex(/^IR-[0-9]{2}$/)
    .optional()
    .catch(undefined),
  wi: list(z.string().regex(/^[a-z0-9_]{1,60}$/)),
  ww: text,
  wm: oneOf(['topsis', 'weighted-sum']),
  wpol: polarities,
  wmap: oneOf(workspaceMaps),
  ws: int(0, Number.MAX_SAFE_INTEGER),
  wc: int(1, Number.MAX_SAFE_INTEGER),
  // The printable scenario in English (Persian otherwise).
  plang: oneOf(['en']),
});

export type AppSearch = z.output<typeof appSearchSchema>;

export function readChoice(s: AppSearch): IndicatorChoice | null {
  return s.indicator && s.set && s.period ? { code: s.indicator, set: s.set, period: s.period } : null;
}

export function choiceSearch(choice: IndicatorChoice | null): Partial<AppSearch> {
  return { indicator: choice?.code, set: choice?.set, period: choice?.period };
}

export function readTime(s: AppSearch): TimeState {
  const d = defaultTimeState;
  return {
    base: s.base,
    change: s.change,
    deltaSubject: s.dsub,
    deltaSort: s.dsort ?? d.deltaSort,
    deltaReverse: s.drev ?? d.deltaReverse,
  };
}

/** The time state as search parameters, defaults left out of the URL. */
export function timeSearch(time: TimeState): Partial<AppSearch> {
  const d = defaultTimeState;
  return {
    base: time.base,
    change: time.change,
    dsub: time.deltaSubject,
    dsort: time.deltaSort === d.deltaSort ? undefined : time.deltaSort,
    drev: time.deltaReverse ? true : undefined,
  };
}

export function readAnalysis(s: AppSearch, tab: AnalysisState['tab']): AnalysisState {
  const d = defaultAnalysisState;
  return {
    tab,
    province: s.scope ?? null,
    level: s.level ?? d.level,
    scheme: s.scheme ?? null,
    method: s.method ?? d.method,
    classes: s.classes ?? d.classes,
    manual: s.breaks ?? '',
    significance: s.sig ?? d.significance,
    contiguity: s.contiguity ?? d.contiguity,
    lisa: s.lisa ?? d.lisa,
    weight: s.weight ?? d.weight,
    compare: s.compare ?? '',
    composite: {
      indicators: s.ci ?? [],
      weights: s.cw ?? d.composite.weights,
      normalisation: s.cn ?? d.composite.normalisation,
      method: s.cm ?? d.composite.method,
      polarities: s.cpol ?? {},
    },
  };
}

/** The analysis as search parameters; a default is `undefined`, which leaves its key out of the URL. */
export function analysisSearch(a: AnalysisState): Partial<AppSearch> {
  const d = defaultAnalysisState;
  const unless = <T>(value: T, fallback: T): T | undefined => (value === fallback ? undefined : value);
  return {
    scope: a.province ?? undefined,
    level: unless(a.level, d.level),
    scheme: a.scheme ?? undefined,
    method: unless(a.method, d.method),
    classes: unless(a.classes, d.classes),
    breaks: unless(a.manual, ''),
    sig: unless(a.significance as 0.05 | 0.01 | 0.001, 0.05),
    contiguity: unless(a.contiguity, d.contiguity),
    lisa: unless(a.lisa, d.lisa),
    weight: unless(a.weight, d.weight),
    compare: unless(a.compare, ''),
    ci: a.composite.indicators.length ? a.composite.indicators : undefined,
    cw: unless(a.composite.weights, d.composite.weights),
    cn: unless(a.composite.normalisation, d.composite.normalisation),
    cm: unless(a.composite.method, d.composite.method),
    cpol: Object.keys(a.composite.polarities).length ? a.composite.polarities : undefined,
  };
}

export function readFilter(s: AppSearch): ProjectFilter {
  return {
    province: s.pprov,
    status: (s.pstatus ?? []) as ProjectStatus[],
    sector: s.psector ?? [],
    published: s.ppub,
    archived: s.parch ? true : undefined,
    patron: s.ppatron,
  };
}

export function filterSearch(f: ProjectFilter): Partial<AppSearch> {
  return {
    pprov: f.province,
    pstatus: f.status?.length ? f.status : undefined,
    psector: f.sector?.length ? f.sector : undefined,
    ppub: f.published,
    parch: f.archived ? true : undefined,
    ppatron: f.patron,
  };
}

export function readWorkspace(s: AppSearch): WorkspaceState {
  const d = defaultWorkspaceState;
  return {
    province: s.wp ?? null,
    indicators: s.wi?.length ? s.wi : d.indicators,
    weights: s.ww ?? d.weights,
    method: s.wm ?? d.method,
    polarities: s.wpol ?? {},
    map: s.wmap ?? d.map,
    scenario: s.ws ?? null,
    compare: s.wc ?? null,
  };
}

/** The workspace as search parameters, defaults left out. */
export function workspaceSearch(w: WorkspaceState): Partial<AppSearch> {
  const d = defaultWorkspaceState;
  return {
    wp: w.province ?? undefined,
    wi: w.indicators.join(',') === d.indicators.join(',') ? undefined : w.indicators,
    ww: w.weights === d.weights ? undefined : w.weights,
    wm: w.method === d.method ? undefined : w.method,
    wpol: Object.keys(w.polarities).length ? w.polarities : undefined,
    wmap: w.map === d.map ? undefined : w.map,
    ws: w.scenario ?? undefined,
    wc: w.compare ?? undefined,
  };
}

/** The router's reader: every value as the text it is; the schema above gives it its type. */
export function parseSearch(searchStr: string): Record<string, unknown> {
  return Object.fromEntries(new URLSearchParams(searchStr));
}

function flatValue(value: unknown): string {
  if (Array.isArray(value)) return value.join(',');
  if (value && typeof value === 'object')
    return Object.entries(value)
      .map(([k, v]) => `${k}:${String(v)}`)
      .join(',');
  return String(value);
}

/** The router's writer: flat text, with `,` and `:` left readable; empty values are left out. */
export function stringifySearch(search: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) {
    if (value === undefined || value === null) continue;
    const flat = flatValue(value);
    if (flat !== '') params.set(key, flat);
  }
  const str = params.toString().replaceAll('%2C', ',').replaceAll('%3A', ':');
  return str ? `?${str}` : '';
}
