import 'reflect-metadata';
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { AuditSequencer, AuditService, CheckpointSigner } from '@schakel/audit';
import { REGELS_VERSIE } from '@schakel/authz';
import { bsnIndex } from '@schakel/personen';
import {
  demoBsn,
  Inhoudskluis,
  loadConfig,
  localSecret,
  nieuweDataSleutel,
  openDatabase,
  sleutelringUit,
  versleutelVeld,
} from '@schakel/platform';
import { PurposeService } from '@schakel/purpose';
import { volledigeMelding } from '@schakel/zorgmeldingen';
import { DataSource } from 'typeorm';
import { createApp } from './app.js';
import { seedCasussen } from './seed-casussen.js';
import { schrijfEnVerzegel } from './seed-verzegelen.js';

/**
 * `npm run seed -- --size S|M [--fractie 0.1]`: a synthetic data set for
 * measurement (issue 16, docs/adr/0029), loaded in bulk (multi-row INSERT ... SELECT FROM
 * unnest, and INSERT ... SELECT generate_series for the log records) with a progress bar.
 *
 * Persons and reports are encrypted exactly as the app does it (ADR 0013/0016): a data key per
 * person and per report, wrapped by the active master key, every field its own AES-GCM
 * envelope bound to its id; the blind index on the BSN; what a report recorded of each person
 * sealed under that person's key. Casussen and exchanges likewise (seed-casussen.ts). Log records
 * are written and sealed in bulk with the audit library's leaf encoding and tree code, one
 * signed checkpoint; the sequencer then builds the tiles and the witness cosigns
 * (seed-verzegelen.ts). Verify the result with `npm run audit:verify`.
 *
 * Fictional data: valid BSNs (11-proef) from a range no test uses, Dutch names and streets, the
 * unit's municipalities (routing table) and a spread of states and dates over the years.
 */

const MATEN = {
  S: { meldingen: 2_000, personen: 1_000, casussen: 500, logs: 100_000, jaren: 1 },
  M: { meldingen: 200_000, personen: 100_000, casussen: 50_000, logs: 10_000_000, jaren: 10 },
} as const;
const BATCH = 2_000;

const VOORNAMEN = [
  'Anna',
  'Sanne',
  'Fatima',
  'Emma',
  'Sophie',
  'Yasmina',
  'Lotte',
  'Noor',
  'Daan',
  'Mohammed',
  'Bram',
  'Jeroen',
  'Kevin',
  'Stefan',
  'Mehmet',
  'Ricardo',
  'Priya',
  'Ilse',
  'Marloes',
  'Joost',
  'Ayoub',
  'Chantal',
  'Dewi',
  'Ruben',
];
const KINDNAMEN = [
  'Finn',
  'Lucas',
  'Mila',
  'Zoë',
  'Adam',
  'Sara',
  'Liam',
  'Nora',
  'Yara',
  'Sem',
  'Julia',
  'Noah',
  'Amira',
  'Levi',
];
const ACHTERNAMEN: [string | null, string][] = [
  [null, 'Jansen'],
  ['de', 'Vries'],
  ['van', 'Dijk'],
  [null, 'Bakker'],
  ['van den', 'Berg'],
  [null, 'Visser'],
  [null, 'Smit'],
  ['de', 'Jong'],
  [null, 'Yilmaz'],
  [null, 'El Amrani'],
  [null, 'Mulder'],
  ['van der', 'Linden'],
  [null, 'Kramer'],
  [null, 'Pinas'],
  [null, 'Bouzid'],
  ['de', 'Graaf'],
  [null, 'Hoekstra'],
  [null, 'Kaya'],
  ['van', 'Leeuwen'],
  [null, 'Martina'],
];
const STRATEN = [
  'Dorpsstraat',
  'Kerkstraat',
  'Molenweg',
  'Beukenlaan',
  'Schiekade',
  'Zuidplein',
  'Oranjestraat',
  'Havenstraat',
  'Lindelaan',
  'Merwedestraat',
  'Dijkweg',
  'Stationsweg',
  'Voorstraat',
  'Singel',
  'Prins Hendrikkade',
];
const SOORTEN = [
  'huiselijk-geweld',
  'huiselijk-geweld',
  'huiselijk-geweld',
  'kindermishandeling',
  'kindermishandeling',
  'ouderenmishandeling',
];
const RELAZEN = [
  'Melding van buren over geschreeuw; ter plaatse een gewonde vrouw aangetroffen.',
  'Ruzie tussen partners escaleerde; kinderen waren in de woning aanwezig.',
  'Oudere bewoner meldt dat een familielid geld wegneemt en dreigt.',
  'School meldt blauwe plekken bij een kind; ouder reageert afwerend.',
  'Herhaalde melding van conflicten in het gezin; politie ter plaatse geweest.',
];
const UITKOMSTEN = [
  'overdracht-lokaal-veld',
  'overdracht-betrokken-professional',
  'omzetten-naar-advies',
  'afsluiten',
];

/** The processing activity of each casus theme (libs/casussen/src/data/themas.json). */
const THEMA_ACTIVITEITEN: Record<string, string> = Object.fromEntries(
  (
    JSON.parse(
      readFileSync(new URL('../../../libs/casussen/src/data/themas.json', import.meta.url), 'utf8'),
    ) as { themas: { id: string; activiteit: string }[] }
  ).themas.map((t) => [t.id, t.activiteit]),
);

interface Gemeente {
  gemeentecode: string;
  naam: string;
  veiligThuis: string;
}
interface Persoon {
  id: string;
  sleutel: Buffer;
  identiteit: Record<string, string>;
}

const kies = <T>(lijst: readonly T[], r: number): T =>
  lijst[Math.floor(r * lijst.length) % lijst.length] as T;
const dag = (d: Date): string => d.toISOString().slice(0, 10);
const plus = (d: Date, dagen: number): Date => new Date(d.getTime() + dagen * 86_400_000);

/** A progress bar on stderr: part, count, rate. */
class Voortgang {
  private laatst = 0;
  private klaar = false;
  private readonly t0 = Date.now();
  constructor(
    private readonly naam: string,
    private readonly totaal: number,
  ) {}
  zet(klaar: number): void {
    if (this.klaar) return;
    const nu = Date.now();
    if (nu - this.laatst < 250 && klaar < this.totaal) return;
    this.laatst = nu;
    const deel = this.totaal === 0 ? 1 : klaar / this.totaal;
    const balk = '#'.repeat(Math.round(deel * 30)).padEnd(30, '.');
    const s = (nu - this.t0) / 1000;
    process.stderr.write(
      `\r${this.naam.padEnd(14)} [${balk}] ${String(Math.floor(deel * 100)).padStart(3)}% ${klaar.toLocaleString('nl-NL')}/${this.totaal.toLocaleString('nl-NL')} (${Math.round(klaar / Math.max(s, 0.001)).toLocaleString('nl-NL')}/s)`,
    );
    if (klaar >= this.totaal) {
      this.klaar = true;
      process.stderr.write('\n');
    }
  }
  get seconden(): number {
    return (Date.now() - this.t0) / 1000;
  }
}

function argument(naam: string): string | undefined {
  const i = process.argv.indexOf(naam);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** Deterministic pseudo-random numbers (mulberry32): the same set on every run. */
function willekeur(zaad: number): () => number {
  let a = zaad >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

async function main(): Promise<number> {
  const maat = (argument('--size') ?? 'S').toUpperCase();
  if (maat !== 'S' && maat !== 'M') {
    console.error('Gebruik: npm run seed -- --size S|M [--fractie 0.1]');
    return 2;
  }
  const fractie = Number(argument('--fractie') ?? '1');
  if (!(fractie > 0 && fractie <= 1)) {
    console.error('--fractie: een getal groter dan 0 en ten hoogste 1');
    return 2;
  }
  const basis = MATEN[maat];
  const n = {
    meldingen: Math.round(basis.meldingen * fractie),
    personen: Math.round(basis.personen * fractie),
    casussen: Math.round(basis.casussen * fractie),
    logs: Math.round(basis.logs * fractie),
  };
  const config = loadConfig({
    ...process.env,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    // The seed seals itself below, with a progress bar; no timer in between.
    AUDIT_SEQUENCER_INTERVAL_S: '3600',
  });
  const database = await openDatabase(config);
  const app = await createApp(config, database);
  const t0 = Date.now();
  const tijden: Record<string, number> = {};
  try {
    const ds = app.get(DataSource);
    const audit = app.get(AuditService);
    const [al] = await ds.query<{ n: string }[]>(
      `SELECT count(*) AS n FROM zorgmelding WHERE idempotentie_sleutel LIKE 'seed-%'`,
    );
    if (Number(al?.n) > 0) {
      console.error('Deze database heeft al een seed-set; gebruik een lege database.');
      return 1;
    }
    const ring = sleutelringUit(config);
    const kluis = new Inhoudskluis(ring);
    const indexSleutel =
      config.PERSONEN_BSN_INDEX_KEY ??
      localSecret(config, '.personen-bsn-indexsleutel', () =>
        randomBytes(32).toString('base64url'),
      );
    const gemeenten =
      (
        JSON.parse(
          readFileSync(
            new URL('../../../libs/zorgmeldingen/src/data/routering.json', import.meta.url),
            'utf8',
          ),
        ) as { versies: { gemeenten: Gemeente[] }[] }
      ).versies.at(-1)?.gemeenten ?? [];
    // Rotterdam is about a third of the unit's inhabitants; the rest evenly.
    const gewogen = gemeenten.flatMap((g) =>
      g.gemeentecode === 'GM0599' ? Array.from({ length: 10 }, () => g) : [g],
    );
    const rnd = willekeur(16);
    const nu = new Date();

    // 1. Persons: 70 % adults with BSN and address, 30 % children.
    const personen: Persoon[] = [];
    const volwassenen: Persoon[] = [];
    const kinderen: Persoon[] = [];
    const bsns = new Set<string>();
    const vp = new Voortgang('personen', n.personen);
    // Each batch is written while the next is encrypted (Node and PostgreSQL on their own core).
    let vorige: Promise<unknown> = Promise.resolve();
    for (let start = 0; start < n.personen; start += BATCH) {
      const rijen: {
        id: string;
        index: Buffer | null;
        velden: string;
        sleutelId: string;
        verpakt: Buffer;
        op: Date;
      }[] = [];
      for (let i = start; i < Math.min(start + BATCH, n.personen); i++) {
        const kind = rnd() < 0.3;
        const g = kies(gewogen, rnd());
        const [voorvoegsel, achternaam] = kies(ACHTERNAMEN, rnd());
        let bsn = demoBsn(60_000_000 + i * 7);
        while (bsns.has(bsn)) bsn = demoBsn(Number(bsn.slice(0, 8)) + 1);
        bsns.add(bsn);
        const geboren = kind
          ? plus(nu, -Math.floor(365 * (1 + rnd() * 16)))
          : plus(nu, -Math.floor(365 * (19 + rnd() * 60)));
        const identiteit: Record<string, string> = {
          bsn,
          voornamen: kies(kind ? KINDNAMEN : VOORNAMEN, rnd()),
          ...(voorvoegsel ? { voorvoegsel } : {}),
          achternaam,
          geboortedatum: dag(geboren),
          straat: kies(STRATEN, rnd()),
          huisnummer: String(1 + Math.floor(rnd() * 180)) + (rnd() < 0.15 ? 'A' : ''),
          postcode: `${String(2900 + Math.floor(rnd() * 500))}${String.fromCharCode(65 + Math.floor(rnd() * 26))}${String.fromCharCode(65 + Math.floor(rnd() * 26))}`,
          woonplaats: g.naam,
          gemeenteCode: g.gemeentecode,
        };
        const id = randomUUID();
        const sleutel = nieuweDataSleutel();
        const velden: Record<string, string> = {};
        for (const [veld, waarde] of Object.entries(identiteit)) {
          velden[veld] = versleutelVeld(sleutel, id, veld, waarde).toString('base64');
        }
        const { sleutelId, verpakt } = ring.verpak(id, sleutel);
        const p = { id, sleutel, identiteit };
        personen.push(p);
        (kind ? kinderen : volwassenen).push(p);
        rijen.push({
          id,
          index: bsnIndex(indexSleutel, bsn),
          velden: JSON.stringify(velden),
          sleutelId,
          verpakt,
          op: plus(nu, -Math.floor(rnd() * 365 * basis.jaren)),
        });
      }
      await vorige;
      vorige = ds.transaction(async (m) => {
        await m.query(
          `INSERT INTO persoon (id, bsn_index, velden, aangemaakt_op, gewijzigd_op)
           SELECT * , u.op FROM unnest($1::uuid[], $2::bytea[], $3::jsonb[], $4::timestamptz[]) AS u(id, idx, velden, op)`,
          [
            rijen.map((r) => r.id),
            rijen.map((r) => r.index),
            rijen.map((r) => r.velden),
            rijen.map((r) => r.op),
          ],
        );
        await m.query(
          `INSERT INTO persoon_sleutel (persoon_id, sleutel_id, verpakt, verpakt_op)
           SELECT *, now() FROM unnest($1::uuid[], $2::text[], $3::bytea[])`,
          [rijen.map((r) => r.id), rijen.map((r) => r.sleutelId), rijen.map((r) => r.verpakt)],
        );
      });
      const klaar = Math.min(start + BATCH, n.personen);
      vorige = vorige.then(() => {
        vp.zet(klaar);
      });
    }
    await vorige;
    tijden.personen = vp.seconden;

    // 2. Reports, their persons (each sealed under the person's key) and timelines.
    const vm = new Voortgang('zorgmeldingen', n.meldingen);
    const meldingIds: string[] = [];
    const sjabloon = volledigeMelding();
    for (let start = 0; start < n.meldingen; start += BATCH) {
      const zm: unknown[][] = Array.from({ length: 24 }, () => []);
      const bt: unknown[][] = [[], [], [], [], []];
      const gb: unknown[][] = [[], [], [], [], [], []];
      for (let i = start; i < Math.min(start + BATCH, n.meldingen); i++) {
        const id = randomUUID();
        meldingIds.push(id);
        const slachtoffer = kies(volwassenen, rnd());
        const pleger = kies(volwassenen, rnd());
        const kind = kinderen.length > 0 && rnd() < 0.6 ? kies(kinderen, rnd()) : null;
        // Routing as the app does it: the child's municipality when a child is named, else the victim's.
        const woont = (kind ?? slachtoffer).identiteit.gemeenteCode;
        const g = gemeenten.find((x) => x.gemeentecode === woont) ?? kies(gemeenten, 0);
        // Dates over the years, more recent ones a little more often (growth).
        const leeftijd = Math.floor(365 * basis.jaren * rnd() ** 1.3);
        const ingediend = new Date(plus(nu, -leeftijd).getTime() - Math.floor(rnd() * 86_400_000));
        const soort = kies(SOORTEN, rnd());
        const r = rnd();
        const status =
          r < 0.01
            ? 'concept'
            : r < 0.015
              ? 'routeringsuitzondering'
              : leeftijd < 3
                ? r < 0.4
                  ? 'gerouteerd'
                  : r < 0.7
                    ? 'ontvangen'
                    : 'toegewezen'
                : leeftijd < 70
                  ? r < 0.3
                    ? 'onderzoek'
                    : r < 0.5
                      ? 'beoordeeld'
                      : 'afgesloten'
                  : 'afgesloten';
        const vt =
          status === 'concept' || status === 'routeringsuitzondering' ? null : g.veiligThuis;
        const medewerker =
          vt === 'vt-zuid-holland-zuid' ? 'demo-vt-zhz-medewerker' : 'demo-vt-rr-medewerker';
        const sl = kluis.nieuweSleutel(`zorgmelding/${id}`);
        const inhoud = {
          ...sjabloon,
          incident: {
            datum: dag(ingediend),
            tijdstip: `${String(Math.floor(rnd() * 24)).padStart(2, '0')}:${String(Math.floor(rnd() * 60)).padStart(2, '0')}`,
            plaats: { omschrijving: 'Woning van het gezin', gemeentecode: g.gemeentecode },
            soort,
          },
          kinderenAanwezig: kind !== null,
          relaas: kies(RELAZEN, rnd()),
        } as Record<string, unknown>;
        delete inhoud.status;
        delete inhoud.betrokkenen;
        const beoordeeld = ['beoordeeld', 'onderzoek', 'afgesloten'].includes(status);
        const ontvangen = beoordeeld || ['ontvangen', 'toegewezen'].includes(status);
        const uitkomst =
          status === 'onderzoek' ? 'vt-onderzoekt' : beoordeeld ? kies(UITKOMSTEN, rnd()) : null;
        const beoordeeldOp = plus(ingediend, 1 + Math.floor(rnd() * 5));
        const waarden = [
          id,
          status,
          'demo-politie-1',
          'politie-rotterdam',
          vt,
          status === 'concept' ? null : g.gemeentecode,
          status === 'concept' ? null : soort,
          status === 'concept' ? null : 1,
          vt ? (kind ? 'woonplaats-kind' : 'woonplaats-slachtoffer') : null,
          status === 'routeringsuitzondering' ? 'geen-woonplaats-bekend' : null,
          status === 'concept' ? null : ingediend,
          vt ? ingediend : null,
          vt ? dag(ingediend) : null,
          vt ? dag(plus(ingediend, 7)) : null,
          ontvangen ? plus(ingediend, 0.2) : null,
          status === 'toegewezen' ? medewerker : null,
          uitkomst,
          uitkomst ? dag(beoordeeldOp) : null,
          uitkomst ? medewerker : null,
          status === 'onderzoek' ? dag(plus(beoordeeldOp, 70)) : null,
          status === 'afgesloten' ? 'gegeven' : 'geen',
          kluis.versleutel(sl.sleutel, `zorgmelding/${id}`, 'inhoud', JSON.stringify(inhoud)),
          sl.sleutelId,
          sl.verpakt,
        ];
        waarden.forEach((w, k) => zm[k]?.push(w));
        const links: [Persoon, string, string[]][] = [
          [slachtoffer, 'slachtoffer', Object.keys(slachtoffer.identiteit)],
          [pleger, 'pleger', ['voornamen', 'voorvoegsel', 'achternaam']],
          ...(kind
            ? [
                [
                  kind,
                  'kind-in-het-gezin',
                  ['voornamen', 'achternaam', 'geboortedatum', 'woonplaats', 'gemeenteCode'],
                ] as [Persoon, string, string[]],
              ]
            : []),
        ];
        links.forEach(([p, rol, velden], volgnummer) => {
          const vastgelegd = Object.fromEntries(
            velden.flatMap((v) => (p.identiteit[v] ? [[v, p.identiteit[v]]] : [])),
          );
          bt[0]?.push(id);
          bt[1]?.push(volgnummer);
          bt[2]?.push(rol);
          bt[3]?.push(p.id);
          bt[4]?.push(
            versleutelVeld(
              p.sleutel,
              p.id,
              `vastgelegd:zorgmelding/${id}`,
              JSON.stringify(vastgelegd),
            ),
          );
        });
        const tijdlijn: [Date, string, string, string, string][] = [
          [plus(ingediend, -0.01), 'concept', 'opstellen', 'demo-politie-1', 'politie-rotterdam'],
        ];
        if (status !== 'concept')
          tijdlijn.push([
            ingediend,
            'ingediend',
            'indienen',
            'demo-politie-1',
            'politie-rotterdam',
          ]);
        if (status === 'routeringsuitzondering')
          tijdlijn.push([ingediend, status, 'routeren', 'demo-politie-1', 'politie-rotterdam']);
        if (vt)
          tijdlijn.push([
            ingediend,
            'gerouteerd',
            'routeren',
            'demo-politie-1',
            'politie-rotterdam',
          ]);
        if (vt && ontvangen)
          tijdlijn.push([plus(ingediend, 0.2), 'ontvangen', 'ontvangst', medewerker, vt]);
        if (vt && status === 'toegewezen')
          tijdlijn.push([
            plus(ingediend, 0.5),
            'toegewezen',
            'toewijzing',
            medewerker.replace('medewerker', 'coordinator'),
            vt,
          ]);
        if (vt && beoordeeld)
          tijdlijn.push([
            beoordeeldOp,
            status === 'onderzoek' ? 'onderzoek' : 'beoordeeld',
            'beoordeling',
            medewerker,
            vt,
          ]);
        if (vt && status === 'afgesloten')
          tijdlijn.push([plus(beoordeeldOp, 1), 'afgesloten', 'terugkoppeling', medewerker, vt]);
        for (const [tijd, st, stap, actor, org] of tijdlijn) {
          gb[0]?.push(id);
          gb[1]?.push(tijd);
          gb[2]?.push(st);
          gb[3]?.push(stap);
          gb[4]?.push(actor);
          gb[5]?.push(org);
        }
      }
      await vorige;
      vorige = ds.transaction(async (m) => {
        await m.query(
          `INSERT INTO zorgmelding (id, status, opsteller_id, opsteller_organisatie, vt_organisatie,
             gemeentecode, soort, routering_tabel_versie, routering_regel, uitzondering_reden,
             ingediend_op, ontvangen_op, termijn_vanaf, termijn_uiterlijk, ontvangst_bevestigd_op,
             toegewezen_aan, uitkomst, uitkomst_datum, beoordeeld_door, onderzoek_uiterlijk,
             terugkoppeling_status, inhoud, sleutel_id, verpakte_sleutel, toegewezen_op,
             terugkoppeling_categorie, terugkoppeling_op, idempotentie_sleutel, aangemaakt_op, gewijzigd_op)
           SELECT u.*, CASE WHEN u.toegewezen_aan IS NULL THEN NULL ELSE u.ingediend_op + interval '12 hours' END,
                  CASE WHEN u.tks = 'gegeven' THEN u.uitkomst END,
                  CASE WHEN u.tks = 'gegeven' THEN u.uitkomst_datum + 1 END,
                  'seed-' || u.id, coalesce(u.ingediend_op, now()) - interval '15 minutes',
                  coalesce(u.uitkomst_datum + 1, u.ontvangst_bevestigd_op, u.ingediend_op, now())
             FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
                         $8::int[], $9::text[], $10::text[], $11::timestamptz[], $12::timestamptz[], $13::date[],
                         $14::date[], $15::timestamptz[], $16::text[], $17::text[], $18::date[], $19::text[],
                         $20::date[], $21::text[], $22::bytea[], $23::text[], $24::bytea[])
                  AS u(id, status, opsteller_id, opsteller_organisatie, vt_organisatie, gemeentecode, soort,
                       routering_tabel_versie, routering_regel, uitzondering_reden, ingediend_op, ontvangen_op,
                       termijn_vanaf, termijn_uiterlijk, ontvangst_bevestigd_op, toegewezen_aan, uitkomst,
                       uitkomst_datum, beoordeeld_door, onderzoek_uiterlijk, tks, inhoud, sleutel_id, verpakte_sleutel)`,
          zm,
        );
        await m.query(
          `INSERT INTO zorgmelding_betrokkene (zorgmelding_id, volgnummer, rol, persoon_id, vastgelegd)
           SELECT * FROM unnest($1::uuid[], $2::int[], $3::text[], $4::uuid[], $5::bytea[])`,
          bt,
        );
        await m.query(
          `INSERT INTO zorgmelding_gebeurtenis (zorgmelding_id, tijd, status, stap, actor_id, organisatie_code)
           SELECT * FROM unnest($1::uuid[], $2::timestamptz[], $3::text[], $4::text[], $5::text[], $6::text[])`,
          gb,
        );
      });
      const klaar = Math.min(start + BATCH, n.meldingen);
      vorige = vorige.then(() => {
        vm.zet(klaar);
      });
    }
    await vorige;
    tijden.zorgmeldingen = vm.seconden;

    // 3. Casussen of the ZVH and their exchanges, in the states the steps give them.
    const purpose = app.get(PurposeService);
    const themas: Parameters<typeof seedCasussen>[1]['themas'] = {};
    for (const [thema, activiteitId] of Object.entries(THEMA_ACTIVITEITEN)) {
      const a = await purpose.currentOf(activiteitId);
      if (!a) throw new Error(`Activiteit ${activiteitId} ontbreekt in het register`);
      themas[thema] = {
        activiteit: a.id,
        versie: a.versie,
        grondslag: a.grondslag,
        termijn: a.bewaartermijn,
      };
    }
    const vc = new Voortgang('casussen', n.casussen);
    const casussen = await seedCasussen(ds, {
      aantal: n.casussen,
      jaren: basis.jaren,
      nu,
      rnd,
      kluis,
      volwassenen,
      kinderen,
      themas,
      voortgang: (k) => {
        vc.zet(k);
      },
    });
    vc.zet(n.casussen);
    tijden.casussen = vc.seconden;

    // 4. Log records: reads and steps of the seeded reports by the demo actors, one processing
    // record per person; about 40 % actor audit and 60 % processing records. Written and sealed
    // in bulk (seed-verzegelen.ts): positions and leaf hashes in the same statements.
    const pseudoniemen = personen.map((p) =>
      audit.pseudonym(p.identiteit.bsn ?? `persoon:${p.id}`),
    );
    const vl = new Voortgang('logrecords', n.logs);
    let vs: Voortgang | undefined;
    const sequencer = app.get(AuditSequencer);
    const log = await schrijfEnVerzegel(ds, app.get(CheckpointSigner), {
      toegangen: Math.round(n.logs / 2.5),
      meldingIds,
      pseudoniemen,
      jaren: basis.jaren,
      regelsVersie: REGELS_VERSIE,
      voortgang: (k) => {
        vl.zet(Math.min(k, n.logs));
      },
      verzegelVoortgang: (k, totaal) => {
        vs ??= new Voortgang('boom', totaal);
        vs.zet(k);
      },
      // 5. The sequencer leads: it builds the tiles from the leaf hashes, seals whatever the
      // app queued itself, and has the witness cosign the checkpoint.
      naCheckpoint: async () => {
        for (let k = await sequencer.sealNow(); k > 0; k = await sequencer.sealNow());
        const { gestopt } = sequencer.toestand();
        if (gestopt) throw new Error(`Verzegelen gestopt: ${gestopt.reden}`);
      },
    });
    vl.zet(n.logs);
    const geschreven = log.records;
    Object.assign(tijden, log.seconden);
    await ds.query('ANALYZE');
    const totaal = (Date.now() - t0) / 1000;
    console.log(
      JSON.stringify({
        maat,
        fractie,
        ...n,
        logrecordsGeschreven: geschreven,
        casussenPerStatus: casussen.statussen,
        uitwisselingen: casussen.uitwisselingen,
        seconden: tijden,
        totaalSeconden: Math.round(totaal),
      }),
    );
    return 0;
  } finally {
    await app.close();
    await database.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
    process.exit(2);
  },
);
