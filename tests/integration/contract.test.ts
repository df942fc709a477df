import {
  aggregations,
  autocorrelation,
  composite,
  compositeMethods,
  countyCollection,
  countyDetail,
  decisionStatuses,
  errorBody,
  errorParams,
  historyActions,
  indicatorList,
  indicatorSeries,
  indicatorValues,
  inequality,
  investmentUnits,
  isErrorCode,
  locationPrecisions,
  meta,
  organisationKinds,
  polarities,
  projectCollection,
  projectFeature,
  projectStatuses,
  provinceCollection,
  regionSchemeList,
  roles,
  scenarioActions,
  scenarioStatuses,
  session,
  timeline,
} from '@tavazon/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { type Client, openDb, signedIn } from './accounts.ts';
import { get } from './http.ts';

const sql = openDb();
let admin: Client;
beforeAll(async () => {
  admin = await signedIn(sql, 'admin');
});
afterAll(() => sql.end({ timeout: 5 }));

/** The values of a column's one-column CHECK (… IN (…)) constraint, as the database holds it. */
async function checkedValues(table: string, column: string): Promise<string[]> {
  const rows = await sql<{ def: string }[]>`
    SELECT pg_get_constraintdef(c.oid) AS def
    FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
    WHERE c.contype = 'c' AND c.conrelid = ${table}::regclass AND a.attname = ${column}
      AND array_length(c.conkey, 1) = 1`;
  expect(rows, `${table}.${column} has one CHECK constraint`).toHaveLength(1);
  return [...rows[0]!.def.matchAll(/'([^']*)'/g)].map((m) => m[1]!);
}

// Migrations are SQL and cannot import the contract: this is what keeps the two lists one.
describe('the database’s CHECK constraints and the contract’s enumerations', () => {
  const pairs: [table: string, column: string, values: readonly string[]][] = [
    ['project', 'status', projectStatuses],
    ['project', 'location_precision', locationPrecisions],
    ['project', 'investment_unit', investmentUnits],
    ['app_user', 'role', roles],
    ['indicator', 'polarity', polarities],
    ['indicator', 'aggregation', aggregations],
    ['project_history', 'action', historyActions],
    ['organisation', 'kind', organisationKinds],
    ['decision', 'status', decisionStatuses],
    ['scenario', 'status', scenarioStatuses],
    ['scenario_step', 'action', scenarioActions],
    ['scenario', 'method', compositeMethods],
  ];
  it.each(pairs)('%s.%s allows exactly the contract’s values', async (table, column, values) => {
    expect((await checkedValues(table, column)).sort()).toEqual([...values].sort());
  });
});

/** Parses an answer with the contract's schema, failing with the first path that differs. */
function conforms<S extends z.ZodType>(schema: S, body: unknown, what: string) {
  const parsed = schema.safeParse(body);
  expect(parsed.success ? [] : parsed.error.issues.slice(0, 3), what).toEqual([]);
}

describe('the API’s answers as the contract describes them', () => {
  it('reference lists, indicators and boundaries', async () => {
    conforms(meta, (await get('/api/meta')).body, 'meta');
    conforms(indicatorList, (await get('/api/indicators')).body, 'indicators');
    conforms(indicatorValues, (await get('/api/indicators/population/values?set=current')).body, 'values');
    conforms(
      indicatorSeries,
      (await get('/api/indicators/population/series?set=current&county=osm-6554899')).body,
      'series',
    );
    conforms(provinceCollection, (await get('/api/provinces')).body, 'provinces');
    const counties = await get('/api/counties?set=census-1395&indicator=unemployment_rate');
    conforms(countyCollection, counties.body, 'counties with values');
    const code = counties.body.features[0].properties.code;
    conforms(countyDetail, (await get(`/api/counties/${code}?set=census-1395`)).body, 'county detail');
    conforms(regionSchemeList, (await get('/api/region-schemes')).body, 'region schemes');
  });

  it('projects for visitors and for signed-in users, with a timeline and a session', async () => {
    conforms(projectCollection, (await get('/api/projects')).body, 'public projects');
    const internal = await admin.get('/api/projects');
    conforms(projectCollection, internal.body, 'internal projects');
    const id = internal.body.features[0].id;
    conforms(projectFeature, (await admin.get(`/api/projects/${id}`)).body, 'one project');
    conforms(timeline, (await admin.get(`/api/projects/${id}/timeline`)).body, 'timeline');
    conforms(session, (await admin.get('/api/auth/session')).body, 'session');
    conforms(session, (await get('/api/auth/session')).body, 'visitor session');
  });

  it('analyses', async () => {
    const scope = 'indicator=unemployment_rate&set=census-1395';
    conforms(inequality, (await get(`/api/analysis/inequality?${scope}`)).body, 'inequality');
    conforms(autocorrelation, (await get(`/api/analysis/autocorrelation?${scope}`)).body, 'autocorrelation');
    const body = { set: 'census-1395', indicators: ['unemployment_rate', 'higher_education_share'] };
    const answer = await admin.post('/api/analysis/composite', body);
    expect(answer.status).toBe(200);
    conforms(composite, answer.body, 'composite');
  });

  it('errors, each with a code of the catalogue and params of its shape', async () => {
    const refusals = [
      '/api/counties?zoom=99',
      '/api/projects?statuss=idea',
      '/api/counties?period=1395',
      '/api/projects/999999',
      '/api/nothing-here',
    ];
    for (const path of refusals) {
      const { body } = await get(path);
      conforms(errorBody, body, path);
      expect(isErrorCode(body.error.code), `${path}: ${body.error.code}`).toBe(true);
      conforms(errorParams[body.error.code as keyof typeof errorParams], body.error.params, path);
    }
  });
});

describe('a county’s projects on any boundary set', () => {
  it('lists, for a census county, the projects its polygon covers, as its detail counts them', async () => {
    const { body } = await get('/api/counties?set=census-1395');
    const withProjects = body.features.filter(
      (f: { properties: { projects: Record<string, number> } }) => Object.keys(f.properties.projects).length,
    );
    expect(withProjects.length).toBeGreaterThan(0);
    for (const county of withProjects.slice(0, 5)) {
      const code = county.properties.code;
      const detail = await get(`/api/counties/${code}?set=census-1395`);
      const counted = Object.values(detail.body.projects as Record<string, number>).reduce(
        (a, b) => a + b,
        0,
      );
      const listed = await get(`/api/projects?county=${code}&set=census-1395`);
      expect(listed.status).toBe(200);
      expect(listed.body.features.length, code).toBe(counted);
      expect(counted).toBeGreaterThan(0);
    }
  });

  it('refuses a set without a county, and a county the set does not have', async () => {
    const alone = await get('/api/projects?set=census-1395');
    expect(alone.status).toBe(400);
    expect(alone.body.error).toMatchObject({ code: 'field.requires', field: 'set' });
    const missing = await get('/api/projects?county=nope&set=census-1395');
    expect(missing.status).toBe(404);
    expect(missing.body.error).toMatchObject({ code: 'county.not_found', field: 'county' });
  });
});
