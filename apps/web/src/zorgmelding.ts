/** Zorgmeldingen: the API calls, the types they return and the Dutch texts for their codes. */
import { ApiError, call } from './api.js';

/** Processing activities (header `Verwerkingsactiviteit`) of the zorgmelding screens. */
export const INDIENEN = 'zorgmelding-indienen';
export const BEOORDELEN = 'zorgmelding-ontvangen-beoordelen';
export const TERUGKOPPELING = 'zorgmelding-terugkoppeling';

export type Signaalscore = 'rood' | 'geel' | 'blauw' | 'onbekend';
export type RihgDeel = 'pleger' | 'incident' | 'gezin';

export interface Adres {
  straat?: string;
  huisnummer?: number | string;
  postcode?: string;
  woonplaats?: string;
  gemeentecode?: string;
}

export interface Betrokkene {
  rol?: string;
  identiteit?: {
    bsn?: string;
    voornamen?: string;
    voorvoegsel?: string;
    geslachtsnaam?: string;
    geboortedatum?: string;
  };
  adres?: Adres;
}

/** The report as the schema `zorgmelding` v1 describes it. */
export interface Melding {
  status: 'concept' | 'ingediend';
  incident?: {
    datum?: string;
    tijdstip?: string;
    plaats?: { omschrijving?: string; gemeentecode?: string };
    soort?: string;
  };
  betrokkenen?: Betrokkene[];
  kinderenAanwezig?: boolean;
  risicotaxatie?: Partial<Record<RihgDeel, Record<string, Signaalscore>>>;
  relaas?: string;
  maatregelen?: { soort: string; toelichting?: string }[];
  opsteller?: { naam?: string; team?: string; telefoon?: string; email?: string };
}

export interface TijdlijnItem {
  status: string;
  stap: string;
  tijd: string;
  organisatie: string;
}

export interface TerugkoppelingView {
  status: 'geen' | 'gegeven';
  uitkomstcategorie: string | null;
  bericht: string | null;
  gegevenOp: string | null;
}

export interface ZorgmeldingSamenvatting {
  id: string;
  status: string;
  soort: string | null;
  aangemaaktOp: string;
  ingediendOp: string | null;
  vtOrganisatie: string | null;
  terugkoppelingStatus: 'geen' | 'gegeven';
}

export interface ZorgmeldingPolitieView extends ZorgmeldingSamenvatting {
  melding: Melding;
  tijdlijn: TijdlijnItem[];
  terugkoppeling: TerugkoppelingView;
}

export type Termijnstatus = 'op-tijd' | 'bijna-verlopen' | 'verlopen';

export interface InboxItem {
  id: string;
  status: string;
  soort: string | null;
  gemeentecode: string | null;
  ontvangenOp: string | null;
  termijnUiterlijk: string | null;
  termijnStatus: Termijnstatus | null;
  toegewezenAan: string | null;
  uitkomst: string | null;
  onderzoekUiterlijk: string | null;
  onderzoekTermijnStatus: Termijnstatus | null;
  terugkoppelingStatus: 'geen' | 'gegeven';
}

export interface DeelSamenvatting {
  rood: number;
  blauw: number;
  geel: number;
  onbekend: number;
  nietIngevuld: number;
  huisverbodIndicatie: boolean;
}

export interface RisicoSamenvatting {
  delen: Record<RihgDeel, DeelSamenvatting>;
  huisverbodIndicatie: boolean;
  delenMetHuisverbodIndicatie: RihgDeel[];
}

export interface ZorgmeldingVtView extends InboxItem {
  vtOrganisatie: string | null;
  opstellerOrganisatie: string;
  ingediendOp: string | null;
  ontvangstBevestigdOp: string | null;
  uitkomstDatum: string | null;
  notitie: string | null;
  routering: {
    tabelVersie: number | null;
    regel: string | null;
    uitzonderingReden: string | null;
    herrouteringReden: string | null;
  };
  melding: Melding;
  risicoSamenvatting: RisicoSamenvatting;
  tijdlijn: TijdlijnItem[];
  terugkoppeling: TerugkoppelingView;
}

export interface InboxFilter {
  status?: string;
  termijnstatus?: string;
  gemeentecode?: string;
}

const pad = (id: string) => `/api/v1/zorgmeldingen/${encodeURIComponent(id)}`;
const vtPad = (id: string) => `/api/v1/vt/zorgmeldingen/${encodeURIComponent(id)}`;

/** Saves a concept: a new one (POST) or the existing one (PUT). Names and BSNs go in the body. */
export function bewaarConcept(
  id: string | undefined,
  melding: Melding,
  csrfToken?: string,
): Promise<ZorgmeldingPolitieView> {
  return call<ZorgmeldingPolitieView>(id ? pad(id) : '/api/v1/zorgmeldingen', {
    method: id ? 'PUT' : 'POST',
    csrfToken,
    verwerkingsactiviteit: INDIENEN,
    body: melding,
  });
}

/** Submits a concept; `sleutel` stays the same when the same submit is tried again. */
export function dienIn(
  id: string,
  melding: Melding,
  sleutel: string,
  csrfToken?: string,
): Promise<ZorgmeldingPolitieView> {
  return call<ZorgmeldingPolitieView>(`${pad(id)}/indienen`, {
    method: 'POST',
    csrfToken,
    verwerkingsactiviteit: INDIENEN,
    idempotencyKey: sleutel,
    body: melding,
  });
}

export function getEigenZorgmeldingen(): Promise<ZorgmeldingSamenvatting[]> {
  return call<ZorgmeldingSamenvatting[]>('/api/v1/zorgmeldingen', {
    verwerkingsactiviteit: INDIENEN,
  });
}

export function getEigenZorgmelding(id: string): Promise<ZorgmeldingPolitieView> {
  return call<ZorgmeldingPolitieView>(pad(id), { verwerkingsactiviteit: INDIENEN });
}

export function getInbox(filter: InboxFilter): Promise<InboxItem[]> {
  const query = new URLSearchParams({ limiet: '200' });
  for (const k of ['status', 'termijnstatus', 'gemeentecode'] as const) {
    const v = filter[k];
    if (v) query.set(k, v);
  }
  return call<InboxItem[]>(`/api/v1/vt/inbox?${query.toString()}`, {
    verwerkingsactiviteit: BEOORDELEN,
  });
}

export function getVtZorgmelding(id: string): Promise<ZorgmeldingVtView> {
  return call<ZorgmeldingVtView>(vtPad(id), { verwerkingsactiviteit: BEOORDELEN });
}

export type VtStap =
  | { stap: 'ontvangst' }
  | { stap: 'toewijzing'; medewerker: string }
  | { stap: 'beoordeling'; uitkomst: string; datum: string; notitie?: string }
  | { stap: 'terugkoppeling'; bericht?: string };

/** One step of the Handelingsprotocol on a report; returns the report as it is now. */
export function zetVtStap(
  id: string,
  { stap, ...body }: VtStap,
  csrfToken?: string,
): Promise<ZorgmeldingVtView> {
  return call<ZorgmeldingVtView>(`${vtPad(id)}/${stap}`, {
    method: 'POST',
    csrfToken,
    verwerkingsactiviteit: stap === 'terugkoppeling' ? TERUGKOPPELING : BEOORDELEN,
    body,
  });
}

/**
 * The fields of a 400 `ongeldige-invoer`: its detail reads "De invoer is ongeldig voor:
 * veld (eis, eis); veld (eis)." and names fields, never values.
 */
export function veldfouten(err: unknown): [veld: string, eisen: string][] {
  if (!(err instanceof ApiError) || err.status !== 400 || !err.detail) return [];
  if (err.type && !err.type.endsWith(':ongeldige-invoer')) return [];
  const lijst = /ongeldig voor: (.*)\.$/s.exec(err.detail)?.[1];
  if (!lijst) return [];
  return lijst.split('; ').flatMap((deel): [string, string][] => {
    const open = deel.indexOf(' (');
    if (open < 0 || !deel.endsWith(')')) return [];
    return [[deel.slice(0, open), deel.slice(open + 2, -1)]];
  });
}

// ---- Dutch texts ----------------------------------------------------------------------------

export const SOORTEN: [string, string][] = [
  ['huiselijk-geweld', 'Huiselijk geweld'],
  ['kindermishandeling', 'Kindermishandeling'],
  ['ouderenmishandeling', 'Ouderenmishandeling'],
  ['zorgen-om-kind-of-jeugdige', 'Zorgen om een kind of jeugdige'],
  ['overige-zorg', 'Overige zorg'],
];

export const ROLLEN: [string, string][] = [
  ['slachtoffer', 'Slachtoffer'],
  ['pleger', '(Vermoedelijke) pleger'],
  ['kind-in-het-gezin', 'Kind in het gezin'],
  ['getuige', 'Getuige'],
  ['melder', 'Melder'],
];

export const MAATREGELEN: [string, string][] = [
  ['aanhouding-pleger', 'Aanhouding van de pleger'],
  ['tijdelijk-huisverbod-voorgesteld', 'Tijdelijk huisverbod voorgesteld'],
  ['slachtoffer-elders-ondergebracht', 'Slachtoffer elders ondergebracht'],
  ['kinderen-elders-ondergebracht', 'Kinderen elders ondergebracht'],
  ['medische-hulp', 'Medische hulp'],
  ['crisisdienst-ingeschakeld', 'Crisisdienst ingeschakeld'],
  ['waarschuwing-of-gesprek', 'Waarschuwing of gesprek'],
  ['overige', 'Overige maatregel'],
];

export const SCORES: [Signaalscore, string][] = [
  ['rood', 'Rood (hoog risico)'],
  ['blauw', 'Blauw (middelmatig risico)'],
  ['geel', 'Geel (laag risico)'],
  ['onbekend', 'Onbekend'],
];

/** The RiHG: three parts with their signals, in the schema's order. */
export const RIHG: { deel: RihgDeel; titel: string; signalen: [string, string][] }[] = [
  {
    deel: 'pleger',
    titel: 'Deel A: de pleger',
    signalen: [
      ['eerderHuiselijkGeweld', 'Eerder huiselijk geweld'],
      ['geweldBuitenshuis', 'Geweld buitenshuis'],
      ['wapenbezit', 'Wapenbezit'],
      ['overtredingMaatregelen', 'Overtreding van maatregelen'],
      ['middelengebruik', 'Alcohol- of drugsgebruik'],
      ['psychischeProblemen', 'Psychische problemen'],
      ['houdingTegenoverGeweld', 'Houding tegenover geweld'],
    ],
  },
  {
    deel: 'incident',
    titel: 'Deel B: het verloop van het geweldsincident',
    signalen: [
      ['lichamelijkGeweld', 'Lichamelijk geweld'],
      ['seksueelGeweld', 'Seksueel geweld'],
      ['wapengebruik', 'Gebruik van of dreigen met een wapen'],
      ['doodsbedreiging', '(Doods)bedreiging'],
      ['escalatie', 'Escalatie'],
      ['geweldTegenKinderen', 'Geweld tegen of in het bijzijn van kinderen'],
      ['belaging', 'Belaging en controle'],
    ],
  },
  {
    deel: 'gezin',
    titel: 'Deel C: de gezinsachtergronden',
    signalen: [
      ['relatieproblemen', 'Relatieproblemen of scheiding'],
      ['kinderenInHetGezin', 'Kinderen in het gezin'],
      ['zwangerschap', 'Zwangerschap of pasgeboren kind'],
      ['stressfactoren', 'Stressfactoren'],
      ['sociaalIsolement', 'Sociaal isolement'],
      ['angstSlachtoffer', 'Angst van het slachtoffer'],
    ],
  },
];

/** The same rule as the server's summary: two or more rood in one part points to a huisverbod. */
export function vatRihgSamen(taxatie: Melding['risicotaxatie']): RisicoSamenvatting {
  const delen = {} as Record<RihgDeel, DeelSamenvatting>;
  for (const { deel, signalen } of RIHG) {
    const t = { rood: 0, blauw: 0, geel: 0, onbekend: 0, nietIngevuld: 0 };
    for (const [signaal] of signalen) {
      const score = taxatie?.[deel]?.[signaal];
      if (score === undefined) t.nietIngevuld++;
      else t[score]++;
    }
    delen[deel] = { ...t, huisverbodIndicatie: t.rood >= 2 };
  }
  const met = RIHG.map((d) => d.deel).filter((d) => delen[d].huisverbodIndicatie);
  return { delen, huisverbodIndicatie: met.length > 0, delenMetHuisverbodIndicatie: met };
}

/** The municipalities of the unit (routing table v1), by name. */
export const GEMEENTEN: [string, string][] = (
  [
    ['GM0613', 'Albrandswaard'],
    ['GM0482', 'Alblasserdam'],
    ['GM0489', 'Barendrecht'],
    ['GM0502', 'Capelle aan den IJssel'],
    ['GM0505', 'Dordrecht'],
    ['GM1924', 'Goeree-Overflakkee'],
    ['GM0512', 'Gorinchem'],
    ['GM0523', 'Hardinxveld-Giessendam'],
    ['GM0531', 'Hendrik-Ido-Ambacht'],
    ['GM1963', 'Hoeksche Waard'],
    ['GM0542', 'Krimpen aan den IJssel'],
    ['GM1621', 'Lansingerland'],
    ['GM0556', 'Maassluis'],
    ['GM1978', 'Molenlanden'],
    ['GM1930', 'Nissewaard'],
    ['GM0590', 'Papendrecht'],
    ['GM0597', 'Ridderkerk'],
    ['GM0599', 'Rotterdam'],
    ['GM0606', 'Schiedam'],
    ['GM0610', 'Sliedrecht'],
    ['GM0622', 'Vlaardingen'],
    ['GM1992', 'Voorne aan Zee'],
    ['GM0642', 'Zwijndrecht'],
  ] as [string, string][]
).sort((a, b) => a[1].localeCompare(b[1], 'nl'));

export const STATUSSEN: [string, string][] = [
  ['concept', 'Concept'],
  ['ingediend', 'Ingediend'],
  ['gerouteerd', 'Doorgestuurd naar Veilig Thuis'],
  ['routeringsuitzondering', 'Routeringsuitzondering (wacht op coördinator)'],
  ['ontvangen', 'Ontvangen door Veilig Thuis'],
  ['toegewezen', 'Toegewezen aan een medewerker'],
  ['beoordeeld', 'Beoordeeld'],
  ['onderzoek', 'In onderzoek bij Veilig Thuis'],
  ['afgesloten', 'Afgesloten'],
];

export const UITKOMSTEN: [string, string][] = [
  ['overdracht-lokaal-veld', 'Overdracht aan het lokale veld (wijkteam)'],
  ['overdracht-betrokken-professional', 'Overdracht aan een betrokken professional'],
  ['omzetten-naar-advies', 'Omzetten naar advies'],
  ['afsluiten', 'Afsluiten'],
  ['vt-onderzoekt', 'Veilig Thuis onderzoekt zelf'],
];

export const TERMIJNSTATUSSEN: [Termijnstatus, string][] = [
  ['verlopen', 'Termijn verlopen'],
  ['bijna-verlopen', 'Termijn bijna verlopen'],
  ['op-tijd', 'Op tijd'],
];

const STAPPEN: Record<string, string> = {
  opstellen: 'Concept opgesteld',
  wijzigen: 'Concept gewijzigd',
  indienen: 'Ingediend',
  routeren: 'Doorgestuurd',
  herrouteren: 'Handmatig doorgestuurd',
  ontvangst: 'Ontvangst bevestigd',
  toewijzing: 'Toegewezen',
  beoordeling: 'Veiligheidsbeoordeling vastgelegd',
  terugkoppeling: 'Terugkoppeling gegeven',
};

const ORGANISATIES: Record<string, string> = {
  'vt-rotterdam-rijnmond': 'Veilig Thuis Rotterdam Rijnmond',
  'vt-zuid-holland-zuid': 'Veilig Thuis Zuid-Holland Zuid',
};

/** The text for a code from a list; the code itself when the list does not know it. */
export function tekst(lijst: [string, string][], code: string | null | undefined): string {
  if (!code) return 'Onbekend';
  return lijst.find(([c]) => c === code)?.[1] ?? code;
}

export const stapTekst = (stap: string) => (Object.hasOwn(STAPPEN, stap) ? STAPPEN[stap] : stap);
export const organisatieTekst = (code: string | null) =>
  code === null ? 'Nog niet bekend' : Object.hasOwn(ORGANISATIES, code) ? ORGANISATIES[code] : code;
export const gemeenteTekst = (code: string | null | undefined) =>
  code ? `${GEMEENTEN.find(([c]) => c === code)?.[1] ?? 'Gemeente'} (${code})` : 'Onbekend';

// ---- The VT coordinators' queues ------------------------------------------------------------

export interface Routeringsuitzondering {
  id: string;
  ingediendOp: string | null;
  reden: 'onbekende-gemeente' | 'buiten-de-eenheid' | 'geen-woonplaats-bekend';
  gemeentecode: string | null;
  soort: string | null;
  routeringTabelVersie: number | null;
}

export interface OnbestelbareBezorging {
  id: string;
  soort: string;
  objectId: string;
  ontvanger: string;
  status: string;
  pogingen: number;
  laatsteFout: string | null;
  aangemaaktOp: string;
  bijgewerktOp: string;
}

export const UITZONDERINGSREDENEN: [string, string][] = [
  ['onbekende-gemeente', 'Onbekende gemeente'],
  ['buiten-de-eenheid', 'Gemeente buiten de eenheid'],
  ['geen-woonplaats-bekend', 'Geen woonplaats bekend'],
];

export const VT_ORGANISATIES: [string, string][] = [
  ['vt-rotterdam-rijnmond', 'Veilig Thuis Rotterdam Rijnmond'],
  ['vt-zuid-holland-zuid', 'Veilig Thuis Zuid-Holland Zuid'],
];

export function getRouteringsuitzonderingen(): Promise<Routeringsuitzondering[]> {
  return call<Routeringsuitzondering[]>('/api/v1/zorgmeldingen/routeringsuitzonderingen', {
    verwerkingsactiviteit: BEOORDELEN,
  });
}

export function herrouteer(
  id: string,
  vtOrganisatie: string,
  reden: string,
  csrfToken?: string,
): Promise<ZorgmeldingVtView> {
  return call<ZorgmeldingVtView>(`${pad(id)}/herrouteren`, {
    method: 'POST',
    csrfToken,
    verwerkingsactiviteit: BEOORDELEN,
    body: { vtOrganisatie, reden },
  });
}

export function getOnbestelbaar(): Promise<OnbestelbareBezorging[]> {
  return call<OnbestelbareBezorging[]>('/api/v1/bezorging/onbestelbaar', {
    verwerkingsactiviteit: BEOORDELEN,
  });
}

export function bezorgOpnieuw(id: string, csrfToken?: string): Promise<OnbestelbareBezorging> {
  return call<OnbestelbareBezorging>(`/api/v1/bezorging/${encodeURIComponent(id)}/opnieuw`, {
    method: 'POST',
    csrfToken,
    verwerkingsactiviteit: BEOORDELEN,
  });
}
