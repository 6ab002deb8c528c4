import { createPublicKey, verify } from 'node:crypto';
import {
  AuditSequencer,
  checkpointMessage,
  CheckpointSigner,
  BLAD_VERSIE,
  BLAD_VERSIES,
  bladBytesSql,
  leafData,
  merkle,
  recordLeafHash,
  verifyAuditTrail,
} from '@schakel/audit';
import { DataSource } from 'typeorm';
import { loginAs, type Session } from './login.js';
import { isolatedDatabase, startTestApp, type TestApp } from './test-app.js';
import { dienZorgmeldingIn } from './zorgmelding-fixtures.js';

interface Checkpoint {
  grootte: number;
  wortel: string;
  tijd: string;
  handtekening: string;
}

describe('audit trail integrity: sequencer, signed checkpoints, proofs, verify', () => {
  let t: TestApp;
  let ds: DataSource;
  let vt: Session;
  /** A real report to break the glass on: each grant writes audit records. */
  let melding = '';
  const b64 = (s: string) => Buffer.from(s, 'base64');

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
  /**
   * Verify in both modes, over connections sharing one snapshot and the old way on one
   * connection: all must reach the same verdict at the same position.
   */
  const verifyNow = async () => {
    const key = t.app.get(CheckpointSigner).publicKey;
    const { verbindingen, ...strikt } = await verifyAuditTrail(ds, key);
    // On PostgreSQL the pages are read over two connections; the embedded database has one session.
    expect(verbindingen).toBe(process.env.DATABASE_URL ? 2 : 0);
    const { verbindingen: _s, ...snel } = await verifyAuditTrail(ds, key, undefined, 'snel');
    expect(snel).toEqual(strikt);
    const { verbindingen: _o, ...oud } = await verifyAuditTrail(
      ds,
      key,
      undefined,
      'strikt',
      [],
      0,
    );
    expect(oud).toEqual(strikt);
    return strikt;
  };

  /** Runs SQL as a superuser that bypasses the append-only triggers, like an attacker would. */
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

  let isolated: Awaited<ReturnType<typeof isolatedDatabase>>;

  beforeAll(async () => {
    // A database of its own: this file tampers with the trail as a superuser would.
    isolated = await isolatedDatabase();
    t = await startTestApp({ ...isolated.env, AUDIT_SEQUENCER_INTERVAL_S: '3600' });
    ds = t.app.get(DataSource);
    vt = await loginAs(t.url, 'demo-vt-rr-medewerker');
    melding = await dienZorgmeldingIn(await loginAs(t.url, 'demo-politie-1'), 'GM0505');
    await makeRecords(6);
    await seal();
  });
  afterAll(async () => {
    await t.close();
    await isolated.drop();
  });

  it('signs checkpoints that anyone can check with the published Ed25519 key', async () => {
    const key = (await (await fetch(`${t.url}/api/v1/audit/sleutel`)).json()) as {
      publiekeSleutel: string;
      algoritme: string;
    };
    expect(key.algoritme).toBe('Ed25519');
    const c = (await (
      await fetch(`${t.url}/api/v1/audit/checkpoints/laatste`)
    ).json()) as Checkpoint;
    expect(c.grootte).toBeGreaterThanOrEqual(6);
    const message = checkpointMessage(c.grootte, b64(c.wortel), new Date(c.tijd));
    expect(verify(null, message, createPublicKey(key.publiekeSleutel), b64(c.handtekening))).toBe(
      true,
    );
    const forged = checkpointMessage(c.grootte + 1, b64(c.wortel), new Date(c.tijd));
    expect(verify(null, forged, createPublicKey(key.publiekeSleutel), b64(c.handtekening))).toBe(
      false,
    );
    expect((await fetch(`${t.url}/api/v1/audit/checkpoints/${String(c.grootte)}`)).status).toBe(
      200,
    );
    expect((await fetch(`${t.url}/api/v1/audit/checkpoints/999999`)).status).toBe(404);
  });

  it('proves a record is in the tree and that later trees extend earlier ones', async () => {
    const first = (await (
      await fetch(`${t.url}/api/v1/audit/checkpoints/laatste`)
    ).json()) as Checkpoint;
    const [row] = await ds.query<{ id: string }[]>(
      `SELECT id FROM actor_audit ORDER BY tijd LIMIT 1`,
    );
    const proof = (await (
      await fetch(`${t.url}/api/v1/audit/records/${row?.id ?? ''}/opnamebewijs`)
    ).json()) as {
      positie: number;
      bladhash: string;
      bewijs: string[];
      checkpoint: Checkpoint;
    };
    expect(
      merkle.verifyInclusion(
        proof.positie,
        proof.checkpoint.grootte,
        b64(proof.bladhash),
        proof.bewijs.map(b64),
        b64(proof.checkpoint.wortel),
      ),
    ).toBe(true);
    expect(
      merkle.verifyInclusion(
        proof.positie,
        proof.checkpoint.grootte,
        Buffer.alloc(32),
        proof.bewijs.map(b64),
        b64(proof.checkpoint.wortel),
      ),
    ).toBe(false);

    await makeRecords(3);
    await seal();
    const second = (await (
      await fetch(`${t.url}/api/v1/audit/checkpoints/laatste`)
    ).json()) as Checkpoint;
    expect(second.grootte).toBeGreaterThan(first.grootte);
    const c = (await (
      await fetch(
        `${t.url}/api/v1/audit/consistentiebewijs?van=${String(first.grootte)}&tot=${String(second.grootte)}`,
      )
    ).json()) as { bewijs: string[] };
    expect(
      merkle.verifyConsistency(
        first.grootte,
        second.grootte,
        b64(first.wortel),
        b64(second.wortel),
        c.bewijs.map(b64),
      ),
    ).toBe(true);
    expect(
      merkle.verifyConsistency(
        first.grootte,
        second.grootte,
        b64(second.wortel),
        b64(second.wortel),
        c.bewijs.map(b64),
      ),
    ).toBe(false);
    expect(
      (
        await fetch(
          `${t.url}/api/v1/audit/records/00000000-0000-4000-8000-000000000000/opnamebewijs`,
        )
      ).status,
    ).toBe(404);
    expect((await fetch(`${t.url}/api/v1/audit/consistentiebewijs?van=9&tot=2`)).status).toBe(400);
  });

  it('builds leaf data in PostgreSQL byte for byte as the reference leafData does', async () => {
    // Awkward content: quotes, escapes, control characters, non-ASCII, nulls, empty and
    // filled arrays, and a time whose fraction does not survive a double exactly (.570123).
    const id = '22222222-2222-4222-8222-222222222222';
    await ds.query(
      `INSERT INTO actor_audit (id, tijd, actor_id, actor_soort, organisatie_code, rollen, actie, object_type, object_id, resultaat, reden, velden, trace_id, verstrekker_code)
       VALUES ($1, '2026-01-01 10:00:00.570123+00', $2, 'gebruiker', 'vt-rotterdam-rijnmond', '{}', 'read', 'Zorgmelding', NULL, 'toegestaan', $3, $4, $5, 'politie-rotterdam')`,
      [id, 'a"b\\c\n\u0001é😀', 'tab\there', ['x,y', '"q"', 'ü'], 'e'.repeat(32)],
    );
    const vId = '33333333-3333-4333-8333-333333333333';
    await ds.query(
      `INSERT INTO verwerkingslog (id, trace_id, span_id, activiteit_id, activiteit_versie, betrokkene, gegevenscategorieen, status, start_tijd, eind_tijd, audit_id)
       VALUES ($1, $2, 'span"1', 'zorgmelding-ontvangen-beoordelen', 1, 'pseudo\\niem', '{}', 'geslaagd', '2026-01-01 10:00:00.999999+00', '2026-01-01 10:00:01+00', $3)`,
      [vId, 'f'.repeat(32), id],
    );
    await ds.query(
      `INSERT INTO audit_wachtrij (tabel, record_id) VALUES ('actor_audit', $1), ('verwerkingslog', $2)`,
      [id, vId],
    );
    await seal();
    // Every version, the JSON ones (1, 2) and the binary one (3). The binary version keeps
    // microseconds, so its reference gets the times as text with all six decimals.
    const tijden = { actor_audit: ['tijd'], verwerkingslog: ['start_tijd', 'eind_tijd'] };
    for (const versie of Object.keys(BLAD_VERSIES).map(Number)) {
      for (const tabel of ['actor_audit', 'verwerkingslog'] as const) {
        const rows = await ds.query<
          (Record<string, unknown> & { sql_blad: Buffer; positie: string; us: string[] })[]
        >(
          `SELECT r.*, p.positie, ${bladBytesSql(tabel, 'r', 'p.positie', versie)} AS sql_blad,
                  ARRAY[${tijden[tabel]
                    .map(
                      (k) => `to_char(r.${k} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
                    )
                    .join(', ')}] AS us
             FROM "${tabel}" r JOIN audit_positie p ON p.record_id = r.id`,
        );
        expect(rows.map((r) => r.id)).toContain(tabel === 'actor_audit' ? id : vId);
        for (const { sql_blad, positie, us, ...row } of rows) {
          const metUs =
            versie >= 3
              ? { ...row, ...Object.fromEntries(tijden[tabel].map((k, i) => [k, us[i]])) }
              : row;
          expect(sql_blad.toString('hex')).toBe(
            leafData(Number(positie), tabel, metUs, versie).toString('hex'),
          );
        }
      }
    }
    // The sequencer sealed these with the current version, and its hash is SHA-256(0x00 || bytes).
    const [sealed] = await ds.query<{ leaf_hash: Buffer; blad_versie: number; positie: string }[]>(
      `SELECT leaf_hash, blad_versie, positie FROM audit_positie WHERE record_id = $1`,
      [id],
    );
    expect(sealed?.blad_versie).toBe(BLAD_VERSIE);
    const [{ tijd_us, ...raw } = {}] = await ds.query<Record<string, unknown>[]>(
      `SELECT *, to_char(tijd AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS tijd_us
         FROM actor_audit WHERE id = $1`,
      [id],
    );
    expect(tijd_us).toBe('2026-01-01T10:00:00.570123Z');
    expect(sealed?.leaf_hash.toString('hex')).toBe(
      recordLeafHash(Number(sealed?.positie), 'actor_audit', { ...raw, tijd: tijd_us }).toString(
        'hex',
      ),
    );
  });

  it('verifies the untouched trail', async () => {
    await seal();
    const result = await verifyNow();
    expect(result).toMatchObject({ ok: true });
    expect(result.records).toBeGreaterThanOrEqual(9);
  });

  describe('detects and locates tampering by a database superuser', () => {
    const positionOf = async (p: number) =>
      (
        await ds.query<{ tabel: string; record_id: string }[]>(
          'SELECT tabel, record_id FROM audit_positie WHERE positie = $1',
          [p],
        )
      )[0];
    /** The n-th sealed actor audit record (the first positions also hold processing logs). */
    const actorAuditAt = async (n: number) =>
      (
        await ds.query<{ positie: number; tabel: string; record_id: string }[]>(
          `SELECT positie::int AS positie, tabel, record_id FROM audit_positie
            WHERE tabel = 'actor_audit' ORDER BY positie OFFSET $1 LIMIT 1`,
          [n],
        )
      )[0];

    it('an updated record', async () => {
      const at = await actorAuditAt(1);
      const [before] = await ds.query<{ actie: string }[]>(
        `SELECT actie FROM actor_audit WHERE id = $1`,
        [at?.record_id],
      );
      expect(at?.tabel).toBe('actor_audit');
      await asAttacker(`UPDATE actor_audit SET resultaat = 'geweigerd' WHERE id = $1`, [
        at?.record_id,
      ]);
      try {
        expect((await verifyNow()).fout).toMatchObject({
          positie: at?.positie,
          reden: expect.stringContaining('gewijzigd'),
        });
      } finally {
        await asAttacker(
          `UPDATE actor_audit SET resultaat = 'toegestaan', actie = $2 WHERE id = $1`,
          [at?.record_id, before?.actie],
        );
      }
      expect((await verifyNow()).ok).toBe(true);
    });

    it('a deleted record', async () => {
      const at = await actorAuditAt(2);
      const [copy = {}] = await ds.query<Record<string, unknown>[]>(
        `SELECT * FROM actor_audit WHERE id = $1`,
        [at?.record_id],
      );
      await asAttacker('DELETE FROM actor_audit WHERE id = $1', [at?.record_id]);
      try {
        expect((await verifyNow()).fout).toMatchObject({
          positie: at?.positie,
          reden: expect.stringContaining('verwijderd'),
        });
      } finally {
        const cols = Object.keys(copy);
        await ds.query(
          `INSERT INTO actor_audit (${cols.map((c) => `"${c}"`).join(', ')}) VALUES (${cols.map((_, i) => `$${String(i + 1)}`).join(', ')})`,
          cols.map((c) => copy[c]),
        );
      }
      expect((await verifyNow()).ok).toBe(true);
    });

    it('an inserted record', async () => {
      const id = '11111111-1111-4111-8111-111111111111';
      await ds.query(
        `INSERT INTO actor_audit (id, tijd, actor_id, actor_soort, organisatie_code, rollen, actie, object_type, resultaat, trace_id)
         VALUES ($1, now(), 'indringer', 'gebruiker', 'politie-rotterdam', '{beheerder}', 'read', 'Zorgmelding', 'toegestaan', $2)`,
        [id, 'f'.repeat(32)],
      );
      try {
        const result = await verifyNow();
        expect(result.ok).toBe(false);
        expect(result.fout?.reden).toContain(id);
      } finally {
        await asAttacker('DELETE FROM actor_audit WHERE id = $1', [id]);
      }
      expect((await verifyNow()).ok).toBe(true);
    });

    it('two records swapped in order', async () => {
      const a = await positionOf(1);
      const b = await positionOf(2);
      const place = async (x: typeof a, y: typeof a) => {
        const dummy = '00000000-0000-4000-8000-000000000001';
        await asAttacker('UPDATE audit_positie SET record_id = $1 WHERE positie = 1', [dummy]);
        await asAttacker('UPDATE audit_positie SET tabel = $1, record_id = $2 WHERE positie = 2', [
          y?.tabel,
          y?.record_id,
        ]);
        await asAttacker('UPDATE audit_positie SET tabel = $1, record_id = $2 WHERE positie = 1', [
          x?.tabel,
          x?.record_id,
        ]);
      };
      await place(b, a);
      try {
        expect((await verifyNow()).fout).toMatchObject({
          positie: 1,
          reden: expect.stringContaining('verplaatst'),
        });
      } finally {
        await place(a, b);
      }
      expect((await verifyNow()).ok).toBe(true);
    });

    it('an altered checkpoint', async () => {
      const [c] = await ds.query<{ tree_size: string; root_hash: Buffer }[]>(
        'SELECT tree_size, root_hash FROM audit_checkpoint ORDER BY tree_size LIMIT 1',
      );
      const size = Number(c?.tree_size);
      await asAttacker('UPDATE audit_checkpoint SET root_hash = $2 WHERE tree_size = $1', [
        size,
        Buffer.alloc(32, 7),
      ]);
      try {
        expect((await verifyNow()).fout).toMatchObject({
          positie: size - 1,
          reden: expect.stringContaining('handtekening'),
        });
      } finally {
        await asAttacker('UPDATE audit_checkpoint SET root_hash = $2 WHERE tree_size = $1', [
          size,
          c?.root_hash,
        ]);
      }
      expect((await verifyNow()).ok).toBe(true);
    });
  });
});
