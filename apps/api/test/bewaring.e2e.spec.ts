/* eslint-disable @typescript-eslint/no-unsafe-member-access -- the answers are JSON, checked field by field */
import { AuditSequencer, CheckpointSigner, verifyAuditTrail } from '@schakel/audit';
import { dagelijkseRun, Klok, Vernietiger } from '@schakel/bewaring';
import { PersonenService } from '@schakel/personen';
import { DataSource } from 'typeorm';
import { api, maakCasus, persoon, REGIE, type PersoonInvoer } from './casus-fixtures.js';
import { loginAs, type Session } from './login.js';
import { isolatedDatabase, startTestApp, type TestApp } from './test-app.js';
import { dienZorgmeldingIn } from './zorgmelding-fixtures.js';
import { pdfTekst } from './pdf-tekst.js';

const BEWARING = 'bewaring-vernietiging';
const JAAR = 365.25 * 24 * 3600 * 1000;

describe('retention and destruction: lists, two people, holds, requests, certificates (ADR 0027)', () => {
  let t: TestApp;
  let ds: DataSource;
  let isolated: Awaited<ReturnType<typeof isolatedDatabase>>;
  let politie: Session;
  let wijkteam: Session;
  let zvh: Session;
  let fgZvh: Session;
  let fgVt: Session;
  let fgPolitie: Session;
  let vtCoordinator: Session;
  let klok: Klok;
  const echt = () => new Date();
  /** Moves the injected clock `jaren` years past now. */
  const zetKlok = (jaren: number) => {
    klok.nu = () => new Date(Date.now() + jaren * JAAR);
  };
  const dag = () =>
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());

  /** A report routed to VT Rotterdam Rijnmond and closed now (state set as its steps would). */
  const geslotenMelding = async (): Promise<string> => {
    const id = await dienZorgmeldingIn(politie);
    await ds.query(
      `UPDATE zorgmelding SET status = 'afgesloten', gewijzigd_op = now() WHERE id = $1`,
      [id],
    );
    await ds.query(
      `INSERT INTO zorgmelding_gebeurtenis (zorgmelding_id, tijd, status, stap, actor_id, organisatie_code)
       VALUES ($1, now(), 'afgesloten', 'terugkoppeling', 'demo-vt-rr-coordinator', 'vt-rotterdam-rijnmond')`,
      [id],
    );
    return id;
  };

  const geslotenCasus = async (themaId: string, betrokkenen: PersoonInvoer[]) => {
    const c = await maakCasus(wijkteam, zvh, { tot: 'geaccepteerd', themaId, betrokkenen });
    const dicht = await api(zvh, 'POST', `/casussen/${c.id}/afsluiting`, REGIE, {
      reden: 'Afgerond: de aanpak werkt.',
      herbeoordelingen: c.personen.map((p) => ({
        persoonId: p.persoonId,
        besluit: 'geinformeerd',
        op: dag(),
      })),
    });
    expect(dicht.status).toBe(200);
    return c;
  };

  const verify = async () => {
    await t.app.get(AuditSequencer).sealNow();
    return verifyAuditTrail(ds, t.app.get(CheckpointSigner).publicKey);
  };

  /** Every row of every table in the public schema, as text: what a superuser can read. */
  const alleRijen = async (): Promise<string> => {
    const tabellen = await ds.query<{ t: string }[]>(
      "SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' ORDER BY 1",
    );
    const delen: string[] = [];
    for (const { t: tabel } of tabellen) {
      const rijen = await ds.query<{ r: string }[]>(`SELECT x::text AS r FROM "${tabel}" x`);
      delen.push(...rijen.map((r) => r.r));
    }
    return delen.join('\n');
  };

  beforeAll(async () => {
    // A database of its own: moving the clock decades ahead makes every closed record due.
    isolated = await isolatedDatabase();
    t = await startTestApp({ ...isolated.env, AUDIT_SEQUENCER_INTERVAL_S: '3600' });
    ds = t.app.get(DataSource);
    klok = t.app.get(Klok);
    const sessie = (sub: string) => loginAs(t.url, sub);
    politie = await sessie('demo-politie-1');
    wijkteam = await sessie('demo-wijkteam-rotterdam');
    zvh = await sessie('demo-zvh-procesregisseur');
    fgZvh = await sessie('demo-fg-zvh');
    fgVt = await sessie('demo-fg-vt-rr');
    fgPolitie = await sessie('demo-fg-politie');
    vtCoordinator = await sessie('demo-vt-rr-coordinator');
  });

  afterAll(async () => {
    await t.close();
    await isolated.drop();
  });

  afterEach(() => {
    klok.nu = echt;
  });

  it('the register names each term and the event it counts from; the new activity is there', async () => {
    const r = await api(fgZvh, 'GET', '/verwerkingsactiviteiten', undefined);
    expect(r.status).toBe(200);
    const per = new Map(
      (r.body as { id: string; bewaartermijn: string; bewaartermijnVanaf: string }[]).map((a) => [
        a.id,
        `${a.bewaartermijn} ${a.bewaartermijnVanaf}`,
      ]),
    );
    expect(per.get('zorgmelding-ontvangen-beoordelen')).toBe('P20Y afsluiting');
    expect(per.get('casus-huiselijk-geweld')).toBe('P15Y afsluiting');
    expect(per.get('casus-verward-gedrag')).toBe('P5Y afsluiting');
    expect(per.get('zorgmelding-indienen')).toBe('P5Y laatste-activiteit');
    expect(per.get(BEWARING)).toBeDefined();
  });

  it('proposes exactly what passed its term; destroys only after two different people; the casus is gone everywhere; keys shredded; verify holds', async () => {
    const gedeeld = persoon('hoofdpersoon');
    const alleenHier = persoon('gezinslid');
    const kort = await geslotenCasus('verward-gedrag', [gedeeld, alleenHier]);
    const lang = await geslotenCasus('huiselijk-geweld', [persoon('hoofdpersoon')]);
    const open = await maakCasus(wijkteam, zvh, { tot: 'geaccepteerd', themaId: 'verward-gedrag' });
    // The shared person is also in a live report: it must survive the casus.
    const melding = await dienZorgmeldingIn(politie);
    const uniekId = kort.personen.find((p) => p.bsn === alleenHier.bsn)?.persoonId ?? '';
    const gedeeldId = kort.personen.find((p) => p.bsn === gedeeld.bsn)?.persoonId ?? '';
    await ds.query(
      `INSERT INTO zorgmelding_betrokkene (zorgmelding_id, volgnummer, rol, persoon_id)
       VALUES ($1, 99, 'overig', $2)`,
      [melding, gedeeldId],
    );
    expect(uniekId).not.toBe('');

    // Before the term: nothing to propose.
    zetKlok(4);
    expect((await api(fgZvh, 'POST', '/bewaring/vernietigingslijsten', BEWARING)).text).toBe('');

    // Six years on: the P5Y casus only (not the P15Y one, not the open one).
    zetKlok(6);
    const voorstel = await api(fgZvh, 'POST', '/bewaring/vernietigingslijsten', BEWARING);
    expect(voorstel.status).toBe(200);
    const lijst = voorstel.body as {
      id: string;
      nummer: string;
      items: { objectId: string; referentie: string; bewaartermijn: string; personen: number }[];
    };
    expect(lijst.items.map((i) => i.objectId)).toEqual([kort.id]);
    expect(lijst.items[0]).toMatchObject({
      referentie: kort.nummer,
      bewaartermijn: 'P5Y',
      personen: 1,
    });
    expect([lang.id, open.id].some((id) => lijst.items.some((i) => i.objectId === id))).toBe(false);
    // Idempotent: a second proposal (or the daily run) adds nothing while the list is open.
    expect((await api(fgZvh, 'POST', '/bewaring/vernietigingslijsten', BEWARING)).text).toBe('');
    expect((await dagelijkseRun(t.app.get(Vernietiger), klok)).lijsten).toBe(0);

    // Raw content before: the casus's reason (plaintext known), its wrapped key, the person's.
    const [voor] = await ds.query<{ sleutel: string; aanleiding: string }[]>(
      "SELECT encode(verpakte_sleutel, 'hex') AS sleutel, encode(aanleiding, 'hex') AS aanleiding FROM casus WHERE id = $1",
      [kort.id],
    );
    const [persoonVoor] = await ds.query<{ verpakt: string }[]>(
      "SELECT encode(verpakt, 'hex') AS verpakt FROM persoon_sleutel WHERE persoon_id = $1",
      [uniekId],
    );

    // Nobody confirms before approval; another organisation's FG cannot approve.
    const pad = `/bewaring/vernietigingslijsten/${lijst.id}`;
    expect((await api(fgVt, 'POST', `${pad}/bevestiging`, BEWARING, {})).status).toBe(404);
    expect((await api(fgVt, 'POST', `${pad}/goedkeuring`, BEWARING, {})).status).toBe(404);
    expect((await api(zvh, 'POST', `${pad}/goedkeuring`, BEWARING, {})).status).toBe(403);
    const goed = await api(fgZvh, 'POST', `${pad}/goedkeuring`, BEWARING, {
      toelichting: 'Termijnen nagelopen.',
    });
    expect([goed.status, goed.body.status, goed.body.magBevestigen]).toEqual([
      200,
      'goedgekeurd',
      false,
    ]);
    // The same person twice: refused, nothing destroyed.
    const zelf = await api(fgZvh, 'POST', `${pad}/bevestiging`, BEWARING, {});
    expect([zelf.status, zelf.body.type]).toEqual([409, 'urn:schakel:probleem:zelfde-persoon']);
    expect((await api(zvh, 'GET', `/casussen/${kort.id}`, REGIE)).status).toBe(200);
    expect((await api(fgZvh, 'GET', `${pad}/verklaring`, BEWARING)).status).toBe(409);

    // A second FG confirms: destroyed.
    const bevestigd = await api(fgVt, 'POST', `${pad}/bevestiging`, BEWARING, {
      toelichting: 'Tweede paar ogen.',
    });
    expect(bevestigd.status).toBe(200);
    expect(bevestigd.body).toMatchObject({
      status: 'vernietigd',
      goedgekeurdDoorNaam: 'Ingrid Kok',
      bevestigdDoorNaam: 'Ruben Hendriks',
      aantallen: { casussen: 1, vernietigd: 1, personen: 1 },
    });

    // Gone from every route: read, list, exchange register, the person's timeline.
    expect((await api(zvh, 'GET', `/casussen/${kort.id}`, REGIE)).status).toBe(404);
    const lijstCasussen = await api(zvh, 'GET', '/casussen', REGIE);
    expect(JSON.stringify(lijstCasussen.body)).not.toContain(kort.id);
    expect(JSON.stringify(lijstCasussen.body)).not.toContain(kort.nummer);
    const register = await api(fgZvh, 'GET', '/uitwisselingsregister', 'verantwoording-toezicht');
    expect(register.text).not.toContain(kort.id);
    const tijdlijn = await api(zvh, 'POST', '/casussen/personen/tijdlijn', REGIE, {
      bsn: alleenHier.bsn,
    });
    expect(tijdlijn.text).not.toContain(kort.nummer);
    // The other casus and the live report are untouched; the shared person still readable.
    expect((await api(zvh, 'GET', `/casussen/${lang.id}`, REGIE)).status).toBe(200);
    const personen = t.app.get(PersonenService);
    await ds.transaction(async (m) => {
      const bundel = await personen.laad(m, [gedeeldId, uniekId]);
      expect(bundel).toBeDefined();
    });
    const [gedeeldRij] = await ds.query<{ v: string | null }[]>(
      'SELECT vernietigd_op AS v FROM persoon WHERE id = $1',
      [gedeeldId],
    );
    expect(gedeeldRij?.v).toBeNull();
    const [uniekRij] = await ds.query<{ v: string | null; bsn: string | null }[]>(
      'SELECT vernietigd_op AS v, bsn_index AS bsn FROM persoon WHERE id = $1',
      [uniekId],
    );
    expect(uniekRij?.v).not.toBeNull();
    expect(uniekRij?.bsn).toBeNull();

    // A superuser finds neither plaintext nor the keys that opened the old ciphertext.
    const alles = await alleRijen();
    expect(alles).not.toContain(alleenHier.achternaam ?? 'x');
    expect(alles).not.toContain(alleenHier.bsn ?? 'x');
    expect(alles).not.toContain('de aanpak werkt');
    expect(alles).not.toContain(voor?.sleutel ?? 'x');
    expect(alles).not.toContain(voor?.aanleiding ?? 'x');
    expect(alles).not.toContain(persoonVoor?.verpakt ?? 'x'); // only the list item names it

    // The processing log holds the destruction, under pseudonyms; the trail still verifies.
    const log = await ds.query<{ object_type: string; actie: string; n: number }[]>(
      `SELECT a.object_type, a.actie, count(v.id)::int AS n FROM actor_audit a
         LEFT JOIN verwerkingslog v ON v.audit_id = a.id
        WHERE a.actie = 'vernietigen' AND a.object_id = ANY($1) GROUP BY 1, 2 ORDER BY 1`,
      [[kort.id, uniekId]],
    );
    expect(log).toEqual([
      { object_type: 'Casus', actie: 'vernietigen', n: 2 },
      { object_type: 'Persoon', actie: 'vernietigen', n: 1 },
    ]);
    const v = await verify();
    expect(v.fout).toBeUndefined();
    expect(v.ok).toBe(true);

    // The certificate: the list, the term, both decisions; no personal data.
    const pdf = await fgZvh.fetch(`/api/v1${pad}/verklaring`, {
      headers: { verwerkingsactiviteit: BEWARING },
    });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toContain('application/pdf');
    const tekst = pdfTekst(Buffer.from(await pdf.arrayBuffer()));
    expect(tekst).toContain(lijst.nummer);
    expect(tekst).toContain(kort.nummer);
    expect(tekst).toContain('5 jaar');
    expect(tekst).toContain('Ingrid Kok');
    expect(tekst).toContain('Ruben Hendriks');
    expect(tekst).toContain('met 1 persoon');
    expect(tekst).not.toContain(alleenHier.achternaam ?? 'x');
    expect(tekst).not.toContain(gedeeld.achternaam ?? 'x');
    // The police FG sees none of this.
    expect((await api(fgPolitie, 'GET', pad, BEWARING)).status).toBe(404);
  });

  it('a legal hold and an extension block destruction; warnings come weeks before; both are visible to the FG', async () => {
    const vast = await geslotenMelding();
    const verlengd = await geslotenMelding();
    const gaat = await geslotenMelding();
    // Warnings: 19 years and 11 months on, all three end within eight weeks.
    klok.nu = () => new Date(Date.now() + 20 * JAAR - 30 * 24 * 3600 * 1000);
    const sign = await api(fgVt, 'GET', '/bewaring/signaleringen', BEWARING);
    expect(sign.status).toBe(200);
    const gesignaleerd = (sign.body as { objectId: string; verstreken: boolean }[]).map(
      (s) => s.objectId,
    );
    expect(gesignaleerd).toEqual(expect.arrayContaining([vast, verlengd, gaat]));
    expect((await api(fgZvh, 'GET', '/bewaring/signaleringen', BEWARING)).text).not.toContain(vast);

    zetKlok(21);
    const tot = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(
      new Date(Date.now() + 22 * JAAR),
    );
    const hold = await api(fgVt, 'POST', '/bewaring/blokkades', BEWARING, {
      soort: 'bewaarplicht',
      objectSoort: 'zorgmelding',
      objectId: vast,
      reden: 'Lopende procedure bij de rechtbank (zaakkenmerk bekend bij VT).',
    });
    expect(hold.status).toBe(201);
    const verl = await api(fgVt, 'POST', '/bewaring/blokkades', BEWARING, {
      soort: 'verlenging',
      objectSoort: 'zorgmelding',
      objectId: verlengd,
      reden: 'Hernieuwde melding verwacht; dossier nodig voor de beoordeling.',
      tot,
    });
    expect(verl.status).toBe(201);
    expect(
      (
        await api(fgVt, 'POST', '/bewaring/blokkades', BEWARING, {
          soort: 'verlenging',
          objectSoort: 'zorgmelding',
          objectId: gaat,
          reden: 'Zonder einddatum kan niet.',
        })
      ).status,
    ).toBe(422);
    // Another organisation's FG cannot hold VT's records (404: not theirs).
    expect(
      (
        await api(fgZvh, 'POST', '/bewaring/blokkades', BEWARING, {
          soort: 'bewaarplicht',
          objectSoort: 'zorgmelding',
          objectId: gaat,
          reden: 'Niet van ons.',
        })
      ).status,
    ).toBe(404);
    const blokkades = await api(fgVt, 'GET', '/bewaring/blokkades', BEWARING);
    expect(blokkades.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          objectId: vast,
          soort: 'bewaarplicht',
          gezetDoorNaam: 'Ruben Hendriks',
          actief: true,
        }),
        expect.objectContaining({ objectId: verlengd, soort: 'verlenging', tot, actief: true }),
      ]),
    );

    const voorstel = await api(fgVt, 'POST', '/bewaring/vernietigingslijsten', BEWARING);
    expect(voorstel.status).toBe(200);
    const ids = (voorstel.body.items as { objectId: string }[]).map((i) => i.objectId);
    expect(ids).toContain(gaat);
    expect(ids).not.toContain(vast);
    expect(ids).not.toContain(verlengd);

    // Lift the hold: the record is proposed again next time; hold it again after approval:
    // the approved list leaves it out at destruction.
    await api(fgVt, 'POST', `/bewaring/blokkades/${String(hold.body.id)}/opheffing`, BEWARING);
    const tweede = await api(fgVt, 'POST', '/bewaring/vernietigingslijsten', BEWARING);
    expect((tweede.body.items as { objectId: string }[]).map((i) => i.objectId)).toEqual([vast]);
    const pad = `/bewaring/vernietigingslijsten/${String(tweede.body.id)}`;
    expect((await api(fgVt, 'POST', `${pad}/goedkeuring`, BEWARING, {})).status).toBe(200);
    await api(fgVt, 'POST', '/bewaring/blokkades', BEWARING, {
      soort: 'bewaarplicht',
      objectSoort: 'zorgmelding',
      objectId: vast,
      reden: 'Toch weer: nieuw verzoek van de rechtbank.',
    });
    const na = await api(fgZvh, 'POST', `${pad}/bevestiging`, BEWARING, {});
    expect(na.body).toMatchObject({
      status: 'vernietigd',
      aantallen: { vernietigd: 0, uitgezonderd: 1 },
    });
    expect(
      (await ds.query('SELECT 1 FROM zorgmelding WHERE id = ANY($1)', [[vast, verlengd]])).length,
    ).toBe(2);
    expect((await verify()).ok).toBe(true);
  });

  it('destruction on request: VT records the request and decision; granted destroys now, with a certificate; a hold refuses it', async () => {
    const weg = await dienZorgmeldingIn(politie);
    const blijft = await dienZorgmeldingIn(politie);
    const verzoek = (zorgmeldingId: string, besluit: string) =>
      api(vtCoordinator, 'POST', '/bewaring/vernietigingsverzoeken', BEWARING, {
        zorgmeldingId,
        verzoeker: 'betrokkene',
        ontvangenOp: dag(),
        besluit,
        motivering: 'De melding berust op een persoonsverwisseling; verzoek gegrond.',
      });
    // The police cannot, nor can another VT's coordinator see this report.
    expect(
      (
        await api(politie, 'POST', '/bewaring/vernietigingsverzoeken', BEWARING, {
          zorgmeldingId: weg,
          verzoeker: 'betrokkene',
          ontvangenOp: dag(),
          besluit: 'toegewezen',
          motivering: 'Niet aan de politie.',
        })
      ).status,
    ).toBe(403);
    const af = await verzoek(blijft, 'afgewezen');
    expect([af.status, af.body.lijstId]).toEqual([201, null]);
    const [{ kenmerk } = { kenmerk: '' }] = await ds.query<{ kenmerk: string }[]>(
      'SELECT kenmerk FROM zorgmelding WHERE id = $1',
      [weg],
    );
    expect(kenmerk).toMatch(/^ZM-/);
    const toe = await verzoek(weg, 'toegewezen');
    expect(toe.status).toBe(201);
    expect(toe.body.lijstNummer).toMatch(/^VL-\d{4}-\d{4}$/);
    // Names, not codes: the request and its list name the report by its kenmerk.
    expect(toe.body.kenmerk).toBe(kenmerk);
    expect((await ds.query('SELECT 1 FROM zorgmelding WHERE id = $1', [weg])).length).toBe(0);
    expect((await ds.query('SELECT 1 FROM zorgmelding WHERE id = $1', [blijft])).length).toBe(1);
    const vt = await loginAs(t.url, 'demo-vt-rr-medewerker');
    expect(
      (await api(vt, 'GET', `/vt/zorgmeldingen/${weg}`, 'zorgmelding-ontvangen-beoordelen')).status,
    ).toBe(404);
    const pdf = await vtCoordinator.fetch(
      `/api/v1/bewaring/vernietigingslijsten/${String(toe.body.lijstId)}/verklaring`,
      { headers: { verwerkingsactiviteit: BEWARING } },
    );
    expect(pdf.status).toBe(200);
    const tekst = pdfTekst(Buffer.from(await pdf.arrayBuffer()));
    expect(tekst).toContain('vernietiging op verzoek');
    expect(tekst).toContain(`Zorgmelding ${kenmerk}`);
    // A hold refuses a granted request.
    await api(fgVt, 'POST', '/bewaring/blokkades', BEWARING, {
      soort: 'bewaarplicht',
      objectSoort: 'zorgmelding',
      objectId: blijft,
      reden: 'Bewaarplicht: lopend onderzoek.',
    });
    const geweigerd = await verzoek(blijft, 'toegewezen');
    expect([geweigerd.status, geweigerd.body.type]).toEqual([
      409,
      'urn:schakel:probleem:bewaarplicht',
    ]);
    const lijst = await api(fgVt, 'GET', '/bewaring/vernietigingsverzoeken', BEWARING);
    expect((lijst.body as unknown[]).length).toBe(2);
    expect((await verify()).ok).toBe(true);
  });

  it('restartable: a list confirmed but interrupted before destruction is resumed by the daily run, once', async () => {
    const a = await geslotenMelding();
    const b = await geslotenMelding();
    zetKlok(21);
    const voorstel = await api(fgVt, 'POST', '/bewaring/vernietigingslijsten', BEWARING);
    const ids = (voorstel.body.items as { objectId: string }[]).map((i) => i.objectId);
    expect(ids).toEqual(expect.arrayContaining([a, b]));
    const pad = `/bewaring/vernietigingslijsten/${String(voorstel.body.id)}`;
    expect((await api(fgVt, 'POST', `${pad}/goedkeuring`, BEWARING, {})).status).toBe(200);
    // As if the confirmation committed and the process died before destroying anything.
    await ds.query(
      `UPDATE vernietigingslijst SET status = 'vernietigen', bevestigd_door = 'demo-fg-zvh',
         bevestigd_door_naam = 'Ingrid Kok', bevestigd_op = now() WHERE id = $1`,
      [voorstel.body.id],
    );
    expect((await ds.query('SELECT 1 FROM zorgmelding WHERE id = ANY($1)', [[a, b]])).length).toBe(
      2,
    );
    const eerste = await dagelijkseRun(t.app.get(Vernietiger), klok);
    expect(eerste.hervat).toBe(1);
    expect((await ds.query('SELECT 1 FROM zorgmelding WHERE id = ANY($1)', [[a, b]])).length).toBe(
      0,
    );
    const lijst = await api(fgVt, 'GET', pad, BEWARING);
    expect(lijst.body).toMatchObject({
      status: 'vernietigd',
      aantallen: { vernietigd: ids.length },
    });
    const records = async () =>
      Number(
        (
          await ds.query<{ n: string }[]>(
            "SELECT count(*) AS n FROM actor_audit WHERE actie = 'vernietigen' AND object_id = ANY($1)",
            [[a, b]],
          )
        )[0]?.n,
      );
    expect(await records()).toBe(2);
    // Again: nothing left to resume, nothing destroyed or logged twice.
    expect((await dagelijkseRun(t.app.get(Vernietiger), klok)).hervat).toBe(0);
    expect(await records()).toBe(2);
    expect((await verify()).ok).toBe(true);
  });
});
