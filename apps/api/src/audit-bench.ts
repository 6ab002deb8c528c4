import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AuditSequencer,
  CheckpointSigner,
  Getuigen,
  merkle,
  ProofService,
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
 * `npm run bench:audit -- <records>`: throughput of the sequencer (records sealed into the
 * Merkle tree per second, with signed checkpoints) and of verify (records rechecked per
 * second), on the configured database. Writes synthetic actor audit records; use a scratch
 * database (e.g. DATABASE_URL=postgresql://postgres@127.0.0.1:5432/schakel_bench).
 */
async function main(): Promise<void> {
  const n = Number(process.argv[2] ?? '100000');
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
    const t0 = Date.now();
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
    const tInsert = Date.now() - t0;
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
    const t1 = Date.now();
    const sealed = await sequencer.sealNow();
    const tSeal = Date.now() - t1;
    await sequencer.beforeApplicationShutdown();
    const t2 = Date.now();
    const getuigd = getuigen.getuigd();
    const result = await verifyAuditTrail(ds, signer.publicKey, undefined, 'strikt', getuigd);
    const tVerify = Date.now() - t2;
    const t3 = Date.now();
    const snel = await verifyAuditTrail(ds, signer.publicKey, undefined, 'snel', getuigd);
    const tSnel = Date.now() - t3;
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
      const oud = merkle.inclusionProof(
        Number(r.positie),
        leaves.map((l) => l.leaf_hash),
      );
      if (!oud.every((h, j) => h.equals(viaTegels[i]?.[j] ?? Buffer.alloc(0)))) {
        throw new Error('proof from tiles differs from the proof from the leaves');
      }
    }
    const tAlle = (Date.now() - t5) / oudeAantal;
    const rate = (count: number, ms: number) => Math.round(count / (ms / 1000));
    console.log(
      JSON.stringify(
        {
          database: database.mode,
          inserted: n,
          insertMs: tInsert,
          sealed,
          sealMs: tSeal,
          sealRecordsPerSecond: rate(sealed, tSeal),
          witnessed: getuigd.at(-1)?.grootte ?? 0,
          verifyOk: result.ok,
          verified: result.records,
          verifyMs: tVerify,
          verifyRecordsPerSecond: rate(result.records, tVerify),
          verifySnelOk: snel.ok,
          verifySnelMs: tSnel,
          verifySnelRecordsPerSecond: rate(snel.records, tSnel),
          tilesChecked: result.tegels,
          inclusionProofFromTilesMs: Math.round(tTegels * 10) / 10,
          inclusionProofFromAllLeavesMs: Math.round(tAlle * 10) / 10,
          inclusionProofSpeedup: Math.round(tAlle / tTegels),
        },
        null,
        2,
      ),
    );
  } finally {
    await ds.destroy();
    await database.stop();
    rmSync(witnessDir, { recursive: true, force: true });
  }
}

await main();
