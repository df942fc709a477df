import type { Sql } from '@tavazon/data';
import { expect, it } from 'vitest';
import { DataVersions } from './dataVersions.ts';

/** A stand-in for postgres.js whose queries the test answers one by one. */
function pendingQueries() {
  const answers: ((rows: { dataset: string; version: string }[]) => void)[] = [];
  const sql = (() => new Promise((resolve) => answers.push(resolve))) as unknown as Sql;
  return { sql, answers };
}

it('shares a read only among requests that came before it started', async () => {
  const { sql, answers } = pendingQueries();
  const versions = new DataVersions(sql);
  const first = versions.read();
  // These arrive while the first read runs: it may have started before a write they must see.
  const second = versions.read();
  const third = versions.read();
  expect(answers).toHaveLength(1);
  answers[0]!([{ dataset: 'projects', version: 'old' }]);
  expect((await first).get('projects')).toBe('old');
  await new Promise((resolve) => setImmediate(resolve));
  expect(answers).toHaveLength(2);
  answers[1]!([{ dataset: 'projects', version: 'new' }]);
  expect((await second).get('projects')).toBe('new');
  expect(await third).toBe(await second);
  // Nothing running: the next request starts its own read.
  void versions.read();
  expect(answers).toHaveLength(3);
});
