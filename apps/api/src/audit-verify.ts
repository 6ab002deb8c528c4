import 'reflect-metadata';
import { join, resolve } from 'node:path';
import {
  AuditVerificatie,
  CheckpointSigner,
  getuigdIn,
  STANDAARD_VERBINDINGEN,
  verifyAuditTrail,
} from '@schakel/audit';
import { runCli } from './cli.js';

/**
 * `npm run audit:verify`: recomputes the audit trail's Merkle tree from the tables, checks
 * every checkpoint's signature and root, and exits 0 when all holds, 1 naming the first bad
 * position otherwise. Works on DATABASE_URL or the embedded database (stop the app first:
 * the embedded data directory admits one process). `-- --snel` lets PostgreSQL hash the
 * records too (faster; trusts the database server's sha256), see `VerifyModus`.
 *
 * Checks the log against every checkpoint the local witness cosigned (AUDIT_WITNESS_DIR,
 * default DATA_DIR/getuige) and against copies of other witnesses' directories given as
 * `-- --getuige <dir>`: a rewrite or rollback exits 1 with the first position that differs.
 */
runCli(async (ds, config) => {
  const signer = new CheckpointSigner(config);
  const t0 = Date.now();
  let last = 0;
  const modus = process.argv.includes('--snel') ? 'snel' : 'strikt';
  // `-- --verbindingen <n>`: connections that read pages in the shared snapshot, plus one that
  // counts log rows without a position meanwhile (0: the old way, on one connection; ADR 0033).
  const v = process.argv.indexOf('--verbindingen');
  const verbindingen = v > 0 ? Number(process.argv[v + 1]) : STANDAARD_VERBINDINGEN;
  if (!Number.isInteger(verbindingen) || verbindingen < 0 || verbindingen > 16) {
    console.error('--verbindingen verwacht een geheel getal van 0 tot en met 16');
    return 2;
  }
  const dirs = [resolve(config.AUDIT_WITNESS_DIR ?? join(config.DATA_DIR, 'getuige'))];
  process.argv.forEach((a, i) => {
    const dir = process.argv[i + 1];
    if (a === '--getuige' && dir) dirs.push(resolve(dir));
  });
  const getuigd = dirs.flatMap((d) => getuigdIn(d, signer.origin));
  const result = await verifyAuditTrail(
    ds,
    signer.publicKey,
    (done, total) => {
      if (Date.now() - last > 500 || done === total) {
        last = Date.now();
        const pct = total ? Math.floor((done / total) * 100) : 100;
        process.stderr.write(
          `\rControleren: ${String(done)} van ${String(total)} records (${String(pct)}%)`,
        );
      }
    },
    modus,
    getuigd,
    verbindingen,
  );
  const seconds = (Date.now() - t0) / 1000;
  // Kept for the FG's integrity status (this table is not part of the tree).
  await ds.getRepository(AuditVerificatie).insert({
    geslaagd: result.ok,
    records: String(result.records),
    checkpoints: result.checkpoints,
    eersteFoutPositie: result.fout ? String(result.fout.positie) : null,
    reden: result.fout?.reden ?? null,
  });
  process.stderr.write('\n');
  if (result.ok) {
    const rate = seconds > 0 ? Math.round(result.records / seconds) : result.records;
    console.log(
      `Auditspoor klopt: ${String(result.records)} records, ${String(result.checkpoints)} checkpoints (sleutel ${signer.keyId}), ${String(getuigd.length)} medeondertekend door getuigen, ${modus}, ${String(result.verbindingen ?? 0)} leesverbindingen, ${seconds.toFixed(1)} s, ${String(rate)} records/s`,
    );
    return 0;
  }
  console.error(
    `Auditspoor klopt NIET vanaf positie ${String(result.fout?.positie)}: ${result.fout?.reden ?? ''}`,
  );
  return 1;
});
