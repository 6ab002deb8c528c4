/** Casussen and the exchange register: the API calls, the types they return, Dutch texts. */
import { ApiError, call } from './api.js';

/** Processing activities (header `Verwerkingsactiviteit`) of the casus screens, per role. */
export const SIGNALERING = 'casus-signalering-opschaling';
export const REGIE = 'casusregie-zvh';
export const DEELNAME = 'ketenpartner-deelname';
export const TOEZICHT = 'verantwoording-toezicht';
/**
 * Roles that take part in cases as a partner, with their own screens (`/partner/...`). The
 * wijkteam is among them: from acceptance on, the sleutelpartner takes part like any partner
 * (its exchanges and acknowledgements are there, not on its signal's page).
 */
export const PARTNER_ROLLEN = [
  'ketenpartner',
  'wijkteam-medewerker',
  'politie-medewerker',
  'vt-medewerker',
  'vt-coordinator',
];
export type CasusActiviteit = typeof SIGNALERING | typeof REGIE | typeof DEELNAME;

export type Casusstatus =
  'aangemeld' | 'in-triage' | 'geaccepteerd' | 'afgewezen' | 'actief' | 'afgesloten';

export interface Thema {
  id: string;
  naam: string;
  activiteit: { id: string; naam: string; grondslag: string };
  bewaartermijn: string;
}

export interface Categorie {
  code: string;
  naam: string;
  avgArtikel: '9' | '10' | null;
}

export interface Organisatie {
  code: string;
  naam: string;
  type: string;
}

export interface Referentie {
  themas: Thema[];
  levensdomeinen: { code: string; naam: string }[];
  categorieen: Categorie[];
  statussen: { code: string; naam: string }[];
  organisaties: Organisatie[];
}

export interface CasusSamenvatting {
  id: string;
  nummer: string;
  thema: string;
  status: Casusstatus;
  sleutelpartner?: string;
  regieOrganisatie?: string | null;
  aangemeldOp: string;
  gewijzigdOp: string;
  aantalBetrokkenen: number;
  triageBesluit?: 'geaccepteerd' | 'afgewezen' | null;
  mijnScope: string[] | null;
}

export interface Criteria {
  meerdereLeefdomeinen: boolean;
  meerdereKetens: boolean;
  impactOmgeving: boolean;
  ernstigeVeiligheidsproblemen: boolean;
}

export type RolBetrokkene = 'hoofdpersoon' | 'gezinslid' | 'overig';

export interface Identiteit {
  bsn?: string;
  voornamen?: string;
  voorvoegsel?: string;
  achternaam?: string;
  geboortedatum?: string;
  straat?: string;
  huisnummer?: string | number;
  postcode?: string;
  woonplaats?: string;
  gemeenteCode?: string;
}

export type Informeren =
  | { besluit: 'geinformeerd'; op: string }
  | {
      besluit: 'niet-informeren';
      reden: 'lopend-strafrechtelijk-onderzoek' | 'veiligheidsrisico';
      toelichting: string;
    };

export interface BetrokkeneView extends Identiteit {
  persoonId: string;
  rol: RolBetrokkene;
  informeren?: {
    besluit: 'geinformeerd' | 'niet-informeren';
    op?: string;
    reden?: string;
    toelichting?: string;
    herbeoordeeldOp?: string;
  } | null;
}

export interface Deelnemer {
  organisatie: string;
  /** Only the own scope; the directing ZVH sees every participant's. */
  categorieen?: string[];
  uitgenodigdOp: string;
  beeindigdOp: string | null;
}

export interface UitwisselingView {
  id: string;
  van: string;
  naar: { organisatie: string; ontvangenOp: string | null }[];
  betrokkenen: string[];
  categorieen: string[];
  bijzonder: boolean;
  strafrechtelijk: boolean;
  activiteit: { id: string; naam: string };
  grondslag: string;
  proportionaliteit: string;
  subsidiariteit: string;
  inhoud: string;
  geregistreerdOp: string;
  geregistreerdDoor: string;
}

/** An exchange as the person timeline shows it: metadata, no content and no reasoning. */
export type UitwisselingMetadata = Omit<
  UitwisselingView,
  'betrokkenen' | 'proportionaliteit' | 'subsidiariteit' | 'inhoud'
>;

/** One case of a person's timeline, with the exchanges about that person the actor may see. */
export interface PersoonCasus {
  id: string;
  nummer: string;
  thema: string;
  status: Casusstatus;
  uitwisselingen: UitwisselingMetadata[];
}

export interface CasusView {
  id: string;
  nummer: string;
  thema: string;
  status: Casusstatus;
  // Fields the rules may cut (ADR 0017): absent when the actor may not see them.
  levensdomeinen?: string[];
  sleutelpartner?: string;
  regieOrganisatie?: string | null;
  procesregisseur?: { id: string; naam: string } | null;
  aanleiding?: string;
  opschaling?: { criteria: Criteria; motivering: string; op: string } | null;
  triage?: { besluit: 'geaccepteerd' | 'afgewezen'; reden: string | null; op: string } | null;
  betrokkenen: BetrokkeneView[];
  deelnemers: Deelnemer[];
  uitwisselingen: UitwisselingView[];
  tijdlijn: { tijd: string; stap: string; organisatie: string }[];
  mijnScope: string[] | null;
  afgeslotenOp?: string | null;
  bewaarTot?: string | null;
}

export interface NieuweBetrokkene extends Identiteit {
  rol: RolBetrokkene | '';
}

export interface NieuweCasus {
  themaId: string;
  aanleiding: string;
  levensdomeinen: string[];
  betrokkenen: NieuweBetrokkene[];
}

export interface NieuweUitwisseling {
  van?: string;
  naar: string[];
  betrokkenen: string[];
  categorieen: string[];
  proportionaliteit: string;
  subsidiariteit: string;
  inhoud: string;
}

export interface RegisterUitwisseling {
  id: string;
  casusNummer: string;
  thema: string;
  van: string;
  naar: { organisatie: string; ontvangenOp: string | null }[];
  categorieen: string[];
  bijzonder: boolean;
  strafrechtelijk: boolean;
  activiteit: { id: string; naam: string } | string;
  grondslag: string;
  geregistreerdOp: string;
}

export interface Stroom {
  van: string;
  naar: string;
  categorie: string;
  aantal: number;
}

export interface Uitwisselingsregister {
  uitwisselingen: RegisterUitwisseling[];
  stromen: Stroom[];
}

const BASIS = '/api/v1/casussen';
const pad = (id: string) => `${BASIS}/${encodeURIComponent(id)}`;

let referentie: Promise<Referentie> | undefined;

/** Themes, life domains, categories, statuses and organisations; asked once per page load. */
export function getReferentie(): Promise<Referentie> {
  referentie ??= call<Referentie>(`${BASIS}/referentie`).catch((err: unknown) => {
    referentie = undefined;
    throw err;
  });
  return referentie;
}

/** The cases of the actor's role; the header decides which list (own, regie, participating). */
export function getCasussen(activiteit: CasusActiviteit): Promise<CasusSamenvatting[]> {
  return call<CasusSamenvatting[]>(BASIS, { verwerkingsactiviteit: activiteit });
}

export function getTriage(): Promise<CasusSamenvatting[]> {
  return call<CasusSamenvatting[]>(`${BASIS}/triage`, { verwerkingsactiviteit: REGIE });
}

export function getCasus(id: string, activiteit: CasusActiviteit): Promise<CasusView> {
  return call<CasusView>(pad(id), { verwerkingsactiviteit: activiteit });
}

/** Registers a case; names and BSNs travel in the body only. */
export function registreerCasus(casus: NieuweCasus, csrfToken?: string): Promise<CasusView> {
  return call<CasusView>(BASIS, {
    method: 'POST',
    csrfToken,
    verwerkingsactiviteit: SIGNALERING,
    body: casus,
  });
}

export function schaalOp(
  id: string,
  criteria: Criteria,
  motivering: string,
  csrfToken?: string,
): Promise<CasusView> {
  return call<CasusView>(`${pad(id)}/opschaling`, {
    method: 'POST',
    csrfToken,
    verwerkingsactiviteit: SIGNALERING,
    body: { criteria, motivering },
  });
}

export function triageer(
  id: string,
  besluit: { besluit: 'accepteren' | 'afwijzen'; reden?: string; procesregisseurId?: string },
  csrfToken?: string,
): Promise<CasusView> {
  return call<CasusView>(`${pad(id)}/triage`, {
    method: 'POST',
    csrfToken,
    verwerkingsactiviteit: REGIE,
    body: besluit,
  });
}

export function nodigUit(
  id: string,
  organisatie: string,
  categorieen: string[],
  csrfToken?: string,
): Promise<CasusView> {
  return call<CasusView>(`${pad(id)}/deelnemers`, {
    method: 'POST',
    csrfToken,
    verwerkingsactiviteit: REGIE,
    body: { organisatie, categorieen },
  });
}

export function wijzigDeelname(
  id: string,
  organisatie: string,
  categorieen: string[],
  csrfToken?: string,
): Promise<CasusView> {
  return call<CasusView>(`${pad(id)}/deelnemers/${encodeURIComponent(organisatie)}`, {
    method: 'PUT',
    csrfToken,
    verwerkingsactiviteit: REGIE,
    body: { categorieen },
  });
}

export function beeindigDeelname(
  id: string,
  organisatie: string,
  csrfToken?: string,
): Promise<CasusView> {
  return call<CasusView>(`${pad(id)}/deelnemers/${encodeURIComponent(organisatie)}`, {
    method: 'DELETE',
    csrfToken,
    verwerkingsactiviteit: REGIE,
  });
}

export function registreerUitwisseling(
  id: string,
  uitwisseling: NieuweUitwisseling,
  activiteit: typeof REGIE | typeof DEELNAME,
  csrfToken?: string,
): Promise<UitwisselingView> {
  return call<UitwisselingView>(`${pad(id)}/uitwisselingen`, {
    method: 'POST',
    csrfToken,
    verwerkingsactiviteit: activiteit,
    body: uitwisseling,
  });
}

export function bevestigOntvangst(
  id: string,
  uitwisselingId: string,
  csrfToken?: string,
): Promise<UitwisselingView> {
  return call<UitwisselingView>(
    `${pad(id)}/uitwisselingen/${encodeURIComponent(uitwisselingId)}/ontvangst`,
    { method: 'POST', csrfToken, verwerkingsactiviteit: DEELNAME },
  );
}

export function legInformerenVast(
  id: string,
  persoonId: string,
  besluit: Informeren,
  csrfToken?: string,
): Promise<CasusView> {
  return call<CasusView>(`${pad(id)}/betrokkenen/${encodeURIComponent(persoonId)}/informeren`, {
    method: 'POST',
    csrfToken,
    verwerkingsactiviteit: REGIE,
    body: besluit,
  });
}

export function sluitAf(
  id: string,
  reden: string,
  herbeoordelingen: ({ persoonId: string } & Informeren)[],
  csrfToken?: string,
): Promise<CasusView> {
  return call<CasusView>(`${pad(id)}/afsluiting`, {
    method: 'POST',
    csrfToken,
    verwerkingsactiviteit: REGIE,
    body: { reden, herbeoordelingen },
  });
}

/**
 * A person's cases and exchanges, as far as the actor may see them. The BSN travels in the
 * body only, never in the path, the query or the history.
 */
export function zoekPersoonTijdlijn(
  bsn: string,
  activiteit: typeof REGIE | typeof DEELNAME,
  csrfToken?: string,
): Promise<PersoonCasus[]> {
  return call<PersoonCasus[]>(`${BASIS}/personen/tijdlijn`, {
    method: 'POST',
    csrfToken,
    verwerkingsactiviteit: activiteit,
    body: { bsn },
  });
}

/** The FG's overview: metadata of exchanges, and the flows between organisations. */
export function getUitwisselingsregister(
  vanaf: string,
  tot: string,
): Promise<Uitwisselingsregister> {
  const query = new URLSearchParams();
  if (vanaf) query.set('vanaf', vanaf);
  if (tot) query.set('tot', tot);
  const q = query.toString();
  return call<Uitwisselingsregister>(`/api/v1/uitwisselingsregister${q ? `?${q}` : ''}`, {
    verwerkingsactiviteit: TOEZICHT,
  });
}

/** The stable code of a refusal (`urn:schakel:probleem:buiten-scope` gives `buiten-scope`). */
export function probleemCode(err: unknown): string | undefined {
  if (!(err instanceof ApiError) || !err.type) return undefined;
  return err.type.split(':').pop();
}

// ---- Dutch texts ----------------------------------------------------------------------------

export const ROLLEN_BETROKKENE: [RolBetrokkene, string][] = [
  ['hoofdpersoon', 'Hoofdpersoon'],
  ['gezinslid', 'Gezinslid'],
  ['overig', 'Overig'],
];

export const REDENEN_NIET_INFORMEREN: [string, string][] = [
  ['lopend-strafrechtelijk-onderzoek', 'Lopend strafrechtelijk onderzoek'],
  ['veiligheidsrisico', 'Veiligheidsrisico voor de betrokkene of anderen'],
];

/** The national criteria (Landelijk Kader Zorg- en Veiligheidshuizen), with their letters. */
export const CRITERIA: [keyof Criteria, string, string][] = [
  [
    'meerdereLeefdomeinen',
    'a',
    'Er zijn problemen op meerdere leefgebieden, die leiden tot criminaliteit of overlast',
  ],
  [
    'meerdereKetens',
    'b',
    'Samenwerking tussen meerdere ketens (zorg, veiligheid, straf) is nodig om de problemen aan te pakken',
  ],
  ['impactOmgeving', 'c', 'De problemen hebben impact op het gezin, het netwerk of de omgeving'],
  [
    'ernstigeVeiligheidsproblemen',
    'd',
    'Er is sprake van een ernstig veiligheidsprobleem of een dreiging daarvan in de wijk of regio',
  ],
];

/** (a and b and c) or d: the rule of the national criteria. */
export function criteriaVoldaan(c: Criteria): boolean {
  return (
    (c.meerdereLeefdomeinen && c.meerdereKetens && c.impactOmgeving) ||
    c.ernstigeVeiligheidsproblemen
  );
}

const STAPPEN: Record<string, string> = {
  aanmelden: 'Casus geregistreerd (aangemeld)',
  opschalen: 'Opgeschaald naar het Zorg- en Veiligheidshuis',
  accepteren: 'Geaccepteerd door het Zorg- en Veiligheidshuis',
  afwijzen: 'Afgewezen door het Zorg- en Veiligheidshuis',
  activeren: 'Actief: eerste deelnemer uitgenodigd',
  uitnodigen: 'Deelnemer uitgenodigd',
  'scope-wijzigen': 'Need-to-know van een deelnemer gewijzigd',
  'deelname-beeindigen': 'Deelname beëindigd',
  uitwisselen: 'Uitwisseling geregistreerd',
  'ontvangst-bevestigen': 'Ontvangst van een uitwisseling bevestigd',
  informeren: 'Informeren van een betrokkene vastgelegd',
  afsluiten: 'Casus afgesloten',
};

export const stapTekst = (stap: string) => (Object.hasOwn(STAPPEN, stap) ? STAPPEN[stap] : stap);

/** Names from the reference data; an unknown code shows as itself. */
export class Namen {
  constructor(private readonly r: Referentie) {}
  get referentie(): Referentie {
    return this.r;
  }
  organisatie(code: string | null | undefined): string {
    if (code === undefined) return 'Niet zichtbaar voor u';
    if (code === null) return 'Nog niet bekend';
    return this.r.organisaties.find((o) => o.code === code)?.naam ?? code;
  }
  thema(id: string): string {
    return this.r.themas.find((t) => t.id === id)?.naam ?? id;
  }
  status(code: string): string {
    return this.r.statussen.find((s) => s.code === code)?.naam ?? code;
  }
  levensdomein(code: string): string {
    return this.r.levensdomeinen.find((l) => l.code === code)?.naam ?? code;
  }
  categorieInfo(code: string): Categorie {
    return (
      this.r.categorieen.find((c) => c.code === code) ?? { code, naam: code, avgArtikel: null }
    );
  }
  /** "gezondheid (bijzonder persoonsgegeven, art. 9 AVG)": the article always in words. */
  categorie(code: string): string {
    const c = this.categorieInfo(code);
    return `${c.naam}${artikelTekst(c.avgArtikel)}`;
  }
  /** An API explanation with organisation codes (`politie-rotterdam`) replaced by names. */
  metNamen(tekst: string): string {
    return tekst.replace(
      /[a-z0-9]+(?:-[a-z0-9]+)+/g,
      (code) => this.r.organisaties.find((o) => o.code === code)?.naam ?? code,
    );
  }
  /** Undefined: the rules do not show it to this actor (another participant's scope). */
  categorieen(codes: string[] | undefined): string {
    if (codes === undefined) return 'niet zichtbaar voor u';
    return codes.length === 0 ? 'geen' : codes.map((c) => this.categorie(c)).join(', ');
  }
}

export function artikelTekst(artikel: '9' | '10' | null): string {
  if (artikel === '9') return ' (bijzonder persoonsgegeven, art. 9 AVG)';
  if (artikel === '10') return ' (strafrechtelijk gegeven, art. 10 AVG)';
  return '';
}

export const hoofdletter = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The outcome of triage in a list of cases. */
export function triageUitkomst(c: CasusSamenvatting): string {
  if (c.triageBesluit === 'geaccepteerd') return 'Geaccepteerd';
  if (c.triageBesluit === 'afgewezen') return 'Afgewezen';
  if (c.status === 'aangemeld') return 'Nog niet opgeschaald';
  if (c.status === 'in-triage') return 'Wacht op triage';
  return c.status === 'afgewezen' ? 'Afgewezen' : 'Geaccepteerd';
}

/** A person's name from the fields the actor may see; "Naam niet zichtbaar" otherwise. */
export function persoonNaam(b: Identiteit): string | undefined {
  const naam = [b.voornamen, b.voorvoegsel, b.achternaam].filter(Boolean).join(' ');
  return naam || undefined;
}

/** Dutch names of the API's validation constraints (class-validator). */
const EISEN: Record<string, string> = {
  isNotEmpty: 'vul dit in',
  isString: 'vul tekst in',
  isIn: 'kies een van de mogelijkheden',
  isEnum: 'kies een van de mogelijkheden',
  arrayMinSize: 'kies er ten minste één',
  arrayNotEmpty: 'kies er ten minste één',
  arrayMaxSize: 'te veel gekozen',
  maxLength: 'de tekst is te lang',
  minLength: 'de tekst is te kort',
  length: 'de lengte klopt niet',
  matches: 'ongeldig formaat',
  isDateString: 'vul een geldige datum in',
  isISO8601: 'vul een geldige datum in',
  isBsn: 'geen geldig BSN (11-proef)',
  isUUID: 'ongeldige verwijzing',
  isBoolean: 'kies ja of nee',
  isInt: 'vul een heel getal in',
  isPostalCode: 'ongeldige postcode',
  'onbekend veld': 'onbekend veld',
};

export function eisTekst(eisen: string): string {
  return eisen
    .split(', ')
    .map((e) => (Object.hasOwn(EISEN, e) ? EISEN[e] : e))
    .join(', ');
}
