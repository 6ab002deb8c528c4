/** Calls to the Schakel API: same origin, session cookie, problem+json errors. */

export interface Gebruiker {
  id: string;
  soort: 'gebruiker' | 'systeem';
  naam?: string;
  organisatie: { code: string; naam: string; type: string };
  rollen: string[];
  /** Present for browser sessions: goes along in `X-CSRF-Token` on changes. */
  csrfToken?: string;
  sessieVerlooptOm?: string;
}

export interface Verwerkingsactiviteit {
  id: string;
  versie?: number | string;
  naam: string;
  doel: string;
  grondslag: unknown;
}

interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
}

const GEEN_TOEGANG = 'urn:schakel:probleem:geen-toegang';

/** The API answered 401: there is no (longer a) valid session. */
export class SessionEndedError extends Error {
  constructor() {
    super('Sessie beëindigd');
  }
}

/** The API refused access (403, geen-toegang); `detail` is the API's explanation. */
export class NoAccessError extends Error {
  constructor(readonly detail: string | undefined) {
    super('Geen toegang');
  }
}

/** Any other failed call (network error, unexpected status); `detail` from problem+json. */
export class ApiError extends Error {
  constructor(
    readonly status: number | undefined,
    readonly detail?: string,
    /** The problem type, such as `urn:schakel:probleem:ongeldige-invoer`. */
    readonly type?: string,
  ) {
    super(status === undefined ? 'Geen verbinding' : `Status ${String(status)}`);
  }
}

let sessionEnded: (() => void) | undefined;

/** Registers what to do when any call other than the session check gets a 401. */
export function onSessionEnded(handler: (() => void) | undefined): void {
  sessionEnded = handler;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Sent as `Idempotency-Key`: the same key on a retry of the same submit. */
  idempotencyKey?: string;
  csrfToken?: string;
  /** The processing activity a call serves (header `Verwerkingsactiviteit`). */
  verwerkingsactiviteit?: string;
  /** Sent as JSON. Personal data (a BSN) goes here, never in the path or query. */
  body?: unknown;
}

async function request(path: string, options: RequestOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.csrfToken) headers['X-CSRF-Token'] = options.csrfToken;
  if (options.verwerkingsactiviteit) {
    headers.Verwerkingsactiviteit = options.verwerkingsactiviteit;
  }
  if (options.idempotencyKey) headers['Idempotency-Key'] = options.idempotencyKey;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  try {
    return await fetch(path, {
      method: options.method ?? 'GET',
      headers,
      credentials: 'same-origin',
      ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
    });
  } catch {
    throw new ApiError(undefined);
  }
}

async function readProblem(response: Response): Promise<Problem> {
  try {
    return (await response.json()) as Problem;
  } catch {
    return {};
  }
}

/** Turns a failed response into the matching error; a 401 also ends the session in the app. */
async function failure(response: Response): Promise<Error> {
  if (response.status === 401) {
    sessionEnded?.();
    return new SessionEndedError();
  }
  const problem = await readProblem(response);
  if (response.status === 403 && problem.type === GEEN_TOEGANG) {
    return new NoAccessError(problem.detail);
  }
  return new ApiError(response.status, problem.detail, problem.type);
}

export async function call<T>(path: string, options?: RequestOptions): Promise<T> {
  const response = await request(path, options);
  if (!response.ok) throw await failure(response);
  return (await response.json()) as T;
}

/** The logged-in user, or `undefined` when there is no session (401). */
export async function getMe(): Promise<Gebruiker | undefined> {
  const response = await request('/api/v1/auth/me');
  if (response.status === 401) return undefined;
  if (!response.ok) throw new ApiError(response.status);
  return (await response.json()) as Gebruiker;
}

/** Ends the Schakel session; returns where the identity provider ends its own session. */
export async function logout(csrfToken: string | undefined): Promise<string> {
  const { uitlogUrl } = await call<{ uitlogUrl: string }>('/api/v1/auth/logout', {
    method: 'POST',
    csrfToken,
  });
  return uitlogUrl;
}

export function getVerwerkingsactiviteiten(): Promise<Verwerkingsactiviteit[]> {
  return call<Verwerkingsactiviteit[]>('/api/v1/verwerkingsactiviteiten');
}

/** The login URL; `terug` is where to land afterwards (a path inside the app only). */
export function loginUrl(terug?: string | null): string {
  const safe =
    terug &&
    terug !== '/' &&
    terug.startsWith('/') &&
    !terug.startsWith('//') &&
    !terug.includes('\\');
  return safe ? `/api/v1/auth/login?terug=${encodeURIComponent(terug)}` : '/api/v1/auth/login';
}

/** The FG's own processing activity: every call of the FG's workplace serves it. */
const TOEZICHT = 'verantwoording-toezicht';

export type Resultaat = 'toegestaan' | 'geweigerd';

export interface Zoekopdracht {
  bsn?: string;
  actorId?: string;
  organisatieCode?: string;
  activiteitId?: string;
  resultaat?: Resultaat;
  /** ISO 8601 instants: from (inclusive), to (exclusive). */
  van?: string;
  tot?: string;
  /** Cursor from the previous page's `volgende`. */
  na?: string;
  limiet?: number;
}

export interface AuditRecord {
  id: string;
  tijd: string;
  actorId: string;
  organisatieCode: string;
  rollen: string[];
  actie: string;
  objectType: string;
  objectId: string | null;
  resultaat: Resultaat;
  reden: string | null;
  activiteitId: string | null;
  doorbraak: boolean;
}

export interface Zoekresultaat {
  records: AuditRecord[];
  volgende: string | null;
}

export interface Toelichting {
  record: AuditRecord;
  regel: string | null;
  activiteit: string | null;
  activiteitVersie: number | null;
  grondslag: string | null;
  doorbraakVerantwoording: string | null;
  categorieen: string[][];
  uitleg: string;
}

export interface Doorbraak {
  id: string;
  onderwerpType: string;
  onderwerpId: string;
  activiteit: string;
  verantwoording: string;
  aangemaaktOp: string;
  verlooptOp: string;
}

export type Oordeel = 'terecht' | 'onterecht';

export interface Integriteit {
  laatsteCheckpoint: { grootte: number; wortel: string; tijd: string; sleutelId: string } | null;
  laatsteVerificatie: {
    tijd: string;
    geslaagd: boolean;
    records: number;
    checkpoints: number;
    eersteFoutPositie: number | null;
    reden: string | null;
  } | null;
  wachtrij: number;
}

export type Granulariteit = 'dag' | 'week';

export interface Reeks {
  sleutel: string | null;
  aantallen: number[];
}

export interface Statistieken {
  van: string;
  tot: string;
  granulariteit: Granulariteit;
  perioden: string[];
  toegangPerOrganisatie: Reeks[];
  toegangPerActiviteit: Reeks[];
  weigeringen: number[];
}

/** Searches the audit trail within the FG's scope; the BSN travels in the body only. */
export function zoekAuditspoor(opdracht: Zoekopdracht, csrfToken?: string): Promise<Zoekresultaat> {
  return call<Zoekresultaat>('/api/v1/verantwoording/zoeken', {
    method: 'POST',
    csrfToken,
    verwerkingsactiviteit: TOEZICHT,
    body: opdracht,
  });
}

/** "Waarom had deze persoon toegang?" for one audit record. */
export function getToelichting(id: string): Promise<Toelichting> {
  return call<Toelichting>(`/api/v1/verantwoording/records/${encodeURIComponent(id)}`, {
    verwerkingsactiviteit: TOEZICHT,
  });
}

export function getIntegriteit(): Promise<Integriteit> {
  return call<Integriteit>('/api/v1/verantwoording/integriteit', {
    verwerkingsactiviteit: TOEZICHT,
  });
}

/** Counts per day or week; the query holds dates only. */
export function getStatistieken(
  van: string,
  tot: string,
  granulariteit: Granulariteit,
): Promise<Statistieken> {
  const query = new URLSearchParams({ van, tot, granulariteit });
  return call<Statistieken>(`/api/v1/verantwoording/statistieken?${query.toString()}`, {
    verwerkingsactiviteit: TOEZICHT,
  });
}

/** Break-the-glass grants of the own organisation that await the FG's verdict. */
export function getTeBeoordelen(): Promise<Doorbraak[]> {
  return call<Doorbraak[]>('/api/v1/doorbraken/te-beoordelen');
}

export function beoordeelDoorbraak(
  id: string,
  oordeel: Oordeel,
  toelichting: string,
  csrfToken?: string,
): Promise<unknown> {
  return call<unknown>(`/api/v1/doorbraken/${encodeURIComponent(id)}/beoordeling`, {
    method: 'POST',
    csrfToken,
    verwerkingsactiviteit: TOEZICHT,
    body: { oordeel, toelichting },
  });
}
