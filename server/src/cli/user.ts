// `pnpm user:create --username ali --role admin [--province IR-19,IR-10] [--name "Ali Rezaei"]` and
// `pnpm user:passwd --username ali`, `pnpm user:unlock --username ali`: the only way to make the first admin (there is no default account).
// The password is read without echo, or from TAVAZON_PASSWORD. The database is the server's
// (DATABASE_URL, else the embedded one; stop the server first when it is the embedded one).
import { parseArgs } from 'node:util';
import { connect, ensureLoaded, migrate } from '@tavazon/data';
import { recordAudit } from '../audit/auditLog.ts';
import { clearLoginFailures } from '../auth/loginThrottle.ts';
import { readConfig } from '../config.ts';
import { createUser } from '../users/createUser.ts';
import { setPassword } from '../users/setPassword.ts';
import { readPassword } from './readPassword.ts';

const usage = `usage:
  pnpm user:create --username NAME --role admin|planner|viewer|approver [--province IR-19,IR-10] [--name "Display name"]
  pnpm user:passwd --username NAME
  pnpm user:unlock --username NAME   (forgets its failed logins from every address)
The password is asked for (not shown), or taken from TAVAZON_PASSWORD.`;

const [command, ...rest] = process.argv.slice(2);
const { values: args } = parseArgs({
  args: rest,
  options: {
    username: { type: 'string' },
    role: { type: 'string' },
    province: { type: 'string' },
    name: { type: 'string' },
  },
});
if (
  (command !== 'create' && command !== 'passwd' && command !== 'unlock') ||
  !args.username ||
  (command === 'create' && !args.role)
) {
  console.error(usage);
  process.exit(2);
}

const config = readConfig(process.env);
const db = await connect({ url: config.databaseUrl, dataDir: config.pgliteDir }).catch((err: Error) => {
  // A running server holds the embedded database (DatabaseInUseError): say so, without a stack.
  console.error(`tavazon: ${err.message}`);
  process.exit(1);
});
try {
  await migrate(db.sql);
  // A planner's provinces are checked against the loaded boundaries, and the first admin is usually made
  // before the first start: prepare an empty database exactly as `pnpm start` would (a loaded one is left be).
  await ensureLoaded(db.sql, { dataDir: config.dataDir, log: (line) => console.error(line) });
  if (command === 'unlock') {
    const cleared = await clearLoginFailures(db.sql, args.username);
    await recordAudit(db.sql, {
      action: 'account.unlocked',
      target: args.username,
      via: 'cli',
      detail: { cleared },
    });
    console.log(`${args.username}: ${cleared} failed login(s) forgotten; they may sign in again at once`);
  } else if (command === 'create') {
    const password = await readPassword(process.env);
    const user = await createUser(db.sql, {
      username: args.username,
      role: args.role as 'admin',
      provinces: args.province ? args.province.split(',').map((p) => p.trim()) : [],
      password,
      display_name: args.name ?? null,
    });
    await recordAudit(db.sql, {
      action: 'account.created',
      target: user.username,
      via: 'cli',
      detail: { role: user.role },
    });
    console.log(
      `created ${user.role} ${user.username} (id ${user.id})${user.provinces.length ? ` for ${user.provinces.join(', ')}` : ''}`,
    );
  } else {
    const [user] = await db.sql<{ id: number }[]>`
      SELECT id::int AS id FROM app_user WHERE username = ${args.username.trim().toLowerCase()}`;
    if (!user) throw new Error(`no user ${args.username}`);
    await setPassword(db.sql, user.id, await readPassword(process.env));
    await recordAudit(db.sql, { action: 'account.password_set', target: args.username, via: 'cli' });
    console.log(`password of ${args.username} changed; their sessions were ended`);
  }
} catch (err) {
  console.error(`tavazon: ${(err as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.close();
}
