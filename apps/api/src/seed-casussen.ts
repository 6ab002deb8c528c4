import { randomUUID } from 'node:crypto';
import { bewaarTot } from '@schakel/purpose';
import { type Inhoudskluis, versleutelVeld } from '@schakel/platform';
import type { DataSource } from 'typeorm';

/**
 * Casussen and their exchanges for `npm run seed` (issue 16): each casus through the states the
 * app's steps give it (registered by a wijkteam, escalated to the ZVH, accepted or declined,
 * partners invited, exchanges registered, closed), encrypted as the app does it (ADR 0017): a
 * data key per casus wrapped by the active master key, every free text an AES-GCM envelope
 * under it bound to the casus and the field, and what the casus recorded of each person sealed
 * under that person's key (`vastgelegd:casus/<id>`).
 */

export interface SeedPersoon {
  id: string;
  sleutel: Buffer;
  identiteit: Record<string, string>;
}

export interface CasusOpdracht {
  aantal: number;
  jaren: number;
  nu: Date;
  rnd: () => number;
  kluis: Inhoudskluis;
  volwassenen: readonly SeedPersoon[];
  kinderen: readonly SeedPersoon[];
  /** Per theme: its activity, the activity's version, legal basis and retention term. */
  themas: Record<
    string,
    { activiteit: string; versie: number; grondslag: string; termijn: string }
  >;
  voortgang(klaar: number): void;
}

const ZVH = 'zvh-rotterdam-rijnmond';
const REGISSEUR = 'demo-zvh-procesregisseur';
const ALLE_CATEGORIEEN = [
  'identificatie',
  'woonsituatie',
  'gezondheid',
  'justitiele-gegevens',
  'financien',
  'gezin-en-jeugd',
];
const SCOPE_SLEUTELPARTNER = ['identificatie', 'woonsituatie', 'gezin-en-jeugd'];
/** Partners the ZVH invites, with the scope each typically gets. */
const PARTNERS: [string, string[]][] = [
  ['politie-rotterdam', ['identificatie', 'justitiele-gegevens']],
  ['ggz-rijnmond', ['identificatie', 'gezondheid']],
  ['om-rotterdam', ['identificatie', 'justitiele-gegevens']],
  ['reclassering-rotterdam', ['identificatie', 'justitiele-gegevens', 'woonsituatie']],
  ['woonstad-rijnmond', ['identificatie', 'woonsituatie', 'financien']],
];
/** Themes, weighted as a ZVH sees them. */
const THEMAS = [
  'huiselijk-geweld',
  'huiselijk-geweld',
  'huiselijk-geweld',
  'overlast-criminaliteit',
  'overlast-criminaliteit',
  'overlast-criminaliteit',
  'verward-gedrag',
  'verward-gedrag',
  'jeugd',
  'jeugd',
  'radicalisering',
];
const LEVENSDOMEINEN = [
  'financien',
  'wonen',
  'werk-en-dagbesteding',
  'gezondheid',
  'psychische-gezondheid',
  'verslaving',
  'justitie',
  'gezin-en-relaties',
  'opvoeding',
  'sociaal-netwerk',
];
const AANLEIDINGEN: Record<string, string[]> = {
  'huiselijk-geweld': [
    'Terugkerend huiselijk geweld; politie meerdere keren ter plaatse; kinderen in het gezin.',
    'Ex-partner blijft dreigen ondanks contactverbod; moeder durft niet meer naar buiten.',
  ],
  'overlast-criminaliteit': [
    'Herhaalde overlast en kleine diefstallen in de buurt; schulden en middelengebruik.',
    'Jongere betrokken bij drugshandel rond de school; ouders vragen hulp.',
  ],
  'verward-gedrag': [
    'Man met verward gedrag bedreigt buren; mijdt zorg; dreigende huisuitzetting.',
    'Vrouw met psychische problemen vervuilt de woning; buren maken zich zorgen.',
  ],
  jeugd: [
    'Jongere spijbelt structureel en hangt rond met een groep; ouders handelingsverlegen.',
    'Kind in een gezin met veel conflicten; school meldt zorgen over gedrag.',
  ],
  radicalisering: [
    'Signalen van radicalisering bij een jongvolwassene; familie maakt zich zorgen.',
    'Zorgen over extremistische uitingen online; isolement van het gezin.',
  ],
};

const kies = <T>(lijst: readonly T[], r: number): T =>
  lijst[Math.floor(r * lijst.length) % lijst.length] as T;
const plus = (d: Date, dagen: number): Date => new Date(d.getTime() + dagen * 86_400_000);
const BATCH = 1_000;

/** Loads the casussen in batches of multi-row INSERT ... SELECT FROM unnest; answers counts. */
export async function seedCasussen(
  ds: DataSource,
  o: CasusOpdracht,
): Promise<{ casussen: number; uitwisselingen: number; statussen: Record<string, number> }> {
  const { rnd, nu, kluis } = o;
  /** Steps happened before now: a date the spread puts later is moved to just before now. */
  const uiterlijk = (d: Date): Date =>
    d < nu ? d : new Date(nu.getTime() - Math.floor(rnd() * 3_600_000) - 60_000);
  const na = (d: Date, dagen: number): Date => uiterlijk(plus(d, dagen));
  const statussen: Record<string, number> = {};
  let uitwisselingen = 0;
  let vorige: Promise<unknown> = Promise.resolve();
  for (let start = 0; start < o.aantal; start += BATCH) {
    const cs: unknown[][] = Array.from({ length: 24 }, () => []);
    const bt: unknown[][] = Array.from({ length: 8 }, () => []);
    const dn: unknown[][] = Array.from({ length: 6 }, () => []);
    const gb: unknown[][] = Array.from({ length: 5 }, () => []);
    const uw: unknown[][] = Array.from({ length: 17 }, () => []);
    const ow: unknown[][] = Array.from({ length: 4 }, () => []);
    for (let i = start; i < Math.min(start + BATCH, o.aantal); i++) {
      const id = randomUUID();
      const context = `casus/${id}`;
      const thema = kies(THEMAS, rnd());
      const t = o.themas[thema];
      if (!t) throw new Error(`Thema ${thema} ontbreekt in het register`);
      const hoofd = kies(o.volwassenen, rnd());
      const gemeente = (hoofd.identiteit.gemeenteCode ?? 'GM0599').toLowerCase();
      const wijkteam = `wijkteam-${gemeente}`;
      const melder =
        gemeente === 'gm0599'
          ? 'demo-wijkteam-rotterdam'
          : gemeente === 'gm0505'
            ? 'demo-wijkteam-dordrecht'
            : `seed-wijkteam-${gemeente}`;
      const leeftijd = Math.floor(365 * o.jaren * rnd() ** 1.3);
      const aangemaakt = new Date(na(nu, -leeftijd).getTime() - Math.floor(rnd() * 36_000_000));
      const r = rnd();
      const status =
        leeftijd < 14
          ? r < 0.5
            ? 'aangemeld'
            : 'in-triage'
          : leeftijd < 365
            ? r < 0.1
              ? 'afgewezen'
              : r < 0.2
                ? 'geaccepteerd'
                : r < 0.75
                  ? 'actief'
                  : 'afgesloten'
            : r < 0.15
              ? 'afgewezen'
              : r < 0.2
                ? 'actief'
                : 'afgesloten';
      statussen[status] = (statussen[status] ?? 0) + 1;
      const sl = kluis.nieuweSleutel(context);
      const geheim = (veld: string, tekst: string) =>
        kluis.versleutel(sl.sleutel, context, veld, tekst);
      const opgeschaald = status === 'aangemeld' ? null : na(aangemaakt, 1 + rnd() * 9);
      const getrieerd =
        opgeschaald && status !== 'in-triage' ? na(opgeschaald, 1 + rnd() * 6) : null;
      const geaccepteerd = getrieerd && status !== 'afgewezen';
      const afgesloten =
        status === 'afgesloten' && getrieerd ? na(getrieerd, 30 + rnd() * 300) : null;
      const einde = afgesloten ?? (status === 'afgewezen' ? getrieerd : null);

      // Participations: the ZVH and the sleutelpartner from acceptance on, partners after.
      const partners =
        geaccepteerd && status !== 'geaccepteerd'
          ? [...PARTNERS].sort(() => rnd() - 0.5).slice(0, 1 + Math.floor(rnd() * 3))
          : [];
      const deelnames: [string, string[], Date][] = geaccepteerd
        ? [
            [ZVH, ALLE_CATEGORIEEN, getrieerd],
            [wijkteam, SCOPE_SLEUTELPARTNER, getrieerd],
            ...partners.map(([org, scope], k): [string, string[], Date] => [
              org,
              scope,
              na(getrieerd, 1 + k * 2 + rnd() * 5),
            ]),
          ]
        : [];
      for (const [org, scope, op] of deelnames) {
        dn[0]?.push(randomUUID());
        dn[1]?.push(id);
        dn[2]?.push(org);
        dn[3]?.push(`{${scope.join(',')}}`);
        dn[4]?.push(op);
        dn[5]?.push(afgesloten);
      }
      const organisaties = [
        ...new Set([wijkteam, ...(opgeschaald ? [ZVH] : []), ...deelnames.map((d) => d[0])]),
      ];
      const deelnemers = afgesloten ? [] : deelnames.map((d) => d[0]);

      // Persons: the main person and up to two family members.
      const personen: [SeedPersoon, string][] = [[hoofd, 'hoofdpersoon']];
      const extra = Math.floor(rnd() * 3);
      for (let k = 0; k < extra; k++) {
        const kind = (thema === 'jeugd' || rnd() < 0.5) && o.kinderen.length > 0;
        const p = kies(kind ? o.kinderen : o.volwassenen, rnd());
        if (!personen.some(([q]) => q.id === p.id)) personen.push([p, 'gezinslid']);
      }
      personen.forEach(([p, rol], volgnummer) => {
        const besluit = geaccepteerd ? (rnd() < 0.8 ? 'geinformeerd' : 'niet-informeren') : null;
        bt[0]?.push(id);
        bt[1]?.push(p.id);
        bt[2]?.push(volgnummer);
        bt[3]?.push(rol);
        bt[4]?.push(
          versleutelVeld(p.sleutel, p.id, `vastgelegd:${context}`, JSON.stringify(p.identiteit)),
        );
        bt[5]?.push(besluit);
        bt[6]?.push(
          besluit === 'geinformeerd' && getrieerd
            ? na(getrieerd, 3).toISOString().slice(0, 10)
            : null,
        );
        bt[7]?.push(
          besluit === 'niet-informeren'
            ? kies(['lopend-strafrechtelijk-onderzoek', 'veiligheidsrisico'], rnd())
            : null,
        );
      });

      // Exchanges between the participants of an active or closed casus.
      const tijdlijn: [Date, string, string, string][] = [
        [aangemaakt, 'aanmelden', melder, wijkteam],
      ];
      if (opgeschaald) tijdlijn.push([opgeschaald, 'opschalen', melder, wijkteam]);
      if (getrieerd)
        tijdlijn.push([getrieerd, geaccepteerd ? 'accepteren' : 'afwijzen', REGISSEUR, ZVH]);
      if (partners.length > 0 && getrieerd)
        tijdlijn.push([na(getrieerd, 1), 'activeren', REGISSEUR, ZVH]);
      if (partners.length > 0) {
        const aantal = Math.floor(rnd() * 5);
        for (let k = 0; k < aantal; k++) {
          const uid = randomUUID();
          const [van, scope] = rnd() < 0.5 ? [ZVH, ALLE_CATEGORIEEN] : kies(partners, rnd());
          const naar = deelnames.map((d) => d[0]).filter((x) => x !== van && x !== wijkteam);
          const ontvangers = naar.length > 0 ? [kies(naar, rnd())] : [ZVH];
          const categorieen = [
            'identificatie',
            ...scope.filter((c) => c !== 'identificatie' && rnd() < 0.5),
          ];
          const op = na(getrieerd ?? aangemaakt, 3 + rnd() * 25);
          const veld = (v: string) => `uitwisseling/${uid}/${v}`;
          const betrokkenen = personen
            .slice(0, 1 + Math.floor(rnd() * personen.length))
            .map(([p]) => p.id);
          const door = van === ZVH ? REGISSEUR : `seed-${van}`;
          const vals = [
            uid,
            id,
            van,
            door,
            van,
            `{${ontvangers.join(',')}}`,
            `{${betrokkenen.join(',')}}`,
            `{${categorieen.join(',')}}`,
            categorieen.includes('gezondheid'),
            categorieen.includes('justitiele-gegevens'),
            t.activiteit,
            t.versie,
            t.grondslag,
            geheim(
              veld('proportionaliteit'),
              'Alleen wat nodig is voor het gezamenlijke plan van aanpak.',
            ),
            geheim(veld('subsidiariteit'), 'Niet op een minder ingrijpende manier te verkrijgen.'),
            geheim(veld('inhoud'), 'Stand van zaken en afspraken sinds het vorige casusoverleg.'),
            op,
          ];
          vals.forEach((v, j) => uw[j]?.push(v));
          for (const ontvanger of ontvangers) {
            const ontvangen = rnd() < 0.8;
            ow[0]?.push(uid);
            ow[1]?.push(ontvanger);
            ow[2]?.push(ontvangen ? na(op, rnd() * 3) : null);
            ow[3]?.push(ontvangen ? (ontvanger === ZVH ? REGISSEUR : `seed-${ontvanger}`) : null);
          }
          tijdlijn.push([op, 'uitwisselen', door, van]);
          uitwisselingen++;
        }
      }
      if (afgesloten) tijdlijn.push([afgesloten, 'afsluiten', REGISSEUR, ZVH]);
      for (const [tijd, stap, actor, org] of tijdlijn) {
        gb[0]?.push(id);
        gb[1]?.push(tijd);
        gb[2]?.push(stap);
        gb[3]?.push(actor);
        gb[4]?.push(org);
      }
      const domeinen = [...LEVENSDOMEINEN]
        .sort(() => rnd() - 0.5)
        .slice(0, 2 + Math.floor(rnd() * 3));
      const vals = [
        id,
        thema,
        status,
        `{${domeinen.join(',')}}`,
        wijkteam,
        melder,
        opgeschaald ? ZVH : null,
        geaccepteerd ? REGISSEUR : null,
        `{${deelnemers.join(',')}}`,
        `{${organisaties.join(',')}}`,
        geheim('aanleiding', kies(AANLEIDINGEN[thema] ?? ['Zorgen over het gezin.'], rnd())),
        opgeschaald
          ? JSON.stringify({
              meerdereLeefdomeinen: true,
              meerdereKetens: true,
              impactOmgeving: rnd() < 0.8,
              ernstigeVeiligheidsproblemen: rnd() < 0.3,
            })
          : null,
        opgeschaald
          ? geheim(
              'motivering',
              'Problemen op meerdere leefdomeinen; zorg en veiligheid moeten samenwerken.',
            )
          : null,
        opgeschaald,
        getrieerd ? (geaccepteerd ? 'geaccepteerd' : 'afgewezen') : null,
        status === 'afgewezen'
          ? geheim(
              'triage-reden',
              'Past in de lokale aanpak van het wijkteam; geen opschaling nodig.',
            )
          : null,
        getrieerd,
        afgesloten
          ? geheim(
              'afsluit-reden',
              'Doelen van het plan van aanpak bereikt; overgedragen aan het wijkteam.',
            )
          : null,
        afgesloten,
        einde ? bewaarTot(t.termijn, einde) : null,
        aangemaakt,
        sl.sleutelId,
        sl.verpakt,
        tijdlijn.reduce((a, [tijd]) => (tijd > a ? tijd : a), aangemaakt),
      ];
      vals.forEach((v, j) => cs[j]?.push(v));
    }
    // The next batch is built while this one is written (Node encrypts, PostgreSQL inserts).
    await vorige;
    vorige = ds.transaction(async (m) => {
      await m.query(
        `INSERT INTO casus (id, nummer, thema_id, status, levensdomeinen, sleutelpartner, aangemeld_door,
           regie_organisatie, procesregisseur_id, deelnemers, organisaties, aanleiding, opschaling_criteria,
           opschaling_motivering, opgeschaald_op, triage_besluit, triage_reden, triage_op, afsluit_reden,
           afgesloten_op, bewaar_tot, aangemaakt_op, sleutel_id, verpakte_sleutel, gewijzigd_op)
         SELECT u.id, 'C-' || to_char(u.aangemaakt_op AT TIME ZONE 'Europe/Amsterdam', 'YYYY') || '-'
                  || lpad(u.v::text, greatest(4, length(u.v::text)), '0'),
                u.thema_id, u.status, u.levensdomeinen::text[], u.sleutelpartner, u.aangemeld_door,
                u.regie_organisatie, u.procesregisseur_id, u.deelnemers::text[], u.organisaties::text[],
                u.aanleiding, u.criteria::jsonb, u.motivering, u.opgeschaald_op, u.triage_besluit,
                u.triage_reden, u.triage_op, u.afsluit_reden, u.afgesloten_op, u.bewaar_tot, u.aangemaakt_op,
                u.sleutel_id, u.verpakt, u.gewijzigd_op
           FROM (SELECT x.*, nextval('casus_nummer_seq') AS v FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
                       $8::text[], $9::text[], $10::text[], $11::bytea[], $12::text[], $13::bytea[],
                       $14::timestamptz[], $15::text[], $16::bytea[], $17::timestamptz[], $18::bytea[],
                       $19::timestamptz[], $20::date[], $21::timestamptz[], $22::text[], $23::bytea[],
                       $24::timestamptz[])
                AS x(id, thema_id, status, levensdomeinen, sleutelpartner, aangemeld_door, regie_organisatie,
                     procesregisseur_id, deelnemers, organisaties, aanleiding, criteria, motivering,
                     opgeschaald_op, triage_besluit, triage_reden, triage_op, afsluit_reden, afgesloten_op,
                     bewaar_tot, aangemaakt_op, sleutel_id, verpakt, gewijzigd_op)) AS u`,
        cs,
      );
      await m.query(
        `INSERT INTO casus_betrokkene (casus_id, persoon_id, volgnummer, rol, vastgelegd, informeren_besluit,
           geinformeerd_op, informeren_reden)
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::text[], $5::bytea[], $6::text[],
                              $7::date[], $8::text[])`,
        bt,
      );
      await m.query(
        `INSERT INTO casus_deelnemer (id, casus_id, organisatie, categorieen, uitgenodigd_op, beeindigd_op,
           uitgenodigd_door)
         SELECT u.id, u.casus_id, u.organisatie, u.categorieen::text[], u.op, u.einde, '${REGISSEUR}'
           FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[],
                              $5::timestamptz[], $6::timestamptz[])
                AS u(id, casus_id, organisatie, categorieen, op, einde)`,
        dn,
      );
      await m.query(
        `INSERT INTO casus_gebeurtenis (casus_id, tijd, stap, actor_id, organisatie_code)
         SELECT * FROM unnest($1::uuid[], $2::timestamptz[], $3::text[], $4::text[], $5::text[])`,
        gb,
      );
      if ((uw[0]?.length ?? 0) > 0) {
        await m.query(
          `INSERT INTO uitwisseling (id, casus_id, van_organisatie, geregistreerd_door,
             geregistreerd_door_organisatie, ontvangers, betrokkenen, categorieen, bijzonder, strafrechtelijk,
             activiteit_id, activiteit_versie, grondslag, proportionaliteit, subsidiariteit, inhoud,
             geregistreerd_op)
           SELECT u.id, u.casus_id, u.van, u.door, u.door_org, u.ontvangers::text[], u.betrokkenen::uuid[],
                  u.categorieen::text[], u.bijzonder, u.strafrechtelijk, u.activiteit_id, u.versie,
                  u.grondslag, u.prop, u.subs, u.inhoud, u.op
             FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
                         $8::text[], $9::bool[], $10::bool[], $11::text[], $12::int[], $13::text[],
                         $14::bytea[], $15::bytea[], $16::bytea[], $17::timestamptz[])
                  AS u(id, casus_id, van, door, door_org, ontvangers, betrokkenen, categorieen, bijzonder,
                       strafrechtelijk, activiteit_id, versie, grondslag, prop, subs, inhoud, op)`,
          uw,
        );
        await m.query(
          `INSERT INTO uitwisseling_ontvangst (uitwisseling_id, organisatie, ontvangen_op, ontvangen_door)
           SELECT * FROM unnest($1::uuid[], $2::text[], $3::timestamptz[], $4::text[])`,
          ow,
        );
      }
    });
    const klaar = Math.min(start + BATCH, o.aantal);
    vorige = vorige.then(() => {
      o.voortgang(klaar);
    });
  }
  await vorige;
  return { casussen: o.aantal, uitwisselingen, statussen };
}
