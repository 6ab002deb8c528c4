import 'reflect-metadata';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AuditSequencer,
  CheckpointSigner,
  Getuigen,
  merkle,
  ProofService,
  STANDAARD_VERBINDINGEN,
  UUID_V7_SQL,
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
 *
 * `-- <records> --alleen-nieuw`: seals only the new way (`records` records, every leaf version 3,
 * as a log sealed from now on), so verify's two ways compare on a log of the current leaf version.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2).filter((a) => a !== '--alleen-nieuw');
  const alleenNieuw = args.length < process.argv.length - 2;
  const n = Number(args[0] ?? '100000');
  const verbindingen = Number(args[1] ?? String(STANDAARD_VERBINDINGEN));
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
    // The old way's records get random ids (UUIDv4), as the application gave them before; the
    // new way's get time-ordered ids (UUIDv7), as `AuditService` gives them now (ADR 0038).
    const voegToe = async (aantal: number, id: 'v4' | 'v7') => {
      const t = Date.now();
      await ds.query(
        `WITH ins AS (
           INSERT INTO actor_audit (id, tijd, actor_id, actor_soort, organisatie_code, rollen, actie, object_type, object_id, resultaat, regel, activiteit_id, activiteit_versie, velden, trace_id)
           SELECT ${id === 'v7' ? UUID_V7_SQL : 'gen_random_uuid()'}, now() - (g || ' seconds')::interval, 'bench-' || (g % 500), 'gebruiker',
                  'vt-rotterdam-rijnmond', '{vt-medewerker}', 'read', 'Zorgmelding', gen_random_uuid()::text,
                  'toegestaan', 'vt:eigen-meldingen', 'zorgmelding-ontvangen-beoordelen', 1, '{status,uitkomst}',
                  md5(g::text)
             FROM generate_series(1, $1) g
           RETURNING id)
         INSERT INTO audit_wachtrij (tabel, record_id) SELECT 'actor_audit', id FROM ins`,
        [aantal],
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
    // CPU time per step: this process, and the database's backends for this database (read
    // from /proc every 20 ms, so only on Linux with the server on this machine). Unlike the
    // rate, the CPU per record barely depends on what else the machine runs.
    const cpu = new Map<string, number>();
    const cpuDb = new Map<string, number>();
    const backendCpu = async (): Promise<Map<number, number>> => {
      const pids = await ds.query<{ pid: number }[]>(
        'SELECT pid FROM pg_stat_activity WHERE datname = current_database()',
      );
      const m = new Map<number, number>();
      for (const { pid } of pids) {
        try {
          const f = readFileSync(`/proc/${String(pid)}/stat`, 'utf8')
            .split(') ')[1]
            ?.split(' ');
          m.set(pid, (Number(f?.[11]) + Number(f?.[12])) * (1000 / 100));
        } catch {
          // not on this machine, or gone
        }
      }
      return m;
    };
    const meet = async <T>(wat: string, f: () => Promise<T>): Promise<[T, number]> => {
      const begin = new Map<number, number>();
      const laatst = new Map<number, number>();
      const stand = { klaar: false };
      const volg = (async () => {
        while (!stand.klaar) {
          for (const [pid, ms] of await backendCpu()) {
            if (!begin.has(pid)) begin.set(pid, ms);
            laatst.set(pid, ms);
          }
          await new Promise((r) => setTimeout(r, 20));
        }
      })();
      const c0 = process.cpuUsage();
      const t = Date.now();
      const r = await f();
      const ms = Date.now() - t;
      const c = process.cpuUsage(c0);
      stand.klaar = true;
      await volg;
      let db = 0;
      for (const [pid, v] of laatst) db += v - (begin.get(pid) ?? v);
      cpu.set(wat, (cpu.get(wat) ?? 0) + (c.user + c.system) / 1000 + db);
      cpuDb.set(wat, (cpuDb.get(wat) ?? 0) + db);
      return [r, ms];
    };
    /** Core-microseconds per record (this process + database backends) of a step. */
    const perRecord = (wat: string, aantal: number) =>
      aantal > 0 ? (((cpu.get(wat) ?? 0) * 1000) / aantal).toFixed(1) : '-';
    // Sealing: n records each way, in two rounds that take turns (old, new, old, new), so both
    // ways see the log grow and a change in the machine's load hits both alike.
    let [tInsert, sealedOud, tSealOud, sealedNieuw, tSeal, achterstandMs] = [0, 0, 0, 0, 0, 0];
    for (let ronde = 0; ronde < 2; ronde++) {
      const deel = ronde === 0 ? Math.floor(n / 2) : n - Math.floor(n / 2);
      let [a, ta] = [0, 0];
      if (!alleenNieuw) {
        tInsert += await voegToe(deel, 'v4');
        sequencer.oudeManier = true;
        [a, ta] = await meet('seal-oud', () => sequencer.sealNow());
        sequencer.oudeManier = false;
      }
      tInsert += await voegToe(deel, 'v7');
      const [b, tb] = await meet('seal', () => sequencer.sealNow());
      [sealedOud, tSealOud, sealedNieuw, tSeal] = [
        sealedOud + a,
        tSealOud + ta,
        sealedNieuw + b,
        tSeal + tb,
      ];
      achterstandMs = Math.max(achterstandMs, tb);
    }
    await sequencer.beforeApplicationShutdown();
    const sealed = sealedOud + sealedNieuw;
    // Verify over the whole log (2n): the old way (one connection, pages in turn) and the
    // new way (connections sharing one exported snapshot), each strict and fast.
    const getuigd = getuigen.getuigd();
    const verify = (modus: 'strikt' | 'snel', verbindingen: number) =>
      meet(`${modus}-${String(verbindingen)}`, () =>
        verifyAuditTrail(ds, signer.publicKey, undefined, modus, getuigd, verbindingen),
      );
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
      doel: string,
      oud: [string, number, number],
      nieuw: [string, number, number],
    ) => {
      const [ro, rn] = [rate(oud[1], oud[2]), rate(nieuw[1], nieuw[2])];
      const ratio = oud[1] > 0 ? `${(rn / ro).toFixed(2)}x` : '-';
      return `| ${wat.padEnd(14)} | ${(oud[1] > 0 ? String(ro) : '-').padStart(8)} | ${String(rn).padStart(8)} | ${ratio.padStart(6)} | ${perRecord(oud[0], oud[1]).padStart(8)} | ${perRecord(nieuw[0], nieuw[1]).padStart(8)} | ${doel.padStart(7)} |`;
    };
    console.log(
      [
        `bench:audit: ${database.mode} database, ${String(n)} records sealed ${alleenNieuw ? 'the new way only (--alleen-nieuw)' : 'each way'}, ${String(sealed)} in the log, ${String(verbindingen)} verify connections`,
        `load average ${loadavg()
          .map((l) => l.toFixed(2))
          .join(' ')} (1, 5, 15 min) on ${String(cpus().length)} cores`,
        '',
        '| records/s      |      old |      new | ratio  |  old µs* |  new µs* |  target |',
        '| -------------- | -------: | -------: | -----: | -------: | -------: | ------: |',
        rij('seal', '50000', ['seal-oud', sealedOud, tSealOud], ['seal', sealedNieuw, tSeal]),
        rij(
          'verify strikt',
          '200000',
          ['strikt-0', oud.records, tVerifyOud],
          [`strikt-${String(verbindingen)}`, result.records, tVerify],
        ),
        rij(
          'verify snel',
          '200000',
          ['snel-0', oudSnel.records, tSnelOud],
          [`snel-${String(verbindingen)}`, snel.records, tSnel],
        ),
        '',
        '* CPU per record in core-µs: this process plus the database backends (needs the',
        '  database on this machine); less affected by other load than records/s.',
        'old: batches of 5,000 joined to the whole log table, JSON leaf (version 2); verify pages',
        '     in turn on one connection, row by row.',
        alleenNieuw
          ? 'verify: the whole log of n, every leaf version 3, read the old way and the new way.'
          : 'seal: n records each way, in two rounds taking turns; verify: the whole log of 2n, so half\n     of it JSON leaves in both columns.',
        'new: batches of 20,000, records by primary key, binary leaf (version 3), one hash per leaf',
        '     for tree and tiles; verify over connections that share one exported snapshot, a page',
        '     as one row per 64 positions.',
        `inclusion proof: ${String(Math.round(tAlle * 10) / 10)} ms from every leaf hash, ${String(Math.round(tTegels * 10) / 10)} ms from the tiles`,
        `a backlog of ${String(n - Math.floor(n / 2))} sealed the new way in ${String(achterstandMs)} ms (bar: every record within 3,000 ms)`,
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
        cpuMs: Object.fromEntries(cpu),
        databaseCpuMs: Object.fromEntries(cpuDb),
      }),
    );
  } finally {
    await ds.destroy();
    await database.stop();
    rmSync(witnessDir, { recursive: true, force: true });
  }
}

await main();
