// `pnpm organisations:merged`: what migration 0012 made of the projects' free-text agencies (which
// texts became which organisation, for which projects). The database is the server's, as for user.ts.
import { connect, migrate } from '@tavazon/data';
import { readConfig } from '../config.ts';
import { formatMergeReport, mergedOrganisations } from '../organisations/mergeReport.ts';

const config = readConfig(process.env);
const db = await connect({ url: config.databaseUrl, dataDir: config.pgliteDir }).catch((err: Error) => {
  console.error(`tavazon: ${err.message}`);
  process.exit(1);
});
try {
  await migrate(db.sql);
  for (const line of formatMergeReport(await mergedOrganisations(db.sql))) console.log(line);
} finally {
  await db.close();
}
