import pg from 'pg';
import { DataSource } from 'typeorm';
import { api, DEELNAME, maakCasus, persoon, REGIE, type Antwoord } from './casus-fixtures.js';
import { loginAs, type Session } from './login.js';
import { isolatedDatabase, startTestApp, type TestApp } from './test-app.js';

/**
 * No timing oracle: a lookup by BSN does the same work for a person the caller may not see as
 * for a BSN that is nowhere, so the time of the answer does not tell that a person is in a
 * case. Measured as the SQL statements the request sends on the app's pool.
 */
describe('lookups by BSN: the same statements whether or not the person is known', () => {
  let db: Awaited<ReturnType<typeof isolatedDatabase>>;
  let t: TestApp;
  let vt: Session;
  let zvh: Session;
  let fg: Session;
  let bekend = '';

  let gemeten: string[] | undefined;
  const meet = async (werk: () => Promise<Antwoord>): Promise<[Antwoord, string[]]> => {
    gemeten = [];
    try {
      return [await werk(), gemeten];
    } finally {
      gemeten = undefined;
    }
  };
  const onbekend = () => persoon('hoofdpersoon').bsn ?? '';

  beforeAll(async () => {
    db = await isolatedDatabase();
    // A quiet sequencer: nothing but the request under test uses the app's pool.
    t = await startTestApp({ ...db.env, AUDIT_SEQUENCER_INTERVAL_S: '3600' });
    const pool = (t.app.get(DataSource).driver as unknown as { master: { _clients: unknown[] } })
      .master;
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with its client
    const query = pg.Client.prototype.query as (...args: unknown[]) => unknown;
    pg.Client.prototype.query = function (this: unknown, ...args: unknown[]) {
      if (gemeten && pool._clients.includes(this)) {
        const sql = args[0];
        gemeten.push(typeof sql === 'string' ? sql : String((sql as { text?: string }).text));
      }
      return query.apply(this, args);
    } as typeof pg.Client.prototype.query;
    const wijkteam = await loginAs(t.url, 'demo-wijkteam-rotterdam');
    zvh = await loginAs(t.url, 'demo-zvh-procesregisseur');
    vt = await loginAs(t.url, 'demo-vt-rr-medewerker');
    fg = await loginAs(t.url, 'demo-fg-vt-rr');
    const p = persoon('hoofdpersoon');
    bekend = p.bsn ?? '';
    await maakCasus(wijkteam, zvh, { tot: 'in-triage', betrokkenen: [p] });
  });
  afterAll(async () => {
    await t.close();
    await db.drop();
  });

  const tijdlijn = (s: Session, doel: string, bsn: string) =>
    api(s, 'POST', '/casussen/personen/tijdlijn', doel, { bsn });

  it('answers the timeline of a known person the caller may not see with the work of an unknown BSN', async () => {
    // The ZVH sees the person: the lookup finds something.
    const zichtbaar = await tijdlijn(zvh, REGIE, bekend);
    expect(zichtbaar.status).toBe(200);
    expect(zichtbaar.body).toHaveLength(1);
    // Warm up both paths once (prepared plans, caches), then measure.
    await tijdlijn(vt, DEELNAME, bekend);
    await tijdlijn(vt, DEELNAME, onbekend());
    const [verborgen, sqlBekend] = await meet(() => tijdlijn(vt, DEELNAME, bekend));
    const [niemand, sqlOnbekend] = await meet(() => tijdlijn(vt, DEELNAME, onbekend()));
    expect(verborgen.status).toBe(200);
    expect(niemand.status).toBe(200);
    expect(verborgen.body).toEqual([]);
    expect(niemand.body).toEqual([]);
    expect(sqlBekend.length).toBeGreaterThan(0);
    expect(sqlBekend).toEqual(sqlOnbekend);
  });

  it("gives the FG's search by BSN the same statements for a known and an unknown person", async () => {
    const zoek = (bsn: string) =>
      api(fg, 'POST', '/verantwoording/zoeken', 'verantwoording-toezicht', { bsn });
    await zoek(bekend);
    const [a, sqlBekend] = await meet(() => zoek(bekend));
    const [b, sqlOnbekend] = await meet(() => zoek(onbekend()));
    expect(a.status).toBe(200);
    expect(b.status).toBe(200);
    expect(sqlBekend.length).toBeGreaterThan(0);
    expect(sqlBekend).toEqual(sqlOnbekend);
  });
});
