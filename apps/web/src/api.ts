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

/** Any other failed call (network error, unexpected status). */
export class ApiError extends Error {
  constructor(readonly status: number | undefined) {
    super(status === undefined ? 'Geen verbinding' : `Status ${String(status)}`);
  }
}

let sessionEnded: (() => void) | undefined;

/** Registers what to do when any call other than the session check gets a 401. */
export function onSessionEnded(handler: (() => void) | undefined): void {
  sessionEnded = handler;
}

interface RequestOptions {
  method?: 'GET' | 'POST';
  csrfToken?: string;
  /** The processing activity a call serves (header `Verwerkingsactiviteit`). */
  verwerkingsactiviteit?: string;
}

async function request(path: string, options: RequestOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.csrfToken) headers['X-CSRF-Token'] = options.csrfToken;
  if (options.verwerkingsactiviteit) {
    headers.Verwerkingsactiviteit = options.verwerkingsactiviteit;
  }
  try {
    return await fetch(path, {
      method: options.method ?? 'GET',
      headers,
      credentials: 'same-origin',
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
  if (response.status === 403) {
    const problem = await readProblem(response);
    if (problem.type === GEEN_TOEGANG) return new NoAccessError(problem.detail);
  }
  return new ApiError(response.status);
}

async function call<T>(path: string, options?: RequestOptions): Promise<T> {
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
