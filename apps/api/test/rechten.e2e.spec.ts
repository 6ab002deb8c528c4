import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  ALLE_CRITERIA,
  aanmelding,
  api,
  bsn,
  maakCasus,
  persoon,
  REGIE,
  SIGNALERING,
  TOEZICHT,
  type Antwoord,
} from './casus-fixtures.js';
import { loginAs, type Session } from './login.js';
import { pdfTekst } from './pdf-tekst.js';
import { startTestApp, type TestApp } from './test-app.js';
import { meldingIn } from './zorgmelding-fixtures.js';

/*
 * The person's rights (ADR 0028) over real HTTP and PostgreSQL: the FG's rights desk and its
 * clock, the access report (JSON and PDF) and its counts against the processing log, the
 * withholding rules, rectification with a notice per recipient, and restriction/objection
 * flags that refuse an exchange and a delivery (422) while they are set.
 */
const RECHTEN = 'rechten-betrokkenen';
const INDIENEN = 'zorgmelding-indienen';
const VT = 'zorgmelding-ontvangen-beoordelen';

let t: TestApp;
let fgVt: Session;
let fgZvh: Session;
let fgPolitie: Session;
let politie: Session;
let vt: Session;
let wijkteam: Session;
let zvh: Session;

const eis = (r: Antwoord, status: number): Antwoord => {
  if (r.status !== status) throw new Error(`${r.url}: ${String(r.status)} ${r.text}`);
  return r;
};

/** The police file a report about a person with this BSN and surname; its id (or the refusal). */
async function meldOver(b: string, achternaam: string): Promise<Antwoord & { id: string }> {
  const concept = eis(
    await api(politie, 'POST', '/zorgmeldingen', INDIENEN, { status: 'concept' }),
    201,
  );
  const id = (concept.body as { id: string }).id;
  const m = meldingIn('GM0599');
  const eerste = m.betrokkenen?.[0];
  if (!eerste?.identiteit) throw new Error('melding zonder betrokkene');
  eerste.identiteit.bsn = b;
  eerste.identiteit.geslachtsnaam = achternaam;
  const r = await api(politie, 'POST', `/zorgmeldingen/${id}/indienen`, INDIENEN, m, {
    'idempotency-key': `rechten-${randomBytes(8).toString('hex')}`,
  });
  return { ...r, id };
}

async function verzoek(fg: Session, soort: string, b: string, extra = {}): Promise<string> {
  const r = eis(
    await api(fg, 'POST', '/rechten/verzoeken', RECHTEN, {
      soort,
      bsn: b,
      identiteitVastgesteld: true,
      identiteitWijze: 'identiteitsbewijs-gezien',
      ...extra,
    }),
    201,
  );
  expect(r.text).not.toContain(b);
  return (r.body as { id: string }).id;
}

/** The LDV read extension's count for a person, in the FG's scope (ADR 0011, 0021). */
async function ldvAantal(fg: Session, b: string): Promise<number> {
  const r = eis(
    await api(fg, 'POST', '/verantwoording/ldv/processing-activities', TOEZICHT, {
      'dpl.core.data_subject_id': b,
    }),
    200,
  );
  return (r.body as { processingActivities: unknown[] }).processingActivities.length;
}

beforeAll(async () => {
  t = await startTestApp();
  [fgVt, fgZvh, fgPolitie, politie, vt, wijkteam, zvh] = await Promise.all([
    loginAs(t.url, 'demo-fg-vt-rr'),
    loginAs(t.url, 'demo-fg-zvh'),
    loginAs(t.url, 'demo-fg-politie'),
    loginAs(t.url, 'demo-politie-1'),
    loginAs(t.url, 'demo-vt-rr-medewerker'),
    loginAs(t.url, 'demo-wijkteam-dordrecht'),
    loginAs(t.url, 'demo-zvh-procesregisseur'),
  ]);
});
afterAll(async () => {
  await t.close();
});

describe('de balie voor verzoeken van betrokkenen', () => {
  it('registreert een verzoek zonder BSN te bewaren, met de termijn van een maand', async () => {
    const b = bsn();
    const id = await verzoek(fgVt, 'inzage', b, { ontvangenOp: '2026-01-31' });
    const een = eis(await api(fgVt, 'GET', `/rechten/verzoeken/${id}`, RECHTEN), 200);
    expect(een.body).toMatchObject({
      soort: 'inzage',
      status: 'ontvangen',
      identiteitVastgesteld: true,
      persoonBekend: false,
      termijn: { oorspronkelijk: '2026-02-28', uiterlijk: '2026-02-28', status: 'verlopen' },
    });
    const lijst = eis(await api(fgVt, 'GET', '/rechten/verzoeken', RECHTEN), 200);
    expect((lijst.body as { id: string }[]).map((v) => v.id)).toContain(id);
    const rij = await t.app
      .get(DataSource)
      .query<Record<string, unknown>[]>('SELECT * FROM rechtenverzoek WHERE id = $1', [id]);
    expect(JSON.stringify(rij)).not.toContain(b);
  });

  it('verlengt de termijn één keer met redenen, binnen de eerste maand, en rondt af', async () => {
    const vandaag = new Date().toISOString().slice(0, 10);
    const id = await verzoek(fgVt, 'inzage', bsn(), { ontvangenOp: vandaag });
    const reden = { maanden: 2, reden: 'Veel gegevens bij meerdere organisaties op te zoeken.' };
    const v = eis(
      await api(fgVt, 'POST', `/rechten/verzoeken/${id}/verlenging`, RECHTEN, reden),
      200,
    );
    const [j, m, d] = vandaag.split('-').map(Number) as [number, number, number];
    const drie = new Date(Date.UTC(j, m - 1 + 3, 1));
    const laatste = new Date(
      Date.UTC(drie.getUTCFullYear(), drie.getUTCMonth() + 1, 0),
    ).getUTCDate();
    drie.setUTCDate(Math.min(d, laatste));
    expect(v.body).toMatchObject({
      status: 'in-behandeling',
      verlengdTot: drie.toISOString().slice(0, 10),
    });
    const nogmaals = await api(fgVt, 'POST', `/rechten/verzoeken/${id}/verlenging`, RECHTEN, reden);
    expect(nogmaals.status).toBe(409);
    expect(nogmaals.contentType).toContain('application/problem+json');

    const oud = await verzoek(fgVt, 'inzage', bsn(), { ontvangenOp: '2025-01-02' });
    const te = await api(fgVt, 'POST', `/rechten/verzoeken/${oud}/verlenging`, RECHTEN, reden);
    expect(te.status).toBe(422);
    expect(te.body).toMatchObject({ type: expect.stringContaining('termijn-verstreken') });

    const rond = eis(
      await api(fgVt, 'POST', `/rechten/verzoeken/${id}/afhandeling`, RECHTEN, {
        uitkomst: 'afgehandeld',
        antwoord: 'Het overzicht is op 1 december per post verstuurd.',
      }),
      200,
    );
    expect(rond.body).toMatchObject({ status: 'afgehandeld', termijn: { status: 'afgerond' } });
    expect(
      (
        await api(fgVt, 'POST', `/rechten/verzoeken/${id}/afhandeling`, RECHTEN, {
          uitkomst: 'afgewezen',
          antwoord: 'Nog een keer afronden mag niet.',
        })
      ).status,
    ).toBe(409);
  });

  it('weigert andere rollen, andere doelen, andere organisaties en slechte invoer', async () => {
    const id = await verzoek(fgVt, 'inzage', bsn());
    const body = {
      soort: 'inzage',
      bsn: bsn(),
      identiteitVastgesteld: true,
      identiteitWijze: 'digid',
    };
    expect((await api(vt, 'POST', '/rechten/verzoeken', RECHTEN, body)).status).toBe(403);
    expect((await api(fgVt, 'POST', '/rechten/verzoeken', TOEZICHT, body)).status).toBe(403);
    expect((await api(fgVt, 'POST', '/rechten/verzoeken', undefined, body)).status).toBe(400);
    // Another organisation's FG: the request does not exist for them.
    expect((await api(fgZvh, 'GET', `/rechten/verzoeken/${id}`, RECHTEN)).status).toBe(404);
    expect((await api(fgZvh, 'POST', `/rechten/verzoeken/${id}/inzage`, RECHTEN)).status).toBe(404);
    const slecht = await api(fgVt, 'POST', '/rechten/verzoeken', RECHTEN, {
      ...body,
      bsn: '123456789',
    });
    expect(slecht.status).toBe(400);
    expect(slecht.text).not.toContain('123456789');
    expect((await api(fgVt, 'GET', '/rechten/verzoeken/geen-uuid', RECHTEN)).status).toBe(404);
    const toekomst = await api(fgVt, 'POST', '/rechten/verzoeken', RECHTEN, {
      ...body,
      ontvangenOp: '2999-01-01',
    });
    expect(toekomst.status).toBe(422);
    expect(toekomst.contentType).toContain('application/problem+json');
  });
});

describe('het inzagerapport (AVG art. 15)', () => {
  const b = bsn();
  const achternaam = `Inzage${randomBytes(3).toString('hex')}`;
  let meldingId = '';

  beforeAll(async () => {
    const r = await meldOver(b, achternaam);
    eis(r, 200);
    meldingId = r.id;
    // VT reads it: processing under VT's own activity.
    eis(await api(vt, 'GET', `/vt/zorgmeldingen/${meldingId}`, VT), 200);
  });

  it('geeft per context de gegevens, ontvangers en verwerkingen; de tellingen kloppen met het log', async () => {
    const id = await verzoek(fgVt, 'inzage', b);
    const voor = await ldvAantal(fgVt, b);
    const r = eis(await api(fgVt, 'POST', `/rechten/verzoeken/${id}/inzage`, RECHTEN), 200);
    const rapport = r.body as {
      persoonBekend: boolean;
      organisatie: string;
      contexten: {
        context: string;
        vastleggingen: {
          activiteit: { id: string; grondslag: string; bewaartermijn: string };
          gegevens: { veld: string; waarde: string }[];
          ontvangers: { organisatie: string; via: string }[];
        }[];
      }[];
      ontvangers: { organisatie: string; via: string }[];
      achtergehouden: unknown[];
      verwerkingen: {
        aantal: number;
        perActiviteit: { activiteit: string; aantal: number }[];
        records: unknown[];
      };
    };
    expect(rapport.persoonBekend).toBe(true);
    expect(rapport.organisatie).toBe('Veilig Thuis Rotterdam Rijnmond');
    const zorg = rapport.contexten.find((c) => c.context === 'zorgmeldingen');
    expect(zorg?.vastleggingen).toHaveLength(1);
    const melding = zorg?.vastleggingen[0];
    expect(melding?.activiteit.id).toBe(VT);
    expect(melding?.activiteit.grondslag).toContain('Wmo 2015');
    expect(melding?.gegevens).toContainEqual({ veld: 'Achternaam', waarde: achternaam });
    // The BSN is named as held, never printed.
    expect(melding?.gegevens).toContainEqual({ veld: 'BSN', waarde: 'vastgelegd' });
    expect(r.text).not.toContain(b);
    expect(rapport.ontvangers).toContainEqual(
      expect.objectContaining({ organisatie: 'Veilig Thuis Rotterdam Rijnmond', via: 'bezorging' }),
    );
    const personen = rapport.contexten.find((c) => c.context === 'personen');
    expect(personen?.vastleggingen[0]?.gegevens).toContainEqual({
      veld: 'Achternaam',
      waarde: achternaam,
    });
    expect(rapport.achtergehouden).toEqual([]);
    // Everything in the log before the report, plus the LDV question itself, which is in the
    // log (and in scope) once it is answered.
    expect(rapport.verwerkingen.aantal).toBe(voor + 1);
    expect(rapport.verwerkingen.perActiviteit.reduce((s, p) => s + p.aantal, 0)).toBe(
      rapport.verwerkingen.aantal,
    );
    expect(rapport.verwerkingen.records).toHaveLength(rapport.verwerkingen.aantal);
    // The report is itself in the log (one record), under the request's own activity.
    expect(await ldvAantal(fgVt, b)).toBe(rapport.verwerkingen.aantal + 1);
    const [log] = await t.app.get(DataSource).query<{ n: string }[]>(
      `SELECT count(*) AS n FROM actor_audit WHERE actie = 'inzage' AND object_id = $1
          AND activiteit_id = $2 AND resultaat = 'toegestaan'`,
      [id, RECHTEN],
    );
    expect(Number(log?.n)).toBe(1);
  });

  it('geeft het rapport als pdf, en legt ook dat vast', async () => {
    const id = await verzoek(fgVt, 'inzage', b);
    const res = await fgVt.fetch(`/api/v1/rechten/verzoeken/${id}/inzage/pdf`, {
      method: 'POST',
      headers: { verwerkingsactiviteit: RECHTEN },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const pdf = Buffer.from(await res.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(2000);
    expect(pdf.includes(Buffer.from(b))).toBe(false);
    const [log] = await t.app
      .get(DataSource)
      .query<{ n: string }[]>(
        "SELECT count(*) AS n FROM actor_audit WHERE actie = 'inzage-pdf' AND object_id = $1",
        [id],
      );
    expect(Number(log?.n)).toBe(1);
  });

  it('houdt politiegegevens (Wpg) achter en zegt waarom', async () => {
    const id = await verzoek(fgPolitie, 'inzage', b);
    const r = eis(await api(fgPolitie, 'POST', `/rechten/verzoeken/${id}/inzage`, RECHTEN), 200);
    const rapport = r.body as {
      contexten: { context: string; vastleggingen: unknown[] }[];
      achtergehouden: { context: string; aantal: number; grond: string }[];
    };
    expect(rapport.contexten.find((c) => c.context === 'zorgmeldingen')?.vastleggingen).toEqual([]);
    expect(rapport.achtergehouden).toEqual([
      expect.objectContaining({
        context: 'zorgmeldingen',
        aantal: 1,
        grond: expect.stringContaining('Wet politiegegevens'),
      }),
    ]);
    expect(r.text).not.toContain(achternaam);
  });
});

describe('casussen: ontvangers, niet informeren, rectificatie en beperking', () => {
  const p = persoon('hoofdpersoon');
  let casusId = '';
  let persoonId = '';
  const uitwisseling = () => ({
    naar: ['om-rotterdam'],
    betrokkenen: [persoonId],
    categorieen: ['identificatie'],
    proportionaliteit: 'Alleen de identificatie, nodig voor het casusoverleg.',
    subsidiariteit: 'Zonder deze gegevens is de persoon niet te bespreken.',
    inhoud: 'Persoon is bij ons bekend.',
  });

  beforeAll(async () => {
    const aan = eis(await api(wijkteam, 'POST', '/casussen', SIGNALERING, aanmelding([p])), 201);
    const view = aan.body as { id: string; betrokkenen: { persoonId: string }[] };
    casusId = view.id;
    persoonId = view.betrokkenen[0]?.persoonId ?? '';
    eis(
      await api(wijkteam, 'POST', `/casussen/${casusId}/opschaling`, SIGNALERING, {
        criteria: ALLE_CRITERIA,
        motivering: 'Meerdere leefdomeinen en ketens.',
      }),
      200,
    );
    eis(
      await api(zvh, 'POST', `/casussen/${casusId}/triage`, REGIE, { besluit: 'accepteren' }),
      200,
    );
    eis(
      await api(zvh, 'POST', `/casussen/${casusId}/deelnemers`, REGIE, {
        organisatie: 'om-rotterdam',
        categorieen: ['identificatie'],
      }),
      201,
    );
    eis(await api(zvh, 'POST', `/casussen/${casusId}/uitwisselingen`, REGIE, uitwisseling()), 201);
  });

  it('noemt de ontvangers uit het uitwisselingsregister', async () => {
    const id = await verzoek(fgZvh, 'inzage', p.bsn ?? '');
    const r = eis(await api(fgZvh, 'POST', `/rechten/verzoeken/${id}/inzage`, RECHTEN), 200);
    const rapport = r.body as {
      contexten: { context: string; vastleggingen: { kenmerk: string; gegevens: unknown[] }[] }[];
      ontvangers: { organisatie: string; via: string }[];
    };
    const cas = rapport.contexten.find((c) => c.context === 'casussen');
    expect(cas?.vastleggingen).toHaveLength(1);
    expect(cas?.vastleggingen[0]?.gegevens).toContainEqual({
      veld: 'Achternaam',
      waarde: p.achternaam,
    });
    expect(rapport.ontvangers).toContainEqual(
      expect.objectContaining({
        organisatie: 'Openbaar Ministerie, arrondissementsparket Rotterdam',
        via: 'uitwisseling',
      }),
    );
  });

  it('rectificeert: het feit en de reden blijven, elke ontvanger krijgt een melding', async () => {
    const id = await verzoek(fgZvh, 'rectificatie', p.bsn ?? '');
    const r = eis(
      await api(fgZvh, 'POST', `/rechten/verzoeken/${id}/rectificatie`, RECHTEN, {
        wijzigingen: { achternaam: 'Verbeterd' },
        reden: 'Achternaam verkeerd gespeld bij de aanmelding.',
      }),
      200,
    );
    expect(r.body).toMatchObject({
      rectificaties: [
        {
          velden: ['achternaam'],
          reden: 'Achternaam verkeerd gespeld bij de aanmelding.',
          ontvangers: ['Openbaar Ministerie, arrondissementsparket Rotterdam'],
        },
      ],
    });
    const db = t.app.get(DataSource);
    const meldingen = await db.query<{ ontvanger_code: string; bron: string }[]>(
      `SELECT x.ontvanger_code, x.bron FROM rectificatie_melding x
         JOIN rectificatie r ON r.id = x.rectificatie_id WHERE r.verzoek_id = $1`,
      [id],
    );
    expect(meldingen).toEqual([{ ontvanger_code: 'om-rotterdam', bron: 'uitwisseling' }]);
    const rij = await db.query('SELECT * FROM rectificatie WHERE verzoek_id = $1', [id]);
    expect(JSON.stringify(rij)).not.toContain(p.achternaam);
    // Only on a rectification request.
    const ander = await verzoek(fgZvh, 'inzage', p.bsn ?? '');
    expect(
      (
        await api(fgZvh, 'POST', `/rechten/verzoeken/${ander}/rectificatie`, RECHTEN, {
          wijzigingen: { achternaam: 'X' },
          reden: 'Dit is geen rectificatieverzoek.',
        })
      ).status,
    ).toBe(422);
  });

  it('de ontvanger ziet de melding zonder waarden, bevestigt haar; de FG ziet wie bevestigde; alles gelogd', async () => {
    const [om, ggz] = await Promise.all([
      loginAs(t.url, 'demo-om-partner'),
      loginAs(t.url, 'demo-ggz-partner'),
    ]);
    const DEELNAME = 'ketenpartner-deelname';
    const id = await verzoek(fgZvh, 'rectificatie', p.bsn ?? '');
    eis(
      await api(fgZvh, 'POST', `/rechten/verzoeken/${id}/rectificatie`, RECHTEN, {
        wijzigingen: { voornamen: 'Gecorrigeerd' },
        reden: 'Voornaam verkeerd overgenomen.',
      }),
      200,
    );
    // The OM's "mijn werk" has the pile; its count is the list's unacknowledged notices.
    const werk = eis(await api(om, 'GET', '/mijn-werk', undefined), 200);
    const stapel = (
      werk.body as {
        onderdelen: { soort: string; aantal: number; items: { id: string; titel: string }[] }[];
      }
    ).onderdelen.find((o) => o.soort === `rectificaties-${DEELNAME}`);
    const lijst = eis(await api(om, 'GET', '/rectificatiemeldingen', DEELNAME), 200);
    const meldingen = lijst.body as {
      id: string;
      van: string;
      referentie: string;
      velden: string[];
      status: string;
    }[];
    const open = meldingen.filter((x) => x.status === 'gemeld');
    expect(stapel?.aantal).toBe(open.length);
    expect(open.length).toBeGreaterThan(0);
    const melding = open.find((x) => x.velden.includes('Voornamen'));
    expect(melding).toMatchObject({
      van: 'Zorg- en Veiligheidshuis Rotterdam-Rijnmond',
      referentie: expect.stringMatching(/^casus /),
    });
    expect(stapel?.items.map((i) => i.id)).toContain(melding?.id);
    // Never a value: not the new one, not the old one, not the reason.
    for (const tekst of [werk.text, lijst.text]) {
      expect(tekst).not.toContain('Gecorrigeerd');
      expect(tekst).not.toContain(p.voornamen ?? '--');
      expect(tekst).not.toContain('Voornaam verkeerd overgenomen');
    }
    // Another organisation sees nothing of it and cannot acknowledge it.
    const ander = eis(await api(ggz, 'GET', '/rectificatiemeldingen', DEELNAME), 200);
    expect((ander.body as { id: string }[]).map((x) => x.id)).not.toContain(melding?.id);
    expect(
      (await api(ggz, 'POST', `/rectificatiemeldingen/${melding?.id}/bevestiging`, DEELNAME))
        .status,
    ).toBe(404);
    // Nor under an activity it did not receive the data for.
    expect((await api(om, 'GET', '/rectificatiemeldingen', RECHTEN)).status).toBe(403);

    const bevestigd = eis(
      await api(om, 'POST', `/rectificatiemeldingen/${melding?.id}/bevestiging`, DEELNAME),
      200,
    );
    expect(bevestigd.body).toMatchObject({
      status: 'bevestigd',
      bevestigdDoorNaam: 'Pieter de Boer',
    });
    expect(
      (await api(om, 'POST', `/rectificatiemeldingen/${melding?.id}/bevestiging`, DEELNAME)).status,
    ).toBe(409);

    // The rectifying FG sees who was told and who acknowledged.
    const verzoekNa = eis(await api(fgZvh, 'GET', `/rechten/verzoeken/${id}`, RECHTEN), 200);
    expect(
      (verzoekNa.body as { rectificaties: { meldingen: unknown[] }[] }).rectificaties[0]?.meldingen,
    ).toEqual([
      expect.objectContaining({
        ontvanger: 'Openbaar Ministerie, arrondissementsparket Rotterdam',
        bron: 'uitwisseling',
        status: 'bevestigd',
        bevestigdDoorNaam: 'Pieter de Boer',
      }),
    ]);

    // Logged: one record per notice (with the person), the acknowledgement with the provider.
    const db = t.app.get(DataSource);
    const gemeld = await db.query<{ n: string }[]>(
      `SELECT count(*) AS n FROM actor_audit a JOIN verwerkingslog v ON v.audit_id = a.id
        WHERE a.object_id = $1 AND a.reden = 'rectificatiemelding:om-rotterdam'`,
      [melding?.id],
    );
    expect(Number(gemeld[0]?.n)).toBe(1);
    const bevestiging = await db.query<Record<string, unknown>[]>(
      `SELECT a.organisatie_code, a.verstrekker_code, a.activiteit_id, a.resultaat,
              (SELECT count(*) FROM verwerkingslog v WHERE v.audit_id = a.id)::int AS personen
         FROM actor_audit a WHERE a.object_id = $1 AND a.actie = 'bevestigen'
          AND a.organisatie_code = 'om-rotterdam' ORDER BY a.tijd`,
      [melding?.id],
    );
    expect(bevestiging).toEqual([
      {
        organisatie_code: 'om-rotterdam',
        verstrekker_code: 'zvh-rotterdam-rijnmond',
        activiteit_id: DEELNAME,
        resultaat: 'toegestaan',
        personen: 1,
      },
      expect.objectContaining({ organisatie_code: 'om-rotterdam', resultaat: 'geweigerd' }),
    ]);
  });

  it('een beperking weigert nieuwe uitwisselingen (422), behalve onder toegestane activiteiten', async () => {
    const id = await verzoek(fgZvh, 'beperking', p.bsn ?? '');
    eis(
      await api(fgZvh, 'POST', `/rechten/verzoeken/${id}/beperking`, RECHTEN, {
        toegestaneActiviteiten: [],
        reden: 'Betrokkene betwist de juistheid (AVG art. 18 lid 1 sub a).',
      }),
      200,
    );
    const geweigerd = await api(
      zvh,
      'POST',
      `/casussen/${casusId}/uitwisselingen`,
      REGIE,
      uitwisseling(),
    );
    expect(geweigerd.status).toBe(422);
    expect(geweigerd.contentType).toContain('application/problem+json');
    expect(geweigerd.body).toMatchObject({ type: expect.stringContaining('verwerking-beperkt') });
    expect(geweigerd.text).not.toContain(p.bsn ?? '');
    const [weigering] = await t.app.get(DataSource).query<{ reden: string }[]>(
      `SELECT reden FROM actor_audit WHERE actie = 'uitwisselen' AND resultaat = 'geweigerd'
        ORDER BY tijd DESC LIMIT 1`,
    );
    expect(weigering?.reden).toBe('verwerking-beperkt');

    eis(await api(fgZvh, 'POST', `/rechten/verzoeken/${id}/beperking/opheffing`, RECHTEN), 200);
    const tweede = await verzoek(fgZvh, 'beperking', p.bsn ?? '');
    eis(
      await api(fgZvh, 'POST', `/rechten/verzoeken/${tweede}/beperking`, RECHTEN, {
        toegestaneActiviteiten: ['casus-verward-gedrag'],
        reden: 'Vitaal belang: de regie gaat door onder het thema van de casus.',
      }),
      200,
    );
    eis(await api(zvh, 'POST', `/casussen/${casusId}/uitwisselingen`, REGIE, uitwisseling()), 201);
    const onbekend = await api(fgZvh, 'POST', `/rechten/verzoeken/${tweede}/beperking`, RECHTEN, {
      toegestaneActiviteiten: ['bestaat-niet'],
      reden: 'Een activiteit die niet in het register staat.',
    });
    expect(onbekend.status).toBe(422);
  });

  it('houdt een casus achter als besloten is de betrokkene niet te informeren', async () => {
    eis(
      await api(zvh, 'POST', `/casussen/${casusId}/betrokkenen/${persoonId}/informeren`, REGIE, {
        besluit: 'niet-informeren',
        reden: 'veiligheidsrisico',
        toelichting: 'Informeren brengt de melder in gevaar.',
      }),
      200,
    );
    const id = await verzoek(fgZvh, 'inzage', p.bsn ?? '');
    const r = eis(await api(fgZvh, 'POST', `/rechten/verzoeken/${id}/inzage`, RECHTEN), 200);
    const rapport = r.body as {
      contexten: { context: string; vastleggingen: unknown[] }[];
      achtergehouden: { context: string; aantal: number; grond: string; toelichting: string }[];
    };
    expect(rapport.contexten.find((c) => c.context === 'casussen')?.vastleggingen).toEqual([]);
    expect(rapport.achtergehouden).toEqual([
      expect.objectContaining({
        context: 'casussen',
        aantal: 1,
        grond: expect.stringContaining('UAVG art. 41'),
      }),
    ]);
    expect(rapport.achtergehouden[0]?.toelichting).toContain('veiligheidsrisico');
  });
});

describe('een bezwaar weigert nieuwe bezorgingen', () => {
  it('de politie kan geen melding over de persoon laten bezorgen zolang het bezwaar staat', async () => {
    const b = bsn();
    eis(await meldOver(b, 'Bezwaarmaker'), 200);
    const id = await verzoek(fgVt, 'bezwaar', b);
    eis(
      await api(fgVt, 'POST', `/rechten/verzoeken/${id}/beperking`, RECHTEN, {
        toegestaneActiviteiten: [],
        reden: 'Bezwaar tegen verdere verstrekking (AVG art. 21).',
      }),
      200,
    );
    const geweigerd = await meldOver(b, 'Bezwaarmaker');
    expect(geweigerd.status).toBe(422);
    expect(geweigerd.contentType).toContain('application/problem+json');
    expect(geweigerd.body).toMatchObject({ type: expect.stringContaining('verwerking-beperkt') });
    expect(geweigerd.text).not.toContain(b);
    const [n] = await t.app
      .get(DataSource)
      .query<{ n: string }[]>('SELECT count(*) AS n FROM bezorging WHERE object_id = $1', [
        geweigerd.id,
      ]);
    expect(Number(n?.n)).toBe(0);
    eis(await api(fgVt, 'POST', `/rechten/verzoeken/${id}/beperking/opheffing`, RECHTEN), 200);
    eis(await meldOver(b, 'Bezwaarmaker'), 200);
  });
});

describe('wissing (AVG art. 17) door het ene vernietigingsmechanisme', () => {
  const BEWARING = 'bewaring-vernietiging';
  interface WissingAntwoord {
    status: string;
    wissing: {
      lijstId: string | null;
      lijstNummer: string | null;
      lijstStatus: string | null;
      dossiers: { soort: string; referentie: string; bewaard: boolean; grond: string | null }[];
    };
  }

  it('zet wat geen plicht bewaart op een lijst, zegt wat blijft en waarom; twee personen vernietigen', async () => {
    const alleen = persoon('hoofdpersoon');
    const samen = [persoon('hoofdpersoon'), persoon('gezinslid')];
    const a = await maakCasus(wijkteam, zvh, { tot: 'geaccepteerd', betrokkenen: [alleen] });
    const b = await maakCasus(wijkteam, zvh, { tot: 'geaccepteerd', betrokkenen: samen });
    const db = t.app.get(DataSource);

    // The person of casus A alone: casus A goes on a list of kind `wissing`.
    const id = await verzoek(fgZvh, 'wissing', alleen.bsn ?? '');
    const r = eis(await api(fgZvh, 'POST', `/rechten/verzoeken/${id}/wissing`, RECHTEN), 200);
    const w = (r.body as WissingAntwoord).wissing;
    expect(w.lijstNummer).toMatch(/^VL-\d{4}-\d{4}$/);
    expect(w.dossiers).toEqual([
      { soort: 'casus', referentie: a.nummer, bewaard: false, grond: null },
    ]);
    expect(r.text).not.toContain(alleen.achternaam ?? '--');
    // Once per request.
    expect((await api(fgZvh, 'POST', `/rechten/verzoeken/${id}/wissing`, RECHTEN)).status).toBe(
      409,
    );
    // Only on an erasure request (another person: an open request keeps a person from shredding).
    const inzage = await verzoek(fgZvh, 'inzage', samen[1]?.bsn ?? '');
    expect((await api(fgZvh, 'POST', `/rechten/verzoeken/${inzage}/wissing`, RECHTEN)).status).toBe(
      422,
    );

    // A person of a casus with others: kept, with the ground; no list.
    const ander = await verzoek(fgZvh, 'wissing', samen[0]?.bsn ?? '');
    const rb = eis(await api(fgZvh, 'POST', `/rechten/verzoeken/${ander}/wissing`, RECHTEN), 200);
    const wb = (rb.body as WissingAntwoord).wissing;
    expect(wb.lijstId).toBeNull();
    expect(wb.dossiers).toEqual([
      {
        soort: 'casus',
        referentie: b.nummer,
        bewaard: true,
        grond: expect.stringContaining('ook over andere personen'),
      },
    ]);

    // Police data (Wpg): the police's FG keeps its report, and says why.
    const pb = bsn();
    eis(await meldOver(pb, 'Wpgtest'), 200);
    const pol = await verzoek(fgPolitie, 'wissing', pb);
    const rp = eis(await api(fgPolitie, 'POST', `/rechten/verzoeken/${pol}/wissing`, RECHTEN), 200);
    expect((rp.body as WissingAntwoord).wissing.dossiers).toEqual([
      expect.objectContaining({
        soort: 'zorgmelding',
        bewaard: true,
        grond: expect.stringContaining('Wet politiegegevens'),
      }),
    ]);

    // Nothing goes before two people: the ZVH's FG approves, cannot confirm; the VT's FG does.
    const lijst = w.lijstId ?? '';
    expect((await api(zvh, 'GET', `/casussen/${a.id}`, REGIE)).status).toBe(200);
    eis(
      await api(fgZvh, 'POST', `/bewaring/vernietigingslijsten/${lijst}/goedkeuring`, BEWARING, {
        toelichting: 'Wissing toegewezen.',
      }),
      200,
    );
    expect(
      (
        await api(
          fgZvh,
          'POST',
          `/bewaring/vernietigingslijsten/${lijst}/bevestiging`,
          BEWARING,
          {},
        )
      ).status,
    ).toBe(409);
    expect((await api(zvh, 'GET', `/casussen/${a.id}`, REGIE)).status).toBe(200);
    eis(
      await api(fgVt, 'POST', `/bewaring/vernietigingslijsten/${lijst}/bevestiging`, BEWARING, {}),
      200,
    );
    expect((await api(zvh, 'GET', `/casussen/${a.id}`, REGIE)).status).toBe(404);
    expect((await api(zvh, 'GET', `/casussen/${b.id}`, REGIE)).status).toBe(200);
    // The person is crypto-shredded although the erasure request is still open.
    const [persoonRij] = await db.query<{ weg: boolean }[]>(
      'SELECT vernietigd_op IS NOT NULL AS weg FROM persoon WHERE id = $1',
      [a.personen[0]?.persoonId],
    );
    expect(persoonRij?.weg).toBe(true);
    const na = eis(await api(fgZvh, 'GET', `/rechten/verzoeken/${id}`, RECHTEN), 200);
    expect((na.body as WissingAntwoord).wissing.lijstStatus).toBe('vernietigd');
    const pdf = await fgZvh.fetch(`/api/v1/bewaring/vernietigingslijsten/${lijst}/verklaring`, {
      headers: { verwerkingsactiviteit: BEWARING },
    });
    expect(pdf.status).toBe(200);
    const tekst = pdfTekst(Buffer.from(await pdf.arrayBuffer()));
    expect(tekst).toContain('AVG art. 17');
    expect(tekst).toContain(a.nummer);
  });
});

describe('slechte invoer', () => {
  it('geeft op elke route 4xx problem+json, nooit 500 en nooit het BSN', async () => {
    const b = bsn();
    eis(await meldOver(b, 'Invoerproef'), 200);
    const rect = await verzoek(fgVt, 'rectificatie', b);
    const bep = await verzoek(fgVt, 'beperking', b);
    const gevallen: [string, string, unknown][] = [
      ['POST', '/rechten/verzoeken', { soort: 'inzage', bsn: 123456782 }],
      [
        'POST',
        '/rechten/verzoeken',
        { soort: 'onbekend', bsn: b, identiteitVastgesteld: true, identiteitWijze: 'digid' },
      ],
      [
        'POST',
        '/rechten/verzoeken',
        { soort: 'inzage', bsn: b, identiteitVastgesteld: 'ja', identiteitWijze: 'digid' },
      ],
      [
        'POST',
        '/rechten/verzoeken',
        {
          soort: 'inzage',
          bsn: b,
          identiteitVastgesteld: true,
          identiteitWijze: 'digid',
          ontvangenOp: '2026-02-30',
        },
      ],
      [
        'POST',
        `/rechten/verzoeken/${rect}/verlenging`,
        { maanden: 3, reden: 'Langer dan de wet toestaat.' },
      ],
      ['POST', `/rechten/verzoeken/${rect}/verlenging`, { maanden: '2', reden: 'x' }],
      [
        'POST',
        `/rechten/verzoeken/${rect}/afhandeling`,
        { uitkomst: 'misschien', antwoord: 'Geen geldige uitkomst.' },
      ],
      [
        'POST',
        `/rechten/verzoeken/${rect}/rectificatie`,
        { wijzigingen: { geboortedatum: 'gisteren' }, reden: 'Ongeldige datum als proef.' },
      ],
      [
        'POST',
        `/rechten/verzoeken/${rect}/rectificatie`,
        { wijzigingen: { postcode: '12' }, reden: 'Ongeldige postcode als proef.' },
      ],
      [
        'POST',
        `/rechten/verzoeken/${rect}/rectificatie`,
        { wijzigingen: [], reden: 'Een lijst in plaats van velden.' },
      ],
      [
        'POST',
        `/rechten/verzoeken/${rect}/rectificatie`,
        { wijzigingen: {}, reden: 'Niets om te wijzigen hier.' },
      ],
      [
        'POST',
        `/rechten/verzoeken/${bep}/beperking`,
        { toegestaneActiviteiten: 'alles', reden: 'Geen lijst als proef.' },
      ],
      [
        'POST',
        `/rechten/verzoeken/${bep}/beperking`,
        { toegestaneActiviteiten: ['Hoofdletters'], reden: 'Ongeldig kenmerk als proef.' },
      ],
      ['POST', '/rechten/verzoeken/00000000-0000-0000-0000-000000000000/inzage', undefined],
      ['GET', '/rechten/verzoeken/%27%20OR%201=1', undefined],
    ];
    for (const [method, pad, body] of gevallen) {
      const r = await api(fgVt, method, pad, RECHTEN, body);
      expect([pad, r.status >= 400 && r.status < 500]).toEqual([pad, true]);
      expect(r.contentType).toContain('application/problem+json');
      expect(r.text).not.toContain(b);
    }
  });
});

describe('het verwerkingsregister exporteren (AVG art. 30)', () => {
  it('geeft alle versies als JSON en als CSV; wie vastlegde alleen voor FG en beheerder', async () => {
    const json = eis(
      await api(fgVt, 'GET', '/verwerkingsregister/export?formaat=json', undefined),
      200,
    );
    const versies = (json.body as { versies: { id: string; vastgelegdDoor?: string }[] }).versies;
    expect(versies.map((v) => v.id)).toContain(RECHTEN);
    expect(versies[0]).toHaveProperty('vastgelegdDoor');
    const csv = eis(
      await api(politie, 'GET', '/verwerkingsregister/export?formaat=csv', undefined),
      200,
    );
    expect(csv.contentType).toContain('text/csv');
    const regels = csv.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(regels[0]).toMatch(/^id,versie,naam,/);
    expect(regels[0]).not.toContain('vastgelegdDoor');
    expect(regels.length).toBe(versies.length + 1);
    expect(
      (await api(politie, 'GET', '/verwerkingsregister/export?formaat=xml', undefined)).status,
    ).toBe(400);
  });
});
