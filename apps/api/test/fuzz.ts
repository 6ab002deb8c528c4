/*
 * A fuzzer driven by the app's OpenAPI document: for every route and method it generates
 * requests with fast-check (valid-shaped and mutated bodies, path and query values, headers,
 * the purpose header, CSRF tokens and cookies, for anonymous and logged-in actors), sends them
 * over real HTTP and checks every answer: no 5xx, every error problem+json with the problem
 * shape, and no BSN-like value of the request echoed in an error or a header.
 * Used by fuzz.e2e.spec.ts (10,000 requests, `FUZZ_AANTAL` for more: `npm run test:fuzz`).
 */
import { Agent, request } from 'node:http';
import fc from 'fast-check';
import { demoBsn, isValidBsn } from '@schakel/platform';

export interface SchemaObject {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  items?: SchemaObject;
  properties?: Record<string, SchemaObject>;
  required?: string[];
  allOf?: SchemaObject[];
  oneOf?: SchemaObject[];
  anyOf?: SchemaObject[];
  additionalProperties?: boolean | SchemaObject;
}

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: SchemaObject;
}

interface Operation {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: SchemaObject }> };
}

export interface OpenApiDoc {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, SchemaObject> };
}

/** One operation of the document, with what the fuzzer needs to build its requests. */
export interface Route {
  /** e.g. `POST /casussen/{id}/triage`, the key of the authorization matrix. */
  key: string;
  method: string;
  path: string;
  params: Parameter[];
  body?: SchemaObject;
  /** Processing activities this route knows (from the authorization matrix). */
  purposes: string[];
  /** Where `$ref`s in `body` resolve. */
  root: unknown;
}

export function routesOf(
  doc: OpenApiDoc,
  purposes: (key: string) => string[],
  bodyOverride: (key: string) => { schema: SchemaObject; root: unknown } | undefined = () =>
    undefined,
): Route[] {
  const routes: Route[] = [];
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [m, op] of Object.entries(ops)) {
      const method = m.toUpperCase();
      if (!['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].includes(method)) continue;
      const key = `${method} ${path}`;
      const override = bodyOverride(key);
      routes.push({
        key,
        method,
        path,
        params: op.parameters ?? [],
        body: override?.schema ?? op.requestBody?.content?.['application/json']?.schema,
        purposes: purposes(key),
        root: override?.root ?? doc,
      });
    }
  }
  return routes;
}

/* ------------------------------------------------------------------ values */

/** Valid BSNs (elfproef), the values that must never come back in an error or a header. */
export const bsnArb: fc.Arbitrary<string> = fc.integer({ min: 1, max: 99_999 }).map(demoBsn);

/** Strings known to break parsers, databases and templates. */
const NASTY = [
  '',
  ' ',
  "' OR '1'='1",
  "'; DROP TABLE casus; --",
  '" OR ""="',
  '1; SELECT pg_sleep(5)--',
  "1' AND (SELECT 1 FROM pg_sleep(0))::text='1",
  '%27%20OR%201=1',
  '../../../../etc/passwd',
  '..%2f..%2f..%2fetc%2fpasswd',
  '%2e%2e%2f',
  '${7*7}',
  '{{7*7}}',
  '<script>alert(1)</script>',
  '%s%s%s%n',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'null',
  'undefined',
  'NaN',
  'Infinity',
  '-1',
  '0',
  '1e309',
  '9007199254740993',
  '2026-02-30',
  '2026-13-01T25:61:00Z',
  '0000-00-00',
  '9999-12-31T23:59:59.999Z',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '\u0000',
  'a\u0000b',
  '\ud800',
  '\udc00x',
  '\u202e\u200b\ufeff',
  '😀'.repeat(10),
  'Zoë Çağlar-ß',
  '\r\nSet-Cookie: x=1',
  '*',
  '%',
  '\\',
];

export const nastyString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 2, arbitrary: bsnArb },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 20_000 }).map((n) => 'x'.repeat(n)) },
  { weight: 1, arbitrary: fc.tuple(fc.string({ maxLength: 8 }), bsnArb).map(([a, b]) => a + b) },
);

/** Any JSON value, shallow (the input guard's depth limit is tested elsewhere). */
const nastyJson: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: nastyString },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.boolean() },
  {
    weight: 2,
    arbitrary: fc.oneof(
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.constantFrom(-1, 0, 2 ** 31, 2 ** 53 + 1, -(2 ** 63), 1e308, 0.5),
    ),
  },
  { weight: 1, arbitrary: fc.array(nastyString, { maxLength: 5 }) },
  { weight: 1, arbitrary: fc.dictionary(nastyString, nastyString, { maxKeys: 4 }) },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 1, max: 31 }).map((d) => {
      let v: unknown = 1;
      for (let i = 0; i < d; i++) v = { a: v };
      return v;
    }),
  },
);

function resolve(schema: SchemaObject, root: unknown): SchemaObject {
  let s = schema;
  for (let hops = 0; s.$ref && hops < 20; hops++) {
    const parts = s.$ref.replace(/^#\//, '').split('/');
    let cur: unknown = root;
    for (const p of parts) cur = (cur as Record<string, unknown> | undefined)?.[p];
    s = {
      ...(cur as SchemaObject),
      ...Object.fromEntries(Object.entries(s).filter(([k]) => k !== '$ref')),
    };
  }
  if (s.allOf) {
    const merged: SchemaObject = { ...s, allOf: undefined };
    for (const part of s.allOf) {
      const r = resolve(part, root);
      merged.type ??= r.type;
      merged.properties = { ...merged.properties, ...r.properties };
      merged.required = [...(merged.required ?? []), ...(r.required ?? [])];
      merged.enum ??= r.enum;
      merged.format ??= r.format;
      merged.items ??= r.items;
    }
    return merged;
  }
  return s;
}

const dateArb = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString());

/** A value that fits the schema (best effort: formats, enums, lengths, required fields). */
export function valid(
  schema: SchemaObject | undefined,
  root: unknown,
  depth = 0,
): fc.Arbitrary<unknown> {
  if (!schema || depth > 8) return fc.constant('x');
  const s = resolve(schema, root);
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.enum && s.enum.length > 0) return fc.constantFrom(...s.enum);
  const alternatives = s.oneOf ?? s.anyOf;
  if (alternatives && alternatives.length > 0)
    return fc.oneof(...alternatives.map((a) => valid(a, root, depth + 1)));
  const type = Array.isArray(s.type) ? (s.type as string[]).find((t) => t !== 'null') : s.type;
  switch (type ?? (s.properties ? 'object' : s.items ? 'array' : 'string')) {
    case 'string':
      switch (s.format) {
        case 'uuid':
          return fc.uuid();
        case 'date':
          return dateArb.map((d) => d.slice(0, 10));
        case 'date-time':
          return dateArb;
        case 'uri':
          return fc.webUrl();
        case 'email':
          return fc.emailAddress();
        default:
          if (s.pattern === '^[0-9a-fA-F]{16}$') return fc.stringMatching(/^[0-9a-f]{16}$/);
          if (s.pattern) {
            try {
              return fc.stringMatching(new RegExp(s.pattern));
            } catch {
              return fc.string();
            }
          }
          return fc.oneof(
            {
              weight: 3,
              arbitrary: fc.string({
                minLength: Math.max(1, s.minLength ?? 1),
                maxLength: Math.max(Math.max(1, s.minLength ?? 1), Math.min(s.maxLength ?? 30, 30)),
              }),
            },
            { weight: 1, arbitrary: bsnArb },
          );
      }
    case 'integer':
      return fc.integer({ min: s.minimum ?? 0, max: s.maximum ?? 1000 });
    case 'number':
      return fc.double({ min: s.minimum ?? 0, max: s.maximum ?? 1000, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(valid(s.items, root, depth + 1), {
        minLength: s.minItems ?? 0,
        maxLength: Math.min(s.maxItems ?? 3, 3),
      });
    case 'object': {
      const props = s.properties ?? {};
      const required = new Set(s.required ?? []);
      const model: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [k, v] of Object.entries(props)) model[k] = valid(v, root, depth + 1);
      return fc.record(model, {
        requiredKeys: Object.keys(props).filter((k) => required.has(k)),
      });
    }
    default:
      return nastyJson;
  }
}

/** A valid-shaped value with mutations: a field dropped, added or replaced by a nasty value. */
function mutated(schema: SchemaObject | undefined, root: unknown): fc.Arbitrary<unknown> {
  return fc
    .tuple(
      valid(schema, root),
      fc.nat(),
      nastyJson,
      nastyString,
      fc.constantFrom('drop', 'add', 'replace', 'deep'),
    )
    .map(([value, n, bad, key, how]) => {
      if (!value || typeof value !== 'object' || Array.isArray(value)) return bad;
      const obj = { ...(value as Record<string, unknown>) };
      const keys = Object.keys(obj);
      const target = keys.length > 0 ? keys[n % keys.length]! : key;
      if (how === 'drop') Reflect.deleteProperty(obj, target);
      else if (how === 'add') obj[key] = bad;
      else if (how === 'replace') obj[target] = bad;
      else {
        // Replace a nested value (one level down) when there is one.
        const inner = obj[target];
        if (Array.isArray(inner) && inner.length > 0) inner[n % inner.length] = bad;
        else if (inner && typeof inner === 'object') (inner as Record<string, unknown>)[key] = bad;
        else obj[target] = bad;
      }
      return obj;
    });
}

/* ---------------------------------------------------------------- requests */

export type AuthChoice = 'geldig' | 'zonder-csrf' | 'foute-csrf' | 'foute-cookie' | 'geen-cookie';

/** A generated request, before the session and the known ids are filled in. */
export interface FuzzCase {
  route: Route;
  actor: string;
  auth: AuthChoice;
  method: string;
  /** Path segments per parameter: a literal value, or an index into the known ids. */
  pathValues: Record<string, { literal: string } | { bekend: number }>;
  query: [string, string][];
  headers: Record<string, string>;
  body?: { contentType?: string; text: string | Buffer };
}

/** Header values the HTTP client can send (visible ASCII and latin-1). */
const headerSafe = (s: string) => s.replace(/[^\t\x20-\x7e\xa0-\xff]/g, '?').slice(0, 4000);

function paramValue(p: Parameter): fc.Arbitrary<string> {
  return fc.oneof(
    {
      weight: 4,
      arbitrary: valid(p.schema, {}).map((v) => (typeof v === 'string' ? v : JSON.stringify(v))),
    },
    { weight: 3, arbitrary: nastyString },
  );
}

const bodyArb = (route: Route): fc.Arbitrary<FuzzCase['body']> => {
  const json = (a: fc.Arbitrary<unknown>) =>
    a.map((v) => ({
      contentType: 'application/json',
      text: JSON.stringify(v === undefined ? null : v),
    }));
  const withBody = route.body !== undefined;
  return fc.oneof(
    { weight: withBody ? 5 : 0, arbitrary: json(valid(route.body, route.root)) },
    { weight: withBody ? 6 : 0, arbitrary: json(mutated(route.body, route.root)) },
    { weight: withBody ? 1 : 3, arbitrary: fc.constant(undefined) },
    { weight: 2, arbitrary: json(nastyJson) },
    {
      weight: 1,
      arbitrary: fc.oneof(
        fc.constant({ contentType: 'application/json', text: '{"a":' }),
        fc.constant({ contentType: 'application/json', text: '' }),
        fc.constant({ contentType: 'application/json', text: '{"__proto__":{"isAdmin":true}}' }),
        fc.constant({ contentType: 'application/json', text: '{"a":1,"a":2}' }),
        fc.constant({ contentType: 'application/json; charset=latin1', text: '{"a":"\xe9"}' }),
        fc.constant({
          contentType: 'application/json',
          text: Buffer.from([0x7b, 0x22, 0xff, 0x22, 0x7d]),
        }),
        fc.constant({ contentType: 'application/json', text: `{"x":"${'y'.repeat(300_000)}"}` }),
        fc.constant({ contentType: 'application/x-www-form-urlencoded', text: 'a=1&b[c]=2' }),
        fc.constant({ contentType: 'text/plain', text: 'hallo' }),
        fc.constant({ contentType: 'multipart/form-data; boundary=x', text: '--x\r\n\r\n--x--' }),
        fc.constant({
          contentType: 'application/xml',
          text: '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY e SYSTEM "file:///etc/passwd">]><a>&e;</a>',
        }),
        fc.constant({ contentType: undefined, text: '{"a":1}' }),
        fc.string({ maxLength: 200 }).map((text) => ({ contentType: 'application/json', text })),
      ),
    },
  );
};

function caseArb(route: Route, actors: string[]): fc.Arbitrary<FuzzCase> {
  const pathParams = route.params.filter((p) => p.in === 'path');
  const queryParams = route.params.filter((p) => p.in === 'query');
  const otherMethods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];
  const pathValues: Record<string, fc.Arbitrary<{ literal: string } | { bekend: number }>> = {};
  for (const p of pathParams)
    pathValues[p.name] = fc.oneof(
      { weight: 4, arbitrary: fc.nat().map((bekend) => ({ bekend })) },
      { weight: 5, arbitrary: paramValue(p).map((literal) => ({ literal })) },
    );
  const query = fc.tuple(
    fc.array(
      fc
        .constantFrom(
          ...(queryParams.length > 0 ? queryParams : [{ name: 'x', in: 'query' } as Parameter]),
        )
        .chain((p) => fc.tuple(fc.constant(p.name), paramValue(p))),
      { maxLength: queryParams.length > 0 ? 4 : 1 },
    ),
    fc.oneof(
      { weight: 6, arbitrary: fc.constant<[string, string][]>([]) },
      {
        weight: 1,
        arbitrary: fc.constantFrom<[string, string][]>(
          [['status[a]', 'b']],
          [['status[]', 'x']],
          [['__proto__[x]', '1']],
          [['limiet', '-1']],
          [['pagina', '99999999999999999999']],
          [
            ['van', '2026-01-01'],
            ['van', '2026-01-02'],
          ],
        ),
      },
    ),
  );
  const purposes = route.purposes.length > 0 ? route.purposes : ['casus-samenwerking'];
  const headers = fc.record(
    {
      verwerkingsactiviteit: fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom(...purposes) },
        { weight: 1, arbitrary: fc.constantFrom(...ALL_PURPOSES) },
        { weight: 2, arbitrary: nastyString.map(headerSafe) },
      ),
      'idempotency-key': fc.oneof(fc.uuid(), nastyString.map(headerSafe)),
      accept: fc.constantFrom(
        'application/json',
        '*/*',
        'text/html',
        'application/xml',
        'application/problem+json',
        '',
      ),
      traceparent: fc.oneof(
        fc.constant('00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01'),
        nastyString.map(headerSafe),
      ),
      'x-forwarded-for': fc.oneof(fc.ipV4(), nastyString.map(headerSafe)),
      range: fc.constantFrom('bytes=0-10', 'bytes=-1', 'x'),
      'if-none-match': fc.constantFrom('*', 'W/"x"'),
    },
    { requiredKeys: [] },
  );
  return fc.record({
    route: fc.constant(route),
    actor: fc.constantFrom(...actors),
    auth: fc.constantFrom<AuthChoice>(
      'geldig',
      'geldig',
      'geldig',
      'geldig',
      'geldig',
      'geldig',
      'zonder-csrf',
      'foute-csrf',
      'foute-cookie',
      'geen-cookie',
    ),
    method: fc.oneof(
      { weight: 12, arbitrary: fc.constant(route.method) },
      { weight: 1, arbitrary: fc.constantFrom(...otherMethods) },
    ),
    pathValues: fc.record(pathValues),
    query: query.map(([a, b]) => [...a, ...b]),
    headers: headers.map((h) =>
      Object.fromEntries(
        Object.entries(h).filter((e): e is [string, string] => typeof e[1] === 'string'),
      ),
    ),
    body: bodyArb(route),
  });
}

/** Every processing activity the matrix names, set by the spec (for the wrong-purpose picks). */
let ALL_PURPOSES: string[] = ['casus-samenwerking'];

export function fuzzCases(routes: Route[], actors: string[]): fc.Arbitrary<FuzzCase> {
  ALL_PURPOSES = [...new Set(routes.flatMap((r) => r.purposes))];
  if (ALL_PURPOSES.length === 0) ALL_PURPOSES = ['casus-samenwerking'];
  // One arbitrary per route, built once (building them per sample costs more than sending).
  const perRoute = new Map(routes.map((r) => [r, caseArb(r, actors)]));
  return fc.constantFrom(...routes).chain((r) => perRoute.get(r)!);
}

/* ------------------------------------------------------------------ sending */

export interface Actor {
  cookie: string;
  csrfToken: string;
}

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface Sent {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Buffer;
}

/** Builds the concrete request of a case: session, known ids, encoding. */
export function concretise(c: FuzzCase, actor: Actor | undefined, knownIds: string[]): Sent {
  let path = `/api/v1${c.route.path}`;
  for (const [name, v] of Object.entries(c.pathValues)) {
    const value =
      'bekend' in v
        ? (knownIds[v.bekend % Math.max(1, knownIds.length)] ??
          '00000000-0000-4000-8000-000000000000')
        : v.literal;
    // Mostly percent-encoded; now and then the raw text (traversal, slashes), made sendable.
    const raw = 'literal' in v && v.literal.length % 7 === 3;
    const seg = raw ? value.replace(/[^\x21-\x7e]/g, (ch) => safeEncode(ch)) : safeEncode(value);
    path = path.replace(`{${name}}`, seg === '' ? '%20' : seg);
  }
  if (c.query.length > 0)
    path += `?${c.query.map(([k, v]) => `${k.replace(/[^\x21-\x7e]/g, '_')}=${safeEncode(v)}`).join('&')}`;
  const headers: Record<string, string> = { ...c.headers };
  if (actor) {
    if (c.auth !== 'geen-cookie')
      headers.cookie =
        c.auth === 'foute-cookie' ? `${actor.cookie.slice(0, -4)}AAAA` : actor.cookie;
    if (c.auth === 'foute-csrf') headers['x-csrf-token'] = `${actor.csrfToken.slice(0, -2)}xx`;
    else if (c.auth !== 'zonder-csrf') headers['x-csrf-token'] = actor.csrfToken;
  }
  const method = c.method;
  const sent: Sent = { method, path, headers };
  if (c.body && method !== 'GET' && method !== 'HEAD') {
    if (c.body.contentType) headers['content-type'] = c.body.contentType;
    sent.body = c.body.text;
    // Framed always: Node's client sends a DELETE or OPTIONS body unframed otherwise.
    headers['content-length'] = String(Buffer.byteLength(c.body.text));
  }
  return sent;
}

/** Percent-encoding that keeps a lone surrogate as the invalid UTF-8 it would be (ED A0 80). */
function safeEncode(s: string): string {
  let out = '';
  for (const ch of s) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0xd800 && code <= 0xdfff) {
      out +=
        `%${(0xe0 | (code >> 12)).toString(16)}%${(0x80 | ((code >> 6) & 0x3f)).toString(16)}%${(0x80 | (code & 0x3f)).toString(16)}`.toUpperCase();
    } else out += encodeURIComponent(ch);
  }
  return out;
}

export const agent = new Agent({ keepAlive: true, maxSockets: 16 });

/**
 * Sends one request. A kept-alive connection that the server closed just before it was reused
 * fails with ECONNRESET; such a request is sent once more on a new connection, as browsers do.
 */
export async function send(base: string, s: Sent): Promise<Answer> {
  try {
    return await sendOnce(base, s);
  } catch (err) {
    if ((err as { reused?: boolean }).reused) return sendOnce(base, s, false);
    throw err;
  }
}

function sendOnce(base: string, s: Sent, keepAlive = true): Promise<Answer> {
  return new Promise((res, rej) => {
    const u = new URL(base);
    const req = request(
      {
        host: u.hostname,
        port: u.port,
        path: s.path,
        method: s.method,
        headers: s.headers,
        agent: keepAlive ? agent : false,
      },
      (r) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => {
          res({
            status: r.statusCode ?? 0,
            headers: r.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          });
        });
        r.on('error', rej);
      },
    );
    req.on('error', (err) => {
      rej(Object.assign(err, { reused: req.reusedSocket }));
    });
    if (s.body !== undefined) req.write(s.body);
    req.end();
  });
}

/* ---------------------------------------------------------------- checking */

const BSN_LIKE = /(?<!\d)\d{9}(?!\d)/g;

/** BSN-like values (nine digits passing the elfproef) in a text. */
export function bsnsIn(text: string): string[] {
  return [...new Set(text.match(BSN_LIKE) ?? [])].filter((v) => isValidBsn(v));
}

const OVERLOAD =
  /"type":"urn:schakel:probleem:(niet-beschikbaar|niet-gereed|database-onbereikbaar)"/;

/** What is wrong with an answer, if anything. */
export function fault(sent: Sent, answer: Answer, knownIds: Set<string>): string | undefined {
  // 503 is the answer for an overloaded database or a readiness probe that is not ready: it
  // says "later", with a problem type of its own. Any other 5xx is a fault.
  if (answer.status >= 500 && !(answer.status === 503 && OVERLOAD.test(answer.body)))
    return `status ${String(answer.status)}`;
  const type = String(answer.headers['content-type'] ?? '');
  if (answer.status >= 400) {
    if (!type.startsWith('application/problem+json'))
      return `${String(answer.status)} as ${type || '(no type)'}`;
    if (sent.method !== 'HEAD') {
      let p: Record<string, unknown>;
      try {
        p = JSON.parse(answer.body) as Record<string, unknown>;
      } catch {
        return 'problem body is not JSON';
      }
      for (const k of ['type', 'title', 'detail', 'instance'])
        if (typeof p[k] !== 'string') return `problem without ${k}`;
      if (p.status !== answer.status) return `problem status ${String(p.status)}`;
    }
  }
  const requestText = [
    sent.path,
    ...Object.values(sent.headers),
    typeof sent.body === 'string' ? sent.body : (sent.body?.toString('latin1') ?? ''),
  ].join('\n');
  const ours = [...knownIds].join(' ');
  const bsns = bsnsIn(safeDecode(requestText)).filter((b) => !ours.includes(b));
  if (bsns.length > 0) {
    const headerText = Object.entries(answer.headers)
      .filter(([k]) => k !== 'date')
      .map(([, v]) => (Array.isArray(v) ? v.join(' ') : String(v)))
      .join('\n');
    const errorBody = answer.status >= 300 ? answer.body : '';
    for (const b of bsns) {
      if (headerText.includes(b)) return 'BSN-like value echoed in a header';
      if (errorBody.includes(b)) return 'BSN-like value echoed in an error';
    }
  }
  return undefined;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/** Ids in a successful answer, to aim later requests at things that exist. */
export function idsIn(answer: Answer): string[] {
  if (answer.status >= 300) return [];
  return [...new Set(answer.body.match(UUID) ?? [])];
}
