import type { Engine, Sql } from '@tavazon/data';
import type { SessionUser } from './auth/sessions.ts';
import type { DatabaseAvailability } from './database/availability.ts';

/** Settings of the sign-in machinery that depend on how the server is deployed (see README). */
export interface AuthSettings {
  /**
   * The origins (scheme://host:port) this server is reached at, from TAVAZON_PUBLIC_ORIGIN or the listen
   * address; never taken from the request's Host header, which the client writes.
   */
  publicOrigins: readonly string[];
  /** Origins besides the server's own that may send state-changing requests (e.g. the Vite dev server). */
  allowedOrigins: readonly string[];
  /** Take the client address from X-Forwarded-For (only behind a reverse proxy that sets it). */
  trustProxy: boolean;
}

/** What every route finds on the Hono context. */
export interface AppEnv {
  Variables: {
    sql: Sql;
    engine: Engine;
    auth: AuthSettings;
    /** Whether the database answers (503 at once while it does not). */
    availability: DatabaseAvailability;
    /** The signed-in user of this request, or null for an anonymous visitor. */
    user: SessionUser | null;
    /** Now: what "overdue" and "a year ahead" are judged against (tests set it; AppOptions.clock). */
    clock: () => Date;
  };
}
