import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AuditSequencer,
  CheckpointSigner,
  Getuigen,
  merkle,
  ProofService,
  STANDAARD_VERBINDINGEN,
  verifyAuditTrail,
} from '@schakel/audit';
import {
  dataSourceOptions,
  GereedheidService,
  MetricsService,
  type QueueService,
  loadConfig,
  openDatabase,
  runMigrationsLocked,
} from '@schakel/platform';
import { DataSource } from 'typeorm';
import { ENTITIES } from './entities.js';

/**
 * `npm run bench:audit -- <records> [<verify connections>]`: throughput of the sequencer
 * (records sealed into the Merkle tree per second, with signed and witnessed checkpoints) and
 * of verify (records rechecked per second), the way before issue 12's throughput work and the
 * way now, measured in one run, printed as a table with the load average. Writes synthetic
 * actor audit records (twice `records`); use a scratch database (e.g.
 * DATABASE_URL=postgresql://postgres@127.0.0.1:5432/schakel_bench).
 */
async function main(): Promise<void> {
  const n = Number(process.argv[2] ?? '100000');
  const verbindingen = Number(process.argv[3] ?? String(STANDAARD_VERBINDINGEN));
  // A witness of its own: the scratch database is a new log each run.
  const witnessDir = mkdtempSync(join(tmpdir(), 'schakel-bench-getuige-'));
  const config = loadConfig({
    ...process.env,
    LOG_LEVEL: 'silent',
    AUDIT_WITNESS_DIR: witnessDir,
  });
  const database = await openDatabase(config);
  const ds = new DataSource(dataSourceOptions(database.url, 4, ENTITIES));
  await ds.initialize();
  try {
    await runMigrationsLocked(ds);
    const voegToe = async () => {
      const t = Date.now();
      await ds.query(
        `WITH ins AS (
           INSERT INTO actor_audit (id, tijd, actor_id, actor_soort, organisatie_code, rollen, actie, object_type, object_id, resultaat, regel, activiteit_id, activiteit_versie, velden, trace_id)
           SELECT gen_random_uuid(), now() - (g || ' seconds')::interval, 'bench-' || (g % 500), 'gebruiker',
                  'vt-rotterdam-rijnmond', '{vt-medewerker}', 'read', 'Zorgmelding', gen_random_uuid()::text,
                  'toegestaan', 'vt:eigen-meldingen', 'zorgmelding-ontvangen-beoordelen', 1, '{status,uitkomst}',
                  md5(g::text)
             FROM generate_series(1, $1) g
           RETURNING id)
         INSERT INTO audit_wachtrij (tabel, record_id) SELECT 'actor_audit', id FROM ins`,
        [n],
      );
      return Date.now() - t;
    };
    const signer = new CheckpointSigner(config);
    const getuigen = new Getuigen(config, signer);
    const sequencer = new AuditSequencer(
      config,
      ds,
      signer,
      getuigen,
      new MetricsService(ds, { isRunning: false } as unknown as QueueService, config),
      new GereedheidService(),
    );
    const meet = async <T>(f: () => Promise<T>): Promise<[T, number]> => {
      const t = Date.now();
      const r = await f();
      return [r, Date.now() - t];
    };
    // Sealing: the old way on the first n records (an empty log), the new way on the next n
    // (a log of n already: the old way slowed down as the log grew, the new way does not).
    const tInsert = await voegToe();
    sequencer.oudeManier = true;
    const [sealedOud, tSealOud] = await meet(() => sequencer.sealNow());
    sequencer.oudeManier = false;
    await voegToe();
    const [sealedNieuw, tSeal] = await meet(() => sequencer.sealNow());
    await sequencer.beforeApplicationShutdown();
    const sealed = sealedOud + sealedNieuw;
    // Verify over the whole log (2n): the old way (one connection, pages in turn) and the
    // new way (connections sharing one exported snapshot), each strict and fast.
    const getuigd = getuigen.getuigd();
    const verify = (modus: 'strikt' | 'snel', verbindingen: number) =>
      meet(() => verifyAuditTrail(ds, signer.publicKey, undefined, modus, getuigd, verbindingen));
    const [oud, tVerifyOud] = await verify('strikt', 0);
    const [oudSnel, tSnelOud] = await verify('snel', 0);
    const [result, tVerify] = await verify('strikt', verbindingen);
    const [snel, tSnel] = await verify('snel', verbindingen);
    for (const r of [oud, oudSnel, result, snel]) {
      if (!r.ok) throw new Error(`verify failed: ${JSON.stringify(r.fout)}`);
    }
    // Inclusion proofs: from the tiles (what the route does) against the old way, every leaf
    // hash up to the tree size, for records spread over the log; same proofs, same run.
    const proofs = new ProofService(ds);
    const ids = await ds.query<{ record_id: string; positie: string }[]>(
      'SELECT record_id, positie FROM audit_positie WHERE positie % $1 = 7 ORDER BY positie LIMIT 20',
      [Math.max(1, Math.floor(sealed / 20))],
    );
    const t4 = Date.now();
    const viaTegels: Buffer[][] = [];
    for (const r of ids) viaTegels.push((await proofs.inclusion(r.record_id)).bewijs);
    const tTegels = (Date.now() - t4) / ids.length;
    const t5 = Date.now();
    const oudeAantal = Math.min(3, ids.length);
    for (const [i, r] of ids.slice(0, oudeAantal).entries()) {
      const leaves = await ds.query<{ leaf_hash: Buffer }[]>(
        'SELECT leaf_hash FROM audit_positie WHERE positie < $1 ORDER BY positie',
        [sealed],
      );
      const uitAlle = merkle.inclusionProof(
        Number(r.positie),
        leaves.map((l) => l.leaf_hash),
      );
      if (!uitAlle.every((h, j) => h.equals(viaTegels[i]?.[j] ?? Buffer.alloc(0)))) {
        throw new Error('proof from tiles differs from the proof from the leaves');
      }
    }
    const tAlle = (Date.now() - t5) / oudeAantal;
    const rate = (count: number, ms: number) => Math.round(count / (ms / 1000));
    const rij = (
      wat: string,
      oudAantal: number,
      oudMs: number,
      nieuwAantal: number,
      nieuwMs: number,
    ) =>
      `| ${wat.padEnd(22)} | ${String(rate(oudAantal, oudMs)).padStart(9)} | ${String(rate(nieuwAantal, nieuwMs)).padStart(9)} | ${(rate(nieuwAantal, nieuwMs) / rate(oudAantal, oudMs)).toFixed(2).padStart(5)}x | ${String(doel[wat] ?? '').padStart(7)} |`;
    const doel: Record<string, number> = {
      'verzegelen (rec/s)': 50_000,
      'verify strikt (rec/s)': 200_000,
      'verify snel (rec/s)': 200_000,
    };
    console.log(
      [
        `bench:audit, ${database.mode} database, ${String(n)} records per seal, ${String(sealed)} in the log, ${String(verbindingen)} verify connections`,
        `load: ${loadavg()
          .map((l) => l.toFixed(2))
          .join(' ')} (1, 5, 15 min) on ${String(cpus().length)} cores`,
        '',
        '| measured               |   old way |   new way | ratio  |  target |',
        '| ---------------------- | --------: | --------: | -----: | ------: |',
        rij('verzegelen (rec/s)', sealedOud, tSealOud, sealedNieuw, tSeal),
        rij('verify strikt (rec/s)', oud.records, tVerifyOud, result.records, tVerify),
        rij('verify snel (rec/s)', oudSnel.records, tSnelOud, snel.records, tSnel),
        `| inclusion proof (ms)   | ${String(Math.round(tAlle * 10) / 10).padStart(9)} | ${String(Math.round(tTegels * 10) / 10).padStart(9)} | ${String(Math.round(tAlle / tTegels)).padStart(5)}x |         |`,
        '',
        'old way: sealing in batches of 5,000 joined to the whole log table, verify on one connection;',
        'new way: batches of 20,000 by primary-key lookup, verify over connections sharing one snapshot.',
        `every record sealed within: ${String(tSeal)} ms for the whole backlog of ${String(sealedNieuw)} (the bar is 3,000 ms per record)`,
      ].join('\n'),
    );
    console.log(
      JSON.stringify({
        database: database.mode,
        records: n,
        insertMs: tInsert,
        sealOldPerSecond: rate(sealedOud, tSealOud),
        sealPerSecond: rate(sealedNieuw, tSeal),
        verified: result.records,
        verifyOldPerSecond: rate(oud.records, tVerifyOud),
        verifyPerSecond: rate(result.records, tVerify),
        verifySnelOldPerSecond: rate(oudSnel.records, tSnelOud),
        verifySnelPerSecond: rate(snel.records, tSnel),
        tilesChecked: result.tegels,
        witnessed: getuigd.at(-1)?.grootte ?? 0,
        inclusionProofFromTilesMs: Math.round(tTegels * 10) / 10,
        inclusionProofFromAllLeavesMs: Math.round(tAlle * 10) / 10,
        load: loadavg(),
      }),
    );
  } finally {
    await ds.destroy();
    await database.stop();
    rmSync(witnessDir, { recursive: true, force: true });
  }
}

await main();
