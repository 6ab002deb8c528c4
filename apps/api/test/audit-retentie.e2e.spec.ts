import { jest } from '@jest/globals';
import {
  AuditPurge,
  AuditSequencer,
  CheckpointSigner,
  merkle,
  verifyAuditTrail,
} from '@schakel/audit';
import { DataSource } from 'typeorm';
import { loginAs } from './login.js';
import { isolatedDatabase, startTestApp, type TestApp } from './test-app.js';
import { dienZorgmeldingIn } from './zorgmelding-fixtures.js';

interface Checkpoint {
  grootte: number;
  wortel: string;
}
interface Opnamebewijs {
  positie: number;
  bladhash: string;
  bewijs: string[];
  checkpoint: Checkpoint;
}

const YEAR = 365.25 * 24 * 3600 * 1000;
const b64 = (s: string) => Buffer.from(s, 'base64');

describe('audit retention: purge old records down to their leaf hash (ADR 0012)', () => {
  let t: TestApp;
  let ds: DataSource;
  let isolated: Awaited<ReturnType<typeof isolatedDatabase>>;
  const seal = () => t.app.get(AuditSequencer).sealNow();
  /** Verify in both modes: they must reach the same verdict at the same position. */
  const verifyNow = async () => {
    const key = t.app.get(CheckpointSigner).publicKey;
    const strikt = await verifyAuditTrail(ds, key);
    const snel = await verifyAuditTrail(ds, key, undefined, 'snel');
    expect(snel).toEqual(strikt);
    return strikt;
  };
  const ids = { oud: [] as string[], oudVerwerking: '', vierJaar: '' };

  /** Writes records as AuditService would, then seals them, all as if it were `yearsAgo` ago. */
  async function inThePast(yearsAgo: number, n: number, metVerwerking = false): Promise<string[]> {
    const at = new Date(Date.now() - yearsAgo * YEAR);
    const made: string[] = [];
    for (let i = 0; i < n; i++) {
      const [row] = await ds.query<{ id: string }[]>(
        `INSERT INTO actor_audit (id, tijd, actor_id, actor_soort, organisatie_code, rollen, actie, object_type, object_id, resultaat, regel, activiteit_id, activiteit_versie, trace_id)
         VALUES (gen_random_uuid(), $1, 'demo-vt-rr-medewerker', 'gebruiker', 'vt-rotterdam-rijnmond', '{vt-medewerker}', 'read', 'Zorgmelding', $2, 'toegestaan', 'vt:eigen-meldingen', 'zorgmelding-ontvangen-beoordelen', 1, md5(random()::text))
         RETURNING id`,
        [at, `z-${String(yearsAgo)}-${String(i)}`],
      );
      made.push(row?.id ?? '');
      await ds.query(`INSERT INTO audit_wachtrij (tabel, record_id) VALUES ('actor_audit', $1)`, [
        row?.id,
      ]);
    }
    if (metVerwerking) {
      const [v] = await ds.query<{ id: string }[]>(
        `INSERT INTO verwerkingslog (id, trace_id, span_id, activiteit_id, activiteit_versie, betrokkene, gegevenscategorieen, status, start_tijd, eind_tijd, audit_id)
         VALUES (gen_random_uuid(), md5(random()::text), 'span', 'zorgmelding-ontvangen-beoordelen', 1, 'pseudoniem', '{contact}', 'geslaagd', $1, $1, $2)
         RETURNING id`,
        [at, made[0]],
      );
      ids.oudVerwerking = v?.id ?? '';
      await ds.query(
        `INSERT INTO audit_wachtrij (tabel, record_id) VALUES ('verwerkingslog', $1)`,
        [v?.id],
      );
    }
    // The sequencer signs its checkpoint with the clock's time: let that clock say `at`.
    jest.useFakeTimers({
      now: at,
      doNotFake: [
        'hrtime',
        'nextTick',
        'performance',
        'queueMicrotask',
        'requestAnimationFrame',
        'cancelAnimationFrame',
        'requestIdleCallback',
        'cancelIdleCallback',
        'setImmediate',
        'clearImmediate',
        'setInterval',
        'clearInterval',
        'setTimeout',
        'clearTimeout',
      ],
    });
    try {
      await seal();
    } finally {
      jest.useRealTimers();
    }
    return made;
  }

  const positieVan = async (id: string) =>
    Number(
      (
        await ds.query<{ positie: string }[]>(
          'SELECT positie FROM audit_positie WHERE record_id = $1',
          [id],
        )
      )[0]?.positie,
    );

  /** Runs SQL as a superuser that bypasses the triggers, like an attacker would. */
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

  let eerste: Checkpoint;

  beforeAll(async () => {
    // A database of its own: this file fakes the past and tampers as a superuser would.
    isolated = await isolatedDatabase();
    t = await startTestApp({ ...isolated.env, AUDIT_SEQUENCER_INTERVAL_S: '3600' });
    ds = t.app.get(DataSource);
    ids.oud = await inThePast(6, 3, true);
    eerste = (await (
      await fetch(`${t.url}/api/v1/audit/checkpoints/laatste`)
    ).json()) as Checkpoint;
    [ids.vierJaar] = (await inThePast(4, 1)) as [string];
    // And today's records, written through the API.
    const vt = await loginAs(t.url, 'demo-vt-rr-medewerker');
    const res = await vt.fetch('/api/v1/doorbraken', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        verwerkingsactiviteit: 'zorgmelding-ontvangen-beoordelen',
      },
      body: JSON.stringify({
        onderwerpType: 'Zorgmelding',
        onderwerpId: await dienZorgmeldingIn(await loginAs(t.url, 'demo-politie-1'), 'GM0505'),
        verantwoording:
          'Acuut gevaar; behandelaar onbereikbaar en melding moet direct gelezen worden.',
        duurMinuten: 5,
      }),
    });
    expect(res.status).toBe(201);
    await seal();
    expect(await verifyNow()).toMatchObject({ ok: true, gewist: 0 });
  });
  afterAll(async () => {
    await t.close();
    await isolated.drop();
  });

  it('purges the records beyond the retention down to id and time, and logs the purge', async () => {
    const telling = async () =>
      Number(
        (
          await ds.query<{ n: string }[]>(
            `SELECT count(*) AS n FROM actor_audit WHERE actie = 'wissen' AND object_type = 'Auditspoor'`,
          )
        )[0]?.n,
      );
    expect(await telling()).toBe(0);
    expect(await t.app.get(AuditPurge).purge()).toEqual({ gewist: 4 });

    const oud = await ds.query<Record<string, unknown>[]>(
      'SELECT * FROM actor_audit WHERE id = ANY($1::uuid[])',
      [ids.oud],
    );
    expect(oud).toHaveLength(3);
    for (const row of oud) {
      const { id, tijd, ...inhoud } = row;
      expect(ids.oud).toContain(id);
      expect(tijd).toBeInstanceOf(Date);
      expect(Object.values(inhoud).every((v) => v === null)).toBe(true);
    }
    const [v] = await ds.query<Record<string, unknown>[]>(
      'SELECT * FROM verwerkingslog WHERE id = $1',
      [ids.oudVerwerking],
    );
    expect(v).toMatchObject({ id: ids.oudVerwerking, betrokkene: null, audit_id: null });
    expect(v?.eind_tijd).toBeInstanceOf(Date);

    // Inside the retention: untouched.
    const [vier] = await ds.query<{ actor_id: string | null }[]>(
      'SELECT actor_id FROM actor_audit WHERE id = $1',
      [ids.vierJaar],
    );
    expect(vier?.actor_id).toBe('demo-vt-rr-medewerker');
    expect(
      Number(
        (
          await ds.query<{ n: string }[]>(
            `SELECT count(*) AS n FROM actor_audit WHERE actor_id IS NULL AND NOT (id = ANY($1::uuid[]))`,
            [ids.oud],
          )
        )[0]?.n,
      ),
    ).toBe(0);
    // The purge is itself in the trail, and a second run finds nothing more.
    expect(await telling()).toBe(1);
    expect(await t.app.get(AuditPurge).purge()).toEqual({ gewist: 0 });
    await seal();
  });

  it('still verifies, counting the purged records apart', async () => {
    const result = await verifyNow();
    expect(result).toMatchObject({ ok: true, gewist: 4 });
  });

  it('still proves inclusion and consistency, for remaining and purged records', async () => {
    const laatste = (await (
      await fetch(`${t.url}/api/v1/audit/checkpoints/laatste`)
    ).json()) as Checkpoint;
    for (const id of [ids.vierJaar, ids.oud[1] ?? '']) {
      const proof = (await (
        await fetch(`${t.url}/api/v1/audit/records/${id}/opnamebewijs`)
      ).json()) as Opnamebewijs;
      expect(
        merkle.verifyInclusion(
          proof.positie,
          laatste.grootte,
          b64(proof.bladhash),
          proof.bewijs.map(b64),
          b64(laatste.wortel),
        ),
      ).toBe(true);
    }
    const c = (await (
      await fetch(
        `${t.url}/api/v1/audit/consistentiebewijs?van=${String(eerste.grootte)}&tot=${String(laatste.grootte)}`,
      )
    ).json()) as { bewijs: string[] };
    expect(
      merkle.verifyConsistency(
        eerste.grootte,
        laatste.grootte,
        b64(eerste.wortel),
        b64(laatste.wortel),
        c.bewijs.map(b64),
      ),
    ).toBe(true);
  });

  describe('the database admits only the purge, and only after the retention', () => {
    it('refuses a retention below 5 years', async () => {
      await expect(ds.query('SELECT audit_wis(4, 10)')).rejects.toThrow(/minstens 5 jaar/);
    });

    it('refuses to register a record inside the retention', async () => {
      const positie = await positieVan(ids.vierJaar);
      await expect(
        ds.query(
          `INSERT INTO audit_wissing (positie, tabel, record_id, bewaartermijn_jaren) VALUES ($1, 'actor_audit', $2, 5)`,
          [positie, ids.vierJaar],
        ),
      ).rejects.toThrow(/wissen geweigerd/);
    });

    it('refuses to empty a record that is not registered as purged', async () => {
      await expect(
        ds.query(
          `UPDATE actor_audit SET actor_id = NULL, actor_soort = NULL, organisatie_code = NULL, rollen = NULL, actie = NULL, object_type = NULL, object_id = NULL, resultaat = NULL, regel = NULL, activiteit_id = NULL, activiteit_versie = NULL, doorbraak = NULL, velden = NULL, trace_id = NULL WHERE id = $1`,
          [ids.vierJaar],
        ),
      ).rejects.toThrow(/alleen-toevoegen/);
    });

    it('refuses any other change to a purged record', async () => {
      await expect(
        ds.query(`UPDATE actor_audit SET tijd = now() WHERE id = $1`, [ids.oud[0]]),
      ).rejects.toThrow(/alleen-toevoegen/);
      await expect(ds.query('DELETE FROM audit_wissing')).rejects.toThrow(/alleen-toevoegen/);
    });
  });

  describe('detects and locates tampering after a purge', () => {
    it('a kept leaf hash changed', async () => {
      const positie = await positieVan(ids.oud[1] ?? '');
      const [before] = await ds.query<{ leaf_hash: Buffer }[]>(
        'SELECT leaf_hash FROM audit_positie WHERE positie = $1',
        [positie],
      );
      await asAttacker('UPDATE audit_positie SET leaf_hash = $2 WHERE positie = $1', [
        positie,
        Buffer.alloc(32, 9),
      ]);
      try {
        const result = await verifyNow();
        expect(result.ok).toBe(false);
        // The content is gone, so the fault is located to the purged records under the first
        // checkpoint whose root fails: here positions 0..3, the one we changed among them.
        expect(result.fout?.positie).toBeLessThanOrEqual(positie);
        expect(result.fout?.reden).toMatch(/bladhash van een gewist record tussen positie 0 en 3/);
      } finally {
        await asAttacker('UPDATE audit_positie SET leaf_hash = $2 WHERE positie = $1', [
          positie,
          before?.leaf_hash,
        ]);
      }
      expect((await verifyNow()).ok).toBe(true);
    });

    it('a record inside the retention purged by a superuser, even with an older time', async () => {
      const positie = await positieVan(ids.vierJaar);
      const [copy] = await ds.query<Record<string, unknown>[]>(
        'SELECT * FROM actor_audit WHERE id = $1',
        [ids.vierJaar],
      );
      await asAttacker(
        `UPDATE actor_audit SET tijd = now() - interval '10 years', actor_id = NULL, actor_soort = NULL, organisatie_code = NULL, rollen = NULL, actie = NULL, object_type = NULL, object_id = NULL, resultaat = NULL, regel = NULL, activiteit_id = NULL, activiteit_versie = NULL, doorbraak = NULL, velden = NULL, trace_id = NULL WHERE id = $1`,
        [ids.vierJaar],
      );
      try {
        expect((await verifyNow()).fout).toMatchObject({
          positie,
          reden: expect.stringContaining('leeggemaakt zonder geregistreerde wissing'),
        });
        await asAttacker(
          `INSERT INTO audit_wissing (positie, tabel, record_id, gewist_op, bewaartermijn_jaren) VALUES ($1, 'actor_audit', $2, now() - interval '1 day', 5)`,
          [positie, ids.vierJaar],
        );
        // The record's own time can be forged; the signed time of its checkpoint cannot.
        expect((await verifyNow()).fout).toMatchObject({
          positie,
          reden: expect.stringContaining('gewist binnen de bewaartermijn'),
        });
      } finally {
        await asAttacker('DELETE FROM audit_wissing WHERE positie = $1', [positie]);
        const cols = Object.keys(copy ?? {}).filter((c) => c !== 'id');
        await asAttacker(
          `UPDATE actor_audit SET ${cols.map((c, i) => `"${c}" = $${String(i + 2)}`).join(', ')} WHERE id = $1`,
          [ids.vierJaar, ...cols.map((c) => copy?.[c])],
        );
      }
      expect((await verifyNow()).ok).toBe(true);
    });
  });
});
