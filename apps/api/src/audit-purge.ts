import 'reflect-metadata';
import { AuditService, purgeAuditTrail } from '@schakel/audit';
import { runCli } from './cli.js';

/**
 * `npm run audit:purge`: purges the audit log records past `AUDIT_RETENTION_YEARS` down to
 * their leaf hash (ADR 0012), as the daily job does. Works on DATABASE_URL or the embedded
 * database (stop the app first: the embedded data directory admits one process).
 */
runCli(async (ds, config) => {
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
});
