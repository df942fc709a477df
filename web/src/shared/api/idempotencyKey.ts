/**
 * One Idempotency-Key per submission (docs/api.md): the same submission sent again (a double click, a
 * retry after a lost answer) reuses its key, so the server does the work once; a changed submission gets
 * a new key, since the server refuses a key reused for another request.
 */
export function submissionKeys() {
  let last: { what: string; key: string } | null = null;
  return (what: string) => {
    if (last?.what !== what) last = { what, key: crypto.randomUUID() };
    return last.key;
  };
}
