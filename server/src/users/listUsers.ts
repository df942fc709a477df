import type { Sql } from '@tavazon/data';
import type { UserRow } from './createUser.ts';
import { publicUserColumns } from './userFields.ts';

/** Every account, by username (never the hash). */
export function listUsers(sql: Sql) {
  return sql<UserRow[]>`SELECT ${publicUserColumns(sql)} FROM app_user ORDER BY username`;
}

/** One account, or undefined if there is none with this id. */
export async function findUser(sql: Sql, id: number): Promise<UserRow | undefined> {
  const [row] = await sql<UserRow[]>`SELECT ${publicUserColumns(sql)} FROM app_user WHERE id = ${id}`;
  return row;
}
