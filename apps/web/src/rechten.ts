/**
 * Calls of the FG's rights desk (ADR 0028), under its own processing activity
 * `rechten-betrokkenen`. The BSN goes in a POST body only, never in a URL.
 */
import { api, data, kop, type Schemas } from './api.js';

const RECHTEN = { Verwerkingsactiviteit: 'rechten-betrokkenen' };

export type Verzoek = Schemas['VerzoekView'];
export type NieuwVerzoek = Schemas['NieuwVerzoek'];
export type Verzoeksoort = NieuwVerzoek['soort'];
export type IdentiteitWijze = NieuwVerzoek['identiteitWijze'];
export type Inzagerapport = Schemas['Inzagerapport'];
export type Rectificatiegegevens = Schemas['Rectificatiegegevens'];

export const SOORTEN: Record<Verzoeksoort, string> = {
  inzage: 'Inzage (AVG art. 15)',
  rectificatie: 'Rectificatie (AVG art. 16)',
  wissing: 'Wissing (AVG art. 17)',
  beperking: 'Beperking van de verwerking (AVG art. 18)',
  bezwaar: 'Bezwaar (AVG art. 21)',
};

export const WIJZEN: Record<IdentiteitWijze, string> = {
  'identiteitsbewijs-gezien': 'Identiteitsbewijs gezien',
  digid: 'Ingelogd met DigiD',
  'bekend-uit-dossier': 'Bekend uit het dossier',
  'niet-vastgesteld': 'Nog niet vastgesteld',
};

/** The identity fields a rectification changes, as people read them. */
export const VELDNAMEN: Record<string, string> = {
  voornamen: 'voornamen',
  voorvoegsel: 'voorvoegsel',
  achternaam: 'achternaam',
  geboortedatum: 'geboortedatum',
  straat: 'straat',
  huisnummer: 'huisnummer',
  postcode: 'postcode',
  woonplaats: 'woonplaats',
  gemeenteCode: 'gemeente',
};

export const STATUSSEN: Record<string, string> = {
  ontvangen: 'Ontvangen',
  'in-behandeling': 'In behandeling',
  afgehandeld: 'Afgehandeld',
  afgewezen: 'Afgewezen',
};

export const TERMIJNSTATUSSEN: Record<string, string> = {
  lopend: 'Op tijd',
  'bijna-verlopen': 'Bijna verlopen',
  verlopen: 'Verlopen',
  afgerond: 'Afgerond',
};

export function getVerzoeken(): Promise<Verzoek[]> {
  return data(api.GET('/rechten/verzoeken', { params: { header: RECHTEN } }));
}

export function getVerzoek(id: string): Promise<Verzoek> {
  return data(api.GET('/rechten/verzoeken/{id}', { params: { path: { id }, header: RECHTEN } }));
}

export function registreerVerzoek(body: NieuwVerzoek, csrfToken?: string): Promise<Verzoek> {
  return data(
    api.POST('/rechten/verzoeken', { params: { header: RECHTEN }, headers: kop(csrfToken), body }),
  );
}

const pad = (id: string) => ({ path: { id }, header: RECHTEN });

export function verlengTermijn(
  id: string,
  body: Schemas['Verlenging'],
  csrfToken?: string,
): Promise<Verzoek> {
  return data(
    api.POST('/rechten/verzoeken/{id}/verlenging', {
      params: pad(id),
      headers: kop(csrfToken),
      body,
    }),
  );
}

export function handelVerzoekAf(
  id: string,
  body: Schemas['Afhandeling'],
  csrfToken?: string,
): Promise<Verzoek> {
  return data(
    api.POST('/rechten/verzoeken/{id}/afhandeling', {
      params: pad(id),
      headers: kop(csrfToken),
      body,
    }),
  );
}

export function maakInzagerapport(id: string, csrfToken?: string): Promise<Inzagerapport> {
  return data(
    api.POST('/rechten/verzoeken/{id}/inzage', { params: pad(id), headers: kop(csrfToken) }),
  );
}

/** The report as a PDF, for a link the FG opens (a blob: URL; nothing personal in a URL). */
export async function maakInzagePdf(id: string, csrfToken?: string): Promise<Blob> {
  const { data: pdf } = await api.POST('/rechten/verzoeken/{id}/inzage/pdf', {
    params: pad(id),
    headers: { ...kop(csrfToken), Accept: 'application/pdf' },
    parseAs: 'blob',
  });
  return pdf as unknown as Blob;
}

export function rectificeer(
  id: string,
  body: Schemas['Rectificatie'],
  csrfToken?: string,
): Promise<Verzoek> {
  return data(
    api.POST('/rechten/verzoeken/{id}/rectificatie', {
      params: pad(id),
      headers: kop(csrfToken),
      body,
    }),
  );
}

export function zetBeperking(
  id: string,
  body: Schemas['BeperkingInvoer'],
  csrfToken?: string,
): Promise<Verzoek> {
  return data(
    api.POST('/rechten/verzoeken/{id}/beperking', {
      params: pad(id),
      headers: kop(csrfToken),
      body,
    }),
  );
}

export function hefBeperkingOp(id: string, csrfToken?: string): Promise<Verzoek> {
  return data(
    api.POST('/rechten/verzoeken/{id}/beperking/opheffing', {
      params: pad(id),
      headers: kop(csrfToken),
    }),
  );
}

/** A version of an activity as the register export gives it (fields cut by the rules). */
export interface RegisterVersie {
  id: string;
  versie: number;
  status?: string;
  naam: string;
  verwerkingsverantwoordelijke: string;
  doel: string;
  grondslag: string;
  bewaartermijn: string;
  geldigVanaf: string;
  vastgelegdDoor?: string;
}

export async function getRegisterExport(): Promise<RegisterVersie[]> {
  const { data: json } = await api.GET('/verwerkingsregister/export', {
    params: { query: { formaat: 'json' } },
  });
  return (json as unknown as { versies: RegisterVersie[] }).versies;
}

/** Download links: a GET with the session cookie, no personal data in the URL. */
export const registerExportUrl = (formaat: 'json' | 'csv'): string =>
  `/api/v1/verwerkingsregister/export?formaat=${formaat}`;

/** A notice of a rectification to the own organisation (AVG art. 19, ADR 0035). */
export type Rectificatiemelding = Schemas['RectificatiemeldingView'];

/** The activities under which an organisation receives data, and so its notices. */
export const ONTVANGST_ACTIVITEITEN: Record<string, string> = {
  'ketenpartner-deelname': 'uitwisselingen in casussen',
  'casusregie-zvh': 'uitwisselingen in casussen van het Zorg- en Veiligheidshuis',
  'zorgmelding-ontvangen-beoordelen': 'bezorgde zorgmeldingen',
};

export function getRectificatiemeldingen(activiteit: string): Promise<Rectificatiemelding[]> {
  return data(
    api.GET('/rectificatiemeldingen', {
      params: { header: { Verwerkingsactiviteit: activiteit } },
    }),
  );
}

export function bevestigRectificatiemelding(
  id: string,
  activiteit: string,
  csrfToken?: string,
): Promise<Rectificatiemelding> {
  return data(
    api.POST('/rectificatiemeldingen/{id}/bevestiging', {
      params: { path: { id }, header: { Verwerkingsactiviteit: activiteit } },
      headers: kop(csrfToken),
    }),
  );
}

/** Prepares a granted erasure (AVG art. 17): a destruction list, and what is kept and why. */
export function bereidWissingVoor(id: string, csrfToken?: string): Promise<Verzoek> {
  return data(
    api.POST('/rechten/verzoeken/{id}/wissing', { params: pad(id), headers: kop(csrfToken) }),
  );
}
