import type { ScenarioComparison, ScenarioCounty, ScenarioFigures, ScenarioSide } from '@tavazon/contract';
import { bandPosition } from '@tavazon/contract';
import type { Sql } from '@tavazon/data';
import { gini, theil } from '@tavazon/geo';
import type { SessionUser } from '../auth/sessions.ts';
import { countyCoverage } from '../coverage/countyCoverage.ts';
import { readScenario } from './readScenario.ts';

/**
 * A scenario's before/after view over its province's counties: how many are below, within and above
 * the band, and the Gini and Theil (across counties, unweighted) of active projects per 100,000 people
 * and of investment per capita, now and with the proposed projects added. For an approved scenario
 * "before" leaves out the projects its approval created, so the view stays what was decided.
 */
export async function scenarioFigures(
  sql: Sql,
  id: number,
  user: SessionUser | null,
): Promise<ScenarioFigures> {
  const s = await readScenario(sql, id, user);
  const cover = await countyCoverage(sql, { set: s.set, province: s.province });
  const made = await sql<{ code: string; n: number; investment: number }[]>`
    SELECT u.code, count(*)::int AS n,
           coalesce(sum(p.investment) FILTER (WHERE p.investment_unit = 'IRR-billion'), 0)::float8 AS investment
    FROM project p JOIN admin_unit u ON u.id = p.county_id
    WHERE p.scenario_id = ${id} AND NOT p.archived AND p.status <> 'cancelled'
    GROUP BY u.code`;
  const madeBy = new Map(made.map((m) => [m.code, m]));
  const counties = cover.counties.map((c): ScenarioCounty => {
    const proposed = s.projects.filter((p) => p.county === c.code);
    const before = c.active - (madeBy.get(c.code)?.n ?? 0);
    const investBefore = c.investment - (madeBy.get(c.code)?.investment ?? 0);
    const after = before + proposed.length;
    const investAfter = investBefore + proposed.reduce((sum, p) => sum + (p.investment ?? 0), 0);
    const people = c.population && c.population > 0 ? c.population : null;
    return {
      code: c.code,
      name_fa: c.name_fa,
      name_en: c.name_en,
      population: c.population,
      band: c.band,
      proposed: proposed.length,
      active_before: before,
      active_after: after,
      position_before: bandPosition(before, c.band),
      position_after: bandPosition(after, c.band),
      per_100k_before: people ? (before / people) * 100_000 : null,
      per_100k_after: people ? (after / people) * 100_000 : null,
      investment_per_capita_before: people ? (investBefore * 1e9) / people : null,
      investment_per_capita_after: people ? (investAfter * 1e9) / people : null,
    };
  });
  return {
    id: s.id,
    name: s.name,
    province: s.province,
    status: s.status,
    before: side(counties, 'before'),
    after: side(counties, 'after'),
    counties,
  };
}

function side(counties: readonly ScenarioCounty[], when: 'before' | 'after'): ScenarioSide {
  const counts = { below: 0, within: 0, above: 0 };
  for (const c of counties) counts[c[`position_${when}`]] += 1;
  const density = values(counties.map((c) => c[`per_100k_${when}`]));
  const money = values(counties.map((c) => c[`investment_per_capita_${when}`]));
  return {
    counts,
    gini_active: measurable(density) ? gini(density) : null,
    theil_active: measurable(density) ? theil(density) : null,
    gini_investment: measurable(money) ? gini(money) : null,
    theil_investment: measurable(money) ? theil(money) : null,
  };
}

/** The counties with a population (a per-person figure needs one). */
const values = (xs: readonly (number | null)[]) => xs.filter((x): x is number => x !== null);
/** Shares of nothing are undefined: with no project (or no money) anywhere there is no inequality to measure. */
const measurable = (xs: readonly number[]) => xs.length > 0 && xs.some((x) => x > 0);

/** Two scenarios side by side, and the counties where they propose a different number of projects. */
export async function compareScenarios(
  sql: Sql,
  a: number,
  b: number,
  user: SessionUser | null,
): Promise<ScenarioComparison> {
  const [first, second] = [await scenarioFigures(sql, a, user), await scenarioFigures(sql, b, user)];
  const names = new Map([...first.counties, ...second.counties].map((c) => [c.code, c]));
  const count = (f: ScenarioFigures, code: string) => f.counties.find((c) => c.code === code)?.proposed ?? 0;
  const differing = [...names.values()]
    .map((c) => ({
      code: c.code,
      name_fa: c.name_fa,
      name_en: c.name_en,
      a: count(first, c.code),
      b: count(second, c.code),
    }))
    .filter((c) => c.a !== c.b)
    .sort((x, y) => x.code.localeCompare(y.code));
  return { a: first, b: second, differing };
}
