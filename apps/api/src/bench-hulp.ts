import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import type autocannon from 'autocannon';
import { demoBsn } from '@schakel/platform';

/** Helpers shared by `npm run bench` and `npm run bench:profiel`. */

export const DIST = resolve('dist/apps/api/src');

export function vrijePoort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => {
        res(port);
      });
    });
  });
}

export const wacht = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Resident memory of a process in MiB (Linux /proc). */
export function rssMiB(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${String(pid)}/status`, 'utf8'));
    return m?.[1] ? Math.round(Number(m[1]) / 1024) : 0;
  } catch {
    return 0;
  }
}

export async function startProces(
  naam: string,
  env: Record<string, string>,
  nodeArgs: string[] = [],
): Promise<{ url: string; kind: ChildProcess; stop(): Promise<void> }> {
  const port = await vrijePoort();
  const url = `http://127.0.0.1:${String(port)}`;
  const kind = spawn(process.execPath, [...nodeArgs, join(DIST, 'main.js')], {
    env: { ...process.env, ...env, PORT: String(port), PUBLIC_URL: url, HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const einde = Date.now() + 120_000;
  for (;;) {
    if (kind.exitCode !== null) throw new Error(`${naam} stopte bij de start`);
    if (Date.now() > einde) {
      kind.kill('SIGKILL');
      throw new Error(`${naam} werd niet gereed`);
    }
    const res = await fetch(`${url}/api/v1/health/ready`).catch(() => undefined);
    if (res?.status === 200) break;
    await wacht(300);
  }
  return {
    url,
    kind,
    stop: async () => {
      if (kind.exitCode !== null) return;
      const klaar = new Promise((r) => kind.once('exit', r));
      kind.kill('SIGTERM');
      await klaar;
    },
  };
}

export /** Logs in through the development IdP as a browser would; answers cookie and CSRF token. */
async function login(base: string, sub: string): Promise<{ cookie: string; csrf: string }> {
  const jar = new Map<string, string>();
  const bewaar = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [paar = ''] = c.split(';');
      const i = paar.indexOf('=');
      if (i > 0) jar.set(paar.slice(0, i), paar.slice(i + 1));
    }
  };
  const kop = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const volg = async (url: string, init: RequestInit = {}) => {
    let huidig = url;
    let opties = init;
    for (let i = 0; i < 15; i++) {
      const res = await fetch(huidig, {
        ...opties,
        redirect: 'manual',
        headers: { ...(opties.headers as Record<string, string> | undefined), cookie: kop() },
      });
      bewaar(res);
      const loc = res.headers.get('location');
      if (res.status >= 300 && res.status < 400 && loc) {
        huidig = new URL(loc, huidig).toString();
        opties = {};
        continue;
      }
      return { res, url: huidig };
    }
    throw new Error('te veel doorverwijzingen');
  };
  const { res, url } = await volg(`${base}/api/v1/auth/login`);
  const actie = /<form method="post" action="([^"]+)"/.exec(await res.text())?.[1];
  if (!actie) throw new Error(`geen inlogformulier voor ${sub}`);
  await volg(new URL(actie, url).toString(), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ account: sub }).toString(),
  });
  const cookie = `schakel.sid=${jar.get('schakel.sid') ?? ''}`;
  const me = await fetch(`${base}/api/v1/auth/me`, { headers: { cookie } });
  if (me.status !== 200) throw new Error(`inloggen als ${sub} mislukt`);
  return { cookie, csrf: ((await me.json()) as { csrfToken: string }).csrfToken };
}

/**
 * S1's two requests on one connection: a concept, then its submit with `inhoud` under a new
 * idempotency key (`sleutel` names the tool in it). The concept's id travels in the context.
 */
export function s1Verzoeken(
  headers: Record<string, string>,
  inhoud: string,
  sleutel: string,
): autocannon.Request[] {
  return [
    {
      method: 'POST',
      path: '/api/v1/zorgmeldingen',
      headers,
      body: JSON.stringify({ status: 'concept' }),
      onResponse: (status, body, context) => {
        if (status === 201)
          (context as { id?: string }).id = (JSON.parse(body) as { id: string }).id;
      },
    },
    {
      method: 'POST',
      headers,
      body: inhoud,
      setupRequest: (req, context) => ({
        ...req,
        headers: { ...headers, 'idempotency-key': `${sleutel}-${randomUUID()}` },
        path: `/api/v1/zorgmeldingen/${(context as { id?: string }).id ?? 'onbekend'}/indienen`,
      }),
    },
  ];
}

/** S3: the VT inbox, 10 per page. */
export const S3_PAD = '/api/v1/vt/inbox?limiet=10';

/** S4: the FG searches the logs by person; the BSNs the seed gave persons (one per request). */
export const S4_PAD = '/api/v1/verantwoording/zoeken';
export const S4_BSNS = Array.from({ length: 50 }, (_, i) => demoBsn(60_000_000 + i * 7));

/** S4's request: the next BSN from `bsn` in the body. */
export function s4Verzoek(bsn: () => string): autocannon.Request {
  return {
    method: 'POST',
    path: S4_PAD,
    setupRequest: (req) => ({ ...req, body: JSON.stringify({ bsn: bsn() }) }),
  };
}

/** An SQL literal for a captured parameter. */
function literal(w: unknown): string {
  if (w === null || w === undefined) return 'NULL';
  if (typeof w === 'number' || typeof w === 'bigint') return String(w);
  if (typeof w === 'boolean') return w ? 'true' : 'false';
  if (typeof w === 'object' && 'bytea' in w) return `'\\x${(w as { bytea: string }).bytea}'::bytea`;
  if (Array.isArray(w)) {
    const el = (w as unknown[]).map((x) =>
      x === null
        ? 'NULL'
        : `"${(typeof x === 'string' ? x : JSON.stringify(x)).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`,
    );
    return `'{${el.join(',').replace(/'/g, "''")}}'`;
  }
  const s = typeof w === 'string' ? w : JSON.stringify(w);
  return `'${s.replace(/'/g, "''")}'`;
}

/** Inlines $n parameters (from the highest down, so $1 does not eat $10). */
export function inline(text: string, waarden: unknown[]): string {
  let sql = text;
  for (let i = waarden.length; i >= 1; i--) {
    sql = sql.replace(new RegExp(`\\$${String(i)}(?![0-9])`, 'g'), literal(waarden[i - 1]));
  }
  return sql.replace(/\s+/g, ' ').trim();
}

/**
 * S1 once: a concept, then its submit under a new idempotency key (`sleutel` names the tool in
 * it); the two statuses and the key.
 */
export async function s1Eenmaal(
  base: string,
  headers: Record<string, string>,
  inhoud: string,
  sleutel: string,
): Promise<{ statussen: number[]; idempotentie: string }> {
  const idempotentie = `${sleutel}-${randomUUID()}`;
  const c = await fetch(`${base}/api/v1/zorgmeldingen`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ status: 'concept' }),
  });
  const { id } = (await c.json()) as { id: string };
  const d = await fetch(`${base}/api/v1/zorgmeldingen/${id}/indienen`, {
    method: 'POST',
    headers: { ...headers, 'idempotency-key': idempotentie },
    body: inhoud,
  });
  await d.arrayBuffer();
  return { statussen: [c.status, d.status], idempotentie };
}

/** CPU time (user + system) a process used so far, in ms (Linux /proc, clock ticks of 10 ms). */
export function cpuMs(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    const velden =
      readFileSync(`/proc/${String(pid)}/stat`, 'utf8')
        .split(') ')[1]
        ?.split(' ') ?? [];
    return (Number(velden[11]) + Number(velden[12])) * 10;
  } catch {
    return 0;
  }
}
