import { type Algorithm, hash, verify } from '@node-rs/argon2';
import { z } from 'zod';

// argon2id with OWASP's recommended minimum (19 MiB, 2 passes, 1 lane): ~30 ms here, so a login is
// cheap for us and a stolen hash is expensive to attack. The parameters are stored in each hash, so
// raising them later only affects new hashes.
// 2 is Algorithm.Argon2id (a const enum, which this build cannot import as a value).
const options = { algorithm: 2 as Algorithm, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/** At least 12 characters; the upper bound keeps hashing a bounded cost. */
export const passwordSchema = z
  .string({ message: 'must be text' })
  .min(12, 'must be at least 12 characters')
  .max(200, 'must be at most 200 characters');

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

// A hash of a random password, verified when the username is unknown so that the answer takes as
// long as for a real account and does not tell which usernames exist.
let decoy: Promise<string> | undefined;

/** Whether `password` matches `stored`; with `stored` null, spends the same time and says no. */
export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  if (stored === null) {
    decoy ??= hashPassword(crypto.randomUUID());
    await verify(await decoy, password).catch(() => false);
    return false;
  }
  return verify(stored, password).catch(() => false);
}
