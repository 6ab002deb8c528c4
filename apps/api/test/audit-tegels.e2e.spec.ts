import {
  AuditSequencer,
  CheckpointSigner,
  merkle,
  notitie,
  verifyAuditTrail,
} from '@schakel/audit';
import { DataSource } from 'typeorm';
import { isolatedDatabase, startTestApp, type TestApp } from './test-app.js';

/**
 * The audit trail as a C2SP tiled log: a tlog client that knows only the public routes
 * rebuilds the signed root from the tiles, and proofs come from the tiles too. A log sealed
 * before the tiles existed gets them when the sequencer next leads.
 */
describe('audit tiles (C2SP tlog-tiles)', () => {
  let isolated: Awaited<ReturnType<typeof isolatedDatabase>>;
  let t: TestApp;
  let ds: DataSource;

  const start = async () => {
    t = await startTestApp({ ...isolated.env, AUDIT_SEQUENCER_INTERVAL_S: '3600' });
    ds = t.app.get(DataSource);
  };
  const seal = () => t.app.get(AuditSequencer).sealNow();
  /** `n` actor-audit records straight into the log and its queue, as the app writes them. */
  const records = async (n: number) => {
    await ds.query(
      `WITH r AS (
         INSERT INTO actor_audit (id, tijd, actor_id, actor_soort, organisatie_code, rollen,
                                  actie, object_type, resultaat, doorbraak, velden, trace_id)
         SELECT gen_random_uuid(), now(), 'demo-fg-vt-rr', 'gebruiker', 'vt-rotterdam-rijnmond',
                '{fg}', 'lezen', 'tegelproef', 'toegestaan', false, '{}', md5(i::text)
           FROM generate_series(1, $1) AS i RETURNING id)
       INSERT INTO audit_wachtrij (tabel, record_id) SELECT 'actor_audit', id FROM r`,
      [n],
    );
  };
  const get = (pad: string) => fetch(`${t.url}/api/v1/audit/tlog/${pad}`);
  /** What a tlog client does: read the checkpoint, then the level-0 tiles up to its size. */
  const client = async () => {
    const tekst = await (await get('checkpoint')).text();
    const c = notitie.parseCheckpoint(tekst.slice(0, tekst.indexOf('\n\n') + 1));
    const leaves: Buffer[] = [];
    for (let n = 0; n * 256 < c.grootte; n++) {
      const w = Math.min(256, c.grootte - n * 256);
      const res = await get(
        `tile/0/${String(n).padStart(3, '0')}${w < 256 ? `.p/${String(w)}` : ''}`,
      );
      expect(res.status).toBe(200);
      const body = Buffer.from(await res.arrayBuffer());
      expect(body.length).toBe(w * 32);
      for (let i = 0; i < w; i++) leaves.push(body.subarray(i * 32, i * 32 + 32));
    }
    return { c, leaves };
  };

  beforeAll(async () => {
    isolated = await isolatedDatabase();
    await start();
    await records(700);
    await seal();
  });
  afterAll(async () => {
    await t.close();
    await isolated.drop();
  });

  it('lets a client rebuild the signed root from the hash tiles', async () => {
    const { c, leaves } = await client();
    expect(c.grootte).toBeGreaterThanOrEqual(700);
    expect(merkle.rootOf(leaves).equals(c.wortel)).toBe(true);
    const stored = await ds.query<{ leaf_hash: Buffer }[]>(
      'SELECT leaf_hash FROM audit_positie WHERE positie < $1 ORDER BY positie',
      [c.grootte],
    );
    expect(leaves).toEqual(stored.map((r) => r.leaf_hash));
    // Level 1: each entry is the root of a full tile of level 0.
    const w1 = Math.floor(c.grootte / 256);
    const l1 = Buffer.from(await (await get(`tile/1/000.p/${String(w1)}`)).arrayBuffer());
    expect(l1.subarray(32, 64).equals(merkle.rootOf(leaves.slice(256, 512)))).toBe(true);
  });

  it('serves tiles as immutable and refuses what does not exist, as problem+json', async () => {
    const ok = await get('tile/0/000');
    expect(ok.status).toBe(200);
    expect(ok.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(ok.headers.get('content-type')).toBe('application/octet-stream');
    for (const pad of [
      'tile/0/999',
      'tile/0/000.p/0',
      'tile/3/000',
      'tile/0/1',
      'tile/x',
      'tile/0/000.p/256',
    ]) {
      const res = await get(pad);
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    }
    // Wider than the latest checkpoint has it: not (yet) there.
    const n = Number(
      (await ds.query<{ n: string }[]>('SELECT max(tree_size) AS n FROM audit_checkpoint'))[0]?.n,
    );
    const rand = Math.floor(n / 256);
    const w = n - rand * 256;
    expect((await get(`tile/0/${String(rand).padStart(3, '0')}.p/${String(w + 1)}`)).status).toBe(
      404,
    );
  });

  it('builds the inclusion proof from the tiles, and it verifies against the checkpoint', async () => {
    const [r] = await ds.query<{ record_id: string; positie: string }[]>(
      "SELECT record_id, positie FROM audit_positie WHERE tabel = 'actor_audit' AND positie = 300",
    );
    const res = await fetch(`${t.url}/api/v1/audit/records/${String(r?.record_id)}/opnamebewijs`);
    expect(res.status).toBe(200);
    const p = (await res.json()) as {
      positie: number;
      bladhash: string;
      checkpoint: { grootte: number; wortel: string };
      bewijs: string[];
    };
    expect(p.positie).toBe(300);
    expect(
      merkle.verifyInclusion(
        p.positie,
        p.checkpoint.grootte,
        Buffer.from(p.bladhash, 'base64'),
        p.bewijs.map((b) => Buffer.from(b, 'base64')),
        Buffer.from(p.checkpoint.wortel, 'base64'),
      ),
    ).toBe(true);
  });

  it('has verify compare every tile with the leaf hashes, and name a changed or extra tile', async () => {
    const key = t.app.get(CheckpointSigner).publicKey;
    const goed = await verifyAuditTrail(ds, key);
    expect(goed).toMatchObject({ ok: true });
    expect(goed.tegels).toBeGreaterThanOrEqual(4);
    await ds.query(
      'UPDATE audit_tegel SET hashes = set_byte(hashes, 32, get_byte(hashes, 32) # 255) WHERE niveau = 0 AND index = 1',
    );
    const fout = await verifyAuditTrail(ds, key);
    expect(fout.ok).toBe(false);
    expect(fout.fout?.reden).toMatch(/^tegel 0\/1 wijkt af van de bladhashes vanaf positie 256/);
    // Put the tile back from the positions, then add one past the end.
    await ds.query(
      `UPDATE audit_tegel SET hashes = (SELECT string_agg(leaf_hash, ''::bytea ORDER BY positie)
         FROM audit_positie WHERE positie >= 256 AND positie < 512) WHERE niveau = 0 AND index = 1`,
    );
    expect(await verifyAuditTrail(ds, key)).toMatchObject({ ok: true });
    await ds.query("INSERT INTO audit_tegel VALUES (0, 9999, decode(repeat('00', 32), 'hex'))");
    const ingekort = await verifyAuditTrail(ds, key);
    expect(ingekort.fout?.reden).toMatch(/tegel 0\/9999 reikt voorbij de laatste positie/);
    await ds.query('DELETE FROM audit_tegel WHERE niveau = 0 AND index = 9999');
  });

  it('gives a log sealed before the tiles its tiles when the sequencer next leads', async () => {
    const voor = await ds.query<{ niveau: number; index: string; hashes: Buffer }[]>(
      'SELECT niveau, index, hashes FROM audit_tegel ORDER BY niveau, index',
    );
    await ds.query('DELETE FROM audit_tegel');
    await t.close();
    await start();
    await records(10);
    await seal();
    const na = await ds.query<{ niveau: number; index: string; hashes: Buffer }[]>(
      'SELECT niveau, index, hashes FROM audit_tegel ORDER BY niveau, index',
    );
    // The same tiles, grown by the ten new records at the right edge.
    expect(na.length).toBe(voor.length);
    na.forEach((tegel, i) => {
      const oud = voor[i];
      expect([tegel.niveau, tegel.index]).toEqual([oud?.niveau, oud?.index]);
      expect(
        tegel.hashes.subarray(0, oud?.hashes.length).equals(oud?.hashes ?? Buffer.alloc(0)),
      ).toBe(true);
    });
    const { c, leaves } = await client();
    expect(merkle.rootOf(leaves).equals(c.wortel)).toBe(true);
  });
});
