import 'reflect-metadata';
import { AuditService, purgeAuditTrail } from '@schakel/audit';
import { dataSourceOptions, loadConfig, openDatabase } from '@schakel/platform';
import { DataSource } from 'typeorm';
import { ENTITIES } from './entities.js';

/**
 * `npm run audit:purge`: purges the audit log records past `AUDIT_RETENTION_YEARS` down to
 * their leaf hash (ADR 0012), as the daily job does. Works on DATABASE_URL or the embedded
 * database (stop the app first: the embedded data directory admits one process).
 */
async function main(): Promise<number> {
  const config = loadConfig();
  const database = await openDatabase(config);
  const ds = new DataSource(dataSourceOptions(database.url, 2, ENTITIES));
  try {
    await ds.initialize();
    const { gewist } = await purgeAuditTrail(
      ds,
      new AuditService(config),
      config.AUDIT_RETENTION_YEARS,
      (n) => process.stderr.write(`\rGewist: ${String(n)} records`),
    );
    process.stderr.write('\n');
    console.log(
      `Auditspoor: ${String(gewist)} records ouder dan ${String(config.AUDIT_RETENTION_YEARS)} jaar gewist (bladhashes bewaard)`,
    );
    return 0;
  } finally {
    if (ds.isInitialized) await ds.destroy();
    await database.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(2);
  },
);
