import { jest } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { transformFileSync } from '@swc/core';
import {
  AuditSequencer,
  CheckpointSigner,
  formatVerzoek,
  getuigdIn,
  notitie,
  verifyAuditTrail,
} from '@schakel/audit';
import { DataSource } from 'typeorm';
import { loginAs, type Session } from './login.js';
import { isolatedDatabase, startTestApp, type TestApp } from './test-app.js';
import { dienZorgmeldingIn } from './zorgmelding-fixtures.js';

const ORIGIN = 'schakel.test/auditspoor';
const LOG_TABLES = [
  'actor_audit',
  'verwerkingslog',
  'audit_wachtrij',
  'audit_positie',
  'audit_checkpoint',
  // The tiles are part of the log's state: a restore must take them back too.
  'audit_tegel',
];

/**
 * Compiles the witness (its folder and the Merkle tree, which import nothing else) to plain
 * JavaScript and starts it as a second process, as a partner would run `npm run audit:getuige`.
 */
async function startWitness(
  dir: string,
  logKey: string,
): Promise<{ proces: ChildProcess; url: string; sleutel: string }> {
  const out = mkdtempSync(join(tmpdir(), 'schakel-getuige-js-'));
  const src = join(process.cwd(), 'libs/audit/src');
  for (const file of [
    'getuige/notitie.ts',
    'getuige/getuige.ts',
    'getuige/getuige-server.ts',
    'getuige/getuige-cli.ts',
    'merkle/merkle.ts',
  ]) {
    const { code } = transformFileSync(join(src, file), {
      jsc: { parser: { syntax: 'typescript' }, target: 'es2023' },
      module: { type: 'es6' },
    });
    const target = join(out, relative(src, join(src, file)).replace(/\.ts$/, '.js'));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, code);
  }
  writeFileSync(join(out, 'package.json'), '{"type":"module"}');
  writeFileSync(
    join(out, 'main.js'),
    "import { startGetuige } from './getuige/getuige-cli.js';\nstartGetuige(process.env);\n",
  );
  const proces = spawn(process.execPath, [join(out, 'main.js')], {
    env: {
      PATH: process.env.PATH,
      GETUIGE_LOGS: logKey,
      GETUIGE_DIR: dir,
      GETUIGE_NAAM: 'getuige.partner.test',
      GETUIGE_PORT: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const line = await new Promise<string>((resolve, reject) => {
    let buf = '';
    proces.stdout.on('data', (c: Buffer) => {
      buf += c.toString();
      if (buf.includes('\n')) resolve(buf.split('\n')[0] ?? '');
    });
    proces.stderr.on('data', (c: Buffer) => {
      reject(new Error(c.toString()));
    });
    proces.on('exit', (code) => {
      reject(new Error(`witness exited with ${String(code)}`));
    });
  });
  const m = /^Getuige (\S+) luistert op poort (\d+)$/.exec(line);
  if (!m?.[1] || !m[2]) throw new Error(`unexpected witness output: ${line}`);
  return { proces, url: `http://127.0.0.1:${m[2]}`, sleutel: m[1] };
}

describe('witnessed checkpoints: a rewrite, a rollback or a phantom stops sealing and fails verify', () => {
  let t: TestApp;
  let ds: DataSource;
  let vt: Session;
  let fg: Session;
  let melding = '';
  let isolated: Awaited<ReturnType<typeof isolatedDatabase>>;
  let witness: Awaited<ReturnType<typeof startWitness>>;
  let witnessDir = '';
  let localDir = '';
  let logKey = '';

  const makeRecords = async (n: number) => {
    for (let i = 0; i < n; i++) {
      const res = await vt.fetch('/api/v1/doorbraken', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          verwerkingsactiviteit: 'zorgmelding-ontvangen-beoordelen',
        },
        body: JSON.stringify({
          onderwerpType: 'Zorgmelding',
          onderwerpId: melding,
          verantwoording:
            'Acuut gevaar; behandelaar onbereikbaar en melding moet direct gelezen worden.',
          duurMinuten: 5,
        }),
      });
      expect(res.status).toBe(201);
    }
  };
  const seal = () => t.app.get(AuditSequencer).sealNow();
  const getuigd = () => getuigdIn(localDir, ORIGIN);
  const verifyNow = async () => {
    const key = t.app.get(CheckpointSigner).publicKey;
    const { verbindingen: _v, ...strikt } = await verifyAuditTrail(
      ds,
      key,
      undefined,
      'strikt',
      getuigd(),
    );
    const { verbindingen: _s, ...snel } = await verifyAuditTrail(
      ds,
      key,
      undefined,
      'snel',
      getuigd(),
    );
    expect(snel).toEqual(strikt);
    // The old way, page by page on the snapshot's own connection, agrees at the same position.
    const { verbindingen: _o, ...oud } = await verifyAuditTrail(
      ds,
      key,
      undefined,
      'strikt',
      getuigd(),
      0,
    );
    expect(oud).toEqual(strikt);
    return strikt;
  };

  async function asAttacker(sql: string, params: unknown[] = []): Promise<void> {
    const runner = ds.createQueryRunner();
    await runner.connect();
    try {
      await runner.query('SET session_replication_role = replica');
      await runner.query(sql, params);
    } finally {
      await runner.query('RESET session_replication_role');
      await runner.release();
    }
  }
  /**
   * The log's tables as one snapshot, and back in one transaction that locks them first: the
   * app may write an audit record meanwhile (a background job), and a copy taken table by table
   * could hold a queue entry without its record, which every later restore would put back.
   */
  const snapshot = async () => {
    await ds.transaction('REPEATABLE READ', async (m) => {
      for (const tabel of LOG_TABLES) {
        await m.query(`DROP TABLE IF EXISTS "bak_${tabel}"`);
        await m.query(`CREATE TABLE "bak_${tabel}" AS SELECT * FROM "${tabel}"`);
      }
    });
  };
  const restore = async () => {
    await ds.transaction(async (m) => {
      // In the order the app writes them, so a writer waits instead of deadlocking.
      await m.query(`LOCK TABLE ${LOG_TABLES.map((t) => `"${t}"`).join(', ')} IN EXCLUSIVE MODE`);
      await m.query('SET LOCAL session_replication_role = replica');
      for (const tabel of LOG_TABLES) {
        await m.query(`DELETE FROM "${tabel}"`);
        await m.query(`INSERT INTO "${tabel}" SELECT * FROM "bak_${tabel}"`);
      }
    });
  };
  /** Found by verify and by the running app (readiness, FG's integrity screen), at `positie`. */
  const expectFound = async (positie: number, reden: string) => {
    const result = await verifyNow();
    expect(result.ok).toBe(false);
    expect(result.fout).toMatchObject({ positie, reden: expect.stringContaining(reden) });
    expect(await seal()).toBe(0);
    const ready = await fetch(`${t.url}/api/v1/health/ready`);
    expect(ready.status).toBe(503);
    const problem = (await ready.json()) as { detail: string };
    expect(problem.detail).toContain(
      `auditspoor: verzegelen gestopt vanaf positie ${String(positie)}`,
    );
    const screen = (await (
      await fg.fetch('/api/v1/verantwoording/integriteit', {
        headers: { verwerkingsactiviteit: 'verantwoording-toezicht' },
      })
    ).json()) as { verzegeling: { gestopt: boolean; positie: number | null } };
    expect(screen.verzegeling).toMatchObject({ gestopt: true, positie });
    const metrics = await (await fetch(`${t.url}/metrics`)).text();
    expect(metrics).toMatch(/^audit_verzegeling_gestopt 1$/m);
  };
  const expectHealthy = async () => {
    await seal();
    // The whole result, so a failure shows where and why.
    expect(await verifyNow()).toMatchObject({ ok: true });
    expect((await fetch(`${t.url}/api/v1/health/ready`)).status).toBe(200);
  };
  /** Witnessed sizes, ascending. */
  const sizes = () => getuigd().map((g) => g.grootte);

  beforeAll(async () => {
    isolated = await isolatedDatabase();
    const privateKey = generateKeyPairSync('ed25519').privateKey;
    logKey = notitie.verifierKey(notitie.notitieSleutel(ORIGIN, createPublicKey(privateKey)));
    witnessDir = mkdtempSync(join(tmpdir(), 'schakel-getuige-'));
    witness = await startWitness(witnessDir, logKey);
    localDir = join(isolated.env.DATA_DIR ?? '', 'getuige');
    t = await startTestApp({
      ...isolated.env,
      AUDIT_SEQUENCER_INTERVAL_S: '3600',
      AUDIT_ORIGIN: ORIGIN,
      AUDIT_SIGNING_KEY: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      AUDIT_WITNESSES: `${witness.url} ${witness.sleutel}`,
    });
    ds = t.app.get(DataSource);
    vt = await loginAs(t.url, 'demo-vt-rr-medewerker');
    fg = await loginAs(t.url, 'demo-fg-vt-rr');
    melding = await dienZorgmeldingIn(await loginAs(t.url, 'demo-politie-1'), 'GM0505');
    // Its delivery is a background job that writes audit records: done before the tests start.
    for (let i = 0; ; i++) {
      const [{ open } = { open: '1' }] = await ds.query<{ open: string }[]>(
        "SELECT count(*) AS open FROM bezorging WHERE status <> 'bezorgd'",
      );
      if (open === '0') break;
      if (i > 300) throw new Error('the report was not delivered within 30 s');
      await new Promise((r) => setTimeout(r, 100));
    }
    // Several checkpoints, each witnessed.
    for (let i = 0; i < 4; i++) {
      await makeRecords(2);
      await seal();
    }
  });
  afterAll(async () => {
    await t.close();
    witness.proces.kill();
    await isolated.drop();
    rmSync(witnessDir, { recursive: true, force: true });
  });

  it('has every checkpoint cosigned by the local witness and by a witness in another process', async () => {
    const [c] = await ds.query<{ tree_size: string; notitie: string }[]>(
      'SELECT tree_size, notitie FROM audit_checkpoint ORDER BY tree_size DESC LIMIT 1',
    );
    const size = Number(c?.tree_size);
    expect(sizes().at(-1)).toBe(size);
    // The log's note is a C2SP checkpoint signed by the published log key.
    const sleutel = (await (await fetch(`${t.url}/api/v1/audit/sleutel`)).json()) as {
      notitieSleutel: string;
      origin: string;
    };
    expect(sleutel).toMatchObject({ notitieSleutel: logKey, origin: ORIGIN });
    const note = notitie.parseNotitie(c?.notitie ?? '');
    expect(note.tekst.split('\n').slice(0, 2)).toEqual([ORIGIN, String(size)]);
    expect(notitie.ondertekendDoor(note, notitie.parseVerifierKey(logKey))).toBe(true);
    // The partner's witness stored it with its own cosignature, which verifies.
    const sub = readdirSync(witnessDir).find((f) => !f.endsWith('.pem')) ?? '';
    const stored = notitie.parseNotitie(
      readFileSync(join(witnessDir, sub, `${String(size)}.notitie`), 'utf8'),
    );
    expect(stored.tekst).toBe(note.tekst);
    const tijd = notitie.medeondertekendOp(stored, notitie.parseVerifierKey(witness.sleutel));
    expect(tijd).toBeGreaterThan(Date.now() / 1000 - 600);
    expect((await verifyNow()).ok).toBe(true);
  });

  it('the witness refuses a checkpoint that does not extend the last one it cosigned', async () => {
    const last = getuigd().at(-1);
    const privatePem = t.app.get(CheckpointSigner);
    // A validly signed checkpoint of a bigger, different tree: right signature, wrong history.
    const forged = privatePem.notitie((last?.grootte ?? 0) + 1, Buffer.alloc(32, 9));
    const post = (body: string) => fetch(`${witness.url}/add-checkpoint`, { method: 'POST', body });
    const wrongOld = await post(formatVerzoek(0, [], forged));
    expect(wrongOld.status).toBe(409);
    expect((await wrongOld.text()).trim()).toBe(String(last?.grootte));
    const bad = await post(formatVerzoek(last?.grootte ?? 0, [Buffer.alloc(32, 1)], forged));
    expect(bad.status).toBe(422);
    const unsigned = forged.replace(
      /\n\n.*$/s,
      '\n\n\u2014 iemand AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n',
    );
    expect((await post(formatVerzoek(last?.grootte ?? 0, [], unsigned))).status).toBe(403);
  });

  it('keeps every sealed leaf when a migration adds a column with a default', async () => {
    await ds.query(`ALTER TABLE actor_audit ADD COLUMN later_toegevoegd text NOT NULL DEFAULT 'x'`);
    try {
      expect((await verifyNow()).ok).toBe(true);
      await makeRecords(1);
      await seal();
      expect((await verifyNow()).ok).toBe(true);
    } finally {
      await ds.query('ALTER TABLE actor_audit DROP COLUMN later_toegevoegd');
    }
    await expectHealthy();
  });

  it('has the witnesses cosign the latest checkpoint again when the log is quiet (heartbeat)', async () => {
    await seal();
    const before = getuigd().at(-1);
    const [c] = await ds.query<{ n: string }[]>('SELECT count(*) AS n FROM audit_checkpoint');
    const now = Date.now();
    // AUDIT_HEARTBEAT_S (300 s) later, with nothing new to seal.
    const spy = jest.spyOn(Date, 'now').mockReturnValue(now + 301_000);
    try {
      expect(await seal()).toBe(0);
    } finally {
      spy.mockRestore();
    }
    const after = getuigd().at(-1);
    expect(after?.grootte).toBe(before?.grootte);
    const stored = notitie.parseNotitie(
      readFileSync(
        join(
          localDir,
          readdirSync(localDir).find((f) => !f.endsWith('.pem')) ?? '',
          `${String(after?.grootte)}.notitie`,
        ),
        'utf8',
      ),
    );
    const lokaal = stored.handtekeningen.find((h) => h.naam.endsWith('/getuige-lokaal'));
    expect(Number(lokaal?.bytes.readBigUInt64BE(0))).toBe(Math.floor((now + 301_000) / 1000));
    // No new checkpoint: the same tree, cosigned at a later time.
    const [c2] = await ds.query<{ n: string }[]>('SELECT count(*) AS n FROM audit_checkpoint');
    expect(c2?.n).toBe(c?.n);
  });

  it('reports a sequencer that falls behind: lag gauge and readiness', async () => {
    await makeRecords(1);
    await ds.query(`UPDATE audit_wachtrij SET tijd = now() - interval '1 hour'`);
    const ready = await fetch(`${t.url}/api/v1/health/ready`);
    expect(ready.status).toBe(503);
    expect(((await ready.json()) as { detail: string }).detail).toMatch(
      /auditspoor: het oudste onverzegelde record wacht al \d+ s/,
    );
    const lag = /^audit_oudste_onverzegeld_seconden (\S+)$/m.exec(
      await (await fetch(`${t.url}/metrics`)).text(),
    );
    expect(Number(lag?.[1])).toBeGreaterThan(3000);
    await expectHealthy();
  });

  describe('tampering by a database superuser', () => {
    beforeEach(async () => {
      await seal();
      await snapshot();
    });
    afterEach(async () => {
      await restore();
      await expectHealthy();
    });

    /** Deletes positions from k on and their checkpoints, and queues the records again. */
    const rewriteFrom = async (k: number) => {
      const rows = await ds.query<{ tabel: string; record_id: string }[]>(
        'SELECT tabel, record_id FROM audit_positie WHERE positie >= $1 ORDER BY positie',
        [k],
      );
      await asAttacker('DELETE FROM audit_positie WHERE positie >= $1', [k]);
      await asAttacker('DELETE FROM audit_checkpoint WHERE tree_size > $1', [k]);
      // A refusal becomes an allowed action by another actor, then all is queued again.
      await asAttacker(
        `UPDATE actor_audit SET resultaat = 'toegestaan', actor_id = 'iemand-anders'
          WHERE id IN (SELECT record_id FROM unnest($1::text[], $2::uuid[]) AS r(tabel, record_id) WHERE tabel = 'actor_audit')`,
        [rows.map((r) => r.tabel), rows.map((r) => r.record_id)],
      );
      await ds.query(
        'INSERT INTO audit_wachtrij (tabel, record_id) SELECT * FROM unnest($1::text[], $2::uuid[])',
        [rows.map((r) => r.tabel), rows.map((r) => r.record_id)],
      );
    };

    it('a rewrite from position K, queued again for the sequencer to re-seal', async () => {
      const k = sizes()[1] ?? 0;
      expect(k).toBeGreaterThan(0);
      await rewriteFrom(k);
      await expectFound(k, 'herschreven');
    });

    it('the whole log rewritten (K = 0)', async () => {
      await rewriteFrom(0);
      await expectFound(0, 'herschreven');
    });

    it('the tail cut off after an intermediate checkpoint (rollback)', async () => {
      const k = sizes()[2] ?? 0;
      const rows = await ds.query<{ tabel: string; record_id: string }[]>(
        'SELECT tabel, record_id FROM audit_positie WHERE positie >= $1',
        [k],
      );
      for (const r of rows)
        await asAttacker(`DELETE FROM "${r.tabel}" WHERE id = $1`, [r.record_id]);
      await asAttacker('DELETE FROM audit_positie WHERE positie >= $1', [k]);
      await asAttacker('DELETE FROM audit_checkpoint WHERE tree_size > $1', [k]);
      await expectFound(k, 'teruggedraaid');
    });

    it('an intermediate checkpoint deleted', async () => {
      const k = sizes()[1] ?? 0;
      await asAttacker('DELETE FROM audit_checkpoint WHERE tree_size = $1', [k]);
      await expectFound(k - 1, `checkpoint ${String(k)}`);
    });

    it('records deleted after the window (sealed on a graceful stop)', async () => {
      const before = sizes().at(-1) ?? 0;
      await makeRecords(2);
      // A graceful stop seals what is queued: the window for unseen deletion has closed.
      await t.app.get(AuditSequencer).beforeApplicationShutdown();
      expect(sizes().at(-1)).toBeGreaterThan(before);
      // The witness knows these records now: restore to this state afterwards.
      await snapshot();
      const rows = await ds.query<{ tabel: string; record_id: string }[]>(
        'SELECT tabel, record_id FROM audit_positie WHERE positie >= $1',
        [before],
      );
      for (const r of rows)
        await asAttacker(`DELETE FROM "${r.tabel}" WHERE id = $1`, [r.record_id]);
      await asAttacker('DELETE FROM audit_positie WHERE positie >= $1', [before]);
      await asAttacker('DELETE FROM audit_checkpoint WHERE tree_size > $1', [before]);
      await expectFound(before, 'teruggedraaid');
    });

    it('a tampered frontier: the sequencer refuses to sign a tree that does not extend the witnessed one', async () => {
      const last = sizes().at(-1) ?? 0;
      await asAttacker(
        `UPDATE audit_checkpoint SET frontier = jsonb_set(frontier, '{hashes,0}', to_jsonb(repeat('0', 64)))
          WHERE tree_size = $1`,
        [last],
      );
      // A new leader reads the frontier from the database.
      await t.app.get(AuditSequencer).beforeApplicationShutdown();
      await makeRecords(1);
      expect(await seal()).toBe(0);
      expect(t.app.get(AuditSequencer).toestand().gestopt).toMatchObject({
        positie: last,
        reden: expect.stringContaining('geen uitbreiding'),
      });
      expect((await fetch(`${t.url}/api/v1/health/ready`)).status).toBe(503);
      const [{ n } = { n: '0' }] = await ds.query<{ n: string }[]>(
        'SELECT max(tree_size) AS n FROM audit_checkpoint',
      );
      expect(Number(n)).toBe(last);
    });

    it('a queue entry whose record was deleted (phantom)', async () => {
      const size = sizes().at(-1) ?? 0;
      await ds.query(
        `INSERT INTO audit_wachtrij (tabel, record_id) VALUES ('actor_audit', '00000000-0000-4000-8000-00000000dead')`,
      );
      await expectFound(size, 'wachtrij-item');
    });
  });
});
