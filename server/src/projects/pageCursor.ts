import { type ProjectCursor, projectSorts } from '@tavazon/contract';
import { badRequest } from '../errors.ts';

// The cursor of a next link: base64url of [sort, key, id]. Opaque to clients, so its form may change;
// anything that does not decode to one of ours is a 400 naming `cursor`, never a database error.

export function encodeCursor(c: ProjectCursor): string {
  return Buffer.from(JSON.stringify([c.sort, c.key, c.id]), 'utf8').toString('base64url');
}

const badCursor = (why: string) =>
  badRequest(
    'field.invalid',
    { field: 'cursor', path: 'cursor', issue: 'invalid' },
    `cursor: ${why}`,
    'cursor',
  );

export function decodeCursor(text: string): ProjectCursor {
  let v: unknown = null;
  try {
    v = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    // falls through to the check below
  }
  if (
    !Array.isArray(v) ||
    v.length !== 3 ||
    !(projectSorts as readonly unknown[]).includes(v[0]) ||
    !(typeof v[1] === 'string' || typeof v[1] === 'number') ||
    !Number.isSafeInteger(v[2]) ||
    v[2] < 1 ||
    (typeof v[1] === 'string' && v[1].length > 400)
  ) {
    throw badCursor('must be the cursor of a next link of this list');
  }
  const [sort, key, id] = v as [ProjectCursor['sort'], string | number, number];
  if (
    sort.replace('-', '') === 'updated' &&
    !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/.test(String(key))
  )
    throw badCursor('must be the cursor of a next link of this list');
  return { sort, key, id };
}

/** A cursor given with another order than the one it was made for. */
export function checkCursorSort(cursor: ProjectCursor | undefined, sort: ProjectCursor['sort']) {
  if (cursor && cursor.sort !== sort)
    throw badCursor(`belongs to the order ${cursor.sort}, not ${sort} (start again without a cursor)`);
}
