/* eslint-disable @typescript-eslint/no-unsafe-member-access -- the answers are JSON, checked field by field */
import { randomUUID } from 'node:crypto';
import { AuditService } from '@schakel/audit';
import { PinoLogger } from 'nestjs-pino';
import pino from 'pino';
import { DataSource } from 'typeorm';
import {
  ALLE_CRITERIA,
  api,
  bsn,
  DEELNAME,
  encodings,
  maakCasus,
  persoon,
  REGIE,
  Ruw,
  SIGNALERING,
  TOEZICHT,
  type Antwoord,
  type GemaakteCasus,
  type PersoonInvoer,
} from './casus-fixtures.js';
import { loginAs, type Session } from './login.js';
import { discoverRoutes } from './routes.js';
import { isolatedDatabase, startTestApp, type TestApp } from './test-app.js';
import { vandaagInAmsterdam } from './datum.js';

/**
 * Casussen en uitwisselingsregister (issue 6) over real HTTP with real logins: a wijkteam
 * registers and escalates, the Zorg- en Veiligheidshuis triages and directs, partners take
 * part within their scope, exchanges are registered and acknowledged, persons are informed,
 * the case is closed, and the FG oversees the register. Both logs for each step; no personal
 * data or case text in readable form in any table, log line or URL.
 */

const ZVH = 'zvh-rotterdam-rijnmond';
const WIJKTEAM = 'wijkteam-gm0599';
const POLITIE = 'politie-rotterdam';
const GGZ = 'ggz-rijnmond';
const THEMA = 'huiselijk-geweld';

const IDENTIFICATIE = ['bsn', 'voornamen', 'voorvoegsel', 'achternaam', 'geboortedatum'];
const WOONSITUATIE = ['straat', 'huisnummer', 'postcode', 'woonplaats', 'gemeenteCode'];

const HOOFD: PersoonInvoer = {
  rol: 'hoofdpersoon',
  bsn: bsn(),
  voornamen: 'Wilhelmina Odilia',
  voorvoegsel: 'van',
  achternaam: 'Quakkelsteijn',
  geboortedatum: '1979-03-14',
  straat: 'Ganzerikstraat',
  huisnummer: '42',
  postcode: '3074 QX',
  woonplaats: 'Rotterdam',
  gemeenteCode: 'GM0599',
};
const KIND: PersoonInvoer = {
  rol: 'gezinslid',
  bsn: bsn(),
  voornamen: 'Teunis Barend',
  voorvoegsel: 'de',
  achternaam: 'Knijpstra-Oudeboon',
  geboortedatum: '2011-08-02',
  straat: 'Ganzerikstraat',
  huisnummer: '42',
  postcode: '3074 QX',
  woonplaats: 'Rotterdam',
  gemeenteCode: 'GM0599',
};
const ANDER: PersoonInvoer = {
  rol: 'hoofdpersoon',
  bsn: bsn(),
  voornamen: 'Gijsbertha',
  achternaam: 'Plompenhaver',
  straat: 'Lisdoddelaan',
  huisnummer: '7',
  postcode: '3085 ZR',
  woonplaats: 'Rotterdam',
  gemeenteCode: 'GM0599',
};

const AANLEIDING =
  'Aanleiding-zwanenhals: oplopende schulden, dreigende huisuitzetting en verward gedrag in het trappenhuis.';
const MOTIVERING =
  'Motivering-kraanvogel: drie leefdomeinen, politie en GGZ betrokken, overlast voor de buren.';
const AFWIJSREDEN = 'Afwijsreden-lepelaar: past beter bij het lokale veld.';
const INHOUD_GGZ = 'Inhoud-roerdomp: bekend bij de crisisdienst, medicatie gestopt in oktober.';
const INHOUD_POLITIE = 'Inhoud-grutto: lopend onderzoek naar bedreiging van de buurman.';
const INHOUD_TERUG = 'Inhoud-kievit: GGZ heeft contact gelegd, afspraak gepland.';
const INHOUD_GEWEIGERD = 'Inhoud-bergeend: psychiatrische diagnose die de politie niet mag hebben.';
const PROPORTIONALITEIT =
  'Proportionaliteit-tureluur: alleen wat de GGZ nodig heeft voor de crisiskaart.';
const SUBSIDIARITEIT = 'Subsidiariteit-wulp: de hoofdpersoon wil zelf niet met de GGZ praten.';
const TOELICHTING = 'Toelichting-scholekster: informeren brengt de melder in gevaar.';
const SLUITREDEN = 'Sluitreden-aalscholver: doelen bereikt, zorg belegd bij de GGZ.';

/** Everything that must never be readable outside the views that may show it. */
const PERSOONSGEGEVENS = [
  HOOFD.bsn!,
  KIND.bsn!,
  ANDER.bsn!,
  HOOFD.voornamen!,
  'Wilhelmina',
  HOOFD.achternaam!,
  KIND.voornamen!,
  KIND.achternaam!,
  ANDER.voornamen!,
  ANDER.achternaam!,
  HOOFD.straat!,
  ANDER.straat!,
  '3074QX',
  '3074 QX',
  HOOFD.geboortedatum!,
  KIND.geboortedatum!,
];
const TEKSTEN = [
  AANLEIDING,
  MOTIVERING,
  AFWIJSREDEN,
  INHOUD_GGZ,
  INHOUD_POLITIE,
  INHOUD_TERUG,
  INHOUD_GEWEIGERD,
  TOELICHTING,
  SLUITREDEN,
];

const vandaag = () => new Date().toISOString().slice(0, 10);
const dagen = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

interface Betrokkene extends Record<string, unknown> {
  persoonId: string;
  rol: string;
}
interface Uitwisseling {
  id: string;
  van: string;
  naar: { organisatie: string; ontvangenOp: string | null }[];
  betrokkenen: string[];
  categorieen: string[];
  bijzonder: boolean;
  strafrechtelijk: boolean;
  activiteit: { id: string; naam: string };
  grondslag: string;
  inhoud?: string;
}
interface Casus {
  id: string;
  nummer: string;
  status: string;
  thema: unknown;
  regieOrganisatie: string | null;
  procesregisseur: { id: string; naam: string } | null;
  aanleiding?: string;
  opschaling?: { criteria: unknown; motivering: string; op: string } | null;
  triage?: { besluit: string; reden: string | null; op: string } | null;
  betrokkenen: Betrokkene[];
  deelnemers: {
    organisatie: string;
    categorieen?: string[];
    uitgenodigdOp: string;
    beeindigdOp: string | null;
  }[];
  uitwisselingen: Uitwisseling[];
  tijdlijn: { tijd: string; stap: string; organisatie: string }[];
  mijnScope: string[] | null;
  afgeslotenOp: string | null;
  bewaarTot: string | null;
}
interface Samenvatting {
  id: string;
  nummer: string;
  status: string;
  aangemeldOp: string;
  mijnScope: string[] | null;
}

describe('casussen en uitwisselingsregister: wijkteam, ZVH, partners and FG over real HTTP', () => {
  let db: Awaited<ReturnType<typeof isolatedDatabase>>;
  let t: TestApp;
  let ds: DataSource;
  let audit: AuditService;
  const logLines: string[] = [];
  const urls: string[] = [];
  let wijkteam: Session;
  let zvh: Session;
  let politie: Session;
  let ggz: Session;
  let om: Session;
  let dordrecht: Session;
  let fgZvh: Session;
  let fgVt: Session;

  /** Every call of the flow goes through here, so its URL can be checked for BSNs. */
  const call = async (...args: Parameters<typeof api>): Promise<Antwoord> => {
    const r = await api(...args);
    urls.push(r.url);
    return r;
  };

  /** Both logs for one trace: actor audit records and processing records. */
  const logs = async (traceId: string) => ({
    audit: await ds.query<
      { resultaat: string; actie: string; object_id: string | null; activiteit_id: string }[]
    >('SELECT resultaat, actie, object_id, activiteit_id FROM actor_audit WHERE trace_id = $1', [
      traceId,
    ]),
    verwerking: await ds.query<{ betrokkene: string; activiteit_id: string }[]>(
      'SELECT betrokkene, activiteit_id FROM verwerkingslog WHERE trace_id = $1',
      [traceId],
    ),
  });

  /** An allowed step: a `toegestaan` audit record under the activity, and processing records. */
  const gelogd = async (
    r: Antwoord,
    activiteit: string,
    opts: { objectId?: string; bsns?: string[]; verwerking?: boolean } = {},
  ) => {
    const l = await logs(r.traceId);
    expect(l.audit).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ resultaat: 'toegestaan', activiteit_id: activiteit }),
      ]),
    );
    if (opts.objectId) expect(l.audit.map((a) => a.object_id)).toContain(opts.objectId);
    if (opts.verwerking !== false) expect(l.verwerking.length).toBeGreaterThan(0);
    for (const nummer of opts.bsns ?? [])
      expect(l.verwerking.map((v) => v.betrokkene)).toContain(audit.pseudonym(nummer));
  };
  const geweigerd = async (r: Antwoord) => {
    expect((await logs(r.traceId)).audit).toEqual(
      expect.arrayContaining([expect.objectContaining({ resultaat: 'geweigerd' })]),
    );
  };

  beforeAll(async () => {
    db = await isolatedDatabase();
    t = await startTestApp(db.env);
    ds = t.app.get(DataSource);
    audit = t.app.get(AuditService);
    // From here every line of the app's pino logger, at debug level, for the privacy check.
    const root = PinoLogger.root as unknown as Record<symbol, { write(s: string): boolean }>;
    const stream = root[pino.symbols.streamSym];
    if (!stream) throw new Error('no pino stream');
    stream.write = (line: string) => {
      logLines.push(line);
      return true;
    };
    (PinoLogger.root as unknown as { level: string }).level = 'debug';
    const login = (sub: string) => loginAs(t.url, sub);
    wijkteam = await login('demo-wijkteam-rotterdam');
    zvh = await login('demo-zvh-procesregisseur');
    politie = await login('demo-politie-1');
    ggz = await login('demo-ggz-partner');
    om = await login('demo-om-partner');
    dordrecht = await login('demo-wijkteam-dordrecht');
    fgZvh = await login('demo-fg-zvh');
    fgVt = await login('demo-fg-vt-rr');
  });
  afterAll(async () => {
    await t.close();
    await db.drop();
  });

  /** The case of the flow, and a second one that the ZVH rejects. */
  let casus: GemaakteCasus = { id: '', nummer: '', personen: [] };
  let hoofdId = '';
  let kindId = '';
  let afgewezen = '';
  let bewaartermijn = '';
  /** Exchanges: ZVH to GGZ (health), ZVH to police (criminal data), GGZ back to ZVH. */
  const u = { ggz: '', politie: '', terug: '' };

  const lees = async (s: Session, doel: string, id = casus.id) =>
    call(s, 'GET', `/casussen/${id}`, doel);
  const lijst = async (s: Session, doel: string, query = '') =>
    call(s, 'GET', `/casussen${query}`, doel);
  const ids = (r: Antwoord) => (r.body as Samenvatting[]).map((c) => c.id);

  it('publishes the reference lists (themes with activity and retention) without personal data', async () => {
    const r = await call(wijkteam, 'GET', '/casussen/referentie', undefined);
    expect(r.status).toBe(200);
    const ref = r.body as {
      themas: {
        id: string;
        activiteit: { id: string; grondslag: string };
        bewaartermijn: string;
      }[];
      levensdomeinen: { code: string }[];
      categorieen: { code: string; avgArtikel: string | null }[];
      statussen: { code: string }[];
      organisaties: { code: string }[];
    };
    expect(ref.themas.map((th) => th.id).sort()).toEqual(
      [
        'huiselijk-geweld',
        'jeugd',
        'radicalisering',
        'verward-gedrag',
        'overlast-criminaliteit',
      ].sort(),
    );
    expect(ref.levensdomeinen.map((l) => l.code)).toEqual(
      expect.arrayContaining(['financien', 'wonen', 'psychische-gezondheid', 'justitie']),
    );
    const artikel = Object.fromEntries(ref.categorieen.map((c) => [c.code, c.avgArtikel]));
    expect(artikel).toEqual({
      identificatie: null,
      woonsituatie: null,
      gezondheid: '9',
      'justitiele-gegevens': '10',
      financien: null,
      'gezin-en-jeugd': null,
    });
    expect(ref.statussen.map((s) => s.code)).toEqual(
      expect.arrayContaining([
        'aangemeld',
        'in-triage',
        'geaccepteerd',
        'afgewezen',
        'actief',
        'afgesloten',
      ]),
    );
    expect(ref.organisaties.map((o) => o.code)).toEqual(
      expect.arrayContaining([ZVH, WIJKTEAM, POLITIE, GGZ]),
    );
    // The theme's retention is its processing activity's retention in the register (art. 30).
    const thema = ref.themas.find((th) => th.id === THEMA);
    expect(thema?.bewaartermijn).toMatch(/^P\d+Y$/);
    bewaartermijn = thema?.bewaartermijn ?? '';
    const register = await call(wijkteam, 'GET', '/verwerkingsactiviteiten', undefined);
    const activiteit = (register.body as { id: string; bewaartermijn: string }[]).find(
      (a) => a.id === thema?.activiteit.id,
    );
    expect(activiteit?.bewaartermijn).toBe(bewaartermijn);
    // Any logged-in user, with any header; not anonymous.
    expect((await call(ggz, 'GET', '/casussen/referentie', DEELNAME)).status).toBe(200);
    const anoniem = await fetch(`${t.url}/api/v1/casussen/referentie`);
    expect(anoniem.status).toBe(401);
  });

  it('wijkteam registers a case with two persons; both logs; its list shows no names', async () => {
    const r = await call(wijkteam, 'POST', '/casussen', SIGNALERING, {
      themaId: THEMA,
      aanleiding: AANLEIDING,
      levensdomeinen: ['financien', 'wonen', 'psychische-gezondheid'],
      betrokkenen: [HOOFD, KIND],
    });
    expect(r.status).toBe(201);
    const c = r.body as Casus;
    casus = {
      id: c.id,
      nummer: c.nummer,
      personen: c.betrokkenen.map((b, i) => ({
        persoonId: b.persoonId,
        bsn: [HOOFD, KIND][i]!.bsn!,
      })),
    };
    expect(c.status).toBe('aangemeld');
    expect(c.nummer).toMatch(/^C-\d{4}-\d{4,}$/);
    expect(c.aanleiding).toBe(AANLEIDING);
    expect(c.betrokkenen).toHaveLength(2);
    hoofdId = c.betrokkenen.find((b) => b.rol === 'hoofdpersoon')?.persoonId ?? '';
    kindId = c.betrokkenen.find((b) => b.rol === 'gezinslid')?.persoonId ?? '';
    expect(hoofdId).toMatch(/^[0-9a-f-]{36}$/);
    expect(kindId).toMatch(/^[0-9a-f-]{36}$/);
    // The sleutelpartner sees identification and address of its own persons.
    const hoofd = c.betrokkenen.find((b) => b.persoonId === hoofdId);
    expect(hoofd).toMatchObject({
      bsn: HOOFD.bsn,
      achternaam: HOOFD.achternaam,
      straat: HOOFD.straat,
    });
    await gelogd(r, SIGNALERING, { objectId: c.id, bsns: [HOOFD.bsn!, KIND.bsn!] });

    const l = await lijst(wijkteam, SIGNALERING);
    expect(l.status).toBe(200);
    const rij = (l.body as (Samenvatting & { aantalBetrokkenen: number })[]).find(
      (x) => x.id === c.id,
    );
    expect(rij).toMatchObject({ nummer: c.nummer, status: 'aangemeld', aantalBetrokkenen: 2 });
    for (const geheim of [...PERSOONSGEGEVENS, AANLEIDING]) expect(l.text).not.toContain(geheim);
    const alleenAangemeld = await lijst(wijkteam, SIGNALERING, '?status=aangemeld');
    expect(ids(alleenAangemeld)).toContain(c.id);
    expect(ids(await lijst(wijkteam, SIGNALERING, '?status=actief'))).not.toContain(c.id);
    // Not escalated yet: not in the ZVH's triage queue, and another wijkteam does not see it.
    expect(ids(await call(zvh, 'GET', '/casussen/triage', REGIE))).not.toContain(c.id);
    expect(ids(await lijst(dordrecht, SIGNALERING))).not.toContain(c.id);
    const ander = await lees(dordrecht, SIGNALERING);
    expect(ander.status).toBe(404);
    await geweigerd(ander);
    // Another team cannot escalate it either; the ZVH does not see a case before escalation.
    const opschalen = await call(dordrecht, 'POST', `/casussen/${c.id}/opschaling`, SIGNALERING, {
      criteria: ALLE_CRITERIA,
      motivering: MOTIVERING,
    });
    expect(opschalen.status).toBe(404);
    expect((await lees(zvh, REGIE, c.id)).status).toBe(404);
    expect(ids(await lijst(zvh, REGIE))).not.toContain(c.id);
    // The ZVH has no participant's rules: under that purpose it gets no list at all.
    expect((await lijst(zvh, DEELNAME)).status).toBe(403);
  });

  it("registering a known BSN does not hand another team the person's stored name or address", async () => {
    // Dordrecht knows only the BSN (and enters another name): the answer must not fill in
    // what Rotterdam recorded, or a registration is a BSN lookup for anyone with the role.
    const r = await call(dordrecht, 'POST', '/casussen', SIGNALERING, {
      themaId: 'verward-gedrag',
      aanleiding: 'Signaal van een andere gemeente.',
      levensdomeinen: ['wonen'],
      betrokkenen: [{ rol: 'hoofdpersoon', bsn: HOOFD.bsn, achternaam: 'Anders' }],
    });
    expect(r.status).toBe(201);
    const lezen = await lees(dordrecht, SIGNALERING, r.body.id as string);
    expect(lezen.status).toBe(200);
    for (const antwoord of [r, lezen]) {
      const gelekt = [
        HOOFD.voornamen!,
        HOOFD.achternaam!,
        HOOFD.straat!,
        '3074QX',
        '3074 QX',
        HOOFD.geboortedatum!,
      ].filter((g) => antwoord.text.includes(g));
      expect(gelekt).toEqual([]);
    }
    // Each team sees what it recorded itself; Dordrecht's entry does not overwrite Rotterdam's.
    expect(lezen.body.betrokkenen[0]).toMatchObject({ bsn: HOOFD.bsn, achternaam: 'Anders' });
    const rotterdam = await lees(wijkteam, SIGNALERING);
    const hoofd = (rotterdam.body as Casus).betrokkenen.find((b) => b.persoonId === hoofdId);
    expect(hoofd).toMatchObject({ achternaam: HOOFD.achternaam, straat: HOOFD.straat });
    expect(rotterdam.text).not.toContain('Anders');
    // The same person twice in one registration is one betrokkene, not an error.
    const p = persoon('hoofdpersoon');
    const dubbel = await call(wijkteam, 'POST', '/casussen', SIGNALERING, {
      themaId: 'jeugd',
      aanleiding: 'Zorgen over een gezin.',
      levensdomeinen: ['opvoeding'],
      betrokkenen: [p, { ...p, rol: 'gezinslid' }],
    });
    expect([dubbel.status, dubbel.body.betrokkenen?.length]).toEqual([201, 1]);
  });

  it('refuses escalation when the criteria are not met (422), and changes nothing', async () => {
    const voor = await lees(wijkteam, SIGNALERING);
    for (const criteria of [
      { ...ALLE_CRITERIA, impactOmgeving: false },
      { ...ALLE_CRITERIA, meerdereKetens: false },
      {
        meerdereLeefdomeinen: false,
        meerdereKetens: false,
        impactOmgeving: false,
        ernstigeVeiligheidsproblemen: false,
      },
    ]) {
      const r = await call(wijkteam, 'POST', `/casussen/${casus.id}/opschaling`, SIGNALERING, {
        criteria,
        motivering: MOTIVERING,
      });
      expect(r.status).toBe(422);
      expect(r.contentType).toMatch(/application\/problem\+json/);
      expect(r.body.type).toBe('urn:schakel:probleem:criteria-niet-voldaan');
      await geweigerd(r);
    }
    const na = await lees(wijkteam, SIGNALERING);
    expect(na.body.status).toBe('aangemeld');
    expect(na.body.opschaling ?? null).toBeNull();
    expect(na.body.tijdlijn).toEqual(voor.body.tijdlijn);
    expect(ids(await call(zvh, 'GET', '/casussen/triage', REGIE))).not.toContain(casus.id);
  });

  it('escalates when the criteria are met: in-triage, in the ZVH triage queue (oldest first, no names)', async () => {
    const r = await call(wijkteam, 'POST', `/casussen/${casus.id}/opschaling`, SIGNALERING, {
      criteria: ALLE_CRITERIA,
      motivering: MOTIVERING,
    });
    expect(r.status).toBe(200);
    expect(r.body.status).toBe('in-triage');
    expect(r.body.opschaling).toMatchObject({ criteria: ALLE_CRITERIA, motivering: MOTIVERING });
    await gelogd(r, SIGNALERING, { objectId: casus.id });
    // Escalating twice is out of order.
    const nog = await call(wijkteam, 'POST', `/casussen/${casus.id}/opschaling`, SIGNALERING, {
      criteria: ALLE_CRITERIA,
      motivering: MOTIVERING,
    });
    expect(nog.status).toBe(409);
    await geweigerd(nog);

    // A second case, escalated on serious safety problems alone (criterion d).
    const tweede = await maakCasus(wijkteam, undefined, {
      tot: 'aangemeld',
      betrokkenen: [ANDER],
    });
    afgewezen = tweede.id;
    const d = await call(wijkteam, 'POST', `/casussen/${afgewezen}/opschaling`, SIGNALERING, {
      criteria: {
        meerdereLeefdomeinen: false,
        meerdereKetens: false,
        impactOmgeving: false,
        ernstigeVeiligheidsproblemen: true,
      },
      motivering: 'Ernstige veiligheidsproblemen: dreiging met een wapen.',
    });
    expect([d.status, d.body.status]).toEqual([200, 'in-triage']);

    const wachtrij = await call(zvh, 'GET', '/casussen/triage', REGIE);
    expect(wachtrij.status).toBe(200);
    const rijen = wachtrij.body as Samenvatting[];
    expect(rijen.every((x) => x.status === 'in-triage')).toBe(true);
    const volgorde = ids(wachtrij);
    expect(volgorde).toContain(casus.id);
    expect(volgorde.indexOf(casus.id)).toBeLessThan(volgorde.indexOf(afgewezen));
    for (const geheim of [...PERSOONSGEGEVENS, AANLEIDING, MOTIVERING])
      expect(wachtrij.text).not.toContain(geheim);
    await gelogd(wachtrij, REGIE, { verwerking: false });
    // Only the ZVH's procesregisseur has the queue.
    expect((await call(wijkteam, 'GET', '/casussen/triage', REGIE)).status).toBe(403);
    expect((await call(wijkteam, 'GET', '/casussen/triage', SIGNALERING)).status).toBe(403);
  });

  it('ZVH rejects only with a reason; the wijkteam sees the rejection and its reason', async () => {
    const zonder = await call(zvh, 'POST', `/casussen/${afgewezen}/triage`, REGIE, {
      besluit: 'afwijzen',
    });
    expect([400, 422]).toContain(zonder.status);
    expect(zonder.contentType).toMatch(/application\/problem\+json/);
    const r = await call(zvh, 'POST', `/casussen/${afgewezen}/triage`, REGIE, {
      besluit: 'afwijzen',
      reden: AFWIJSREDEN,
    });
    expect([r.status, r.body.status]).toEqual([200, 'afgewezen']);
    await gelogd(r, REGIE, { objectId: afgewezen });
    const wijk = await lees(wijkteam, SIGNALERING, afgewezen);
    expect(wijk.body.status).toBe('afgewezen');
    expect(wijk.body.triage).toMatchObject({ besluit: 'afgewezen', reden: AFWIJSREDEN });
    // A rejected case is kept no longer than its theme's retention either; the date is the
    // ZVH's to see (the rules give the sleutelpartner the signal, not the retention).
    expect((await lees(zvh, REGIE, afgewezen)).body.bewaarTot).toMatch(/^\d{4}-\d{2}-\d{2}/);
    expect(wijk.body).not.toHaveProperty('bewaarTot');
    // A rejected case takes no participants.
    const uitnodiging = await call(zvh, 'POST', `/casussen/${afgewezen}/deelnemers`, REGIE, {
      organisatie: POLITIE,
      categorieen: ['identificatie'],
    });
    expect(uitnodiging.status).toBe(409);
  });

  it('ZVH accepts with a procesregisseur; the wijkteam sees the outcome; a second triage is 409', async () => {
    const r = await call(zvh, 'POST', `/casussen/${casus.id}/triage`, REGIE, {
      besluit: 'accepteren',
      procesregisseurId: 'demo-zvh-procesregisseur',
    });
    expect(r.status).toBe(200);
    const c = r.body as Casus;
    expect(c.status).toBe('geaccepteerd');
    expect(c.regieOrganisatie).toBe(ZVH);
    expect(c.procesregisseur).toEqual({ id: 'demo-zvh-procesregisseur', naam: 'Noor El Idrissi' });
    // The sleutelpartner and the ZVH take part automatically.
    const scope = Object.fromEntries(
      c.deelnemers.map((d) => [d.organisatie, [...(d.categorieen ?? [])].sort()]),
    );
    expect(scope[WIJKTEAM]).toEqual(['gezin-en-jeugd', 'identificatie', 'woonsituatie']);
    expect(scope[ZVH]).toEqual([
      'financien',
      'gezin-en-jeugd',
      'gezondheid',
      'identificatie',
      'justitiele-gegevens',
      'woonsituatie',
    ]);
    await gelogd(r, REGIE, { objectId: casus.id });
    expect(ids(await call(zvh, 'GET', '/casussen/triage', REGIE))).not.toContain(casus.id);
    const nog = await call(zvh, 'POST', `/casussen/${casus.id}/triage`, REGIE, {
      besluit: 'afwijzen',
      reden: 'Toch niet.',
    });
    expect(nog.status).toBe(409);

    // From acceptance on the wijkteam is a participant like any other, under its own purpose
    // too: it sees the outcome (the status), not the triage, the procesregisseur or its signal.
    const wijk = await lees(wijkteam, SIGNALERING);
    expect(wijk.status).toBe(200);
    expect(wijk.body.status).toBe('geaccepteerd');
    for (const veld of ['triage', 'procesregisseur', 'aanleiding', 'levensdomeinen', 'bewaarTot'])
      expect(wijk.body).not.toHaveProperty(veld);
    await gelogd(wijk, SIGNALERING, { objectId: casus.id, bsns: [HOOFD.bsn!] });
    // The ZVH sees everything of a case it directs.
    const regie = await lees(zvh, REGIE);
    expect(regie.body).toMatchObject({
      aanleiding: AANLEIDING,
      opschaling: { motivering: MOTIVERING },
    });
    const zvhList = await lijst(zvh, REGIE);
    expect(ids(zvhList)).toContain(casus.id);
  });

  it('ZVH invites police and GGZ; the first invitation makes the case active; twice is 409', async () => {
    const p = await call(zvh, 'POST', `/casussen/${casus.id}/deelnemers`, REGIE, {
      organisatie: POLITIE,
      categorieen: ['identificatie', 'justitiele-gegevens'],
    });
    expect(p.status).toBe(201);
    expect(p.body.status).toBe('actief');
    await gelogd(p, REGIE, { objectId: casus.id });
    const g = await call(zvh, 'POST', `/casussen/${casus.id}/deelnemers`, REGIE, {
      organisatie: GGZ,
      categorieen: ['identificatie', 'gezondheid'],
    });
    expect(g.status).toBe(201);
    const deelnemers = (g.body as Casus).deelnemers;
    expect(deelnemers.map((d) => d.organisatie)).toEqual(
      expect.arrayContaining([ZVH, WIJKTEAM, POLITIE, GGZ]),
    );
    expect(deelnemers.every((d) => d.beeindigdOp === null)).toBe(true);
    const nog = await call(zvh, 'POST', `/casussen/${casus.id}/deelnemers`, REGIE, {
      organisatie: POLITIE,
      categorieen: ['identificatie'],
    });
    expect(nog.status).toBe(409);
    // Only the ZVH invites.
    const wijk = await call(wijkteam, 'POST', `/casussen/${casus.id}/deelnemers`, SIGNALERING, {
      organisatie: 'om-rotterdam',
      categorieen: ['identificatie'],
    });
    expect([403, 404]).toContain(wijk.status);
  });

  it('each partner sees exactly the fields of its scope: names, never an address without woonsituatie', async () => {
    for (const [s, scope] of [
      [politie, ['identificatie', 'justitiele-gegevens']],
      [ggz, ['gezondheid', 'identificatie']],
    ] as const) {
      const r = await lees(s, DEELNAME);
      expect(r.status).toBe(200);
      const c = r.body as Casus;
      expect([...(c.mijnScope ?? [])].sort()).toEqual([...scope].sort());
      expect(c.betrokkenen).toHaveLength(2);
      for (const b of c.betrokkenen) {
        const bron = b.persoonId === hoofdId ? HOOFD : KIND;
        // Identification: present and right.
        for (const veld of IDENTIFICATIE)
          expect([veld, b[veld]]).toEqual([veld, bron[veld as keyof PersoonInvoer]]);
        // Nothing else about the person.
        const toegestaan = new Set(['persoonId', 'rol', 'informeren', ...IDENTIFICATIE]);
        expect(Object.keys(b).filter((k) => !toegestaan.has(k))).toEqual([]);
      }
      // No address, nor the wijkteam's and ZVH's reasoning.
      for (const geheim of [HOOFD.straat!, '3074QX', '3074 QX', AANLEIDING, MOTIVERING])
        expect(r.text).not.toContain(geheim);
      expect(c).not.toHaveProperty('aanleiding');
      expect(c.opschaling ?? null).toBeNull();
      expect(c.triage ?? null).toBeNull();
      // Who else takes part, yes; with which categories, no (ADR 0017).
      expect(c.deelnemers.map((d) => d.organisatie)).toEqual(
        expect.arrayContaining([ZVH, WIJKTEAM, POLITIE, GGZ]),
      );
      const eigen = s === politie ? POLITIE : GGZ;
      for (const d of c.deelnemers)
        expect([d.organisatie, d.categorieen !== undefined]).toEqual([
          d.organisatie,
          d.organisatie === eigen,
        ]);
      await gelogd(r, DEELNAME, { objectId: casus.id, bsns: [HOOFD.bsn!, KIND.bsn!] });
      // The processing log names what was processed: no address data for this partner.
      const categorieen = await ds.query<{ gegevenscategorieen: string[] | null }[]>(
        'SELECT gegevenscategorieen FROM verwerkingslog WHERE trace_id = $1',
        [r.traceId],
      );
      const gelogdeCategorieen = categorieen.flatMap((c) => c.gegevenscategorieen ?? []);
      expect(gelogdeCategorieen).toContain('identificatie');
      expect(gelogdeCategorieen).not.toContain('woonsituatie');
      const l = await lijst(s, DEELNAME);
      const rij = (l.body as Samenvatting[]).find((x) => x.id === casus.id);
      expect([...(rij?.mijnScope ?? [])].sort()).toEqual([...scope].sort());
      for (const geheim of PERSOONSGEGEVENS) expect(l.text).not.toContain(geheim);
    }

    // The wijkteam (identificatie + woonsituatie + gezin-en-jeugd) sees the address.
    const wijk = await lees(wijkteam, DEELNAME);
    expect(wijk.status).toBe(200);
    const hoofd = (wijk.body as Casus).betrokkenen.find((b) => b.persoonId === hoofdId);
    for (const veld of [...IDENTIFICATIE, ...WOONSITUATIE]) expect(hoofd).toHaveProperty(veld);
    expect(hoofd?.straat).toBe(HOOFD.straat);

    // A scope change takes effect at once: with woonsituatie GGZ sees the address, without not.
    const ruimer = await call(zvh, 'PUT', `/casussen/${casus.id}/deelnemers/${GGZ}`, REGIE, {
      categorieen: ['identificatie', 'gezondheid', 'woonsituatie'],
    });
    expect(ruimer.status).toBe(200);
    await gelogd(ruimer, REGIE, { objectId: casus.id });
    const met = await lees(ggz, DEELNAME);
    expect(met.body.betrokkenen[0]).toHaveProperty('straat', HOOFD.straat);
    const terug = await call(zvh, 'PUT', `/casussen/${casus.id}/deelnemers/${GGZ}`, REGIE, {
      categorieen: ['identificatie', 'gezondheid'],
    });
    expect(terug.status).toBe(200);
    const zonder = await lees(ggz, DEELNAME);
    expect(zonder.text).not.toContain(HOOFD.straat);
    for (const b of zonder.body.betrokkenen as Betrokkene[])
      for (const veld of WOONSITUATIE) expect(b).not.toHaveProperty(veld);
  });

  it('non-participants get 404 and never find the case in their lists', async () => {
    for (const [s, doel] of [
      [om, DEELNAME],
      [dordrecht, DEELNAME],
      [dordrecht, SIGNALERING],
    ] as const) {
      const r = await lees(s, doel);
      expect(r.status).toBe(404);
      expect(r.contentType).toMatch(/application\/problem\+json/);
      for (const geheim of PERSOONSGEGEVENS) expect(r.text).not.toContain(geheim);
      await geweigerd(r);
      const l = await lijst(s, doel);
      expect(l.status).toBe(200);
      expect(ids(l)).not.toContain(casus.id);
    }
  });

  it('ZVH registers an exchange to GGZ with health data (art. 9); police and GGZ register theirs', async () => {
    const r = await call(zvh, 'POST', `/casussen/${casus.id}/uitwisselingen`, REGIE, {
      naar: [GGZ],
      betrokkenen: [hoofdId],
      categorieen: ['gezondheid'],
      proportionaliteit: PROPORTIONALITEIT,
      subsidiariteit: SUBSIDIARITEIT,
      inhoud: INHOUD_GGZ,
    });
    expect(r.status).toBe(201);
    const x = r.body as Uitwisseling;
    u.ggz = x.id;
    expect(x).toMatchObject({
      van: ZVH,
      naar: [{ organisatie: GGZ, ontvangenOp: null }],
      betrokkenen: [hoofdId],
      categorieen: ['gezondheid'],
      bijzonder: true,
      strafrechtelijk: false,
      inhoud: INHOUD_GGZ,
    });
    // Default: the theme's activity and its legal basis.
    expect(x.activiteit.id).toBe(`casus-${THEMA}`);
    expect(x.grondslag.length).toBeGreaterThan(5);
    await gelogd(r, REGIE, { bsns: [HOOFD.bsn!] });

    const p = await call(zvh, 'POST', `/casussen/${casus.id}/uitwisselingen`, REGIE, {
      naar: [POLITIE],
      betrokkenen: [hoofdId, kindId],
      categorieen: ['identificatie', 'justitiele-gegevens'],
      proportionaliteit: PROPORTIONALITEIT,
      subsidiariteit: SUBSIDIARITEIT,
      inhoud: INHOUD_POLITIE,
    });
    expect(p.status).toBe(201);
    u.politie = p.body.id as string;
    expect(p.body).toMatchObject({ bijzonder: false, strafrechtelijk: true });
    await gelogd(p, REGIE, { bsns: [HOOFD.bsn!, KIND.bsn!] });

    // A participant registers from its own organisation, under ketenpartner-deelname.
    const g = await call(ggz, 'POST', `/casussen/${casus.id}/uitwisselingen`, DEELNAME, {
      naar: [ZVH],
      betrokkenen: [hoofdId],
      categorieen: ['gezondheid'],
      proportionaliteit: PROPORTIONALITEIT,
      subsidiariteit: SUBSIDIARITEIT,
      inhoud: INHOUD_TERUG,
    });
    expect(g.status).toBe(201);
    u.terug = g.body.id as string;
    expect(g.body).toMatchObject({ van: GGZ, geregistreerdDoor: GGZ, bijzonder: true });
    await gelogd(g, DEELNAME, { bsns: [HOOFD.bsn!] });
    // ...but not on behalf of another organisation.
    const namens = await call(ggz, 'POST', `/casussen/${casus.id}/uitwisselingen`, DEELNAME, {
      van: POLITIE,
      naar: [ZVH],
      betrokkenen: [hoofdId],
      categorieen: ['identificatie'],
      proportionaliteit: PROPORTIONALITEIT,
      subsidiariteit: SUBSIDIARITEIT,
      inhoud: INHOUD_TERUG,
    });
    expect([400, 403, 422]).toContain(namens.status);
  });

  it('refuses persons of another case in an exchange or an informing decision', async () => {
    const [vreemd] = (await lees(wijkteam, SIGNALERING, afgewezen)).body
      .betrokkenen as Betrokkene[];
    expect(vreemd?.persoonId).toMatch(/^[0-9a-f-]{36}$/);
    const uitw = await call(zvh, 'POST', `/casussen/${casus.id}/uitwisselingen`, REGIE, {
      naar: [GGZ],
      betrokkenen: [vreemd?.persoonId],
      categorieen: ['identificatie'],
      proportionaliteit: PROPORTIONALITEIT,
      subsidiariteit: SUBSIDIARITEIT,
      inhoud: INHOUD_GEWEIGERD,
    });
    expect([400, 404, 422]).toContain(uitw.status);
    const inf = await call(
      zvh,
      'POST',
      `/casussen/${casus.id}/betrokkenen/${vreemd?.persoonId}/informeren`,
      REGIE,
      { besluit: 'geinformeerd', op: vandaag() },
    );
    expect(inf.status).toBe(404);
    // A participant that is not the scope owner cannot be changed through another case either.
    const scope = await call(zvh, 'PUT', `/casussen/${casus.id}/deelnemers/om-rotterdam`, REGIE, {
      categorieen: ['identificatie'],
    });
    expect([404, 409]).toContain(scope.status);
    expect((await lees(om, DEELNAME)).status).toBe(404);
  });

  it('ZVH registers an exchange on behalf of a participant; the register names who recorded it', async () => {
    const c = (await slechteCasussen()).actief;
    const r = await call(zvh, 'POST', `/casussen/${c.id}/uitwisselingen`, REGIE, {
      van: GGZ,
      naar: [WIJKTEAM],
      betrokkenen: [c.personen[0]?.persoonId],
      categorieen: ['identificatie'],
      proportionaliteit: 'Alleen de identificatie.',
      subsidiariteit: 'De GGZ vroeg het ZVH het door te geven.',
      inhoud: 'Namens de GGZ: persoon is in zorg.',
    });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ van: GGZ, geregistreerdDoor: ZVH });
    // GGZ sees it as its own; the wijkteam as recipient.
    const g = (await lees(ggz, DEELNAME, c.id)).body as Casus;
    expect(g.uitwisselingen.map((x) => x.id)).toContain(r.body.id);
    await gelogd(r, REGIE, { objectId: c.id, bsns: [c.personen[0]!.bsn] });
  });

  it("refuses an exchange outside a recipient's scope (422 buiten-scope, naming org and category) and stores nothing", async () => {
    const voor = (await lees(zvh, REGIE)).body as Casus;
    const body = {
      naar: [POLITIE],
      betrokkenen: [hoofdId],
      categorieen: ['gezondheid'],
      proportionaliteit: PROPORTIONALITEIT,
      subsidiariteit: SUBSIDIARITEIT,
      inhoud: INHOUD_GEWEIGERD,
    };
    const r = await call(zvh, 'POST', `/casussen/${casus.id}/uitwisselingen`, REGIE, body);
    expect(r.status).toBe(422);
    expect(r.contentType).toMatch(/application\/problem\+json/);
    expect(r.body.type).toBe('urn:schakel:probleem:buiten-scope');
    expect(r.body.detail).toContain(POLITIE);
    expect(r.body.detail).toContain('gezondheid');
    expect(r.text).not.toContain(INHOUD_GEWEIGERD);
    // Two recipients, one out of scope: refused as a whole.
    const gemengd = await call(zvh, 'POST', `/casussen/${casus.id}/uitwisselingen`, REGIE, {
      ...body,
      naar: [GGZ, POLITIE],
    });
    expect(gemengd.status).toBe(422);
    expect(gemengd.body.detail).toContain(POLITIE);
    // A participant cannot send outside the recipient's scope either.
    const vanGgz = await call(ggz, 'POST', `/casussen/${casus.id}/uitwisselingen`, DEELNAME, {
      ...body,
      naar: [POLITIE],
    });
    expect(vanGgz.status).toBe(422);
    // An organisation that does not take part is no recipient.
    const buiten = await call(zvh, 'POST', `/casussen/${casus.id}/uitwisselingen`, REGIE, {
      ...body,
      naar: ['om-rotterdam'],
      categorieen: ['identificatie'],
    });
    expect(buiten.status).toBe(422);
    expect(buiten.body.detail).toContain('om-rotterdam');

    const na = (await lees(zvh, REGIE)).body as Casus;
    expect(na.uitwisselingen.map((x) => x.id).sort()).toEqual(
      voor.uitwisselingen.map((x) => x.id).sort(),
    );
    expect(JSON.stringify(na)).not.toContain(INHOUD_GEWEIGERD);
    // The refusal is in the actor audit trail, and nothing was processed.
    await geweigerd(r);
    expect((await logs(r.traceId)).verwerking).toEqual([]);
  });

  it("a participant's refused exchange names the recipient and category, not the recipient's scope", async () => {
    const r = await call(ggz, 'POST', `/casussen/${casus.id}/uitwisselingen`, DEELNAME, {
      naar: [POLITIE],
      betrokkenen: [hoofdId],
      categorieen: ['gezondheid'],
      proportionaliteit: PROPORTIONALITEIT,
      subsidiariteit: SUBSIDIARITEIT,
      inhoud: INHOUD_GEWEIGERD,
    });
    expect(r.status).toBe(422);
    expect(r.body.detail).toContain(POLITIE);
    expect(r.body.detail).toContain('gezondheid');
    // Participants do not see each other's scopes (ADR 0017): not through this answer either.
    expect(r.body.detail).not.toMatch(/justiti/i);
  });

  it('the recipient acknowledges once (200, then 409); a non-recipient or outsider cannot', async () => {
    const pad = (id: string) => `/casussen/${casus.id}/uitwisselingen/${id}/ontvangst`;
    const politieNiet = await call(politie, 'POST', pad(u.ggz), DEELNAME);
    expect([403, 404]).toContain(politieNiet.status);
    await geweigerd(politieNiet);
    const omNiet = await call(om, 'POST', pad(u.ggz), DEELNAME);
    expect(omNiet.status).toBe(404);
    const zvhNiet = await call(zvh, 'POST', pad(u.ggz), DEELNAME);
    expect([403, 404]).toContain(zvhNiet.status);

    // Through another case in which GGZ takes part, the exchange does not exist.
    const ander = (await slechteCasussen()).actief;
    const via = await call(
      ggz,
      'POST',
      `/casussen/${ander.id}/uitwisselingen/${u.ggz}/ontvangst`,
      DEELNAME,
    );
    expect(via.status).toBe(404);

    const r = await call(ggz, 'POST', pad(u.ggz), DEELNAME);
    expect(r.status).toBe(200);
    const x = r.body as Uitwisseling;
    expect(x.id).toBe(u.ggz);
    expect(x.naar.find((n) => n.organisatie === GGZ)?.ontvangenOp).toEqual(expect.any(String));
    // The audit record names the case the exchange belongs to.
    await gelogd(r, DEELNAME, { objectId: casus.id });
    const nog = await call(ggz, 'POST', pad(u.ggz), DEELNAME);
    expect(nog.status).toBe(409);
    expect(nog.contentType).toMatch(/application\/problem\+json/);

    const p = await call(politie, 'POST', pad(u.politie), DEELNAME);
    expect(p.status).toBe(200);
    // The ZVH sees the acknowledgement.
    const regie = (await lees(zvh, REGIE)).body as Casus;
    const zichtbaar = regie.uitwisselingen.find((y) => y.id === u.ggz);
    expect(zichtbaar?.naar[0]?.ontvangenOp).toEqual(expect.any(String));
  });

  it('partners see only the exchanges they sent or received; the ZVH sees all', async () => {
    const regie = (await lees(zvh, REGIE)).body as Casus;
    expect(regie.uitwisselingen.map((x) => x.id).sort()).toEqual(
      [u.ggz, u.politie, u.terug].sort(),
    );
    const g = await lees(ggz, DEELNAME);
    expect((g.body as Casus).uitwisselingen.map((x) => x.id).sort()).toEqual(
      [u.ggz, u.terug].sort(),
    );
    expect(g.text).toContain(INHOUD_GGZ);
    expect(g.text).not.toContain(INHOUD_POLITIE);
    const p = await lees(politie, DEELNAME);
    expect((p.body as Casus).uitwisselingen.map((x) => x.id)).toEqual([u.politie]);
    expect(p.text).not.toContain(INHOUD_GGZ);
    expect(p.text).not.toContain(INHOUD_TERUG);
    for (const doel of [DEELNAME, SIGNALERING]) {
      const w = await lees(wijkteam, doel);
      expect(w.status).toBe(200);
      expect((w.body as Casus).uitwisselingen).toEqual([]);
      for (const inhoud of [INHOUD_GGZ, INHOUD_POLITIE, INHOUD_TERUG])
        expect(w.text).not.toContain(inhoud);
    }
  });

  it('break the glass on a casus: never by an outsider (403); the directing ZVH under its grant, for its FG to review', async () => {
    // Break the glass stays within its domain (ADR 0009): a VT worker cannot open a casus.
    const vt = await loginAs(t.url, 'demo-vt-rr-medewerker');
    expect((await lees(vt, DEELNAME)).status).toBe(404);
    const verantwoording =
      'Acuut gevaar voor het kind; de regievoerder is onbereikbaar en ik moet nu weten wie betrokken is.';
    const buiten = await call(vt, 'POST', '/doorbraken', DEELNAME, {
      onderwerpType: 'Casus',
      onderwerpId: casus.id,
      verantwoording,
      duurMinuten: 15,
    });
    expect(buiten.status).toBe(403);
    expect((await lees(vt, DEELNAME)).status).toBe(404);
    // The ZVH breaks the glass on a casus it directs; the read is logged under the grant.
    const grant = await call(zvh, 'POST', '/doorbraken', REGIE, {
      onderwerpType: 'Casus',
      onderwerpId: casus.id,
      verantwoording,
      duurMinuten: 15,
    });
    expect(grant.status).toBe(201);
    const r = await lees(zvh, REGIE);
    expect(r.status).toBe(200);
    expect((r.body as Casus).betrokkenen.map((b) => b.persoonId).sort()).toEqual(
      [hoofdId, kindId].sort(),
    );
    const [rec] = await ds.query<{ regel: string | null; resultaat: string }[]>(
      `SELECT regel, resultaat FROM actor_audit WHERE trace_id = $1 AND object_id = $2`,
      [r.traceId, casus.id],
    );
    expect(rec).toEqual({ resultaat: 'toegestaan', regel: `doorbraak:${String(grant.body.id)}` });
    expect((await logs(r.traceId)).verwerking.length).toBeGreaterThan(0);
    // The FG of the ZVH finds the grant to review.
    const fgLijst = await call(
      fgZvh,
      'GET',
      '/doorbraken/te-beoordelen',
      'verantwoording-toezicht',
    );
    expect(fgLijst.status).toBe(200);
    expect((fgLijst.body as { id: string }[]).map((d) => d.id)).toContain(grant.body.id);
  });

  it('gives the person timeline by BSN in a POST body: only cases in scope, no content', async () => {
    const r = await call(zvh, 'POST', '/casussen/personen/tijdlijn', REGIE, { bsn: HOOFD.bsn });
    expect(r.status).toBe(200);
    const regels = r.body as {
      id: string;
      nummer: string;
      uitwisselingen: Record<string, unknown>[];
    }[];
    const regel = regels.find((x) => x.id === casus.id);
    expect(regel?.nummer).toBe(casus.nummer);
    expect(regel?.uitwisselingen.map((x) => x.id)).toEqual(
      expect.arrayContaining([u.ggz, u.politie, u.terug]),
    );
    for (const x of regel?.uitwisselingen ?? []) expect(x).not.toHaveProperty('inhoud');
    for (const geheim of [INHOUD_GGZ, INHOUD_POLITIE, INHOUD_TERUG, HOOFD.bsn!])
      expect(r.text).not.toContain(geheim);
    await gelogd(r, REGIE, { bsns: [HOOFD.bsn!] });
    // The rejected case of another person is not on this person's timeline.
    expect(regels.map((x) => x.id)).not.toContain(afgewezen);
    // A valid BSN of nobody: an empty timeline.
    const niemand = await call(zvh, 'POST', '/casussen/personen/tijdlijn', REGIE, { bsn: bsn() });
    expect([niemand.status, niemand.body]).toEqual([200, []]);

    // GGZ has identificatie in its scope: the case; the OM takes no part: nothing.
    const g = await call(ggz, 'POST', '/casussen/personen/tijdlijn', DEELNAME, { bsn: HOOFD.bsn });
    expect(g.status).toBe(200);
    const ggzRegel = (g.body as { id: string; uitwisselingen: { id: string }[] }[]).find(
      (x) => x.id === casus.id,
    );
    // Like the case view: only the exchanges GGZ sent or received, not the police's.
    expect(ggzRegel?.uitwisselingen.map((x) => x.id).sort()).toEqual([u.ggz, u.terug].sort());
    expect(g.text).not.toContain(INHOUD_POLITIE);
    expect(g.text).not.toContain(u.politie);
    await gelogd(g, DEELNAME, { bsns: [HOOFD.bsn!] });
    // A search that finds nothing is logged too.
    expect((await logs(niemand.traceId)).audit.length).toBeGreaterThan(0);
    const o = await call(om, 'POST', '/casussen/personen/tijdlijn', DEELNAME, { bsn: HOOFD.bsn });
    expect([o.status, o.body]).toEqual([200, []]);
    const d = await call(dordrecht, 'POST', '/casussen/personen/tijdlijn', DEELNAME, {
      bsn: HOOFD.bsn,
    });
    expect([d.status, d.body]).toEqual([200, []]);
  });

  it('removing a participant ends its access at once (404, gone from its list)', async () => {
    const r = await call(zvh, 'DELETE', `/casussen/${casus.id}/deelnemers/${POLITIE}`, REGIE);
    expect(r.status).toBe(200);
    const deelname = (r.body as Casus).deelnemers.find((d) => d.organisatie === POLITIE);
    expect(deelname?.beeindigdOp).toEqual(expect.any(String));
    await gelogd(r, REGIE, { objectId: casus.id });
    const lezen = await lees(politie, DEELNAME);
    expect(lezen.status).toBe(404);
    await geweigerd(lezen);
    expect(ids(await lijst(politie, DEELNAME))).not.toContain(casus.id);
    const tijdlijn = await call(politie, 'POST', '/casussen/personen/tijdlijn', DEELNAME, {
      bsn: HOOFD.bsn,
    });
    expect((tijdlijn.body as { id: string }[]).map((x) => x.id)).not.toContain(casus.id);
    // No longer a recipient of new exchanges, nor able to send one.
    const naar = await call(zvh, 'POST', `/casussen/${casus.id}/uitwisselingen`, REGIE, {
      naar: [POLITIE],
      betrokkenen: [hoofdId],
      categorieen: ['identificatie'],
      proportionaliteit: PROPORTIONALITEIT,
      subsidiariteit: SUBSIDIARITEIT,
      inhoud: INHOUD_GEWEIGERD,
    });
    expect(naar.status).toBe(422);
    const van = await call(politie, 'POST', `/casussen/${casus.id}/uitwisselingen`, DEELNAME, {
      naar: [ZVH],
      betrokkenen: [hoofdId],
      categorieen: ['identificatie'],
      proportionaliteit: PROPORTIONALITEIT,
      subsidiariteit: SUBSIDIARITEIT,
      inhoud: INHOUD_GEWEIGERD,
    });
    expect(van.status).toBe(404);
    // Removing twice: out of order; an ended participation cannot be widened either.
    const nog = await call(zvh, 'DELETE', `/casussen/${casus.id}/deelnemers/${POLITIE}`, REGIE);
    expect([404, 409]).toContain(nog.status);
    const scope = await call(zvh, 'PUT', `/casussen/${casus.id}/deelnemers/${POLITIE}`, REGIE, {
      categorieen: ['identificatie', 'woonsituatie'],
    });
    expect(scope.status).toBe(404);
    expect((await lees(politie, DEELNAME)).status).toBe(404);
    // Invited again, the police take part again; removed again, they are gone again.
    const weer = await call(zvh, 'POST', `/casussen/${casus.id}/deelnemers`, REGIE, {
      organisatie: POLITIE,
      categorieen: ['identificatie'],
    });
    expect(weer.status).toBe(201);
    expect((await lees(politie, DEELNAME)).status).toBe(200);
    expect(
      (await call(zvh, 'DELETE', `/casussen/${casus.id}/deelnemers/${POLITIE}`, REGIE)).status,
    ).toBe(200);
    expect((await lees(politie, DEELNAME)).status).toBe(404);
  });

  it('records informing: informed on a date, or not informed with a reason and explanation', async () => {
    const ja = await call(
      zvh,
      'POST',
      `/casussen/${casus.id}/betrokkenen/${hoofdId}/informeren`,
      REGIE,
      { besluit: 'geinformeerd', op: vandaag() },
    );
    expect(ja.status).toBe(200);
    const hoofd = (ja.body as Casus).betrokkenen.find((b) => b.persoonId === hoofdId);
    expect(hoofd?.informeren).toMatchObject({ besluit: 'geinformeerd', op: vandaag() });
    await gelogd(ja, REGIE, { bsns: [HOOFD.bsn!] });
    const nee = await call(
      zvh,
      'POST',
      `/casussen/${casus.id}/betrokkenen/${kindId}/informeren`,
      REGIE,
      { besluit: 'niet-informeren', reden: 'veiligheidsrisico', toelichting: TOELICHTING },
    );
    expect(nee.status).toBe(200);
    const kind = (nee.body as Casus).betrokkenen.find((b) => b.persoonId === kindId);
    expect(kind?.informeren).toMatchObject({
      besluit: 'niet-informeren',
      reden: 'veiligheidsrisico',
      toelichting: TOELICHTING,
    });
    await gelogd(nee, REGIE, { bsns: [KIND.bsn!] });
    // Informing decisions are for the sleutelpartner and the ZVH, not for the partners.
    const g = await lees(ggz, DEELNAME);
    expect(g.status).toBe(200);
    expect(g.text).not.toContain(TOELICHTING);
    expect(g.text).not.toContain('veiligheidsrisico');
    // A person of another case is not a person of this one.
    const vreemd = await call(
      zvh,
      'POST',
      `/casussen/${casus.id}/betrokkenen/${randomUUID()}/informeren`,
      REGIE,
      { besluit: 'geinformeerd', op: vandaag() },
    );
    expect(vreemd.status).toBe(404);
    // Only the ZVH records it.
    const ggzNiet = await call(
      ggz,
      'POST',
      `/casussen/${casus.id}/betrokkenen/${hoofdId}/informeren`,
      DEELNAME,
      { besluit: 'geinformeerd', op: vandaag() },
    );
    expect([403, 404]).toContain(ggzNiet.status);
  });

  it('closes only after re-review of "not informed"; retention from the theme; all access ends', async () => {
    const zonder = await call(zvh, 'POST', `/casussen/${casus.id}/afsluiting`, REGIE, {
      reden: SLUITREDEN,
      herbeoordelingen: [],
    });
    expect(zonder.status).toBe(422);
    expect(zonder.body.type).toBe('urn:schakel:probleem:informeren-niet-herbeoordeeld');
    expect((await lees(zvh, REGIE)).body.status).toBe('actief');

    const r = await call(zvh, 'POST', `/casussen/${casus.id}/afsluiting`, REGIE, {
      reden: SLUITREDEN,
      herbeoordelingen: [
        {
          persoonId: kindId,
          besluit: 'niet-informeren',
          reden: 'veiligheidsrisico',
          toelichting: TOELICHTING,
        },
      ],
    });
    expect(r.status).toBe(200);
    const c = r.body as Casus;
    expect(c.status).toBe('afgesloten');
    expect(c.afgeslotenOp).toEqual(expect.any(String));
    const jaren = Number(/^P(\d+)Y$/.exec(bewaartermijn)?.[1]);
    expect(jaren).toBeGreaterThan(0);
    // The closing day in the Amsterdam calendar, as the server counts it, plus the term.
    const verwacht = new Date(`${vandaagInAmsterdam(new Date(c.afgeslotenOp!))}T12:00:00Z`);
    verwacht.setUTCFullYear(verwacht.getUTCFullYear() + jaren);
    expect(c.bewaarTot?.slice(0, 10)).toBe(verwacht.toISOString().slice(0, 10));
    expect(c.deelnemers.every((d) => d.beeindigdOp !== null)).toBe(true);
    const kind = c.betrokkenen.find((b) => b.persoonId === kindId);
    expect(kind?.informeren).toMatchObject({ herbeoordeeldOp: expect.any(String) });
    await gelogd(r, REGIE, { objectId: casus.id });

    for (const s of [ggz, wijkteam]) {
      const weg = await lees(s, DEELNAME);
      expect(weg.status).toBe(404);
      expect(ids(await lijst(s, DEELNAME))).not.toContain(casus.id);
    }
    expect(
      (
        await call(
          ggz,
          'POST',
          `/casussen/${casus.id}/uitwisselingen/${u.terug}/ontvangst`,
          DEELNAME,
        )
      ).status,
    ).toBe(404);
    // The ZVH keeps the record; nothing can change any more.
    expect((await lees(zvh, REGIE)).body.status).toBe('afgesloten');
    const uitnodiging = await call(zvh, 'POST', `/casussen/${casus.id}/deelnemers`, REGIE, {
      organisatie: POLITIE,
      categorieen: ['identificatie'],
    });
    expect(uitnodiging.status).toBe(409);
    const nogEens = await call(zvh, 'POST', `/casussen/${casus.id}/afsluiting`, REGIE, {
      reden: SLUITREDEN,
      herbeoordelingen: [],
    });
    expect(nogEens.status).toBe(409);
    const uitwisseling = await call(zvh, 'POST', `/casussen/${casus.id}/uitwisselingen`, REGIE, {
      naar: [GGZ],
      betrokkenen: [hoofdId],
      categorieen: ['identificatie'],
      proportionaliteit: PROPORTIONALITEIT,
      subsidiariteit: SUBSIDIARITEIT,
      inhoud: INHOUD_GEWEIGERD,
    });
    expect([409, 422]).toContain(uitwisseling.status);
  });

  it('after closure the sleutelpartner keeps its own casus under its own purpose, not as a participant', async () => {
    // The flow's case is closed: "all participations end". The wijkteam registered it: the
    // hand-back reaches it under casus-signalering-opschaling (its signal, the persons it
    // registered as identified), never under ketenpartner-deelname.
    const gesloten = await lees(wijkteam, SIGNALERING);
    expect([gesloten.status, gesloten.body.status]).toEqual([200, 'afgesloten']);
    expect(gesloten.text.includes(HOOFD.achternaam!)).toBe(true);
    expect(gesloten.text.includes(HOOFD.straat!)).toBe(false);
    expect(ids(await lijst(wijkteam, SIGNALERING))).toContain(casus.id);
    expect((await lees(wijkteam, DEELNAME)).status).toBe(404);
    for (const [doel, zichtbaar] of [
      [SIGNALERING, true],
      [DEELNAME, false],
    ] as const) {
      const tijdlijn = await call(wijkteam, 'POST', '/casussen/personen/tijdlijn', doel, {
        bsn: HOOFD.bsn,
      });
      expect(tijdlijn.status).toBe(200);
      expect((tijdlijn.body as { id: string }[]).map((x) => x.id).includes(casus.id)).toBe(
        zichtbaar,
      );
    }
    // Removed by the ZVH from an active case: gone under both purposes.
    const c = await maakCasus(wijkteam, zvh, {
      tot: 'actief',
      deelnemers: [{ organisatie: GGZ, categorieen: ['identificatie'] }],
    });
    const weg = await call(zvh, 'DELETE', `/casussen/${c.id}/deelnemers/${WIJKTEAM}`, REGIE);
    expect(weg.status).toBe(200);
    expect((await lees(wijkteam, DEELNAME, c.id)).status).toBe(404);
    expect((await lees(wijkteam, SIGNALERING, c.id)).status).toBe(404);
  });

  it('the FG of the ZVH sees register metadata and flows, never content, reasoning or persons', async () => {
    const r = await call(
      fgZvh,
      'GET',
      `/uitwisselingsregister?vanaf=${dagen(-1)}&tot=${dagen(1)}`,
      TOEZICHT,
    );
    expect(r.status).toBe(200);
    const reg = r.body as {
      uitwisselingen: (Record<string, unknown> & { id: string; casusNummer: string })[];
      stromen: { van: string; naar: string; categorie: string; aantal: number }[];
    };
    const eigen = reg.uitwisselingen.filter((x) => x.casusNummer === casus.nummer);
    expect(eigen.map((x) => x.id).sort()).toEqual([u.ggz, u.politie, u.terug].sort());
    expect(eigen.find((x) => x.id === u.ggz)).toMatchObject({
      van: ZVH,
      categorieen: ['gezondheid'],
      bijzonder: true,
      strafrechtelijk: false,
    });
    expect(eigen.find((x) => x.id === u.politie)).toMatchObject({ strafrechtelijk: true });
    expect(reg.stromen).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ van: ZVH, naar: GGZ, categorie: 'gezondheid' }),
        expect.objectContaining({ van: GGZ, naar: ZVH, categorie: 'gezondheid' }),
        expect.objectContaining({ van: ZVH, naar: POLITIE, categorie: 'justitiele-gegevens' }),
      ]),
    );
    for (const x of eigen) {
      for (const veld of ['inhoud', 'betrokkenen', 'proportionaliteit', 'subsidiariteit'])
        expect([x.id, veld, x[veld]]).toEqual([x.id, veld, undefined]);
    }
    const geheimen = [
      ...PERSOONSGEGEVENS,
      ...TEKSTEN,
      PROPORTIONALITEIT,
      SUBSIDIARITEIT,
      hoofdId,
      kindId,
    ];
    expect(geheimen.filter((g) => r.text.includes(g))).toEqual([]);
    await gelogd(r, TOEZICHT, { verwerking: false });
    // Without the register's activity or as another role: refused.
    expect((await call(fgZvh, 'GET', '/uitwisselingsregister', undefined)).status).toBe(400);
    expect((await call(fgZvh, 'GET', '/uitwisselingsregister', REGIE)).status).toBe(403);
    expect((await call(zvh, 'GET', '/uitwisselingsregister', TOEZICHT)).status).toBe(403);
    // The FG cannot read the case itself.
    expect([403, 404]).toContain((await lees(fgZvh, TOEZICHT)).status);
  });

  it('the FG of an organisation not involved sees none of it', async () => {
    const r = await call(
      fgVt,
      'GET',
      `/uitwisselingsregister?vanaf=${dagen(-1)}&tot=${dagen(1)}`,
      TOEZICHT,
    );
    expect(r.status).toBe(200);
    expect(r.text).not.toContain(casus.nummer);
    for (const id of [u.ggz, u.politie, u.terug]) expect(r.text).not.toContain(id);
    const stromen = (r.body as { stromen: { van: string; naar: string }[] }).stromen;
    expect(stromen.filter((s) => s.van === ZVH || s.naar === ZVH)).toEqual([]);
  });

  it('concurrent repeats of one step: one succeeds, the others get 409, never a 500', async () => {
    const tel = (rs: Antwoord[]) => rs.map((r) => r.status).sort();
    // Escalating twice at the same moment.
    const a = await maakCasus(wijkteam, zvh, { tot: 'aangemeld' });
    const op = await Promise.all(
      [1, 2, 3].map(() =>
        call(wijkteam, 'POST', `/casussen/${a.id}/opschaling`, SIGNALERING, {
          criteria: ALLE_CRITERIA,
          motivering: 'Gelijktijdig opgeschaald.',
        }),
      ),
    );
    expect(tel(op)).toEqual([200, 409, 409]);
    // Triage twice.
    const tr = await Promise.all(
      [1, 2, 3].map(() =>
        call(zvh, 'POST', `/casussen/${a.id}/triage`, REGIE, { besluit: 'accepteren' }),
      ),
    );
    expect(tel(tr)).toEqual([200, 409, 409]);
    // The same organisation invited twice.
    const uit = await Promise.all(
      [1, 2, 3].map(() =>
        call(zvh, 'POST', `/casussen/${a.id}/deelnemers`, REGIE, {
          organisatie: GGZ,
          categorieen: ['identificatie'],
        }),
      ),
    );
    expect(tel(uit)).toEqual([201, 409, 409]);
    const na = (await lees(zvh, REGIE, a.id)).body as Casus;
    expect(na.deelnemers.filter((d) => d.organisatie === GGZ)).toHaveLength(1);
    // One exchange acknowledged twice.
    const x = await call(zvh, 'POST', `/casussen/${a.id}/uitwisselingen`, REGIE, {
      naar: [GGZ],
      betrokkenen: [a.personen[0]?.persoonId],
      categorieen: ['identificatie'],
      proportionaliteit: 'Alleen wat nodig is.',
      subsidiariteit: 'Geen lichter middel.',
      inhoud: 'Adres voor een huisbezoek.',
    });
    expect(x.status).toBe(201);
    const ack = await Promise.all(
      [1, 2, 3].map(() =>
        call(
          ggz,
          'POST',
          `/casussen/${a.id}/uitwisselingen/${String(x.body.id)}/ontvangst`,
          DEELNAME,
        ),
      ),
    );
    expect(tel(ack)).toEqual([200, 409, 409]);
    // A person without any informing decision must be decided at closure.
    const zonder = await call(zvh, 'POST', `/casussen/${a.id}/afsluiting`, REGIE, {
      reden: 'Klaar.',
      herbeoordelingen: [],
    });
    expect([zonder.status, zonder.body.type]).toEqual([
      422,
      'urn:schakel:probleem:informeren-niet-herbeoordeeld',
    ]);
    const sluit = await Promise.all(
      [1, 2].map(() =>
        call(zvh, 'POST', `/casussen/${a.id}/afsluiting`, REGIE, {
          reden: 'Klaar.',
          herbeoordelingen: [
            { persoonId: a.personen[0]?.persoonId, besluit: 'geinformeerd', op: vandaag() },
          ],
        }),
      ),
    );
    expect(tel(sluit)).toEqual([200, 409]);
  });

  /** A case for the bad-input table: active, GGZ invited; and one only registered. */
  let slecht:
    Promise<{ actief: GemaakteCasus; aangemeld: GemaakteCasus; triage: GemaakteCasus }> | undefined;
  const slechteCasussen = () =>
    (slecht ??= (async () => ({
      actief: await maakCasus(wijkteam, zvh, {
        tot: 'actief',
        deelnemers: [{ organisatie: GGZ, categorieen: ['identificatie'] }],
      }),
      aangemeld: await maakCasus(wijkteam, zvh, { tot: 'aangemeld' }),
      triage: await maakCasus(wijkteam, zvh, { tot: 'in-triage' }),
    }))());
  type Ctx = Awaited<ReturnType<typeof slechteCasussen>>;
  const geldigeAanmelding = () => ({
    themaId: 'jeugd',
    aanleiding: 'Zorgen over een gezin.',
    levensdomeinen: ['opvoeding'],
    betrokkenen: [persoon('hoofdpersoon')],
  });
  const geldigeUitwisseling = (c: Ctx) => ({
    naar: [GGZ],
    betrokkenen: [c.actief.personen[0]?.persoonId],
    categorieen: ['identificatie'],
    proportionaliteit: 'Alleen wat nodig is.',
    subsidiariteit: 'Geen lichter middel.',
    inhoud: 'Contactgegevens voor een huisbezoek.',
  });
  const ONGELDIG_BSN = '123456789';
  type Geval = [
    naam: string,
    wie: () => Session,
    method: string,
    pad: (c: Ctx) => string,
    doel: string,
    body: ((c: Ctx) => unknown) | undefined,
    verwacht: number[],
    veld?: string,
  ];
  const aanmeld = (patch: Record<string, unknown>) => () => ({ ...geldigeAanmelding(), ...patch });
  const persoonMet = (patch: Record<string, unknown>) => () => ({
    ...geldigeAanmelding(),
    betrokkenen: [{ ...persoon('hoofdpersoon'), ...patch }],
  });
  const uitw = (patch: Record<string, unknown>) => (c: Ctx) => ({
    ...geldigeUitwisseling(c),
    ...patch,
  });
  const W = () => wijkteam;
  const Z = () => zvh;
  const G = () => ggz;
  const F = () => fgZvh;
  const actief = (c: Ctx) => `/casussen/${c.actief.id}`;
  const GEVALLEN: Geval[] = [
    [
      'onbekend thema',
      W,
      'POST',
      () => '/casussen',
      SIGNALERING,
      aanmeld({ themaId: 'bestaat-niet' }),
      [400, 422],
      'themaId',
    ],
    [
      'thema als getal',
      W,
      'POST',
      () => '/casussen',
      SIGNALERING,
      aanmeld({ themaId: 42 }),
      [400],
      'themaId',
    ],
    [
      'onbekend leefdomein',
      W,
      'POST',
      () => '/casussen',
      SIGNALERING,
      aanmeld({ levensdomeinen: ['geluk'] }),
      [400],
      'levensdomeinen',
    ],
    [
      'leefdomeinen als tekst',
      W,
      'POST',
      () => '/casussen',
      SIGNALERING,
      aanmeld({ levensdomeinen: 'wonen' }),
      [400],
      'levensdomeinen',
    ],
    [
      'geen leefdomein',
      W,
      'POST',
      () => '/casussen',
      SIGNALERING,
      aanmeld({ levensdomeinen: [] }),
      [400],
      'levensdomeinen',
    ],
    [
      'geen betrokkenen',
      W,
      'POST',
      () => '/casussen',
      SIGNALERING,
      aanmeld({ betrokkenen: [] }),
      [400],
      'betrokkenen',
    ],
    [
      'elf betrokkenen',
      W,
      'POST',
      () => '/casussen',
      SIGNALERING,
      aanmeld({ betrokkenen: Array.from({ length: 11 }, () => persoon('overig')) }),
      [400],
      'betrokkenen',
    ],
    [
      'betrokkenen als object',
      W,
      'POST',
      () => '/casussen',
      SIGNALERING,
      aanmeld({ betrokkenen: { rol: 'hoofdpersoon' } }),
      [400],
      'betrokkenen',
    ],
    [
      'BSN faalt de 11-proef',
      W,
      'POST',
      () => '/casussen',
      SIGNALERING,
      persoonMet({ bsn: ONGELDIG_BSN }),
      [400],
      'bsn',
    ],
    [
      'BSN als getal',
      W,
      'POST',
      () => '/casussen',
      SIGNALERING,
      persoonMet({ bsn: 123456782 }),
      [400],
      'bsn',
    ],
    [
      'onbekende rol',
      W,
      'POST',
      () => '/casussen',
      SIGNALERING,
      persoonMet({ rol: 'baas' }),
      [400],
      'rol',
    ],
    [
      'geboortedatum geen datum',
      W,
      'POST',
      () => '/casussen',
      SIGNALERING,
      persoonMet({ geboortedatum: 'gisteren' }),
      [400],
      'geboortedatum',
    ],
    [
      'achternaam als object',
      W,
      'POST',
      () => '/casussen',
      SIGNALERING,
      persoonMet({ achternaam: { x: 1 } }),
      [400],
      'achternaam',
    ],
    [
      'te lange achternaam',
      W,
      'POST',
      () => '/casussen',
      SIGNALERING,
      persoonMet({ achternaam: 'x'.repeat(5000) }),
      [400],
      'achternaam',
    ],
    [
      'te lange aanleiding',
      W,
      'POST',
      () => '/casussen',
      SIGNALERING,
      aanmeld({ aanleiding: 'x'.repeat(4001) }),
      [400],
      'aanleiding',
    ],
    [
      'lege aanleiding',
      W,
      'POST',
      () => '/casussen',
      SIGNALERING,
      aanmeld({ aanleiding: '' }),
      [400],
      'aanleiding',
    ],
    [
      'aanleiding null',
      W,
      'POST',
      () => '/casussen',
      SIGNALERING,
      aanmeld({ aanleiding: null }),
      [400],
      'aanleiding',
    ],
    [
      'reusachtige aanleiding (2 MB)',
      W,
      'POST',
      () => '/casussen',
      SIGNALERING,
      aanmeld({ aanleiding: 'x'.repeat(2_000_000) }),
      [400, 413],
    ],
    [
      'body is een lijst',
      W,
      'POST',
      () => '/casussen',
      SIGNALERING,
      () => [geldigeAanmelding()],
      [400],
    ],
    [
      'kapotte JSON',
      W,
      'POST',
      () => '/casussen',
      SIGNALERING,
      () => new Ruw('{"themaId": "jeugd",'),
      [400],
    ],
    ['geen uuid', W, 'GET', () => '/casussen/niet-een-uuid', SIGNALERING, undefined, [400, 404]],
    [
      'SQL in het id',
      W,
      'GET',
      () => `/casussen/${encodeURIComponent("1' OR '1'='1")}`,
      SIGNALERING,
      undefined,
      [400, 404],
    ],
    ['onbekend uuid', W, 'GET', () => `/casussen/${randomUUID()}`, SIGNALERING, undefined, [404]],
    [
      'onbekende status',
      W,
      'GET',
      () => '/casussen?status=onzin',
      SIGNALERING,
      undefined,
      [400],
      'status',
    ],
    [
      'criteria als tekst',
      W,
      'POST',
      (c) => `/casussen/${c.aangemeld.id}/opschaling`,
      SIGNALERING,
      () => ({ criteria: 'ja', motivering: 'm' }),
      [400],
      'criteria',
    ],
    [
      'criterium ontbreekt',
      W,
      'POST',
      (c) => `/casussen/${c.aangemeld.id}/opschaling`,
      SIGNALERING,
      () => ({
        criteria: { meerdereLeefdomeinen: true, meerdereKetens: true, impactOmgeving: true },
        motivering: 'm',
      }),
      [400],
      'ernstigeVeiligheidsproblemen',
    ],
    [
      'criterium als tekst',
      W,
      'POST',
      (c) => `/casussen/${c.aangemeld.id}/opschaling`,
      SIGNALERING,
      () => ({ criteria: { ...ALLE_CRITERIA, impactOmgeving: 'true' }, motivering: 'm' }),
      [400],
      'impactOmgeving',
    ],
    [
      'te lange motivering',
      W,
      'POST',
      (c) => `/casussen/${c.aangemeld.id}/opschaling`,
      SIGNALERING,
      () => ({ criteria: ALLE_CRITERIA, motivering: 'x'.repeat(4001) }),
      [400],
      'motivering',
    ],
    [
      'opschaling zonder motivering',
      W,
      'POST',
      (c) => `/casussen/${c.aangemeld.id}/opschaling`,
      SIGNALERING,
      () => ({ criteria: ALLE_CRITERIA }),
      [400],
      'motivering',
    ],
    [
      'opschaling op geen uuid',
      W,
      'POST',
      () => '/casussen/niet-een-uuid/opschaling',
      SIGNALERING,
      () => ({ criteria: ALLE_CRITERIA, motivering: 'm' }),
      [400, 404],
    ],
    [
      'onbekend triagebesluit',
      Z,
      'POST',
      (c) => `/casussen/${c.triage.id}/triage`,
      REGIE,
      () => ({ besluit: 'misschien' }),
      [400],
      'besluit',
    ],
    [
      'onbekende procesregisseur',
      Z,
      'POST',
      (c) => `/casussen/${c.triage.id}/triage`,
      REGIE,
      () => ({ besluit: 'accepteren', procesregisseurId: 'demo-politie-1' }),
      [400, 422],
      'procesregisseurId',
    ],
    [
      'te lange afwijsreden',
      Z,
      'POST',
      (c) => `/casussen/${c.triage.id}/triage`,
      REGIE,
      () => ({ besluit: 'afwijzen', reden: 'x'.repeat(100_000) }),
      [400],
      'reden',
    ],
    [
      'onbekende organisatie uitnodigen',
      Z,
      'POST',
      (c) => `${actief(c)}/deelnemers`,
      REGIE,
      () => ({ organisatie: 'bestaat-niet', categorieen: ['identificatie'] }),
      [400, 404, 422],
      'organisatie',
    ],
    [
      'organisatie als getal',
      Z,
      'POST',
      (c) => `${actief(c)}/deelnemers`,
      REGIE,
      () => ({ organisatie: 7, categorieen: ['identificatie'] }),
      [400],
      'organisatie',
    ],
    [
      'onbekende categorie',
      Z,
      'POST',
      (c) => `${actief(c)}/deelnemers`,
      REGIE,
      () => ({ organisatie: 'om-rotterdam', categorieen: ['geheimen'] }),
      [400],
      'categorieen',
    ],
    [
      'geen categorie',
      Z,
      'POST',
      (c) => `${actief(c)}/deelnemers`,
      REGIE,
      () => ({ organisatie: 'om-rotterdam', categorieen: [] }),
      [400],
      'categorieen',
    ],
    [
      'categorieen als tekst',
      Z,
      'POST',
      (c) => `${actief(c)}/deelnemers`,
      REGIE,
      () => ({ organisatie: 'om-rotterdam', categorieen: 'identificatie' }),
      [400],
      'categorieen',
    ],
    [
      'scope van onbekende organisatie',
      Z,
      'PUT',
      (c) => `${actief(c)}/deelnemers/bestaat-niet`,
      REGIE,
      () => ({ categorieen: ['identificatie'] }),
      [400, 404, 422],
    ],
    [
      'scope met onbekende categorie',
      Z,
      'PUT',
      (c) => `${actief(c)}/deelnemers/${GGZ}`,
      REGIE,
      () => ({ categorieen: ['x'] }),
      [400],
      'categorieen',
    ],
    [
      'onbekende deelnemer verwijderen',
      Z,
      'DELETE',
      (c) => `${actief(c)}/deelnemers/bestaat-niet`,
      REGIE,
      undefined,
      [400, 404, 422],
    ],
    [
      'deelnemers op geen uuid',
      Z,
      'POST',
      () => '/casussen/niet-een-uuid/deelnemers',
      REGIE,
      () => ({ organisatie: GGZ, categorieen: ['identificatie'] }),
      [400, 404],
    ],
    [
      'betrokkene geen uuid',
      Z,
      'POST',
      (c) => `${actief(c)}/uitwisselingen`,
      REGIE,
      uitw({ betrokkenen: ['niet-een-uuid'] }),
      [400, 404, 422],
      'betrokkenen',
    ],
    [
      'betrokkene van geen casus',
      Z,
      'POST',
      (c) => `${actief(c)}/uitwisselingen`,
      REGIE,
      uitw({ betrokkenen: [randomUUID()] }),
      [400, 404, 422],
    ],
    [
      'geen betrokkene',
      Z,
      'POST',
      (c) => `${actief(c)}/uitwisselingen`,
      REGIE,
      uitw({ betrokkenen: [] }),
      [400],
      'betrokkenen',
    ],
    [
      'onbekende ontvanger',
      Z,
      'POST',
      (c) => `${actief(c)}/uitwisselingen`,
      REGIE,
      uitw({ naar: ['bestaat-niet'] }),
      [400, 404, 422],
      'bestaat-niet',
    ],
    [
      'geen ontvanger',
      Z,
      'POST',
      (c) => `${actief(c)}/uitwisselingen`,
      REGIE,
      uitw({ naar: [] }),
      [400],
      'naar',
    ],
    [
      'ontvanger als tekst',
      Z,
      'POST',
      (c) => `${actief(c)}/uitwisselingen`,
      REGIE,
      uitw({ naar: GGZ }),
      [400],
      'naar',
    ],
    [
      'onbekende categorie uitwisseling',
      Z,
      'POST',
      (c) => `${actief(c)}/uitwisselingen`,
      REGIE,
      uitw({ categorieen: ['geheim'] }),
      [400],
      'categorieen',
    ],
    [
      'te lange inhoud',
      Z,
      'POST',
      (c) => `${actief(c)}/uitwisselingen`,
      REGIE,
      uitw({ inhoud: 'x'.repeat(8001) }),
      [400],
      'inhoud',
    ],
    [
      'inhoud als getal',
      Z,
      'POST',
      (c) => `${actief(c)}/uitwisselingen`,
      REGIE,
      uitw({ inhoud: 42 }),
      [400],
      'inhoud',
    ],
    [
      'te lange proportionaliteit',
      Z,
      'POST',
      (c) => `${actief(c)}/uitwisselingen`,
      REGIE,
      uitw({ proportionaliteit: 'x'.repeat(2001) }),
      [400],
      'proportionaliteit',
    ],
    [
      'geen subsidiariteit',
      Z,
      'POST',
      (c) => `${actief(c)}/uitwisselingen`,
      REGIE,
      uitw({ subsidiariteit: undefined }),
      [400],
      'subsidiariteit',
    ],
    [
      'onbekende activiteit',
      Z,
      'POST',
      (c) => `${actief(c)}/uitwisselingen`,
      REGIE,
      uitw({ activiteitId: 'bestaat-niet' }),
      [400, 422],
      'activiteitId',
    ],
    [
      'onbekende afzender',
      Z,
      'POST',
      (c) => `${actief(c)}/uitwisselingen`,
      REGIE,
      uitw({ van: 'bestaat-niet' }),
      [400, 422],
      'van',
    ],
    [
      'ontvangst op geen uuid',
      G,
      'POST',
      (c) => `${actief(c)}/uitwisselingen/niet-een-uuid/ontvangst`,
      DEELNAME,
      undefined,
      [400, 404],
    ],
    [
      'ontvangst op onbekende uitwisseling',
      G,
      'POST',
      (c) => `${actief(c)}/uitwisselingen/${randomUUID()}/ontvangst`,
      DEELNAME,
      undefined,
      [404],
    ],
    [
      'informeren van geen uuid',
      Z,
      'POST',
      (c) => `${actief(c)}/betrokkenen/niet-een-uuid/informeren`,
      REGIE,
      () => ({ besluit: 'geinformeerd', op: vandaag() }),
      [400, 404],
    ],
    [
      'onbekend informeerbesluit',
      Z,
      'POST',
      (c) => `${actief(c)}/betrokkenen/${c.actief.personen[0]?.persoonId}/informeren`,
      REGIE,
      () => ({ besluit: 'misschien' }),
      [400],
      'besluit',
    ],
    [
      'onbekende reden niet informeren',
      Z,
      'POST',
      (c) => `${actief(c)}/betrokkenen/${c.actief.personen[0]?.persoonId}/informeren`,
      REGIE,
      () => ({ besluit: 'niet-informeren', reden: 'geen-zin', toelichting: 't' }),
      [400],
      'reden',
    ],
    [
      'niet informeren zonder toelichting',
      Z,
      'POST',
      (c) => `${actief(c)}/betrokkenen/${c.actief.personen[0]?.persoonId}/informeren`,
      REGIE,
      () => ({ besluit: 'niet-informeren', reden: 'veiligheidsrisico' }),
      [400],
      'toelichting',
    ],
    [
      'informeerdatum geen datum',
      Z,
      'POST',
      (c) => `${actief(c)}/betrokkenen/${c.actief.personen[0]?.persoonId}/informeren`,
      REGIE,
      () => ({ besluit: 'geinformeerd', op: 'gisteren' }),
      [400],
      'op',
    ],
    [
      'te lange sluitreden',
      Z,
      'POST',
      (c) => `${actief(c)}/afsluiting`,
      REGIE,
      () => ({ reden: 'x'.repeat(2001), herbeoordelingen: [] }),
      [400],
      'reden',
    ],
    [
      'herbeoordelingen als tekst',
      Z,
      'POST',
      (c) => `${actief(c)}/afsluiting`,
      REGIE,
      () => ({ reden: 'klaar', herbeoordelingen: 'geen' }),
      [400],
      'herbeoordelingen',
    ],
    [
      'herbeoordeling van geen uuid',
      Z,
      'POST',
      (c) => `${actief(c)}/afsluiting`,
      REGIE,
      () => ({
        reden: 'klaar',
        herbeoordelingen: [{ persoonId: 'x', besluit: 'geinformeerd', op: vandaag() }],
      }),
      [400, 404, 422],
    ],
    [
      'onbekende gemeentecode',
      W,
      'POST',
      () => '/casussen',
      SIGNALERING,
      persoonMet({ gemeenteCode: 'GM9999' }),
      [400],
      'gemeenteCode',
    ],
    [
      'status twee keer in de query',
      W,
      'GET',
      () => '/casussen?status=actief&status=afgesloten',
      SIGNALERING,
      undefined,
      [400],
    ],
    [
      'tekst in plaats van JSON',
      W,
      'POST',
      () => '/casussen',
      SIGNALERING,
      () => new Ruw('themaId=jeugd', 'text/plain'),
      [400, 415],
    ],
    [
      'geinformeerd in de toekomst',
      Z,
      'POST',
      (c) => `${actief(c)}/betrokkenen/${c.actief.personen[0]?.persoonId}/informeren`,
      REGIE,
      () => ({ besluit: 'geinformeerd', op: '2099-01-01' }),
      [400, 422],
      'op',
    ],
    [
      'dubbele ontvanger',
      Z,
      'POST',
      (c) => `${actief(c)}/uitwisselingen`,
      REGIE,
      uitw({ naar: [GGZ, GGZ] }),
      [400, 422],
    ],
    [
      'dubbele betrokkene',
      Z,
      'POST',
      (c) => `${actief(c)}/uitwisselingen`,
      REGIE,
      (c) => ({
        ...geldigeUitwisseling(c),
        betrokkenen: [c.actief.personen[0]?.persoonId, c.actief.personen[0]?.persoonId],
      }),
      [400, 422],
    ],
    [
      'tijdlijn: BSN als getal',
      Z,
      'POST',
      () => '/casussen/personen/tijdlijn',
      REGIE,
      () => ({ bsn: 123456782 }),
      [400],
      'bsn',
    ],
    [
      'tijdlijn: geen BSN',
      Z,
      'POST',
      () => '/casussen/personen/tijdlijn',
      REGIE,
      () => ({}),
      [400],
      'bsn',
    ],
    [
      'tijdlijn: vijf cijfers',
      Z,
      'POST',
      () => '/casussen/personen/tijdlijn',
      REGIE,
      () => ({ bsn: '12345' }),
      [400],
      'bsn',
    ],
    [
      'tijdlijn: BSN faalt de 11-proef',
      Z,
      'POST',
      () => '/casussen/personen/tijdlijn',
      REGIE,
      () => ({ bsn: ONGELDIG_BSN }),
      [400],
      'bsn',
    ],
    [
      'register: vanaf geen datum',
      F,
      'GET',
      () => '/uitwisselingsregister?vanaf=gisteren',
      TOEZICHT,
      undefined,
      [400],
      'vanaf',
    ],
    [
      'register: tot geen datum',
      F,
      'GET',
      () => '/uitwisselingsregister?tot=2026-13-45',
      TOEZICHT,
      undefined,
      [400],
      'tot',
    ],
  ];

  // One argument per row (jest takes a trailing missing argument for a `done` callback).
  it.each(GEVALLEN.map((g) => [g[0], g] as const))(
    'bad input (%s) is a 4xx problem+json, never a 500, and echoes no BSN',
    async (_naam, [, wie, method, pad, doel, body, verwacht, veld]) => {
      const c = await slechteCasussen();
      const r = await call(wie(), method, pad(c), doel, body?.(c));
      // On a surprise, the answer itself is in the failure message.
      expect(
        verwacht.includes(r.status) ? verwacht : `${String(r.status)} ${r.text.slice(0, 300)}`,
      ).toEqual(verwacht);
      expect(r.contentType).toMatch(/application\/problem\+json/);
      expect(r.body).toMatchObject({
        status: r.status,
        type: expect.stringMatching(/^urn:schakel:probleem:/),
      });
      if (r.status === 400 && veld) expect(String(r.body.detail)).toContain(veld);
      expect(r.text).not.toContain(ONGELDIG_BSN);
      expect(r.text).not.toContain('123456782');
    },
  );

  it('no route takes a BSN in its path or query, and no request of this flow carried one in its URL', async () => {
    const routes = discoverRoutes(t.app).map((r) => r.key);
    expect(routes).toEqual(expect.arrayContaining(['POST /casussen/personen/tijdlijn']));
    expect(routes.filter((k) => /bsn/i.test(k))).toEqual([]);
    const doc = (await (await fetch(`${t.url}/api/v1/openapi.json`)).json()) as {
      paths: Record<string, Record<string, { parameters?: { name: string; in: string }[] }>>;
    };
    const bsnParameters = Object.entries(doc.paths).flatMap(([pad, ops]) =>
      Object.entries(ops).flatMap(([method, op]) =>
        (op.parameters ?? [])
          .filter((p) => ['path', 'query'].includes(p.in) && /bsn|burgerservice/i.test(p.name))
          .map((p) => `${method} ${pad} ${p.in}:${p.name}`),
      ),
    );
    expect(bsnParameters).toEqual([]);
    expect(urls.length).toBeGreaterThan(50);
    const bsns = [HOOFD.bsn!, KIND.bsn!, ANDER.bsn!];
    expect(urls.filter((url) => bsns.some((b) => url.includes(b)))).toEqual([]);
  });

  it('writes no BSN, name or case text to the application log (debug level)', () => {
    const all = logLines.join('');
    // The capture works: request lines of this flow are there.
    expect(all).toContain('/api/v1/casussen');
    const gevonden = [...PERSOONSGEGEVENS, ...TEKSTEN, PROPORTIONALITEIT, SUBSIDIARITEIT].filter(
      (g) => all.includes(g),
    );
    expect(gevonden).toEqual([]);
  });

  it('keeps no BSN, name, address, reason, motivation or exchange content readable in any table', async () => {
    const tables = await ds.query<{ table_name: string }[]>(
      `SELECT table_name FROM information_schema.tables
        WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`,
    );
    const needles = [...PERSOONSGEGEVENS, ...TEKSTEN];
    const gevonden = new Set<string>();
    let rows = 0;
    for (const { table_name } of tables) {
      // The whole row as text (bytea as hex, jsonb as text), plus bytea read as raw bytes.
      const byteaCols = await ds.query<{ column_name: string }[]>(
        `SELECT column_name FROM information_schema.columns
          WHERE table_schema = current_schema() AND table_name = $1 AND data_type = 'bytea'`,
        [table_name],
      );
      const raw = byteaCols.map((c) => `encode("${c.column_name}", 'escape')`);
      const dump = await ds.query<{ t: string }[]>(
        `SELECT concat_ws(' ', r::text${raw.map((e) => `, ${e}`).join('')}) AS t FROM "${table_name}" r`,
      );
      rows += dump.length;
      for (const { t: text } of dump) {
        for (const value of needles) {
          for (const enc of encodings(value)) {
            if (text.includes(enc)) gevonden.add(`${table_name}: ${value.slice(0, 24)}`);
          }
        }
      }
    }
    expect(rows).toBeGreaterThan(20);
    expect([...gevonden]).toEqual([]);
  });
});
