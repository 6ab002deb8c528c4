/** Zorgmeldingen: the API calls, the types they return and the Dutch texts for their codes. */
import {
  vatRisicotaxatieSamen,
  type RihgDeel,
  type RisicoSamenvatting,
  type Signaalscore,
} from '@schakel/regels';
import { api, ApiError, data, kop, type Schemas } from './api.js';
import type { operations } from './api/schema.js';

/** Processing activities (header `Verwerkingsactiviteit`) of the zorgmelding screens. */
export const INDIENEN = 'zorgmelding-indienen';
export const BEOORDELEN = 'zorgmelding-ontvangen-beoordelen';
export const TERUGKOPPELING = 'zorgmelding-terugkoppeling';

export type { RihgDeel, RisicoSamenvatting, Signaalscore };

export interface Adres {
  straat?: string;
  huisnummer?: number | string;
  huisletter?: string;
  huisnummertoevoeging?: string;
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

// The API's types, as the OpenAPI document publishes them (api/schema.d.ts). The report itself
// (`melding`) follows its own published JSON Schema, zorgmelding v1 (`Melding` above), and the
// RiHG summary is the shared rule's result (`@schakel/regels`).
export type TijdlijnItem = Schemas['TijdlijnItem'];
export type TerugkoppelingView = Schemas['TerugkoppelingView'];
export type ZorgmeldingSamenvatting = Schemas['ZorgmeldingSamenvatting'];
export type ZorgmeldingPolitieView = Omit<Schemas['ZorgmeldingPolitieView'], 'melding'> & {
  melding: Melding;
};
export type InboxItem = Schemas['InboxItem'];
export type Termijnstatus = NonNullable<InboxItem['termijnStatus']>;
export type Uitkomst = Schemas['Beoordeling']['uitkomst'];
export type ZorgmeldingVtView = Omit<
  Schemas['ZorgmeldingVtView'],
  'melding' | 'risicoSamenvatting'
> & { melding: Melding; risicoSamenvatting: RisicoSamenvatting };

// The OpenAPI document names the report (an object per zorgmelding v1) and the summary, without
// their fields: these two give them the web app's types.
const politieView = (v: Schemas['ZorgmeldingPolitieView']) =>
  v as unknown as ZorgmeldingPolitieView;
const vtView = (v: Schemas['ZorgmeldingVtView']) => v as unknown as ZorgmeldingVtView;

export interface InboxFilter {
  status?: string;
  termijnstatus?: string;
  gemeentecode?: string;
  sortering?: string;
  toegewezenAan?: string;
  /** Next page: after this report (the last of the page before). */
  na?: string;
  limiet?: number;
}

/** The police's own list: status, order and page. */
export interface EigenFilter {
  status?: string;
  sortering?: string;
  na?: string;
  limiet?: number;
}

/** A search: kenmerk, (part of) a name or a BSN. Only ever in a POST body. */
export type Zoekvraag = Schemas['Zoekvraag'];

const INDIENEN_KOP = { Verwerkingsactiviteit: INDIENEN };
const BEOORDELEN_KOP = { Verwerkingsactiviteit: BEOORDELEN };

/** Saves a concept: a new one (POST) or the existing one (PUT). Names and BSNs go in the body. */
export async function bewaarConcept(
  id: string | undefined,
  melding: Melding,
  csrfToken?: string,
): Promise<ZorgmeldingPolitieView> {
  const body = { ...melding };
  const view = id
    ? await data(
        api.PUT('/zorgmeldingen/{id}', {
          params: { path: { id }, header: INDIENEN_KOP },
          headers: kop(csrfToken),
          body,
        }),
      )
    : await data(
        api.POST('/zorgmeldingen', {
          params: { header: INDIENEN_KOP },
          headers: kop(csrfToken),
          body,
        }),
      );
  return politieView(view);
}

/** Submits a concept; `sleutel` stays the same when the same submit is tried again. */
export async function dienIn(
  id: string,
  melding: Melding,
  sleutel: string,
  csrfToken?: string,
): Promise<ZorgmeldingPolitieView> {
  const view = await data(
    api.POST('/zorgmeldingen/{id}/indienen', {
      params: { path: { id }, header: { ...INDIENEN_KOP, 'Idempotency-Key': sleutel } },
      headers: kop(csrfToken),
      body: { ...melding },
    }),
  );
  return politieView(view);
}

export function getEigenZorgmeldingen(
  filter: EigenFilter = {},
): Promise<ZorgmeldingSamenvatting[]> {
  const query: NonNullable<operations['listEigenZorgmeldingen']['parameters']['query']> = {};
  if (filter.status) query.status = filter.status as ZorgmeldingSamenvatting['status'];
  if (filter.sortering) query.sortering = filter.sortering as 'nieuwste' | 'oudste';
  if (filter.na) query.na = filter.na;
  if (filter.limiet) query.limiet = filter.limiet;
  return data(api.GET('/zorgmeldingen', { params: { query, header: INDIENEN_KOP } }));
}

/** Searches the own reports; names and BSNs go in the body, never in the URL. */
export function zoekEigen(
  vraag: Zoekvraag,
  csrfToken?: string,
): Promise<ZorgmeldingSamenvatting[]> {
  return data(
    api.POST('/zorgmeldingen/zoeken', {
      params: { header: INDIENEN_KOP },
      headers: kop(csrfToken),
      body: vraag,
    }),
  );
}

/** Deletes an own concept for good. */
export async function verwijderConcept(id: string, csrfToken?: string): Promise<void> {
  await api.DELETE('/zorgmeldingen/{id}', {
    params: { path: { id }, header: INDIENEN_KOP },
    headers: kop(csrfToken),
  });
}

/** Searches the own VT's reports; names and BSNs go in the body, never in the URL. */
export function zoekVt(vraag: Zoekvraag, csrfToken?: string): Promise<InboxItem[]> {
  return data(
    api.POST('/vt/zoeken', {
      params: { header: BEOORDELEN_KOP },
      headers: kop(csrfToken),
      body: vraag,
    }),
  );
}

/**
 * Opens the server's PDF of a report (police file or VT file) in a new tab: fetched with the
 * processing activity header (a plain link cannot send it), then shown from memory.
 */
export async function openPdf(id: string, voor: 'politie' | 'vt'): Promise<void> {
  const venster = window.open('', '_blank');
  const laad = () =>
    voor === 'politie'
      ? api.GET('/zorgmeldingen/{id}/pdf', {
          params: { path: { id }, header: INDIENEN_KOP },
          parseAs: 'blob',
        })
      : api.GET('/vt/zorgmeldingen/{id}/pdf', {
          params: { path: { id }, header: BEOORDELEN_KOP },
          parseAs: 'blob',
        });
  let blob: unknown;
  try {
    blob = (await laad()).data;
  } catch (err) {
    venster?.close();
    throw err;
  }
  const url = URL.createObjectURL(blob as Blob);
  if (venster) venster.location.href = url;
  else window.location.assign(url);
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 60_000);
}

export async function getEigenZorgmelding(id: string): Promise<ZorgmeldingPolitieView> {
  const view = await data(
    api.GET('/zorgmeldingen/{id}', { params: { path: { id }, header: INDIENEN_KOP } }),
  );
  return politieView(view);
}

export function getInbox(filter: InboxFilter): Promise<InboxItem[]> {
  const query: NonNullable<operations['getVtInbox']['parameters']['query']> = {
    limiet: filter.limiet ?? 200,
  };
  if (filter.status) query.status = filter.status as InboxItem['status'];
  if (filter.termijnstatus) query.termijnstatus = filter.termijnstatus as Termijnstatus;
  if (filter.gemeentecode) query.gemeentecode = filter.gemeentecode;
  if (filter.sortering) query.sortering = filter.sortering as 'termijn' | 'nieuwste' | 'oudste';
  if (filter.toegewezenAan) query.toegewezenAan = filter.toegewezenAan;
  if (filter.na) query.na = filter.na;
  return data(api.GET('/vt/inbox', { params: { query, header: BEOORDELEN_KOP } }));
}

/** A VT colleague (id and name, as of their last login) a coordinator may assign to. */
export type Collega = Schemas['Collega'];

/** The colleagues of the own Veilig Thuis (coordinators only); anyone else is refused (422). */
export function getVtCollegas(): Promise<Collega[]> {
  return data(api.GET('/vt/collegas', { params: { header: BEOORDELEN_KOP } }));
}

export async function getVtZorgmelding(id: string): Promise<ZorgmeldingVtView> {
  const view = await data(
    api.GET('/vt/zorgmeldingen/{id}', { params: { path: { id }, header: BEOORDELEN_KOP } }),
  );
  return vtView(view);
}

export type VtStap =
  | { stap: 'ontvangst' }
  | { stap: 'oppakken' }
  | ({ stap: 'toewijzing' } & Schemas['Toewijzing'])
  | ({ stap: 'beoordeling' } & Schemas['Beoordeling'])
  | ({ stap: 'terugkoppeling' } & Schemas['Terugkoppeling']);

/** One step of the Handelingsprotocol on a report; returns the report as it is now. */
export async function zetVtStap(
  id: string,
  stap: VtStap,
  csrfToken?: string,
): Promise<ZorgmeldingVtView> {
  const params = { path: { id }, header: BEOORDELEN_KOP };
  const headers = kop(csrfToken);
  let view;
  switch (stap.stap) {
    case 'ontvangst':
      view = await data(api.POST('/vt/zorgmeldingen/{id}/ontvangst', { params, headers }));
      break;
    case 'oppakken':
      view = await data(api.POST('/vt/zorgmeldingen/{id}/oppakken', { params, headers }));
      break;
    case 'toewijzing': {
      const { stap: _, ...body } = stap;
      view = await data(api.POST('/vt/zorgmeldingen/{id}/toewijzing', { params, headers, body }));
      break;
    }
    case 'beoordeling': {
      const { stap: _, ...body } = stap;
      view = await data(api.POST('/vt/zorgmeldingen/{id}/beoordeling', { params, headers, body }));
      break;
    }
    case 'terugkoppeling': {
      const { stap: _, ...body } = stap;
      view = await data(
        api.POST('/vt/zorgmeldingen/{id}/terugkoppeling', {
          params: { path: { id }, header: { Verwerkingsactiviteit: TERUGKOPPELING } },
          headers,
          body,
        }),
      );
      break;
    }
  }
  return vtView(view);
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

/** The signals of each part, from the texts above. */
const RIHG_SIGNALEN = Object.fromEntries(
  RIHG.map(({ deel, signalen }) => [deel, signalen.map(([signaal]) => signaal)]),
) as Record<RihgDeel, string[]>;

/** The server's summary rule (`@schakel/regels`), applied while the report is written. */
export function vatRihgSamen(taxatie: Melding['risicotaxatie']): RisicoSamenvatting {
  return vatRisicotaxatieSamen(taxatie, RIHG_SIGNALEN);
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
  'politie-rotterdam': 'Politie eenheid Rotterdam',
  'vt-rotterdam-rijnmond': 'Veilig Thuis Rotterdam Rijnmond',
  'vt-zuid-holland-zuid': 'Veilig Thuis Zuid-Holland Zuid',
};

/** The text for a code from a list; the code itself when the list does not know it. */
export function tekst(lijst: [string, string][], code: string | null | undefined): string {
  if (!code) return 'Onbekend';
  return lijst.find(([c]) => c === code)?.[1] ?? code;
}

export const stapTekst = (stap: string) => (Object.hasOwn(STAPPEN, stap) ? STAPPEN[stap] : stap);
export const organisatieTekst = (code: string | null | undefined) =>
  !code ? 'Nog niet bekend' : Object.hasOwn(ORGANISATIES, code) ? ORGANISATIES[code] : code;
export const gemeenteTekst = (code: string | null | undefined) =>
  code ? `${GEMEENTEN.find(([c]) => c === code)?.[1] ?? 'Gemeente'} (${code})` : 'Onbekend';

// ---- The VT coordinators' queues ------------------------------------------------------------

export type Routeringsuitzondering = Schemas['RouteringsuitzonderingView'];
export type OnbestelbareBezorging = Schemas['OnbestelbareBezorging'];

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
  return data(
    api.GET('/zorgmeldingen/routeringsuitzonderingen', { params: { header: BEOORDELEN_KOP } }),
  );
}

export async function herrouteer(
  id: string,
  vtOrganisatie: string,
  reden: string,
  csrfToken?: string,
): Promise<ZorgmeldingVtView> {
  const view = await data(
    api.POST('/zorgmeldingen/{id}/herrouteren', {
      params: { path: { id }, header: BEOORDELEN_KOP },
      headers: kop(csrfToken),
      body: { vtOrganisatie: vtOrganisatie as Schemas['Herroutering']['vtOrganisatie'], reden },
    }),
  );
  return vtView(view);
}

export function getOnbestelbaar(): Promise<OnbestelbareBezorging[]> {
  return data(api.GET('/bezorging/onbestelbaar', { params: { header: BEOORDELEN_KOP } }));
}

export function bezorgOpnieuw(id: string, csrfToken?: string): Promise<OnbestelbareBezorging> {
  return data(
    api.POST('/bezorging/{id}/opnieuw', {
      params: { path: { id }, header: BEOORDELEN_KOP },
      headers: kop(csrfToken),
    }),
  );
}
