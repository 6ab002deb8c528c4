import { DataSource } from 'typeorm';
import { api, maakCasus, REGIE, DEELNAME } from './casus-fixtures.js';
import { loginAs, type Session } from './login.js';
import { startTestApp, type TestApp } from './test-app.js';
import { dienZorgmeldingIn } from './zorgmelding-fixtures.js';

const BEOORDELEN = 'zorgmelding-ontvangen-beoordelen';
const VERANTWOORDING =
  'Acuut gevaar voor een kind; de behandelaar is buiten kantoortijd niet bereikbaar.';

/**
 * Break the glass (ADR 0009) only within the actor's own domain, on records that exist, for
 * the one purpose it was granted under; the provider's FG finds the access.
 */
describe('break the glass: own domain, existing records, one purpose', () => {
  let t: TestApp;
  let ds: DataSource;
  let politie: Session;
  let vtRr: Session;
  let vtZhz: Session;
  let zvh: Session;
  let wijkteam: Session;
  let fgPolitie: Session;
  let fgZvh: Session;
  /** A report routed to VT Zuid-Holland Zuid (Dordrecht), and one to VT Rotterdam Rijnmond. */
  let zhzMelding = '';
  let rrMelding = '';
  let casusInTriage = '';

  const breek = (s: Session, doel: string, onderwerpType: string, onderwerpId: string) =>
    api(s, 'POST', '/doorbraken', doel, {
      onderwerpType,
      onderwerpId,
      verantwoording: VERANTWOORDING,
      duurMinuten: 5,
    });
  const aantalGrants = async (): Promise<number> =>
    Number((await ds.query<{ n: string }[]>('SELECT count(*) AS n FROM doorbraak'))[0]?.n);

  beforeAll(async () => {
    t = await startTestApp();
    ds = t.app.get(DataSource);
    const login = (sub: string) => loginAs(t.url, sub);
    politie = await login('demo-politie-1');
    vtRr = await login('demo-vt-rr-medewerker');
    vtZhz = await login('demo-vt-zhz-medewerker');
    zvh = await login('demo-zvh-procesregisseur');
    wijkteam = await login('demo-wijkteam-rotterdam');
    fgPolitie = await login('demo-fg-politie');
    fgZvh = await login('demo-fg-zvh');
    zhzMelding = await dienZorgmeldingIn(politie, 'GM0505');
    rrMelding = await dienZorgmeldingIn(politie, 'GM0599');
    casusInTriage = (await maakCasus(wijkteam, zvh, { tot: 'in-triage' })).id;
  });
  afterAll(async () => {
    await t.close();
  });

  it('lets a VT worker open a report routed to another VT of the unit, for reading', async () => {
    expect((await api(vtRr, 'GET', `/vt/zorgmeldingen/${zhzMelding}`, BEOORDELEN)).status).toBe(
      404,
    );
    const grant = await breek(vtRr, BEOORDELEN, 'Zorgmelding', zhzMelding);
    expect(grant.status).toBe(201);
    const gelezen = await api(vtRr, 'GET', `/vt/zorgmeldingen/${zhzMelding}`, BEOORDELEN);
    expect(gelezen.status).toBe(200);
    expect((gelezen.body as { id: string }).id).toBe(zhzMelding);
    // Reading only: acknowledging it as its own VT is still refused.
    expect(
      (await api(vtRr, 'POST', `/vt/zorgmeldingen/${zhzMelding}/ontvangst`, BEOORDELEN, {})).status,
    ).toBe(404);
  });

  it('refuses a grant for a record that does not exist, and keeps nothing', async () => {
    const voor = await aantalGrants();
    const r = await breek(vtRr, BEOORDELEN, 'Zorgmelding', '0b5e7f0e-1111-4222-8333-444455556666');
    expect(r.status).toBe(404);
    expect((await breek(vtRr, BEOORDELEN, 'Zorgmelding', 'z-bestaat-niet')).status).toBe(404);
    expect(await aantalGrants()).toBe(voor);
    const [geweigerd] = await ds.query<{ reden: string }[]>(
      `SELECT reden FROM actor_audit WHERE trace_id = $1 AND resultaat = 'geweigerd'`,
      [r.traceId],
    );
    expect(geweigerd?.reden).toBe('onderwerp-onbekend');
  });

  it('refuses the ZVH a police report, and a VT worker a ZVH casus', async () => {
    const voor = await aantalGrants();
    // The ZVH's own purpose has no reports; it cannot bind the VT purpose at all.
    expect((await breek(zvh, REGIE, 'Zorgmelding', rrMelding)).status).toBe(404);
    expect((await breek(zvh, BEOORDELEN, 'Zorgmelding', rrMelding)).status).toBe(403);
    // A VT worker has no casussen in its domain, under any purpose it may name.
    const vt = await breek(vtRr, BEOORDELEN, 'Casus', casusInTriage);
    expect(vt.status).toBe(404);
    expect((await breek(vtRr, REGIE, 'Casus', casusInTriage)).status).toBe(403);
    expect((await breek(vtRr, DEELNAME, 'Casus', casusInTriage)).status).toBe(403);
    expect(await aantalGrants()).toBe(voor);
    expect((await api(vtRr, 'GET', `/casussen/${casusInTriage}`, DEELNAME)).status).toBe(404);
    const [geweigerd] = await ds.query<{ reden: string }[]>(
      `SELECT reden FROM actor_audit WHERE trace_id = $1 AND resultaat = 'geweigerd'`,
      [vt.traceId],
    );
    expect(geweigerd?.reden).toBe('buiten-domein');
  });

  it('opens a casus of the ZVH only under the purpose it was granted for', async () => {
    const grant = await breek(zvh, REGIE, 'Casus', casusInTriage);
    expect(grant.status).toBe(201);
    expect((await api(zvh, 'GET', `/casussen/${casusInTriage}`, REGIE)).status).toBe(200);
    // Under another purpose the grant opens nothing.
    expect((await api(zvh, 'GET', `/casussen/${casusInTriage}`, DEELNAME)).status).not.toBe(200);
  });

  it("records the provider, so the police FG finds the VT's access to a police report", async () => {
    const grant = await breek(vtZhz, BEOORDELEN, 'Zorgmelding', rrMelding);
    expect(grant.status).toBe(201);
    const grantId = (grant.body as { id: string }).id;
    const [rij] = await ds.query<{ verstrekker_code: string | null }[]>(
      'SELECT verstrekker_code FROM doorbraak WHERE id = $1',
      [grantId],
    );
    expect(rij?.verstrekker_code).toBe('politie-rotterdam');
    const zichtbaar = await api(fgPolitie, 'GET', '/doorbraken', 'verantwoording-toezicht');
    expect((zichtbaar.body as { id: string }[]).map((d) => d.id)).toContain(grantId);
    const anderFg = await api(fgZvh, 'GET', '/doorbraken', 'verantwoording-toezicht');
    expect((anderFg.body as { id: string }[]).map((d) => d.id)).not.toContain(grantId);
    const [audit] = await ds.query<{ verstrekker_code: string | null; regel: string }[]>(
      `SELECT verstrekker_code, regel FROM actor_audit WHERE object_id = $1 AND actie = 'create'`,
      [grantId],
    );
    expect(audit).toEqual({
      verstrekker_code: 'politie-rotterdam',
      regel: 'vt:doorbraak-zorgmelding',
    });
  });

  it('keeps the justification encrypted, readable only through the API to those who may', async () => {
    const grant = await breek(vtRr, BEOORDELEN, 'Zorgmelding', zhzMelding);
    expect(grant.status).toBe(201);
    const id = (grant.body as { id: string; verantwoording: string }).id;
    expect((grant.body as { verantwoording: string }).verantwoording).toBe(VERANTWOORDING);
    const [rij] = await ds.query<
      { verantwoording: string | null; envelop: Buffer | null; verpakt: Buffer | null }[]
    >(
      `SELECT verantwoording, verantwoording_envelop AS envelop, verpakte_sleutel AS verpakt
         FROM doorbraak WHERE id = $1`,
      [id],
    );
    expect(rij?.verantwoording).toBeNull();
    expect(rij?.envelop?.length).toBeGreaterThan(VERANTWOORDING.length);
    expect(rij?.envelop?.toString('latin1')).not.toContain('behandelaar');
    expect(rij?.verpakt).not.toBeNull();
    const [audit] = await ds.query<{ id: string; doorbraak_verantwoording: string | null }[]>(
      `SELECT id, doorbraak_verantwoording FROM actor_audit WHERE object_id = $1 AND actie = 'create'`,
      [id],
    );
    expect(audit?.doorbraak_verantwoording).toBeNull();
    // The holder reads it back; the FG of the organisation reads it in the explanation.
    const eigen = await api(vtRr, 'GET', `/doorbraken/${id}`, BEOORDELEN);
    expect((eigen.body as { verantwoording: string }).verantwoording).toBe(VERANTWOORDING);
    const fgVt = await loginAs(t.url, 'demo-fg-vt-rr');
    const uitleg = await api(
      fgVt,
      'GET',
      `/verantwoording/records/${audit?.id ?? ''}`,
      'verantwoording-toezicht',
    );
    expect(uitleg.status).toBe(200);
    expect((uitleg.body as { doorbraakVerantwoording: string }).doorbraakVerantwoording).toBe(
      VERANTWOORDING,
    );
    expect((uitleg.body as { uitleg: string }).uitleg).toContain(VERANTWOORDING);
  });

  it('shows the FG who broke the glass, the record in words, what was read, and every verdict', async () => {
    const melding = await dienZorgmeldingIn(politie, 'GM0505');
    const grant = await breek(vtRr, BEOORDELEN, 'Zorgmelding', melding);
    expect(grant.status).toBe(201);
    const id = (grant.body as { id: string }).id;
    expect((await api(vtRr, 'GET', `/vt/zorgmeldingen/${melding}`, BEOORDELEN)).status).toBe(200);
    const fgVt = await loginAs(t.url, 'demo-fg-vt-rr');
    interface View {
      id: string;
      actorId: string;
      actorNaam: string;
      organisatieNaam: string;
      activiteitNaam: string;
      onderwerpOmschrijving: string;
      gelezen: { actie: string; objectType: string; categorieen: string[] }[];
      oordelen: { oordeel: string; fgNaam: string; toelichting: string }[];
    }
    const wachtrij = (
      await api(fgVt, 'GET', '/doorbraken/te-beoordelen', 'verantwoording-toezicht')
    ).body as View[];
    const v = wachtrij.find((d) => d.id === id);
    expect(v).toMatchObject({
      actorId: 'demo-vt-rr-medewerker',
      actorNaam: 'Ahmed Bakker',
      organisatieNaam: 'Veilig Thuis Rotterdam Rijnmond',
      activiteitNaam: 'Zorgmelding ontvangen en de veiligheid beoordelen',
      onderwerpOmschrijving: expect.stringMatching(
        /^Zorgmelding van \d+ \w+ 2\d{3}, gerouteerd naar Veilig Thuis Zuid-Holland Zuid$/,
      ) as unknown,
      oordelen: [],
    });
    // What was read in the window: the report, with its data categories.
    expect(v?.gelezen).toEqual([
      expect.objectContaining({ actie: 'read', objectType: 'Zorgmelding' }),
    ]);
    expect(v?.gelezen[0]?.categorieen.length).toBeGreaterThan(0);
    // Two verdicts: both stay, oldest first, each with the FG's name.
    for (const [oordeel, toelichting] of [
      ['terecht', 'Acuut gevaar was aannemelijk op dat moment.'],
      ['onterecht', 'Bij nader inzien had de collega van Zuid-Holland Zuid bereikt kunnen worden.'],
    ]) {
      const r = await api(
        fgVt,
        'POST',
        `/doorbraken/${id}/beoordeling`,
        'verantwoording-toezicht',
        {
          oordeel,
          toelichting,
        },
      );
      expect(r.status).toBe(201);
    }
    const alle = (await api(fgVt, 'GET', '/doorbraken', 'verantwoording-toezicht')).body as View[];
    expect(alle.find((d) => d.id === id)?.oordelen).toEqual([
      expect.objectContaining({ oordeel: 'terecht', fgNaam: 'Ruben Hendriks' }),
      expect.objectContaining({ oordeel: 'onterecht', fgNaam: 'Ruben Hendriks' }),
    ]);
  });
});
