import { randomBytes } from 'node:crypto';
import type { Sql } from '@tavazon/data';
import postgres from 'postgres';
import { inject } from 'vitest';
import { createUser } from '../../server/src/users/createUser.ts';

// Accounts for the tests: made with the same function as `pnpm user:create` (there is no default
// account), then signed in over HTTP like a browser would.

export const places = {
  tehran: { lng: 51.389, lat: 35.689, province: 'IR-23', county: 'osm-6554970' },
  mashhad: { lng: 59.6, lat: 36.3, province: 'IR-09', county: 'osm-6555208' },
  tabriz: { lng: 46.29, lat: 38.08, province: 'IR-03', county: 'osm-6554961' },
  /** Inside Iran's bounding box but in Iraq: outside every county. */
  erbil: { lng: 44.01, lat: 36.19 },
  caspian: { lng: 51.0, lat: 38.5 },
} as const;

/** The { lng, lat } of a place, as the API takes a location. */
export const at = (place: { lng: number; lat: number }) => ({ lng: place.lng, lat: place.lat });

export const openDb = () => postgres(inject('databaseUrl'), { max: 1, onnotice: () => {} }) as unknown as Sql;

export const password = 'a-long-enough-test-password';

export interface Response<T = any> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

export type RequestBody = RequestInit['body'];

export interface RequestOptions {
  json?: unknown;
  body?: RequestBody;
  headers?: Record<string, string>;
  /** Send the session's CSRF token (default true when signed in). */
  csrf?: boolean;
}

/** A browser-like client: keeps the session cookie and sends the CSRF token on writes. */
export class Client {
  cookie: string | undefined;
  csrf: string | undefined;
  user: any;

  async request<T = any>(method: string, path: string, options: RequestOptions = {}): Promise<Response<T>> {
    const headers: Record<string, string> = { ...options.headers };
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrf && options.csrf !== false && method !== 'GET') headers['x-csrf-token'] = this.csrf;
    let body = options.body;
    if (options.json !== undefined) {
      body = JSON.stringify(options.json);
      headers['content-type'] ??= 'application/json';
    }
    const res = await fetch(new URL(path, inject('baseUrl')), { method, headers, body, redirect: 'manual' });
    const text = await res.text();
    let parsed: any = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // CSV, XLSX or an empty 204
    }
    return { status: res.status, headers: res.headers, body: parsed, text };
  }

  get = <T = any>(path: string) => this.request<T>('GET', path);
  post = <T = any>(path: string, json?: unknown, options: RequestOptions = {}) =>
    this.request<T>('POST', path, { ...options, json });
  patch = <T = any>(path: string, json?: unknown, options: RequestOptions = {}) =>
    this.request<T>('PATCH', path, { ...options, json });

  async login(username: string, secret = password) {
    const res = await this.post('/api/auth/login', { username, password: secret });
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('tavazon_session='));
    if (res.status === 200 && cookie) {
      this.cookie = cookie.split(';')[0];
      this.csrf = res.body.csrfToken;
      this.user = res.body.user;
    }
    return res;
  }
}

export const uniqueName = (prefix: string) => `${prefix}-${randomBytes(4).toString('hex')}`;

/** A new account of this role, signed in. */
export async function signedIn(
  sql: Sql,
  role: 'admin' | 'planner' | 'viewer' | 'approver',
  provinces: string[] = [],
) {
  const user = await createUser(sql, { username: uniqueName(role), role, provinces, password });
  const client = new Client();
  const res = await client.login(user.username);
  if (res.status !== 200) throw new Error(`login of ${user.username} failed: ${res.status} ${res.text}`);
  return Object.assign(client, { id: user.id, username: user.username });
}

/** A minimal valid project body at a place. */
export const projectBody = (place: { lng: number; lat: number }, extra: Record<string, unknown> = {}) => ({
  title_fa: uniqueName('پروژه آزمون'),
  sector: 'energy',
  status: 'idea',
  location: at(place),
  ...extra,
});

/** Count and checksum of every project row: equal before and after means nothing was written. */
export async function projectChecksum(sql: Sql) {
  const [row] = await sql<{ n: number; sum: string }[]>`
    SELECT count(*)::int AS n, md5(coalesce(string_agg(p::text, '|' ORDER BY p.id), '')) AS sum FROM project p`;
  return row!;
}

/**
 * Deletes every project made through the API (the loaded ones have no creator), with its history and
 * progress, so that the other test files find the real data as loaded.
 */
export async function deleteTestProjects(sql: Sql) {
  await sql`DELETE FROM project WHERE created_by IS NOT NULL`;
}
