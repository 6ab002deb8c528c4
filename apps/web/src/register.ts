/**
 * The register of processing activities in words (ADR 0018, 0034): retention terms as
 * "5 jaar", roles by name, and the difference between the version in force and a proposal,
 * marking what widens access (the server decides; this says why in advance).
 */
import { api, data, kop, type Schemas, type Verwerkingsactiviteit } from './api.js';
import { vandaag as vandaagInAmsterdam } from './datum.js';
import { datumTekst, rolTekst } from './texts.js';

export type Inhoud = Schemas['VerwerkingsactiviteitInhoud'];
export type NieuweActiviteit = Schemas['NieuweVerwerkingsactiviteit'];
export type Rol = Inhoud['toegestaneRollen'][number];
export type Gegevenscategorie = Inhoud['categorieenGegevens'][number];
export type Vanaf = NonNullable<Inhoud['bewaartermijnVanaf']>;
export type Besluit = Schemas['RegisterBesluit']['besluit'];

/** The roles the register may name, in the order people know them. */
export const REGISTER_ROLLEN: Rol[] = [
  'politie-medewerker',
  'vt-medewerker',
  'vt-coordinator',
  'wijkteam-medewerker',
  'zvh-procesregisseur',
  'ketenpartner',
  'fg',
  'beheerder',
  'regionaal-analist',
  'systeem',
];

export function rolNaam(rol: string): string {
  return rol === 'systeem' ? 'Systeemkoppeling van een organisatie' : rolTekst(rol).naam;
}

export const VANAF: [Vanaf, string][] = [
  ['afsluiting', 'na het afsluiten van het dossier'],
  ['laatste-activiteit', 'na de laatste wijziging van het dossier'],
  ['aanmaak', 'na het aanmaken van het gegeven'],
];

export const vanafTekst = (v: string | undefined): string =>
  VANAF.find(([c]) => c === v)?.[1] ?? 'na het afsluiten van het dossier';

export const EENHEDEN = [
  ['Y', 'jaar', 'jaar'],
  ['M', 'maand', 'maanden'],
  ['D', 'dag', 'dagen'],
] as const;
export type Eenheid = (typeof EENHEDEN)[number][0];

/** The parts of an ISO 8601 duration with only years, months, weeks and days; null otherwise. */
function delen(iso: string): { Y: number; M: number; W: number; D: number } | null {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/.exec(iso);
  if (!m || iso === 'P') return null;
  const [, y = '0', mo = '0', w = '0', d = '0'] = m;
  return { Y: Number(y), M: Number(mo), W: Number(w), D: Number(d) };
}

/** "5 jaar", "18 maanden", "1 jaar en 6 maanden"; the code itself when it is not that simple. */
export function termijnTekst(iso: string): string {
  const d = delen(iso);
  if (!d) return iso;
  const stukken: string[] = [];
  if (d.Y) stukken.push(`${String(d.Y)} jaar`);
  if (d.M) stukken.push(`${String(d.M)} ${d.M === 1 ? 'maand' : 'maanden'}`);
  if (d.W) stukken.push(`${String(d.W)} ${d.W === 1 ? 'week' : 'weken'}`);
  if (d.D) stukken.push(`${String(d.D)} ${d.D === 1 ? 'dag' : 'dagen'}`);
  if (stukken.length === 0) return iso;
  return stukken.length === 1
    ? (stukken[0] ?? iso)
    : `${stukken.slice(0, -1).join(', ')} en ${stukken[stukken.length - 1] ?? ''}`;
}

/** The term as one number and unit for the form: P1Y6M becomes 18 maanden, P2W 14 dagen. */
export function termijnUit(iso: string): { aantal: string; eenheid: Eenheid } {
  const d = delen(iso);
  if (!d) return { aantal: '', eenheid: 'Y' };
  if (!d.W && !d.D && !d.M) return { aantal: String(d.Y), eenheid: 'Y' };
  if (!d.W && !d.D) return { aantal: String(d.Y * 12 + d.M), eenheid: 'M' };
  if (!d.Y && !d.M) return { aantal: String(d.W * 7 + d.D), eenheid: 'D' };
  return { aantal: '', eenheid: 'Y' };
}

export const termijnIso = (aantal: number, eenheid: Eenheid): string =>
  `P${String(aantal)}${eenheid}`;

/** Roughly in days, to say in advance whether a term gets longer (the server counts exactly). */
function dagen(iso: string): number {
  const d = delen(iso);
  return d ? d.Y * 365.25 + d.M * 30.44 + d.W * 7 + d.D : Number.POSITIVE_INFINITY;
}

export function categorieTekst(c: Gegevenscategorie): string {
  const soort = [
    c.bijzonder ? 'bijzonder, AVG art. 9' : '',
    c.strafrechtelijk ? 'strafrechtelijk, AVG art. 10' : '',
  ].filter(Boolean);
  return soort.length > 0 ? `${c.naam} (${soort.join('; ')})` : c.naam;
}

/** One part of the register, before and after: whole text or the items added and removed. */
export interface Verschil {
  onderdeel: string;
  nu: string;
  voorgesteld: string;
  erbij: string[];
  eraf: string[];
  /** Whether this change widens access (so an FG must approve it). */
  verruimt: boolean;
}

const lijst = (
  onderdeel: string,
  oud: readonly string[],
  nieuw: readonly string[],
  verruimtBijToevoegen: boolean,
): Verschil => {
  const erbij = nieuw.filter((x) => !oud.includes(x));
  return {
    onderdeel,
    nu: oud.join(', ') || 'geen',
    voorgesteld: nieuw.join(', ') || 'geen',
    erbij,
    eraf: oud.filter((x) => !nieuw.includes(x)),
    verruimt: verruimtBijToevoegen && erbij.length > 0,
  };
};

const tekst = (onderdeel: string, oud: string, nieuw: string, verruimt = false): Verschil => ({
  onderdeel,
  nu: oud,
  voorgesteld: nieuw,
  erbij: [],
  eraf: [],
  verruimt: verruimt && oud.trim() !== nieuw.trim(),
});

/**
 * What changes from `basis` (the version in force; null for a new activity) to `nieuw`,
 * only the parts that differ, in words. A part widens by the rules of ADR 0018.
 */
export function verschillen(basis: Inhoud | null, nieuw: Inhoud): Verschil[] {
  const leeg: Inhoud = {
    naam: '',
    verwerkingsverantwoordelijke: '',
    doel: '',
    grondslag: '',
    grondslagToelichting: '',
    categorieenBetrokkenen: [],
    categorieenGegevens: [],
    ontvangers: [],
    bewaartermijn: '',
    geldigVanaf: '',
    toegestaneRollen: [],
  };
  const b = basis ?? leeg;
  const oudeCat = new Map(b.categorieenGegevens.map((c) => [c.naam, c]));
  const gegevens = lijst(
    'Categorieën van gegevens',
    b.categorieenGegevens.map(categorieTekst),
    nieuw.categorieenGegevens.map(categorieTekst),
    false,
  );
  gegevens.verruimt = nieuw.categorieenGegevens.some((c) => {
    const oud = oudeCat.get(c.naam);
    return !oud || (c.bijzonder && !oud.bijzonder) || (c.strafrechtelijk && !oud.strafrechtelijk);
  });
  const termijn = (a: Inhoud) =>
    a.bewaartermijn ? `${termijnTekst(a.bewaartermijn)} ${vanafTekst(a.bewaartermijnVanaf)}` : '';
  const alle: Verschil[] = [
    tekst('Naam', b.naam, nieuw.naam),
    tekst(
      'Verwerkingsverantwoordelijke',
      b.verwerkingsverantwoordelijke,
      nieuw.verwerkingsverantwoordelijke,
    ),
    tekst('Doel', b.doel, nieuw.doel),
    tekst('Grondslag', b.grondslag, nieuw.grondslag, true),
    tekst('Toelichting op de grondslag', b.grondslagToelichting, nieuw.grondslagToelichting),
    lijst(
      'Rollen die mogen handelen',
      b.toegestaneRollen.map(rolNaam),
      nieuw.toegestaneRollen.map(rolNaam),
      true,
    ),
    lijst(
      'Categorieën van betrokkenen',
      b.categorieenBetrokkenen,
      nieuw.categorieenBetrokkenen,
      true,
    ),
    gegevens,
    lijst('Ontvangers', b.ontvangers, nieuw.ontvangers, true),
    {
      ...tekst('Bewaartermijn', termijn(b), termijn(nieuw)),
      verruimt: !basis || dagen(nieuw.bewaartermijn) > dagen(b.bewaartermijn),
    },
    tekst(
      'Geldig vanaf',
      b.geldigVanaf ? datumTekst(b.geldigVanaf) : '',
      nieuw.geldigVanaf ? datumTekst(nieuw.geldigVanaf) : '',
    ),
  ];
  return alle
    .filter((v) => v.nu !== v.voorgesteld)
    .map((v) => (basis ? v : { ...v, verruimt: true }));
}

/** The content of a version, without id, version and who recorded or decided it. */
export function inhoudVan(v: Verwerkingsactiviteit): Inhoud {
  return {
    naam: v.naam,
    verwerkingsverantwoordelijke: v.verwerkingsverantwoordelijke,
    doel: v.doel,
    grondslag: v.grondslag,
    grondslagToelichting: v.grondslagToelichting,
    categorieenBetrokkenen: v.categorieenBetrokkenen,
    categorieenGegevens: v.categorieenGegevens,
    ontvangers: v.ontvangers,
    bewaartermijn: v.bewaartermijn,
    bewaartermijnVanaf: v.bewaartermijnVanaf,
    geldigVanaf: v.geldigVanaf,
    toegestaneRollen: v.toegestaneRollen,
  };
}

/** The version in force today among `versies` (the highest valid one whose date has come). */
export function geldendeVersie(
  versies: readonly Verwerkingsactiviteit[],
  vandaag = vandaagInAmsterdam(),
): Verwerkingsactiviteit | null {
  const geldig = versies.filter(
    (v) => (v.status ?? 'geldig') === 'geldig' && v.geldigVanaf <= vandaag,
  );
  return geldig.reduce<Verwerkingsactiviteit | null>(
    (hoogste, v) => (!hoogste || v.versie > hoogste.versie ? v : hoogste),
    null,
  );
}

export const STATUS_TEKST: Record<string, string> = {
  geldig: 'Geldig',
  voorgesteld: 'Wacht op een FG',
  afgewezen: 'Afgewezen',
  vervallen: 'Vervallen (vervangen door een latere wijziging)',
};

// ---------------------------------------------------------------------------- API calls

const TOEZICHT = { Verwerkingsactiviteit: 'verantwoording-toezicht' };

/** Every version of an activity (the beheerder and the FG also see proposals), oldest first. */
export function getVersies(id: string): Promise<Verwerkingsactiviteit[]> {
  return data(api.GET('/verwerkingsactiviteiten/{id}/versies', { params: { path: { id } } }));
}

/** Proposes a new activity (always a proposal: 202). */
export function stelActiviteitVoor(
  body: NieuweActiviteit,
  csrfToken?: string,
): Promise<Verwerkingsactiviteit> {
  return data(api.POST('/verwerkingsactiviteiten', { headers: kop(csrfToken), body }));
}

/** A new version: in force at once (200) or, when it widens access, a proposal (202). */
export function wijzigActiviteit(
  id: string,
  body: Inhoud,
  csrfToken?: string,
): Promise<Verwerkingsactiviteit> {
  return data(
    api.PUT('/verwerkingsactiviteiten/{id}', {
      params: { path: { id } },
      headers: kop(csrfToken),
      body,
    }),
  );
}

/** The proposals waiting for an FG, oldest first. */
export function getVoorstellen(): Promise<Verwerkingsactiviteit[]> {
  return data(api.GET('/verwerkingsactiviteiten/voorstellen', { params: { header: TOEZICHT } }));
}

export function beslisVoorstel(
  id: string,
  versie: number,
  besluit: Besluit,
  toelichting: string,
  csrfToken?: string,
): Promise<Verwerkingsactiviteit> {
  return data(
    api.POST('/verwerkingsactiviteiten/{id}/versies/{versie}/goedkeuring', {
      params: { path: { id, versie }, header: TOEZICHT },
      headers: kop(csrfToken),
      body: { besluit, toelichting },
    }),
  );
}
