/** Casussen and the exchange register: the API calls, the types they return, Dutch texts. */
import type { Criteria } from '@schakel/regels';
import { api, ApiError, data, kop, type Schemas } from './api.js';

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

// The API's types, as the OpenAPI document publishes them (api/schema.d.ts).
export type CasusView = Schemas['CasusView'];
export type CasusSamenvatting = Schemas['CasusSamenvatting'];
export type Casusstatus = CasusView['status'];
export type Referentie = Schemas['Casusreferentie'];
export type Thema = Schemas['ThemaView'];
export type Categorie = Schemas['CategorieView'];
/** A category code; the screens take them from the reference data, the API checks them. */
export type Categoriecode = NonNullable<Schemas['DeelnemerView']['categorieen']>[number];
export type Organisatie = Schemas['OrganisatieRef'];
export type BetrokkeneView = Schemas['CasusPersoonView'];
export type RolBetrokkene = BetrokkeneView['rol'];
export type Deelnemer = Schemas['DeelnemerView'];
export type UitwisselingView = Schemas['UitwisselingView'];
/** An exchange as the person timeline shows it: metadata, no content and no reasoning. */
export type UitwisselingMetadata = Schemas['UitwisselingMetadata'];
/** One case of a person's timeline, with the exchanges about that person the actor may see. */
export type PersoonCasus = Schemas['PersoonCasus'];
export type NieuweCasus = Schemas['NieuweCasus'];
export type NieuweUitwisseling = Schemas['NieuweUitwisseling'];
export type Informeren = Schemas['Informeren'];
export type Herbeoordeling = Schemas['Herbeoordeling'];
export type RegisterUitwisseling = Schemas['RegisterRegel'];
export type Stroom = Schemas['Stroom'];
export type Uitwisselingsregister = Schemas['Uitwisselingsregister'];
export type { Criteria };

/** The identity fields of a person (those of a new betrokkene, without the role). */
export type Identiteit = Omit<Schemas['NieuweBetrokkene'], 'rol'>;

/** A betrokkene in the registration form: the role may not be chosen yet. */
export type NieuweBetrokkene = Identiteit & { rol: RolBetrokkene | '' };

const padId = (id: string) => ({ path: { id } });

let referentie: Promise<Referentie> | undefined;

/** Themes, life domains, categories, statuses and organisations; asked once per page load. */
export function getReferentie(): Promise<Referentie> {
  referentie ??= data(api.GET('/casussen/referentie')).catch((err: unknown) => {
    referentie = undefined;
    throw err;
  });
  return referentie;
}

/** The cases of the actor's role; the header decides which list (own, regie, participating). */
export function getCasussen(activiteit: CasusActiviteit): Promise<CasusSamenvatting[]> {
  return data(api.GET('/casussen', { params: { header: { Verwerkingsactiviteit: activiteit } } }));
}

export function getTriage(): Promise<CasusSamenvatting[]> {
  return data(
    api.GET('/casussen/triage', { params: { header: { Verwerkingsactiviteit: REGIE } } }),
  );
}

/** A procesregisseur of the own ZVH (as of their last login), to name at triage. */
export type Procesregisseur = Schemas['ProcesregisseurView'];

/** The procesregisseurs of the actor's own ZVH, sorted by name; anyone else is refused (422). */
export function getProcesregisseurs(): Promise<Procesregisseur[]> {
  return data(
    api.GET('/casussen/procesregisseurs', {
      params: { header: { Verwerkingsactiviteit: REGIE } },
    }),
  );
}

export function getCasus(id: string, activiteit: CasusActiviteit): Promise<CasusView> {
  return data(
    api.GET('/casussen/{id}', {
      params: { ...padId(id), header: { Verwerkingsactiviteit: activiteit } },
    }),
  );
}

/** Registers a case; names and BSNs travel in the body only. */
export function registreerCasus(casus: NieuweCasus, csrfToken?: string): Promise<CasusView> {
  return data(
    api.POST('/casussen', {
      params: { header: { Verwerkingsactiviteit: SIGNALERING } },
      headers: kop(csrfToken),
      body: casus,
    }),
  );
}

export function schaalOp(
  id: string,
  criteria: Criteria,
  motivering: string,
  csrfToken?: string,
): Promise<CasusView> {
  return data(
    api.POST('/casussen/{id}/opschaling', {
      params: { ...padId(id), header: { Verwerkingsactiviteit: SIGNALERING } },
      headers: kop(csrfToken),
      body: { criteria, motivering },
    }),
  );
}

export function triageer(
  id: string,
  besluit: Schemas['Triage'],
  csrfToken?: string,
): Promise<CasusView> {
  return data(
    api.POST('/casussen/{id}/triage', {
      params: { ...padId(id), header: { Verwerkingsactiviteit: REGIE } },
      headers: kop(csrfToken),
      body: besluit,
    }),
  );
}

export function nodigUit(
  id: string,
  organisatie: string,
  categorieen: string[],
  csrfToken?: string,
): Promise<CasusView> {
  return data(
    api.POST('/casussen/{id}/deelnemers', {
      params: { ...padId(id), header: { Verwerkingsactiviteit: REGIE } },
      headers: kop(csrfToken),
      body: { organisatie, categorieen: categorieen as Categoriecode[] },
    }),
  );
}

export function wijzigDeelname(
  id: string,
  organisatie: string,
  categorieen: string[],
  csrfToken?: string,
): Promise<CasusView> {
  return data(
    api.PUT('/casussen/{id}/deelnemers/{organisatie}', {
      params: { path: { id, organisatie }, header: { Verwerkingsactiviteit: REGIE } },
      headers: kop(csrfToken),
      body: { categorieen: categorieen as Categoriecode[] },
    }),
  );
}

export function beeindigDeelname(
  id: string,
  organisatie: string,
  csrfToken?: string,
): Promise<CasusView> {
  return data(
    api.DELETE('/casussen/{id}/deelnemers/{organisatie}', {
      params: { path: { id, organisatie }, header: { Verwerkingsactiviteit: REGIE } },
      headers: kop(csrfToken),
    }),
  );
}

export function registreerUitwisseling(
  id: string,
  uitwisseling: NieuweUitwisseling,
  activiteit: typeof REGIE | typeof DEELNAME,
  csrfToken?: string,
): Promise<UitwisselingView> {
  return data(
    api.POST('/casussen/{id}/uitwisselingen', {
      params: { ...padId(id), header: { Verwerkingsactiviteit: activiteit } },
      headers: kop(csrfToken),
      body: uitwisseling,
    }),
  );
}

export function bevestigOntvangst(
  id: string,
  uitwisselingId: string,
  csrfToken?: string,
): Promise<UitwisselingView> {
  return data(
    api.POST('/casussen/{id}/uitwisselingen/{uitwisselingId}/ontvangst', {
      params: { path: { id, uitwisselingId }, header: { Verwerkingsactiviteit: DEELNAME } },
      headers: kop(csrfToken),
    }),
  );
}

export function legInformerenVast(
  id: string,
  persoonId: string,
  besluit: Informeren,
  csrfToken?: string,
): Promise<CasusView> {
  return data(
    api.POST('/casussen/{id}/betrokkenen/{persoonId}/informeren', {
      params: { path: { id, persoonId }, header: { Verwerkingsactiviteit: REGIE } },
      headers: kop(csrfToken),
      body: besluit,
    }),
  );
}

export function sluitAf(
  id: string,
  reden: string,
  herbeoordelingen: Herbeoordeling[],
  csrfToken?: string,
): Promise<CasusView> {
  return data(
    api.POST('/casussen/{id}/afsluiting', {
      params: { ...padId(id), header: { Verwerkingsactiviteit: REGIE } },
      headers: kop(csrfToken),
      body: { reden, herbeoordelingen },
    }),
  );
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
  return data(
    api.POST('/casussen/personen/tijdlijn', {
      params: { header: { Verwerkingsactiviteit: activiteit } },
      headers: kop(csrfToken),
      body: { bsn },
    }),
  );
}

/** The FG's overview: metadata of exchanges, and the flows between organisations. */
export function getUitwisselingsregister(
  vanaf: string,
  tot: string,
): Promise<Uitwisselingsregister> {
  const query: { vanaf?: string; tot?: string } = {};
  if (vanaf) query.vanaf = vanaf;
  if (tot) query.tot = tot;
  return data(
    api.GET('/uitwisselingsregister', {
      params: { query, header: { Verwerkingsactiviteit: TOEZICHT } },
    }),
  );
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

export function artikelTekst(artikel: '9' | '10' | null | undefined): string {
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
