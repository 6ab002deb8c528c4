import { randomBytes } from 'node:crypto';
import { bsn } from './fictief.js';
import type { Session } from './login.js';

/** The processing activities of the casussen routes (header `Verwerkingsactiviteit`). */
export const SIGNALERING = 'casus-signalering-opschaling';
export const REGIE = 'casusregie-zvh';
export const DEELNAME = 'ketenpartner-deelname';
export const TOEZICHT = 'verantwoording-toezicht';

export { bsn, encodings } from './fictief.js';

/** A body sent as is (e.g. malformed JSON). */
export class Ruw {
  constructor(
    readonly tekst: string,
    readonly contentType = 'application/json',
  ) {}
}

export interface Antwoord {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON answers, checked by the tests
  body: any;
  text: string;
  contentType: string;
  traceId: string;
  url: string;
}

/** One API call with its own trace id, so both logs can be looked up for exactly this call. */
export async function api(
  s: Session | undefined,
  method: string,
  path: string,
  doel: string | undefined,
  body?: unknown,
  extra: Record<string, string> = {},
): Promise<Antwoord> {
  const traceId = randomBytes(16).toString('hex');
  const headers: Record<string, string> = {
    traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01`,
    ...extra,
  };
  if (doel) headers.verwerkingsactiviteit = doel;
  let payload: string | undefined;
  if (body !== undefined) {
    headers['content-type'] ??= body instanceof Ruw ? body.contentType : 'application/json';
    payload = body instanceof Ruw ? body.tekst : JSON.stringify(body);
  }
  const url = `/api/v1${path}`;
  if (!s) throw new Error('no session');
  const res = await s.fetch(url, { method, headers, body: payload });
  const text = await res.text();
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : {};
  } catch {
    parsed = { onleesbaar: text };
  }
  return {
    status: res.status,
    body: parsed,
    text,
    contentType: res.headers.get('content-type') ?? '',
    traceId,
    url,
  };
}

export interface PersoonInvoer {
  rol: 'hoofdpersoon' | 'gezinslid' | 'overig';
  bsn?: string;
  voornamen?: string;
  voorvoegsel?: string;
  achternaam?: string;
  geboortedatum?: string;
  straat?: string;
  huisnummer?: string;
  postcode?: string;
  woonplaats?: string;
  gemeenteCode?: string;
}

/** A fictional person with a fresh BSN, living in Rotterdam. */
export function persoon(
  rol: PersoonInvoer['rol'],
  extra: Partial<PersoonInvoer> = {},
): PersoonInvoer {
  return {
    rol,
    bsn: bsn(),
    voornamen: 'Proef',
    achternaam: `Persoon${randomBytes(3).toString('hex')}`,
    geboortedatum: '1990-01-01',
    straat: 'Proefstraat',
    huisnummer: '1',
    postcode: '3011AA',
    woonplaats: 'Rotterdam',
    gemeenteCode: 'GM0599',
    ...extra,
  };
}

/** A valid registration body. */
export function aanmelding(
  betrokkenen: PersoonInvoer[],
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    themaId: 'verward-gedrag',
    aanleiding: 'Zorgen over een bewoner: schulden, overlast en verward gedrag.',
    levensdomeinen: ['financien', 'wonen', 'psychische-gezondheid'],
    betrokkenen,
    ...extra,
  };
}

export const ALLE_CRITERIA = {
  meerdereLeefdomeinen: true,
  meerdereKetens: true,
  impactOmgeving: true,
  ernstigeVeiligheidsproblemen: false,
};

export interface GemaakteCasus {
  id: string;
  nummer: string;
  personen: { persoonId: string; bsn: string }[];
}

const eis = (r: Antwoord, stap: string, status: number): void => {
  if (r.status !== status)
    throw new Error(`${stap}: ${String(r.status)} (verwacht ${String(status)}) ${r.text}`);
};

/**
 * A case made through the API and brought to a state: registered by `wijkteam`, escalated,
 * accepted by `zvh` (the actor is procesregisseur), and `deelnemers` invited (active).
 */
export async function maakCasus(
  wijkteam: Session,
  zvh: Session | undefined,
  opts: {
    tot: 'aangemeld' | 'in-triage' | 'geaccepteerd' | 'actief';
    betrokkenen?: PersoonInvoer[];
    themaId?: string;
    deelnemers?: { organisatie: string; categorieen: string[] }[];
  },
): Promise<GemaakteCasus> {
  const betrokkenen = opts.betrokkenen ?? [persoon('hoofdpersoon')];
  const aan = await api(
    wijkteam,
    'POST',
    '/casussen',
    SIGNALERING,
    aanmelding(betrokkenen, opts.themaId ? { themaId: opts.themaId } : {}),
  );
  eis(aan, 'aanmelden', 201);
  const view = aan.body as { id: string; nummer: string; betrokkenen: { persoonId: string }[] };
  const casus: GemaakteCasus = {
    id: view.id,
    nummer: view.nummer,
    personen: view.betrokkenen.map((b, i) => ({
      persoonId: b.persoonId,
      bsn: betrokkenen[i]?.bsn ?? '',
    })),
  };
  if (opts.tot === 'aangemeld') return casus;
  eis(
    await api(wijkteam, 'POST', `/casussen/${casus.id}/opschaling`, SIGNALERING, {
      criteria: ALLE_CRITERIA,
      motivering: 'Meerdere leefdomeinen en ketens, overlast voor de buurt.',
    }),
    'opschalen',
    200,
  );
  if (opts.tot === 'in-triage') return casus;
  if (!zvh) throw new Error('zvh session needed');
  eis(
    await api(zvh, 'POST', `/casussen/${casus.id}/triage`, REGIE, { besluit: 'accepteren' }),
    'triage',
    200,
  );
  for (const d of opts.deelnemers ?? []) {
    eis(await api(zvh, 'POST', `/casussen/${casus.id}/deelnemers`, REGIE, d), 'uitnodigen', 201);
  }
  return casus;
}
