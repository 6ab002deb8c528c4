import { DataSource } from 'typeorm';
import {
  api,
  DEELNAME,
  maakCasus,
  persoon,
  REGIE,
  SIGNALERING,
  TOEZICHT,
} from './casus-fixtures.js';
import { loginAs, type Session } from './login.js';
import { startTestApp, type TestApp } from './test-app.js';
import { dienZorgmeldingIn } from './zorgmelding-fixtures.js';
import { vandaagInAmsterdam } from './datum.js';

const BEOORDELEN = 'zorgmelding-ontvangen-beoordelen';
const INDIENEN = 'zorgmelding-indienen';
const TERUGKOPPELING = 'zorgmelding-terugkoppeling';

interface Onderdeel {
  soort: string;
  titel: string;
  activiteit: string;
  aantal: number;
  items: { id: string; titel: string; link: string }[];
}
interface MijnWerk {
  onderdelen: Onderdeel[];
  integriteit?: { inOrde: boolean; toelichting: string; laatsteControle: string | null };
}

/**
 * "Mijn werk" (ADR 0026): every pile is read under its own activity's rules, so its count is
 * the length of the matching list for that person, and every read is in the audit trail.
 */
describe('mijn werk: counts that match the lists, per role', () => {
  let t: TestApp;
  let ds: DataSource;
  let politie: Session;
  let vtRr: Session;
  let vtRrCoord: Session;
  let vtZhz: Session;
  let wijkteam: Session;
  let zvh: Session;
  let ggz: Session;
  let om: Session;
  let fg: Session;
  let beheerder: Session;

  const werk = async (s: Session): Promise<MijnWerk> => {
    const r = await api(s, 'GET', '/mijn-werk', undefined);
    expect(r.status).toBe(200);
    return r.body as MijnWerk;
  };
  const stapel = (w: MijnWerk, soort: string): Onderdeel => {
    const o = w.onderdelen.find((x) => x.soort === soort);
    if (!o) throw new Error(`geen stapel ${soort}: ${w.onderdelen.map((x) => x.soort).join()}`);
    // The count is the whole pile; the list shows up to 20 of them.
    expect(o.items.length).toBe(Math.min(o.aantal, 20));
    return o;
  };
  const lijst = async (
    s: Session,
    pad: string,
    doel: string,
  ): Promise<Record<string, unknown>[]> => {
    const r = await api(s, 'GET', pad, doel);
    expect(r.status).toBe(200);
    return r.body as Record<string, unknown>[];
  };

  beforeAll(async () => {
    t = await startTestApp();
    ds = t.app.get(DataSource);
    const login = (sub: string) => loginAs(t.url, sub);
    politie = await login('demo-politie-1');
    vtRr = await login('demo-vt-rr-medewerker');
    vtRrCoord = await login('demo-vt-rr-coordinator');
    vtZhz = await login('demo-vt-zhz-medewerker');
    wijkteam = await login('demo-wijkteam-dordrecht');
    zvh = await login('demo-zvh-procesregisseur');
    ggz = await login('demo-ggz-partner');
    om = await login('demo-om-partner');
    fg = await login('demo-fg-vt-rr');
    beheerder = await login('demo-beheerder');
  });
  afterAll(async () => {
    await t.close();
  });

  it('VT: unassigned, assigned to me, deadlines; equal to the inbox, only the own VT', async () => {
    const a = await dienZorgmeldingIn(politie, 'GM0599');
    const b = await dienZorgmeldingIn(politie, 'GM0599');
    await dienZorgmeldingIn(politie, 'GM0505');
    const voor = await werk(vtRr);
    const inbox = await lijst(vtRr, '/vt/inbox?limiet=200', BEOORDELEN);
    const nietToegewezen = stapel(voor, 'zorgmelding-niet-toegewezen');
    expect(nietToegewezen.aantal).toBe(
      inbox.filter((z) => z.status === 'gerouteerd' || z.status === 'ontvangen').length,
    );
    expect(nietToegewezen.items.map((i) => i.id)).toEqual(expect.arrayContaining([a, b]));
    expect(nietToegewezen.activiteit).toBe(BEOORDELEN);
    const verlopen = await lijst(vtRr, '/vt/inbox?limiet=200&termijnstatus=verlopen', BEOORDELEN);
    expect(stapel(voor, 'zorgmelding-verlopen').aantal).toBe(verlopen.length);
    // Another VT sees none of Rotterdam-Rijnmond's reports.
    const zhz = stapel(await werk(vtZhz), 'zorgmelding-niet-toegewezen');
    expect(zhz.items.map((i) => i.id)).not.toContain(a);

    // The coordinator assigns one to the worker: it moves from "unassigned" to "assigned to me".
    expect(
      (await api(vtRr, 'POST', `/vt/zorgmeldingen/${a}/ontvangst`, BEOORDELEN, {})).status,
    ).toBe(200);
    const toewijzing = await api(
      vtRrCoord,
      'POST',
      `/vt/zorgmeldingen/${a}/toewijzing`,
      BEOORDELEN,
      {
        medewerker: 'demo-vt-rr-medewerker',
      },
    );
    expect(toewijzing.status).toBe(200);
    const na = await werk(vtRr);
    const aanMij = stapel(na, 'zorgmelding-aan-mij');
    const inboxNa = await lijst(vtRr, '/vt/inbox?limiet=200', BEOORDELEN);
    expect(aanMij.aantal).toBe(
      inboxNa.filter(
        (z) => z.status === 'toegewezen' && z.toegewezenAan === 'demo-vt-rr-medewerker',
      ).length,
    );
    expect(aanMij.items.map((i) => i.id)).toContain(a);
    expect(aanMij.items.find((i) => i.id === a)?.link).toBe(`/vt/zorgmeldingen/${a}`);
    expect(stapel(na, 'zorgmelding-niet-toegewezen').aantal).toBe(nietToegewezen.aantal - 1);
    // Not the coordinator's: it was assigned to someone else.
    expect(
      stapel(await werk(vtRrCoord), 'zorgmelding-aan-mij').items.map((i) => i.id),
    ).not.toContain(a);
    // The coordinator also has the exception queue; the worker does not.
    const uitzonderingen = await lijst(
      vtRrCoord,
      '/zorgmeldingen/routeringsuitzonderingen',
      BEOORDELEN,
    );
    expect(stapel(await werk(vtRrCoord), 'zorgmelding-uitzonderingen').aantal).toBe(
      uitzonderingen.length,
    );
    expect(na.onderdelen.map((o) => o.soort)).not.toContain('zorgmelding-uitzonderingen');
  });

  it('police: feedback received and concepts, equal to the own list', async () => {
    const id = await dienZorgmeldingIn(politie, 'GM0599');
    for (const [s, stap, doel, body] of [
      [vtRr, 'ontvangst', BEOORDELEN, {}],
      [
        vtRr,
        'beoordeling',
        BEOORDELEN,
        { uitkomst: 'overdracht-lokaal-veld', datum: vandaagInAmsterdam() },
      ],
      [vtRr, 'terugkoppeling', TERUGKOPPELING, {}],
    ] as const) {
      const r = await api(s, 'POST', `/vt/zorgmeldingen/${id}/${stap}`, doel, body);
      expect([stap, r.status]).toEqual([stap, 200]);
    }
    const w = await werk(politie);
    const eigen = await lijst(politie, '/zorgmeldingen', INDIENEN);
    const terug = stapel(w, 'zorgmelding-terugkoppeling');
    expect(terug.aantal).toBe(eigen.filter((z) => z.terugkoppelingStatus === 'gegeven').length);
    expect(terug.items.map((i) => i.id)).toContain(id);
    expect(terug.activiteit).toBe(TERUGKOPPELING);
    expect(stapel(w, 'zorgmelding-concepten').aantal).toBe(
      eigen.filter((z) => z.status === 'concept').length,
    );
    // Nothing of VT's or the casussen's piles.
    expect(w.onderdelen.map((o) => o.soort).sort()).toEqual(
      [
        'casus-uitwisselingen-bevestigen',
        'zorgmelding-concepten',
        'zorgmelding-terugkoppeling',
      ].sort(),
    );
  });

  it('wijkteam, ZVH and partner: casussen by state, triage, exchanges to acknowledge', async () => {
    await maakCasus(wijkteam, zvh, { tot: 'aangemeld' });
    await maakCasus(wijkteam, zvh, { tot: 'in-triage' });
    const casus = await maakCasus(wijkteam, zvh, {
      tot: 'geaccepteerd',
      betrokkenen: [persoon('hoofdpersoon')],
      deelnemers: [{ organisatie: 'ggz-rijnmond', categorieen: ['identificatie', 'gezondheid'] }],
    });

    const w = await werk(wijkteam);
    for (const status of ['aangemeld', 'in-triage'] as const) {
      const l = await lijst(wijkteam, `/casussen?status=${status}`, SIGNALERING);
      expect([status, stapel(w, `casus-${status}`).aantal]).toEqual([status, l.length]);
      expect(l.length).toBeGreaterThan(0);
    }
    const alle = await lijst(wijkteam, '/casussen', SIGNALERING);
    expect(stapel(w, 'casus-lopend').aantal).toBe(
      alle.filter((c) => c.status === 'geaccepteerd' || c.status === 'actief').length,
    );

    const z = await werk(zvh);
    const triage = await lijst(zvh, '/casussen/triage', REGIE);
    expect(stapel(z, 'casus-triage').aantal).toBe(triage.length);
    expect(triage.length).toBeGreaterThan(0);
    expect(stapel(z, 'casus-triage').items[0]?.link).toMatch(/^\/zvh\/casussen\//);

    // The ZVH sends the GGZ an exchange: it waits for the GGZ, not for the OM.
    const hoofdId = casus.personen[0]?.persoonId;
    const u = await api(zvh, 'POST', `/casussen/${casus.id}/uitwisselingen`, REGIE, {
      naar: ['ggz-rijnmond'],
      betrokkenen: [hoofdId],
      categorieen: ['gezondheid'],
      proportionaliteit: 'Alleen wat de GGZ nodig heeft om de zorg te starten.',
      subsidiariteit: 'Er is geen minder ingrijpende manier om de zorg te laten starten.',
      inhoud: 'Demo: verzoek om contact op te nemen.',
    });
    expect(u.status).toBe(201);
    const uid = (u.body as { id: string }).id;
    const g = stapel(await werk(ggz), 'casus-uitwisselingen-bevestigen');
    expect(g.items.map((i) => i.id)).toContain(uid);
    expect(g.items.find((i) => i.id === uid)?.titel).toContain('Zorg- en Veiligheidshuis');
    expect(g.activiteit).toBe(DEELNAME);
    expect(
      stapel(await werk(om), 'casus-uitwisselingen-bevestigen').items.map((i) => i.id),
    ).not.toContain(uid);
    expect(stapel(await werk(zvh), 'casus-uitwisselingen-open').items.map((i) => i.id)).toContain(
      uid,
    );
    const bevestigd = await api(
      ggz,
      'POST',
      `/casussen/${casus.id}/uitwisselingen/${uid}/ontvangst`,
      DEELNAME,
    );
    expect(bevestigd.status).toBe(200);
    expect(stapel(await werk(ggz), 'casus-uitwisselingen-bevestigen').aantal).toBe(g.aantal - 1);
    expect(
      stapel(await werk(zvh), 'casus-uitwisselingen-open').items.map((i) => i.id),
    ).not.toContain(uid);
  });

  it('FG: break-the-glass to judge equals the review queue, with the integrity verdict', async () => {
    const id = await dienZorgmeldingIn(politie, 'GM0505');
    const grant = await api(vtRr, 'POST', '/doorbraken', BEOORDELEN, {
      onderwerpType: 'Zorgmelding',
      onderwerpId: id,
      verantwoording: 'Acuut gevaar voor een kind; de behandelaar is niet bereikbaar.',
      duurMinuten: 5,
    });
    expect(grant.status).toBe(201);
    const w = await werk(fg);
    const wachtrij = await lijst(fg, '/doorbraken/te-beoordelen', TOEZICHT);
    const d = stapel(w, 'doorbraken-te-beoordelen');
    expect(d.aantal).toBe(wachtrij.length);
    expect(d.items.map((i) => i.id)).toContain((grant.body as { id: string }).id);
    expect(w.integriteit).toEqual({
      inOrde: expect.any(Boolean),
      toelichting: expect.stringMatching(/^(In orde|Niet in orde)/),
      laatsteControle: null,
    });
    expect(w.integriteit?.toelichting).not.toMatch(/npm/);
    // Register proposals: the pile is the FG's queue (ADR 0034), a new one shows at once. The
    // test database is shared by the files of a run: an activity no other file changes, and the
    // proposal is rejected at the end so that no other file finds it pending.
    const activiteit = 'statistiek-veiligheidsbeeld';
    const [v1] = (await (
      await beheerder.fetch(`/api/v1/verwerkingsactiviteiten/${activiteit}/versies`)
    ).json()) as Record<string, unknown>[];
    const voorstel = await beheerder.fetch(`/api/v1/verwerkingsactiviteiten/${activiteit}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        naam: v1?.naam,
        verwerkingsverantwoordelijke: v1?.verwerkingsverantwoordelijke,
        doel: v1?.doel,
        grondslag: `${String(v1?.grondslag)} (herzien)`,
        grondslagToelichting: v1?.grondslagToelichting,
        categorieenBetrokkenen: v1?.categorieenBetrokkenen,
        categorieenGegevens: v1?.categorieenGegevens,
        ontvangers: v1?.ontvangers,
        bewaartermijn: v1?.bewaartermijn,
        geldigVanaf: v1?.geldigVanaf,
        toegestaneRollen: v1?.toegestaneRollen,
      }),
    });
    expect(voorstel.status).toBe(202);
    const { versie } = (await voorstel.json()) as { versie: number };
    const metVoorstel = await werk(fg);
    const queue = await lijst(fg, '/verwerkingsactiviteiten/voorstellen', TOEZICHT);
    const r = stapel(metVoorstel, 'registervoorstellen');
    expect(r.aantal).toBe(queue.length);
    expect(r.aantal).toBeGreaterThanOrEqual(1);
    expect(r.items.map((i) => i.titel)).toContain(
      `Cijfers voor het gezamenlijk veiligheidsbeeld en de verantwoording van Veilig Thuis, versie ${String(versie)}`,
    );
    const afgewezen = await fg.fetch(
      `/api/v1/verwerkingsactiviteiten/${activiteit}/versies/${String(versie)}/goedkeuring`,
      {
        method: 'POST',
        headers: { verwerkingsactiviteit: TOEZICHT, 'content-type': 'application/json' },
        body: JSON.stringify({ besluit: 'afwijzen', toelichting: 'Alleen een proef van de test.' }),
      },
    );
    expect(afgewezen.status).toBe(200);
    expect(stapel(await werk(fg), 'registervoorstellen').aantal).toBe(r.aantal - 1);
    // The beheerder and a system client have no piles here.
    expect((await werk(beheerder)).onderdelen).toEqual([]);
  });

  it('logs every pile as a read under its own activity, without personal data in the answer', async () => {
    const r = await api(vtRrCoord, 'GET', '/mijn-werk', undefined);
    expect(r.status).toBe(200);
    const rijen = await ds.query<
      { actie: string; object_type: string; activiteit_id: string; resultaat: string }[]
    >(
      'SELECT actie, object_type, activiteit_id, resultaat FROM actor_audit WHERE trace_id = $1 ORDER BY activiteit_id DESC, object_type',
      [r.traceId],
    );
    // Per activity the piles' read, and the read of the rectification notices (ADR 0035).
    expect(rijen).toEqual(
      [BEOORDELEN, DEELNAME].flatMap((activiteit_id) =>
        ['Rectificatiemelding', 'Werkvoorraad'].map((object_type) => ({
          actie: 'read',
          object_type,
          activiteit_id,
          resultaat: 'toegestaan',
        })),
      ),
    );
    expect(r.text).not.toMatch(/\b\d{9}\b/);
  });

  it('wijkteam keeps its own casus after the ZVH closes it: readable, in its hand-back pile', async () => {
    const casus = await maakCasus(wijkteam, zvh, { tot: 'geaccepteerd' });
    const sluit = await api(zvh, 'POST', `/casussen/${casus.id}/afsluiting`, REGIE, {
      reden: 'Doelen bereikt; het wijkteam neemt de begeleiding weer over.',
      herbeoordelingen: casus.personen.map((p) => ({
        persoonId: p.persoonId,
        besluit: 'geinformeerd',
        op: vandaagInAmsterdam(),
      })),
    });
    expect(sluit.status).toBe(200);
    const lees = await api(wijkteam, 'GET', `/casussen/${casus.id}`, SIGNALERING);
    expect(lees.status).toBe(200);
    const view = lees.body as {
      status: string;
      afgeslotenOp: string;
      betrokkenen: Record<string, unknown>[];
      procesregisseur?: unknown;
    };
    expect(view.status).toBe('afgesloten');
    expect(view.afgeslotenOp).toBeTruthy();
    // Its persons as identified (it registered them), nothing of the ZVH's own fields.
    expect(view.betrokkenen[0]).toHaveProperty('bsn');
    expect(view.betrokkenen[0]).not.toHaveProperty('straat');
    expect(view).not.toHaveProperty('procesregisseur');
    const w = await werk(wijkteam);
    const terug = stapel(w, 'casus-teruggelegd');
    expect(terug.items.map((i) => i.id)).toContain(casus.id);
    const afgesloten = await lijst(wijkteam, '/casussen?status=afgesloten', SIGNALERING);
    expect(afgesloten.map((c) => c.id)).toContain(casus.id);
    // Another wijkteam does not see it.
    const ander = await loginAs(t.url, 'demo-wijkteam-rotterdam');
    expect((await api(ander, 'GET', `/casussen/${casus.id}`, SIGNALERING)).status).toBe(404);
  });
});
