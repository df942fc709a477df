import type { Sql } from '@tavazon/data';

/** Each dataset's version (text that changes with every committed write), and the database's day. */
export type Versions = ReadonlyMap<string, string>;

/**
 * Reads the data versions (migration 0016) for a request: one small query, always from the database, so
 * that a write committed through any server process is seen by the next request to this one.
 *
 * Requests that arrive together share a read, but only one that started after they arrived: joining a
 * read already under way could return versions from before a write that finished just before the
 * request came in, and that request would then be answered with the old data.
 */
export class DataVersions {
  #running: Promise<Versions> | null = null;
  #waiting: Promise<Versions> | null = null;

  constructor(private readonly sql: Sql) {}

  read(): Promise<Versions> {
    if (this.#waiting) return this.#waiting;
    if (!this.#running) return this.#start();
    const ignore = () => {};
    this.#waiting = this.#running.then(ignore, ignore).then(() => {
      this.#waiting = null;
      return this.#start();
    });
    return this.#waiting;
  }

  #start(): Promise<Versions> {
    const read = this.#query();
    this.#running = read;
    const done = () => {
      if (this.#running === read) this.#running = null;
    };
    read.then(done, done);
    return read;
  }

  async #query(): Promise<Versions> {
    // The day is a version too: the projects' patron filter compares with current_date.
    const rows = await this.sql<{ dataset: string; version: string }[]>`
      SELECT dataset, version FROM data_versions()
      UNION ALL SELECT 'day', current_date::text`;
    return new Map(rows.map((r) => [r.dataset, r.version]));
  }
}
