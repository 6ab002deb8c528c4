import { randomBytes } from 'node:crypto';
import { AuditService } from '@schakel/audit';
import { defineAbility } from '@schakel/authz';
import type { Actor } from '@schakel/identity';
import { PurposeService } from '@schakel/purpose';
import {
  ConceptStap,
  IndienenStap,
  volledigeMelding,
  type Zorgmelding,
} from '@schakel/zorgmeldingen';
import { DataSource } from 'typeorm';
import { loginAs, type Session } from './login.js';
import { isolatedDatabase, startTestApp, type TestApp } from './test-app.js';
import { vandaagInAmsterdam } from './datum.js';

const INDIENEN = 'zorgmelding-indienen';
const BEOORDELEN = 'zorgmelding-ontvangen-beoordelen';
const TERUGKOPPELING = 'zorgmelding-terugkoppeling';

/** A report with its own names and BSN, living in a municipality. */
function melding(gemeentecode: string, naam: string, bsn: string): Zorgmelding {
  const m = volledigeMelding();
  const [slachtoffer, , kind] = m.betrokkenen ?? [];
  if (slachtoffer?.identiteit && slachtoffer.adres) {
    slachtoffer.identiteit.bsn = bsn;
    slachtoffer.identiteit.geslachtsnaam = naam;
    slachtoffer.adres.gemeentecode = gemeentecode;
  }
  if (kind?.adres) kind.adres.gemeentecode = gemeentecode;
  m.relaas = `Relaas over familie ${naam}: buren hoorden geschreeuw, slachtoffer had letsel aan de arm.`;
  return m;
}

const NAAM = 'Zwaluwstaart';
const BSN = '123456782';
const NOTITIE = 'Interne VT-notitie: eerder bekend bij het wijkteam.';
const BERICHT = 'Overgedragen aan het sociaal wijkteam.';

describe('zorgmeldingen: police to Veilig Thuis, over real HTTP with real logins', () => {
  let db: Awaited<ReturnType<typeof isolatedDatabase>>;
  let t: TestApp;
  let ds: DataSource;
  let politie: Session;
  let vtRr: Session;
  let vtRrCoord: Session;
  let vtZhz: Session;
  let vtZhzCoord: Session;
  let wijkteam: Session;
  let fg: Session;
  let om: Session;

  const call = async (
    s: Session,
    method: string,
    path: string,
    doel: string | undefined,
    body?: unknown,
    extra: Record<string, string> = {},
  ): Promise<{ status: number; body: Record<string, unknown>; traceId: string }> => {
    const traceId = randomBytes(16).toString('hex');
    const headers: Record<string, string> = {
      traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01`,
      ...extra,
    };
    if (doel) headers.verwerkingsactiviteit = doel;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await s.fetch(`/api/v1${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return {
      status: res.status,
      body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
      traceId,
    };
  };

  /** Both logs for one trace: actor audit records and processing records. */
  const logs = async (traceId: string) => ({
    audit: await ds.query<
      { resultaat: string; actie: string; verstrekker_code: string | null; activiteit_id: string }[]
    >(
      'SELECT resultaat, actie, verstrekker_code, activiteit_id FROM actor_audit WHERE trace_id = $1',
      [traceId],
    ),
    verwerking: await ds.query<{ betrokkene: string; activiteit_id: string }[]>(
      'SELECT betrokkene, activiteit_id FROM verwerkingslog WHERE trace_id = $1',
      [traceId],
    ),
  });

  const concept = async (m: Zorgmelding): Promise<string> => {
    const r = await call(politie, 'POST', '/zorgmeldingen', INDIENEN, { ...m, status: 'concept' });
    expect(r.status).toBe(201);
    return r.body.id as string;
  };

  beforeAll(async () => {
    db = await isolatedDatabase();
    t = await startTestApp(db.env);
    ds = t.app.get(DataSource);
    const login = (sub: string) => loginAs(t.url, sub);
    politie = await login('demo-politie-1');
    vtRr = await login('demo-vt-rr-medewerker');
    vtRrCoord = await login('demo-vt-rr-coordinator');
    vtZhz = await login('demo-vt-zhz-medewerker');
    vtZhzCoord = await login('demo-vt-zhz-coordinator');
    wijkteam = await login('demo-wijkteam-rotterdam');
    fg = await login('demo-fg-vt-rr');
    om = await login('demo-om-partner');
  });
  afterAll(async () => {
    await t.close();
    await db.drop();
  });

  let id = '';

  it('police draft, update and submit; three concurrent retries make one report, one routing', async () => {
    const m = melding('GM0599', NAAM, BSN);
    const maak = await call(politie, 'POST', '/zorgmeldingen', INDIENEN, {
      status: 'concept',
      relaas: 'Eerste versie.',
    });
    expect(maak.status).toBe(201);
    id = maak.body.id as string;
    expect(maak.body.status).toBe('concept');
    const maakLogs = await logs(maak.traceId);
    expect(maakLogs.audit).toEqual([
      expect.objectContaining({ resultaat: 'toegestaan', actie: 'create' }),
    ]);

    const wijzig = await call(politie, 'PUT', `/zorgmeldingen/${id}`, INDIENEN, {
      ...m,
      status: 'concept',
    });
    expect(wijzig.status).toBe(200);
    expect((await logs(wijzig.traceId)).verwerking.length).toBe(3);

    const key = `indienen-${randomBytes(6).toString('hex')}`;
    const pogingen = await Promise.all(
      [1, 2, 3].map(() =>
        call(politie, 'POST', `/zorgmeldingen/${id}/indienen`, INDIENEN, m, {
          'idempotency-key': key,
        }),
      ),
    );
    expect(pogingen.map((p) => p.status)).toEqual([200, 200, 200]);
    expect(new Set(pogingen.map((p) => p.body.id))).toEqual(new Set([id]));
    const nog = await call(politie, 'POST', `/zorgmeldingen/${id}/indienen`, INDIENEN, m, {
      'idempotency-key': key,
    });
    expect(nog.status).toBe(200);
    const [telling] = await ds.query<{ n: string }[]>(
      `SELECT count(*) AS n FROM zorgmelding_gebeurtenis WHERE zorgmelding_id = $1 AND status = 'gerouteerd'`,
      [id],
    );
    expect(Number(telling?.n)).toBe(1);
    const [meldingen] = await ds.query<{ n: string }[]>(
      'SELECT count(*) AS n FROM zorgmelding WHERE idempotentie_sleutel = $1',
      [key],
    );
    expect(Number(meldingen?.n)).toBe(1);
    expect(nog.body.status).toBe('gerouteerd');
    expect(nog.body.vtOrganisatie).toBe('vt-rotterdam-rijnmond');

    // Same key, different body: 422; another key for a submitted report: 409.
    const anders = await call(
      politie,
      'POST',
      `/zorgmeldingen/${id}/indienen`,
      INDIENEN,
      { ...m, relaas: 'Iets anders.' },
      { 'idempotency-key': key },
    );
    expect(anders.status).toBe(422);
    expect(anders.body.type).toBe('urn:schakel:probleem:idempotentie-sleutel-hergebruikt');
    const andereSleutel = await call(
      politie,
      'POST',
      `/zorgmeldingen/${id}/indienen`,
      INDIENEN,
      m,
      {
        'idempotency-key': `ander-${key}`,
      },
    );
    expect(andereSleutel.status).toBe(409);
    // The same key for another concept: 422.
    const tweede = await concept(m);
    const hergebruik = await call(
      politie,
      'POST',
      `/zorgmeldingen/${tweede}/indienen`,
      INDIENEN,
      m,
      {
        'idempotency-key': key,
      },
    );
    expect(hergebruik.status).toBe(422);
    const zonder = await call(politie, 'POST', `/zorgmeldingen/${tweede}/indienen`, INDIENEN, m);
    expect(zonder.status).toBe(400);
    // A submitted report is no longer a concept.
    const laat = await call(politie, 'PUT', `/zorgmeldingen/${id}`, INDIENEN, {
      ...m,
      status: 'concept',
    });
    expect(laat.status).toBe(409);
  });

  it('VT Rotterdam Rijnmond sees it in its inbox sorted by deadline; VT Zuid-Holland Zuid does not', async () => {
    const inbox = await call(vtRr, 'GET', '/vt/inbox', BEOORDELEN);
    expect(inbox.status).toBe(200);
    const items = inbox.body as unknown as {
      id: string;
      termijnUiterlijk: string;
      termijnStatus: string;
    }[];
    expect(items.map((i) => i.id)).toContain(id);
    const termijnen = items.map((i) => i.termijnUiterlijk);
    expect([...termijnen].sort()).toEqual(termijnen);
    expect(items.find((i) => i.id === id)?.termijnStatus).toMatch(/op-tijd|bijna-verlopen/);
    expect((await logs(inbox.traceId)).audit).toEqual([
      expect.objectContaining({ resultaat: 'toegestaan', activiteit_id: BEOORDELEN }),
    ]);

    const zhzInbox = await call(vtZhz, 'GET', '/vt/inbox', BEOORDELEN);
    expect((zhzInbox.body as unknown as { id: string }[]).map((i) => i.id)).not.toContain(id);
    const zhz = await call(vtZhz, 'GET', `/vt/zorgmeldingen/${id}`, BEOORDELEN);
    expect(zhz.status).toBe(404);
    expect((await logs(zhz.traceId)).audit).toEqual([
      expect.objectContaining({ resultaat: 'geweigerd' }),
    ]);
    expect(
      (await call(vtZhz, 'POST', `/vt/zorgmeldingen/${id}/ontvangst`, BEOORDELEN)).status,
    ).toBe(404);
  });

  it('wijkteam, FG and OM never read the content; police cannot use the VT routes', async () => {
    for (const s of [wijkteam, fg, om]) {
      for (const doel of [BEOORDELEN, INDIENEN]) {
        const r = await call(s, 'GET', `/vt/zorgmeldingen/${id}`, doel);
        expect([403, 404]).toContain(r.status);
        expect(JSON.stringify(r.body)).not.toContain(NAAM);
        const p = await call(s, 'GET', `/zorgmeldingen/${id}`, doel);
        expect([403, 404]).toContain(p.status);
      }
    }
    expect((await call(politie, 'GET', `/vt/zorgmeldingen/${id}`, INDIENEN)).status).toBe(403);
    expect((await call(vtRr, 'GET', `/zorgmeldingen/${id}`, BEOORDELEN)).status).toBe(403);
  });

  it('VT reads, acknowledges, gets it assigned, assesses and gives feedback; both logs each step', async () => {
    const lees = await call(vtRr, 'GET', `/vt/zorgmeldingen/${id}`, BEOORDELEN);
    expect(lees.status).toBe(200);
    expect(JSON.stringify(lees.body.melding)).toContain(NAAM);
    expect(JSON.stringify(lees.body.melding)).toContain(BSN);
    expect(lees.body.risicoSamenvatting).toEqual(
      expect.objectContaining({ huisverbodIndicatie: expect.any(Boolean) as unknown }),
    );
    const leesLogs = await logs(lees.traceId);
    expect(leesLogs.audit).toEqual([
      expect.objectContaining({ verstrekker_code: 'politie-rotterdam', activiteit_id: BEOORDELEN }),
    ]);
    expect(leesLogs.verwerking.length).toBe(3);
    // The victim is logged under the pseudonym the FG's search by BSN computes.
    const [gezocht] = await ds.query<{ n: string }[]>(
      'SELECT count(*) AS n FROM verwerkingslog WHERE trace_id = $1 AND betrokkene = $2',
      [lees.traceId, t.app.get(AuditService).pseudonym(BSN)],
    );
    expect(Number(gezocht?.n)).toBe(1);

    const stappen: [Session, string, string, unknown, string][] = [
      [vtRr, 'ontvangst', BEOORDELEN, undefined, 'ontvangen'],
      [vtRrCoord, 'toewijzing', BEOORDELEN, { medewerker: 'demo-vt-rr-medewerker' }, 'toegewezen'],
      [
        vtRr,
        'beoordeling',
        BEOORDELEN,
        {
          uitkomst: 'overdracht-lokaal-veld',
          datum: vandaagInAmsterdam(),
          notitie: NOTITIE,
        },
        'beoordeeld',
      ],
      [vtRr, 'terugkoppeling', TERUGKOPPELING, { bericht: BERICHT }, 'afgesloten'],
    ];
    for (const [s, stap, doel, body, status] of stappen) {
      const r = await call(s, 'POST', `/vt/zorgmeldingen/${id}/${stap}`, doel, body ?? {});
      expect([stap, r.status, r.body.status]).toEqual([stap, 200, status]);
      const l = await logs(r.traceId);
      expect(l.audit).toEqual([
        expect.objectContaining({
          resultaat: 'toegestaan',
          activiteit_id: doel,
          verstrekker_code: 'politie-rotterdam',
        }),
      ]);
      expect(l.verwerking.length).toBeGreaterThan(0);
      expect(l.verwerking.every((v) => v.activiteit_id === doel)).toBe(true);
    }
    // The medewerker may not assign; feedback twice is refused.
    expect(
      (
        await call(vtRr, 'POST', `/vt/zorgmeldingen/${id}/toewijzing`, BEOORDELEN, {
          medewerker: 'x-1',
        })
      ).status,
    ).toBe(403);
    expect(
      (await call(vtRr, 'POST', `/vt/zorgmeldingen/${id}/terugkoppeling`, TERUGKOPPELING, {}))
        .status,
    ).toBe(409);
    const na = await call(vtRr, 'GET', `/vt/zorgmeldingen/${id}`, BEOORDELEN);
    expect(na.body.notitie).toBe(NOTITIE);
  });

  it('police see status, outcome category and message, never the VT note', async () => {
    for (const doel of [INDIENEN, TERUGKOPPELING]) {
      const r = await call(politie, 'GET', `/zorgmeldingen/${id}`, doel);
      expect(r.status).toBe(200);
      expect(r.body.status).toBe('afgesloten');
      expect(r.body.terugkoppeling).toEqual(
        expect.objectContaining({
          status: 'gegeven',
          uitkomstcategorie: 'overdracht-lokaal-veld',
          bericht: BERICHT,
        }),
      );
      const tekst = JSON.stringify(r.body);
      expect(tekst).not.toContain(NOTITIE);
      expect(tekst).not.toContain('notitie');
      expect(tekst).not.toContain('demo-vt-rr-medewerker');
      expect((r.body.tijdlijn as { status: string }[]).map((s) => s.status)).toEqual(
        expect.arrayContaining([
          'concept',
          'ingediend',
          'gerouteerd',
          'ontvangen',
          'beoordeeld',
          'afgesloten',
        ]),
      );
      // Reading VT's feedback is visible to that VT's FG.
      expect((await logs(r.traceId)).audit[0]?.verstrekker_code).toBe('vt-rotterdam-rijnmond');
    }
    const lijst = await call(politie, 'GET', '/zorgmeldingen', INDIENEN);
    expect(lijst.status).toBe(200);
    expect((lijst.body as unknown as { id: string }[]).map((z) => z.id)).toContain(id);
    // Another officer's list is filtered in SQL: a VT-only actor gets 403 before any row.
    expect((await call(vtRr, 'GET', '/zorgmeldingen', BEOORDELEN)).status).toBe(403);
  });

  it('routes an unknown municipality to the exception queue; a coordinator re-routes it (logged)', async () => {
    const buiten = await concept(melding('GM0344', 'Buitenhuis', '111222333'));
    const r = await call(
      politie,
      'POST',
      `/zorgmeldingen/${buiten}/indienen`,
      INDIENEN,
      melding('GM0344', 'Buitenhuis', '111222333'),
      {
        'idempotency-key': `buiten-${randomBytes(6).toString('hex')}`,
      },
    );
    expect([r.status, r.body.status]).toEqual([200, 'routeringsuitzondering']);
    const wachtrij = await call(
      vtZhzCoord,
      'GET',
      '/zorgmeldingen/routeringsuitzonderingen',
      BEOORDELEN,
    );
    expect(wachtrij.status).toBe(200);
    const rij = (wachtrij.body as unknown as { id: string; reden: string }[]).find(
      (u) => u.id === buiten,
    );
    expect(rij?.reden).toBe('buiten-de-eenheid');
    expect(JSON.stringify(wachtrij.body)).not.toContain('Buitenhuis');
    expect(
      (await call(vtRr, 'GET', '/zorgmeldingen/routeringsuitzonderingen', BEOORDELEN)).status,
    ).toBe(403);
    expect((await call(vtRr, 'GET', `/vt/zorgmeldingen/${buiten}`, BEOORDELEN)).status).toBe(404);

    const her = await call(vtZhzCoord, 'POST', `/zorgmeldingen/${buiten}/herrouteren`, BEOORDELEN, {
      vtOrganisatie: 'vt-zuid-holland-zuid',
      reden: 'Gezin verhuisd naar Dordrecht volgens de wijkagent.',
    });
    expect([her.status, her.body.status, her.body.vtOrganisatie]).toEqual([
      200,
      'gerouteerd',
      'vt-zuid-holland-zuid',
    ]);
    const l = await logs(her.traceId);
    expect(l.audit).toEqual([
      expect.objectContaining({ actie: 'herrouteren', resultaat: 'toegestaan' }),
    ]);
    expect(l.verwerking.length).toBeGreaterThan(0);
    expect(
      (
        await call(vtZhzCoord, 'POST', `/zorgmeldingen/${buiten}/herrouteren`, BEOORDELEN, {
          vtOrganisatie: 'vt-zuid-holland-zuid',
          reden: 'Nog eens.',
        })
      ).status,
    ).toBe(404); // no longer an exception: the coordinator's rule no longer matches
    const zhz = await call(vtZhz, 'GET', '/vt/inbox', BEOORDELEN);
    expect((zhz.body as unknown as { id: string }[]).map((i) => i.id)).toContain(buiten);
  });

  it('computes the deadline around Koningsdag and 5 May (Algemene termijnenwet)', async () => {
    const conceptStap = t.app.get(ConceptStap);
    const indienStap = t.app.get(IndienenStap);
    const purpose = t.app.get(PurposeService);
    const actor: Actor = {
      soort: 'gebruiker',
      id: 'demo-politie-1',
      organisatie: {
        code: 'politie-rotterdam',
        naam: 'Politie eenheid Rotterdam',
        type: 'politie',
      },
      rollen: ['politie-medewerker'],
      herkomst: {},
    };
    const doel = await purpose.bind(INDIENEN, actor.rollen);
    const ctx = {
      actor,
      ability: defineAbility(actor, doel),
      doel,
      trace: { traceId: randomBytes(16).toString('hex'), spanId: randomBytes(8).toString('hex') },
    };
    const gevallen: [string, string, string][] = [
      // Friday 24 April 2026, 15:00 Amsterdam: Monday 27 April is Koningsdag.
      ['2026-04-24T13:00:00Z', '2026-04-24', '2026-05-04'],
      // Same Friday after 17:00: counts from Tuesday 28 April; 5 May is skipped too.
      ['2026-04-24T15:30:00Z', '2026-04-28', '2026-05-06'],
    ];
    for (const [moment, vanaf, uiterlijk] of gevallen) {
      const m = melding('GM0599', 'Termijn', '111222333');
      const c = await conceptStap.maak({ ...m, status: 'concept' }, ctx);
      await indienStap.dienIn(
        c.id,
        m,
        `termijn-${randomBytes(6).toString('hex')}`,
        ctx,
        new Date(moment),
      );
      const [rij] = await ds.query<{ vanaf: string; uiterlijk: string }[]>(
        `SELECT to_char(termijn_vanaf, 'YYYY-MM-DD') AS vanaf, to_char(termijn_uiterlijk, 'YYYY-MM-DD') AS uiterlijk
           FROM zorgmelding WHERE id = $1`,
        [c.id],
      );
      expect([rij?.vanaf, rij?.uiterlijk]).toEqual([vanaf, uiterlijk]);
    }
    // Those reports are long overdue: the inbox flags and filters them.
    const verlopen = await call(vtRr, 'GET', '/vt/inbox?termijnstatus=verlopen', BEOORDELEN);
    const items = verlopen.body as unknown as { termijnStatus: string; termijnUiterlijk: string }[];
    expect(items.length).toBeGreaterThanOrEqual(2);
    expect(items.every((i) => i.termijnStatus === 'verlopen')).toBe(true);
    expect(items[0]?.termijnUiterlijk).toBe('2026-05-04');
    const gemeente = await call(vtRr, 'GET', '/vt/inbox?gemeentecode=GM0606', BEOORDELEN);
    expect(gemeente.body).toEqual([]);
  });

  it.each([
    [
      'ongeldig BSN',
      (m: Record<string, unknown>) => {
        setBsn(m, '123456789');
      },
      'betrokkenen[0].identiteit.bsn',
      '123456789',
    ],
    [
      'onbekende gemeentecode',
      (m: Record<string, unknown>) => {
        setGemeente(m, 'GM9999');
      },
      'betrokkenen[0].adres.gemeentecode',
      'GM9999',
    ],
    ['verplicht veld ontbreekt', (m: Record<string, unknown>) => delete m.relaas, 'relaas', null],
    [
      'verkeerd type',
      (m: Record<string, unknown>) => (m.kinderenAanwezig = 'ja-hoor'),
      'kinderenAanwezig',
      'ja-hoor',
    ],
    [
      'te lang relaas',
      (m: Record<string, unknown>) => (m.relaas = 'x'.repeat(10_001)),
      'relaas',
      'xxxxxxxxxxxxxxxxxxxx',
    ],
  ])(
    'bad input (%s) is a 400 naming the field in Dutch, without the value',
    async (_naam, patch, veld, waarde) => {
      const m = melding('GM0599', 'Fout', '111222333') as unknown as Record<string, unknown>;
      patch(m);
      const c = await concept(melding('GM0599', 'Fout', '111222333'));
      const r = await call(politie, 'POST', `/zorgmeldingen/${c}/indienen`, INDIENEN, m, {
        'idempotency-key': `fout-${randomBytes(6).toString('hex')}`,
      });
      expect(r.status).toBe(400);
      expect(r.body.type).toBe('urn:schakel:probleem:ongeldige-invoer');
      const tekst = JSON.stringify(r.body);
      expect(tekst).toContain(veld);
      expect(tekst).toMatch(/verplicht|geen geldig|onbekende|moet|te lang/);
      if (waarde) expect(tekst).not.toContain(waarde);
    },
  );

  it('keeps no BSN, name or narrative in plain text in any table', async () => {
    const tabellen = await ds.query<{ table_name: string }[]>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`,
    );
    const geheimen = [
      BSN,
      NAAM,
      'buren hoorden geschreeuw',
      'slachtoffer had letsel',
      NOTITIE,
      BERICHT,
      'Gezin verhuisd',
    ];
    const gevonden: string[] = [];
    for (const { table_name } of tabellen) {
      const rijen = await ds.query<{ r: string }[]>(`SELECT t::text AS r FROM "${table_name}" t`);
      for (const { r } of rijen) {
        for (const g of geheimen) {
          const hex = Buffer.from(g, 'utf8').toString('hex');
          if (r.includes(g) || r.includes(hex)) gevonden.push(`${table_name}: ${g.slice(0, 12)}`);
        }
      }
    }
    expect(gevonden).toEqual([]);
  });
});

function setBsn(m: Record<string, unknown>, bsn: string): void {
  const b = (m.betrokkenen as { identiteit: { bsn: string } }[])[0];
  if (b) b.identiteit.bsn = bsn;
}
function setGemeente(m: Record<string, unknown>, code: string): void {
  const b = (m.betrokkenen as { adres: { gemeentecode: string } }[])[0];
  if (b) b.adres.gemeentecode = code;
}
