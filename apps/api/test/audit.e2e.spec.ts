import { DataSource } from 'typeorm';
import { loginAs, type Session } from './login.js';
import { startTestApp, type TestApp } from './test-app.js';
import { dienZorgmeldingIn } from './zorgmelding-fixtures.js';

const grant = {
  onderwerpType: 'Zorgmelding',
  onderwerpId: '',
  verantwoording:
    'Acuut gevaar voor een kind en de behandelaar is niet bereikbaar; direct inzien nodig.',
  duurMinuten: 10,
};

describe('audit trail: written with the work, append-only in the database', () => {
  let t: TestApp;
  let ds: DataSource;
  let vt: Session;
  beforeAll(async () => {
    t = await startTestApp();
    ds = t.app.get(DataSource);
    vt = await loginAs(t.url, 'demo-vt-rr-medewerker');
    grant.onderwerpId = await dienZorgmeldingIn(await loginAs(t.url, 'demo-politie-1'), 'GM0505');
  });
  afterAll(async () => {
    await t.close();
  });

  const post = (s: Session, doel: string) =>
    s.fetch('/api/v1/doorbraken', {
      method: 'POST',
      headers: { 'content-type': 'application/json', verwerkingsactiviteit: doel },
      body: JSON.stringify(grant),
    });

  it('logs a break-the-glass access with its justification, purpose and matched rule', async () => {
    const res = await post(vt, 'zorgmelding-ontvangen-beoordelen');
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    const rows = await ds.query<Record<string, unknown>[]>(
      `SELECT actor_id, organisatie_code, actie, object_type, resultaat, regel, activiteit_id, activiteit_versie, doorbraak, doorbraak_verantwoording, trace_id
         FROM actor_audit WHERE object_id = $1`,
      [id],
    );
    expect(rows).toEqual([
      {
        actor_id: 'demo-vt-rr-medewerker',
        organisatie_code: 'vt-rotterdam-rijnmond',
        actie: 'create',
        object_type: 'Doorbraak',
        resultaat: 'toegestaan',
        regel: 'vt:doorbraak-zorgmelding',
        activiteit_id: 'zorgmelding-ontvangen-beoordelen',
        activiteit_versie: 1,
        doorbraak: true,
        // The justification is stored encrypted with the grant, never readable in the log.
        doorbraak_verantwoording: null,
        trace_id: expect.stringMatching(/^[0-9a-f]{32}$/),
      },
    ]);
  });

  it('logs denials, with the reason, for purpose and for rules', async () => {
    const politie = await loginAs(t.url, 'demo-politie-1');
    const before = Number(
      (
        await ds.query<{ n: string }[]>(
          `SELECT count(*) AS n FROM actor_audit WHERE actor_id = 'demo-politie-1' AND resultaat = 'geweigerd'`,
        )
      )[0]?.n,
    );
    expect((await post(politie, 'zorgmelding-ontvangen-beoordelen')).status).toBe(403);
    expect((await post(politie, 'zorgmelding-indienen')).status).toBe(403);
    const rows = await ds.query<{ reden: string; activiteit_id: string | null }[]>(
      `SELECT reden, activiteit_id FROM actor_audit WHERE actor_id = 'demo-politie-1' AND resultaat = 'geweigerd' ORDER BY tijd`,
    );
    expect(rows.length).toBe(before + 2);
    expect(rows.slice(-2)).toEqual([
      { reden: 'doel-niet-toegestaan', activiteit_id: null },
      { reden: 'geen-regel', activiteit_id: 'zorgmelding-indienen' },
    ]);
  });

  it('queues every record for the sequencer in the same transaction', async () => {
    const [row] = await ds.query<{ missing: string }[]>(
      `SELECT count(*) AS missing FROM actor_audit a
        WHERE NOT EXISTS (SELECT 1 FROM audit_wachtrij w WHERE w.record_id = a.id)
          AND NOT EXISTS (SELECT 1 FROM audit_positie p WHERE p.record_id = a.id)`,
    );
    expect(Number(row?.missing)).toBe(0);
  });

  it.each([
    ['UPDATE', `UPDATE actor_audit SET resultaat = 'toegestaan'`],
    ['DELETE', 'DELETE FROM actor_audit'],
    ['TRUNCATE', 'TRUNCATE actor_audit'],
    ['UPDATE processing log', `UPDATE verwerkingslog SET status = 'mislukt'`],
    ['DELETE checkpoint', 'DELETE FROM audit_checkpoint'],
  ])('refuses %s in the database itself, even for a superuser', async (_name, sql) => {
    await expect(ds.query(sql)).rejects.toThrow(/alleen-toevoegen/);
  });

  it('fails the request, and keeps nothing of it, when the log write fails', async () => {
    await ds.query(`CREATE FUNCTION proef_audit_storing() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.object_type = 'Doorbraak' AND NEW.actie = 'create' THEN RAISE EXCEPTION 'storing'; END IF; RETURN NEW; END $$`);
    await ds.query(
      'CREATE TRIGGER proef_audit_storing BEFORE INSERT ON actor_audit FOR EACH ROW EXECUTE FUNCTION proef_audit_storing()',
    );
    try {
      const count = async () =>
        Number((await ds.query<{ n: string }[]>(`SELECT count(*) AS n FROM doorbraak`))[0]?.n);
      const before = await count();
      const res = await post(vt, 'zorgmelding-ontvangen-beoordelen');
      expect(res.status).toBe(500);
      expect(res.headers.get('content-type')).toMatch(/problem\+json/);
      expect(await count()).toBe(before);
    } finally {
      await ds.query('DROP TRIGGER proef_audit_storing ON actor_audit');
      await ds.query('DROP FUNCTION proef_audit_storing()');
    }
  });
});
