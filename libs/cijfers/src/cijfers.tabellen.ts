import { CATEGORIEEN, THEMAS } from '@schakel/casussen';
import { ROUTERINGSTABEL, werkdagenTot } from '@schakel/zorgmeldingen';
import { loadOrganisaties } from '@schakel/identity';
import { schermAf, type RuweTabel } from './afscherming.js';
import type { TeLaat, Telling } from './cijfers.repository.js';
import type { Periode } from './perioden.js';

/** A row of a table: a category by name, its count per period (`null`: suppressed). */
export interface Rij {
  sleutel: string;
  naam: string;
  waarden: (number | null)[];
}

/** A key figure derived only from values that are shown (`null` when it cannot be). */
export interface Kengetal {
  sleutel: string;
  naam: string;
  waarden: (number | null)[];
}

/** One table: rows x periods, with the total per period. */
export interface Tabel {
  id: string;
  titel: string;
  /** What a count counts, singular and plural. */
  eenheid: [string, string];
  rijen: Rij[];
  totalen: (number | null)[];
  kengetallen: Kengetal[];
}

interface TabelDef {
  id: string;
  titel: string;
  onderwerp: string;
  eenheid: [string, string];
  rijen: readonly { sleutel: string; naam: string }[];
  /** Tables of one group count one population: they share their period totals. */
  groep: string;
}

const SOORTEN = [
  { sleutel: 'huiselijk-geweld', naam: 'Huiselijk geweld' },
  { sleutel: 'kindermishandeling', naam: 'Kindermishandeling' },
  { sleutel: 'ouderenmishandeling', naam: 'Ouderenmishandeling' },
];
const UITKOMST_NAMEN = [
  { sleutel: 'overdracht-lokaal-veld', naam: 'Overdracht aan het lokale veld' },
  {
    sleutel: 'overdracht-betrokken-professional',
    naam: 'Overdracht aan een betrokken professional',
  },
  { sleutel: 'omzetten-naar-advies', naam: 'Omgezet naar advies' },
  { sleutel: 'afsluiten', naam: 'Afgesloten' },
  { sleutel: 'vt-onderzoekt', naam: 'Veilig Thuis onderzoekt zelf' },
];
const ORGANISATIES = loadOrganisaties();
const orgNaam = (code: string) => ORGANISATIES.find((o) => o.code === code)?.naam ?? code;
const LAATSTE_ROUTERING = ROUTERINGSTABEL[ROUTERINGSTABEL.length - 1];

/** The municipalities of the unit (CBS code and name), from the latest routing table. */
export const GEMEENTEN: readonly { code: string; naam: string }[] = (
  LAATSTE_ROUTERING?.gemeenten ?? []
).map((g) => ({ code: g.gemeentecode, naam: g.naam }));
const VEILIG_THUIS = [...new Set((LAATSTE_ROUTERING?.gemeenten ?? []).map((g) => g.veiligThuis))];

/** The wijkteam (organisation code) of each municipality: a casus counts where it began. */
export const WIJKTEAMS: Readonly<Record<string, string>> = Object.fromEntries(
  ORGANISATIES.filter((o) => o.type === 'sociaal-wijkteam' && o.gemeenteCode).map((o) => [
    o.code,
    o.gemeenteCode ?? '',
  ]),
);

const thema = (id: string, titel: string, onderwerp: string): TabelDef => ({
  id,
  titel,
  onderwerp,
  eenheid: ['casus', 'casussen'],
  rijen: THEMAS.map((t) => ({ sleutel: t.id, naam: t.naam })),
  groep: onderwerp,
});

/** The tables of the regional picture, per municipality. */
export const REGIO_TABELLEN: readonly TabelDef[] = [
  {
    id: 'meldingen-soort',
    titel: 'Zorgmeldingen ingediend, naar soort',
    onderwerp: 'soort',
    eenheid: ['zorgmelding', 'zorgmeldingen'],
    rijen: SOORTEN,
    groep: 'meldingen',
  },
  {
    id: 'meldingen-herhaling',
    titel: 'Zorgmeldingen ingediend: eerste melding of herhaling voor een bekende persoon',
    onderwerp: 'herhaling',
    eenheid: ['zorgmelding', 'zorgmeldingen'],
    rijen: [
      { sleutel: 'eerste', naam: 'Eerste melding' },
      { sleutel: 'herhaling', naam: 'Herhaalde melding' },
    ],
    groep: 'meldingen',
  },
  {
    id: 'meldingen-vt',
    titel: 'Zorgmeldingen gerouteerd, per Veilig Thuis',
    onderwerp: 'vt',
    eenheid: ['zorgmelding', 'zorgmeldingen'],
    rijen: [
      ...VEILIG_THUIS.map((v) => ({ sleutel: v, naam: orgNaam(v) })),
      { sleutel: 'geen', naam: 'Niet gerouteerd (routeringsuitzondering)' },
    ],
    groep: 'meldingen',
  },
  ...BEOORDELING_TABELLEN(),
  thema('casussen-geregistreerd', 'Casussen geregistreerd, per thema', 'geregistreerd'),
  thema('casussen-opgeschaald', 'Casussen opgeschaald, per thema', 'opgeschaald'),
  thema(
    'casussen-geaccepteerd',
    'Casussen geaccepteerd door het Zorg- en Veiligheidshuis, per thema',
    'geaccepteerd',
  ),
  thema(
    'casussen-afgewezen',
    'Casussen afgewezen door het Zorg- en Veiligheidshuis, per thema',
    'afgewezen',
  ),
  thema('casussen-afgesloten', 'Casussen afgesloten, per thema', 'afgesloten'),
  {
    id: 'uitwisselingen-categorie',
    titel: 'Uitwisselingen naar gegevenscategorie (per categorie in een uitwisseling)',
    onderwerp: 'categorie',
    eenheid: ['keer verstrekt', 'keer verstrekt'],
    rijen: Object.entries(CATEGORIEEN).map(([sleutel, c]) => ({
      sleutel,
      naam:
        c.avgArtikel === '9'
          ? `${c.naam} (bijzonder persoonsgegeven, art. 9 AVG)`
          : c.avgArtikel === '10'
            ? `${c.naam} (strafrechtelijk gegeven, art. 10 AVG)`
            : c.naam,
    })),
    groep: 'categorie',
  },
];

/** The tables of a VT's deadlines and outcomes (also part of the regional picture). */
function BEOORDELING_TABELLEN(): TabelDef[] {
  return [
    {
      id: 'beoordelingen-termijn',
      titel: 'Veiligheidsbeoordelingen binnen 5 werkdagen',
      onderwerp: 'termijn',
      eenheid: ['beoordeling', 'beoordelingen'],
      rijen: [
        { sleutel: 'op-tijd', naam: 'Binnen de termijn' },
        { sleutel: 'te-laat', naam: 'Na de termijn' },
      ],
      groep: 'beoordelingen',
    },
    {
      id: 'beoordelingen-uitkomst',
      titel: 'Uitkomsten van de veiligheidsbeoordeling',
      onderwerp: 'uitkomst',
      eenheid: ['beoordeling', 'beoordelingen'],
      rijen: UITKOMST_NAMEN,
      groep: 'beoordelingen',
    },
    {
      id: 'beoordelingen-terugkoppeling',
      titel: 'Terugkoppeling aan de politie',
      onderwerp: 'terugkoppeling',
      eenheid: ['beoordeling', 'beoordelingen'],
      rijen: [
        { sleutel: 'na-beoordeling', naam: 'Gegeven na de veiligheidsbeoordeling' },
        { sleutel: 'bij-onderzoek', naam: 'Gegeven bij de start van een onderzoek' },
        { sleutel: 'nog-niet', naam: 'Nog niet gegeven' },
      ],
      groep: 'beoordelingen',
    },
  ];
}
export const VT_TABELLEN: readonly TabelDef[] = BEOORDELING_TABELLEN();

const OVERIG = { sleutel: 'overig', naam: 'Overig of onbekend' };

/**
 * Builds the protected tables of one place from the counts: every value per period is the sum
 * of the counts of its quarters; totals are the sums of the rows. `drempel` is the smallest
 * count shown; in half years, a cell is also suppressed when one of its quarters would be, so
 * a half year minus a quarter never gives a suppressed quarter.
 */
export function bouwTabellen(
  defs: readonly TabelDef[],
  waar: string,
  tellingen: Telling[],
  teLaat: TeLaat[],
  perioden: Periode[],
  drempel: number,
): Tabel[] {
  const eigen = tellingen.filter((t) => t.waar === waar);
  const opgebouwd = defs.map((def) => {
    const rijen = [...def.rijen];
    const bekend = new Set(rijen.map((r) => r.sleutel));
    const hier = eigen.filter((t) => t.onderwerp === def.onderwerp);
    if (hier.some((t) => !bekend.has(t.sleutel))) rijen.push(OVERIG);
    const rijVan = (sleutel: string) => (bekend.has(sleutel) ? sleutel : OVERIG.sleutel);
    const perKwartaal = new Map<string, number>();
    for (const t of hier) {
      const k = `${rijVan(t.sleutel)}\u0000${t.kwartaal}`;
      perKwartaal.set(k, (perKwartaal.get(k) ?? 0) + t.aantal);
    }
    const waarde = (sleutel: string, k: string) => perKwartaal.get(`${sleutel}\u0000${k}`) ?? 0;
    const gevoelig = (v: number) => v > 0 && v < drempel;
    const cellen = rijen.map((r) =>
      perioden.map((p) => p.kwartalen.reduce((n, k) => n + waarde(r.sleutel, k), 0)),
    );
    const totalen = perioden.map((_, j) => cellen.reduce((n, rij) => n + (rij[j] ?? 0), 0));
    const ruw: RuweTabel = {
      cellen,
      totalen,
      vooraf: rijen.map((r) =>
        perioden.map(
          (p) => p.kwartalen.length > 1 && p.kwartalen.some((k) => gevoelig(waarde(r.sleutel, k))),
        ),
      ),
      voorafTotalen: perioden.map(
        (p) =>
          p.kwartalen.length > 1 &&
          p.kwartalen.some((k) => gevoelig(rijen.reduce((n, r) => n + waarde(r.sleutel, k), 0))),
      ),
    };
    return { def, rijen, ruw };
  });
  const uit = new Map<string, Tabel>();
  for (const groep of new Set(defs.map((d) => d.groep))) {
    const leden = opgebouwd.filter((o) => o.def.groep === groep);
    const beschermd = schermAf(
      leden.map((l) => l.ruw),
      drempel,
    );
    leden.forEach((l, i) => {
      const b = beschermd[i];
      if (!b) return;
      uit.set(l.def.id, {
        id: l.def.id,
        titel: l.def.titel,
        eenheid: l.def.eenheid,
        rijen: l.rijen.map((r, ri) => ({ ...r, waarden: b.cellen[ri] ?? [] })),
        totalen: b.totalen,
        kengetallen: [],
      });
    });
  }
  const termijn = uit.get('beoordelingen-termijn');
  if (termijn) termijn.kengetallen = kengetallenTermijn(termijn, waar, teLaat, perioden);
  return defs.map((d) => uit.get(d.id)).filter((t): t is Tabel => t !== undefined);
}

/**
 * The share on time (percent, one decimal) and the mean working days late, per period, only
 * from shown values: with a suppressed count, the figure is `null`.
 */
function kengetallenTermijn(
  tabel: Tabel,
  waar: string,
  teLaat: TeLaat[],
  perioden: Periode[],
): Kengetal[] {
  const op = tabel.rijen.find((r) => r.sleutel === 'op-tijd')?.waarden ?? [];
  const laat = tabel.rijen.find((r) => r.sleutel === 'te-laat')?.waarden ?? [];
  const aandeel = perioden.map((_, j) => {
    const a = op[j];
    const b = laat[j];
    if (a == null || b == null || a + b === 0) return null;
    return Math.round((1000 * a) / (a + b)) / 10;
  });
  const dagen = perioden.map((p, j) => {
    const n = laat[j];
    if (n == null || n === 0) return null;
    const som = teLaat
      .filter((l) => l.waar === waar && p.kwartalen.includes(l.kwartaal))
      .reduce((s, l) => s + werkdagenTot(l.termijn, l.uitkomstDatum) * l.aantal, 0);
    return Math.round((10 * som) / n) / 10;
  });
  return [
    { sleutel: 'aandeel-op-tijd', naam: 'Aandeel binnen de termijn (%)', waarden: aandeel },
    { sleutel: 'werkdagen-te-laat', naam: 'Gemiddeld aantal werkdagen te laat', waarden: dagen },
  ];
}

export { orgNaam };
