import type { Sql } from '@tavazon/data';

/** The sign-in record of a username, or undefined if there is no such account. */
export async function findAccount(sql: Sql, username: string) {
  const [account] = await sql<{ id: number; password_hash: string; disabled: boolean }[]>`
    SELECT id::int AS id, password_hash, disabled FROM app_user WHERE username = ${username}`;
  return account;
}

/** What the sign-in answer tells about the account. */
export async function accountProfile(sql: Sql, id: number) {
  const [user] = await sql<
    { username: string; display_name: string | null; role: string; provinces: string[] }[]
  >`
    SELECT username, display_name, role, provinces FROM app_user WHERE id = ${id}`;
  return user;
}

/** The stored password hash of an account, or null if there is no such account. */
export async function passwordHash(sql: Sql, id: number): Promise<string | null> {
  const [account] = await sql<{ password_hash: string }[]>`
    SELECT password_hash FROM app_user WHERE id = ${id}`;
  return account?.password_hash ?? null;
}
