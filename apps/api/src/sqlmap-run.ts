import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { loadConfig, OpenApiDocument, openDatabase } from '@schakel/platform';
import pg from 'pg';
import { createApp } from './app.js';

/**
 * `npm run test:sqlmap [-- --kort]`: sqlmap (Debian package `sqlmap`) against every parameter
 * of every route, on loopback, with a fresh database. Starts the app in this process, logs in
 * the demo users of six roles through the development IdP, finds per route a user and
 * processing activity that get past authorization, and marks every path value, query value
 * and JSON body field with sqlmap's injection marker. Exits 1 when sqlmap reports an injectable
 * parameter (or cannot run), 0 otherwise. `--kort`: level 1, risk 1, boolean, error and UNION
 * techniques (CI); default: level 3, risk 2, all techniques.
 * DATABASE_URL names the PostgreSQL server (a database is made and dropped); without it the
 * embedded database runs in a temporary directory.
 */

const kort = process.argv.includes('--kort');
const PARALLEL = Number(process.env.SQLMAP_PARALLEL ?? (kort ? 3 : 2));
const USERS = [
  'demo-politie-1',
  'demo-vt-rr-medewerker',
  'demo-wijkteam-dordrecht',
  'demo-zvh-procesregisseur',
  'demo-fg-vt-rr',
  'demo-beheerder',
];

interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  example?: unknown;
  minLength?: number;
  minimum?: number;
  minItems?: number;
  items?: Schema;
  properties?: Record<string, Schema>;
  allOf?: Schema[];
  oneOf?: Schema[];
}
interface Parameter {
  name: string;
  in: string;
  description?: string;
  schema?: Schema;
}
interface Operation {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}
interface Doc {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}
interface Session {
  sub: string;
  cookie: string;
  csrf: string;
}

const MARK = '*';

async function main(): Promise<number> {
  const t0 = performance.now();
  const fresh = await freshDatabase();
  const env = fresh.env;
  const port = await freePort();
  const url = `http://127.0.0.1:${String(port)}`;
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'development',
    LOG_LEVEL: 'silent',
    PORT: String(port),
    PUBLIC_URL: url,
    OIDC_ISSUER: '',
    ...Object.fromEntries(
      ['API', 'LOGIN', 'BSN', 'ZOEKEN', 'BEWIJS', 'SCHEMA'].map((l) => [
        `RATE_LIMIT_${l}`,
        '1000000',
      ]),
    ),
    ...env,
  });
  const database = await openDatabase(config);
  let app: INestApplication | undefined;
  let injectable = 0;
  let failed = 0;
  let requests = 0;
  try {
    app = await createApp(config, database);
    await app.listen(port, '127.0.0.1');
    (app.getHttpServer() as Server).on('request', () => {
      requests++;
    });
    const doc = app.get(OpenApiDocument).document as unknown as Doc;
    const sessions: Session[] = [];
    for (const sub of USERS) sessions.push(await login(url, sub));
    const ids = await knownIds(url, doc, sessions);
    const targets = await planTargets(url, doc, sessions, ids);
    log(
      `sqlmap ${kort ? '--kort' : '(volledig)'}: ${String(targets.length)} routes, ` +
        `${String(targets.reduce((n, t) => n + t.parameters, 0))} parameters`,
    );
    const before = requests;
    let next = 0;
    const outDir = mkdtempSync(join(tmpdir(), 'schakel-sqlmap-'));
    const worker = async () => {
      while (next < targets.length) {
        const target = targets[next++];
        if (!target) break;
        const r = await runSqlmap(target, outDir);
        if (r.injectable) injectable++;
        if (r.error) failed++;
        log(
          `${r.injectable ? 'INJECTABLE' : r.error ? 'FOUT' : 'ok'} ${target.key} ` +
            `(${String(target.parameters)} parameters as ${target.who}, ${r.seconds.toFixed(1)} s)` +
            (r.injectable || r.error ? `\n${r.tail}` : ''),
        );
      }
    };
    await Promise.all(Array.from({ length: PARALLEL }, worker));
    rmSync(outDir, { recursive: true, force: true });
    log(
      `sqlmap done: ${String(targets.length)} routes, ${String(requests - before)} requests ` +
        `from sqlmap, ${String(injectable)} injectable, ${String(failed)} runs failed, ` +
        `${((performance.now() - t0) / 1000).toFixed(0)} s in total`,
    );
  } finally {
    await app?.close();
    await database.stop();
    await fresh.drop();
  }
  return injectable === 0 && failed === 0 ? 0 : 1;
}

/* ---------------------------------------------------------------- targets */

interface Target {
  key: string;
  method: string;
  /** URL with markers in path and query values. */
  url: string;
  headers: string[];
  /** JSON body with markers, if the route takes one. */
  data?: string;
  parameters: number;
  who: string;
}

/** Statuses that show the request got past authentication and authorization. */
const DEPTH: Record<number, number> = { 401: 0, 403: 1, 429: 1, 404: 2, 400: 3, 409: 3, 422: 3 };
const depth = (status: number) => (status < 400 ? 4 : (DEPTH[status] ?? 2));

async function planTargets(
  url: string,
  doc: Doc,
  sessions: Session[],
  ids: string[],
): Promise<Target[]> {
  const targets: Target[] = [];
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [m, op] of Object.entries(ops)) {
      const method = m.toUpperCase();
      const key = `${method} ${path}`;
      // Logging out would end the session sqlmap runs with; it has no parameters.
      if (key === 'POST /auth/logout') continue;
      const params = op.parameters ?? [];
      let parameters = 0;
      let filled = path;
      for (const p of params.filter((x) => x.in === 'path')) {
        const value = p.schema?.format === 'uuid' ? (ids[0] ?? crypto.randomUUID()) : '1';
        filled = filled.replace(`{${p.name}}`, `${value}${MARK}`);
        parameters++;
      }
      const query = params
        .filter((p) => p.in === 'query')
        .map((p) => {
          parameters++;
          return `${p.name}=${encodeURIComponent(String(example(p.schema, doc)))}${MARK}`;
        });
      const target = `${url}/api/v1${filled}${query.length > 0 ? `?${query.join('&')}` : ''}`;
      const bodySchema = op.requestBody?.content?.['application/json']?.schema;
      let data: string | undefined;
      if (bodySchema) {
        const body = example(bodySchema, doc);
        const marked = markLeaves(body === undefined || typeof body !== 'object' ? {} : body);
        parameters += marked.count;
        data = marked.json;
      }
      const purposeParam = params.find(
        (p) => p.in === 'header' && p.name === 'Verwerkingsactiviteit',
      );
      const named = purposeParam ? (purposeParam.description ?? '').match(PURPOSE) : null;
      const purposes: (string | undefined)[] = !purposeParam
        ? [undefined]
        : named
          ? [...new Set(named)]
          : allPurposes(doc);
      // The user and activity that get deepest into the route (2xx > 400 > 404 > 403 > 401).
      let best = {
        d: -1,
        session: undefined as Session | undefined,
        purpose: undefined as string | undefined,
      };
      // Anonymous only on /auth/*: a login or callback with a session cookie would end it.
      for (const session of path.startsWith('/auth/') ? [undefined] : [undefined, ...sessions]) {
        for (const purpose of purposes) {
          const res = await fetch(target.replaceAll(MARK, ''), {
            method,
            redirect: 'manual',
            headers: {
              ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrf } : {}),
              ...(purpose ? { verwerkingsactiviteit: purpose } : {}),
              ...(data ? { 'content-type': 'application/json' } : {}),
            },
            body: data?.replaceAll(MARK, ''),
          });
          await res.arrayBuffer();
          const d = depth(res.status);
          if (d > best.d) best = { d, session, purpose };
        }
      }
      const headers = [
        ...(best.session
          ? [`Cookie: ${best.session.cookie}`, `X-CSRF-Token: ${best.session.csrf}`]
          : []),
        ...(best.purpose ? [`Verwerkingsactiviteit: ${best.purpose}`] : []),
      ];
      if (parameters === 0) continue;
      targets.push({
        key,
        method,
        url: target,
        headers,
        data,
        parameters,
        who: `${best.session?.sub ?? 'anoniem'}${best.purpose ? `/${best.purpose}` : ''}`,
      });
    }
  }
  return targets;
}

const PURPOSE = /[a-z]+(?:-[a-z]+)+/g;

/** Every processing activity any route's purpose header names (for a route that names none). */
function allPurposes(doc: Doc): string[] {
  const found = new Set<string>();
  for (const ops of Object.values(doc.paths))
    for (const op of Object.values(ops))
      for (const p of op.parameters ?? [])
        if (p.name === 'Verwerkingsactiviteit')
          for (const m of (p.description ?? '').match(PURPOSE) ?? []) found.add(m);
  return [...found];
}

function resolve(schema: Schema, doc: Doc): Schema {
  let s = schema;
  while (s.$ref) s = doc.components.schemas[s.$ref.split('/').pop() ?? ''] ?? {};
  if (s.allOf) return s.allOf.reduce<Schema>((acc, part) => ({ ...acc, ...resolve(part, doc) }), s);
  return s;
}

/** A plausible value for a schema: its example, first enum value, or a value of its format. */
function example(schema: Schema | undefined, doc: Doc, d = 0): unknown {
  if (!schema || d > 6) return 'test';
  const s = resolve(schema, doc);
  if (s.example !== undefined) return s.example;
  if (s.enum?.length) return s.enum[0];
  if (s.oneOf?.[0]) return example(s.oneOf[0], doc, d + 1);
  switch (s.type ?? (s.properties ? 'object' : 'string')) {
    case 'integer':
    case 'number':
      return s.minimum ?? 1;
    case 'boolean':
      return true;
    case 'array':
      return Array.from({ length: Math.max(1, s.minItems ?? 1) }, () =>
        example(s.items, doc, d + 1),
      );
    case 'object':
      return Object.fromEntries(
        Object.entries(s.properties ?? {}).map(([k, v]) => [k, example(v, doc, d + 1)]),
      );
    default:
      if (s.format === 'uuid') return crypto.randomUUID();
      if (s.format === 'date') return '2026-01-15';
      if (s.format === 'date-time') return new Date().toISOString();
      return 'test'.padEnd(s.minLength ?? 4, 'x');
  }
}

/** The JSON text with sqlmap's marker after every leaf value (a string's last character). */
function markLeaves(value: unknown): { json: string; count: number } {
  let count = 0;
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object')
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    count++;
    return typeof v === 'string' ? `${v}\u0001` : `\u0002${JSON.stringify(v)}\u0002`;
  };
  const json = JSON.stringify(walk(value))
    .replaceAll('\\u0001"', `${MARK}"`)
    .replace(/"\\u0002(.*?)\\u0002"/g, `$1${MARK}`);
  return { json, count };
}

/* ------------------------------------------------------------------ sqlmap */

function runSqlmap(
  target: Target,
  outDir: string,
): Promise<{ injectable: boolean; error: boolean; seconds: number; tail: string }> {
  const t0 = performance.now();
  const args = [
    '-u',
    target.url,
    '--method',
    target.method,
    '--batch',
    '--disable-coloring',
    '--flush-session',
    // Its own directory per run: parallel runs against one host would share sqlmap's session
    // file (SQLite) and fail with "disk I/O error".
    `--output-dir=${mkdtempSync(join(outDir, 'doel-'))}`,
    '--dbms=PostgreSQL',
    '--answers=follow=N,continue=Y',
    ...(kort
      ? ['--level=1', '--risk=1', '--technique=BEU']
      : ['--level=3', '--risk=2', '--technique=BEUSTQ', '--time-sec=2']),
    // The route's refusals (404 for an unknown id, 400, 403) are answers to test, not failures.
    '--ignore-code=400,401,403,404,405,409,413,415,422,429',
    '--skip=Cookie,X-CSRF-Token,Verwerkingsactiviteit,User-Agent,Referer,Host',
    ...target.headers.flatMap((h) => ['-H', h]),
    ...(target.data ? ['--data', target.data, '-H', 'Content-Type: application/json'] : []),
  ];
  return new Promise((resolvePromise) => {
    const child = spawn('sqlmap', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.on('error', (err) => {
      resolvePromise({ injectable: false, error: true, seconds: 0, tail: String(err) });
    });
    child.on('close', (code) => {
      const injectable = /identified the following injection point|is vulnerable/i.test(out);
      const error = code !== 0 || /\[CRITICAL\](?! all tested parameters do not appear)/.test(out);
      resolvePromise({
        injectable,
        error:
          error &&
          !injectable &&
          !out.includes('all tested parameters do not appear to be injectable'),
        seconds: (performance.now() - t0) / 1000,
        tail: out.split('\n').slice(-25).join('\n'),
      });
    });
  });
}

/* ---------------------------------------------------------------- helpers */

const log = (line: string) => process.stdout.write(`${line}\n`);

/** Ids from the lists, so path parameters point at things that exist. */
async function knownIds(url: string, doc: Doc, sessions: Session[]): Promise<string[]> {
  const found = new Set<string>();
  for (const [path, ops] of Object.entries(doc.paths)) {
    // Never /auth/*: a login or callback with the session cookie would end the session.
    if (!ops.get || path.includes('{') || path.startsWith('/auth/')) continue;
    for (const s of sessions) {
      const res = await fetch(`${url}/api/v1${path}`, { headers: { cookie: s.cookie } });
      const text = await res.text();
      if (res.ok)
        for (const id of text.match(
          /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g,
        ) ?? [])
          found.add(id);
    }
  }
  return [...found];
}

/** Logs in through the development IdP as a browser would; returns cookie and CSRF token. */
async function login(url: string, sub: string): Promise<Session> {
  const jar = new Map<string, string>();
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const go = async (start: string, init: RequestInit = {}) => {
    let current = start;
    let options = init;
    for (let hop = 0; hop < 15; hop++) {
      const res = await fetch(current, {
        ...options,
        redirect: 'manual',
        headers: { ...(options.headers as Record<string, string> | undefined), cookie: cookie() },
      });
      for (const c of res.headers.getSetCookie()) {
        const [pair = ''] = c.split(';');
        const eq = pair.indexOf('=');
        if (eq > 0) jar.set(pair.slice(0, eq), pair.slice(eq + 1));
      }
      const location = res.headers.get('location');
      if (res.status >= 300 && res.status < 400 && location) {
        current = new URL(location, current).toString();
        options = {};
        continue;
      }
      return { res, url: current };
    }
    throw new Error('too many redirects');
  };
  const page = await go(`${url}/api/v1/auth/login`);
  const action = /<form method="post" action="([^"]+)"/.exec(await page.res.text())?.[1];
  if (!action) throw new Error(`no login form for ${sub}`);
  await go(new URL(action, page.url).toString(), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ account: sub }).toString(),
  });
  const sid = `schakel.sid=${jar.get('schakel.sid') ?? ''}`;
  const me = await fetch(`${url}/api/v1/auth/me`, { headers: { cookie: sid } });
  if (me.status !== 200) throw new Error(`login as ${sub} failed (${String(me.status)})`);
  const { csrfToken } = (await me.json()) as { csrfToken: string };
  return { sub, cookie: sid, csrf: csrfToken };
}

async function freshDatabase(): Promise<{ env: Record<string, string>; drop(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'schakel-sqlmap-data-'));
  const server = process.env.DATABASE_URL;
  if (!server) {
    return {
      env: { DATA_DIR: dir },
      drop: () => {
        rmSync(dir, { recursive: true, force: true });
        return Promise.resolve();
      },
    };
  }
  const name = `schakel_sqlmap_${String(process.pid)}_${String(Date.now())}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const u = new URL(server);
  u.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: u.toString(), DATA_DIR: dir },
    async drop() {
      const a = new pg.Client({ connectionString: server });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await a.end();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => {
        ok(port);
      });
    });
  });
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(
      `sqlmap run failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
    process.exit(1);
  },
);
