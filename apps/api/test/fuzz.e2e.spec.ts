import fc from 'fast-check';
import { OpenApiDocument } from '@schakel/platform';
import { ACTORS, MATRIX } from './authz-matrix.js';
import {
  agent,
  concretise,
  fault,
  fuzzCases,
  idsIn,
  routesOf,
  send,
  type Actor,
  type FuzzCase,
  type OpenApiDoc,
  type Route,
  type SchemaObject,
} from './fuzz.js';
import { loginAs } from './login.js';

/**
 * Logs in again after a fuzzed logout. Under the tight limits of the 429 part the login flow's
 * own requests can be refused (429) too: wait for the next one-second window and try again.
 */
async function inloggenOndanksLimiet(url: string, sub: string): ReturnType<typeof loginAs> {
  for (let poging = 1; ; poging++) {
    try {
      return await loginAs(url, sub);
    } catch (err) {
      if (poging >= 10) throw err;
      await new Promise((r) => setTimeout(r, 1_100));
    }
  }
}
import { isolatedDatabase, startTestApp, type TestApp } from './test-app.js';

/**
 * The OpenAPI-driven fuzzer (issue 13): FUZZ_AANTAL requests (10,000 in the normal suite,
 * `npm run test:fuzz` sends 100,000) over every route and method of the document, as anonymous
 * callers and as logged-in demo users of eight roles. FUZZ_SEED repeats a run.
 */
const AANTAL = Number(process.env.FUZZ_AANTAL ?? 10_000);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const PARALLEL = Number(process.env.FUZZ_PARALLEL ?? 16);
const BATCH = 250;

/** The human demo accounts of the authorization matrix, one per role, and the anonymous caller. */
const PEOPLE: [string, string][] = Object.entries(ACTORS).flatMap(([name, sub]) =>
  sub !== undefined && name !== 'systeem' ? [[name, sub] as [string, string]] : [],
);
const ACTOR_NAMES = ['anoniem', 'anoniem', ...PEOPLE.map(([n]) => n)];

interface Run {
  count: number;
  perClass: Record<string, number>;
  perStatus: Record<string, number>;
  faults: string[];
  faultCount: number;
  seconds: number;
  relogins: number;
  msPerRoute: Record<string, number>;
  genMs: number;
}

describe('fuzzing every route from the OpenAPI document', () => {
  let db: Awaited<ReturnType<typeof isolatedDatabase>>;
  let t: TestApp;
  let routes: Route[];
  const sessions = new Map<string, Actor>();
  const knownIds = new Set<string>();
  /** Set when the suite ends, so a run that timed out stops sending. */
  let stopped = false;

  beforeAll(async () => {
    // A database of its own: the fuzzer creates cases, reports and grants by the hundred.
    db = await isolatedDatabase();
    t = await startTestApp(db.env);
    const doc = t.app.get(OpenApiDocument).document as unknown as OpenApiDoc;
    // The report routes take any object in the document; their real schema is published.
    const melding = (await (
      await fetch(`${t.url}/api/v1/schemas/zorgmelding/v1`)
    ).json()) as SchemaObject;
    routes = routesOf(
      doc,
      (key) => Object.keys(MATRIX[key] ?? {}).filter((p) => p !== '-'),
      (key) =>
        ['POST /zorgmeldingen', 'PUT /zorgmeldingen/{id}'].includes(key)
          ? { schema: melding, root: melding }
          : undefined,
    );
    // FUZZ_ROUTES (a regular expression over `METHOD /path`) narrows a run while debugging.
    const only = process.env.FUZZ_ROUTES;
    if (only) routes = routes.filter((r) => new RegExp(only).test(r.key));
    for (const [name, sub] of PEOPLE) sessions.set(name, await loginAs(t.url, sub));
  }, 120_000);

  afterAll(async () => {
    stopped = true;
    agent.destroy();
    await t.close();
    await db.drop();
  });

  async function fuzz(
    app: TestApp,
    aantal: number,
    seed: number,
    cases = fuzzCases(routes, ACTOR_NAMES),
  ): Promise<Run> {
    const run: Run = {
      count: 0,
      perClass: {},
      perStatus: {},
      faults: [],
      faultCount: 0,
      seconds: 0,
      relogins: 0,
      msPerRoute: {},
      genMs: 0,
    };
    const t0 = performance.now();
    for (let start = 0; start < aantal && !stopped; start += BATCH) {
      const g0 = performance.now();
      const batch: FuzzCase[] = fc.sample(cases, {
        seed: seed + start,
        numRuns: Math.min(BATCH, aantal - start),
      });
      run.genMs += performance.now() - g0;
      let next = 0;
      const worker = async () => {
        while (next < batch.length && !stopped) {
          const c = batch[next++]!;
          const actor = c.actor === 'anoniem' ? undefined : sessions.get(c.actor);
          const sent = concretise(c, actor, [...knownIds]);
          let answer;
          const t1 = performance.now();
          try {
            answer = await send(app.url, sent);
            const ms = performance.now() - t1;
            run.msPerRoute[c.route.key] = (run.msPerRoute[c.route.key] ?? 0) + ms;
          } catch (err) {
            run.faultCount++;
            if (run.faults.length < 20)
              run.faults.unshift(`${sent.method} ${sent.path.slice(0, 200)}: ${String(err)}`);
            continue;
          }
          run.count++;
          const cls = `${String(answer.status).slice(0, 1)}xx`;
          run.perClass[cls] = (run.perClass[cls] ?? 0) + 1;
          run.perStatus[answer.status] = (run.perStatus[answer.status] ?? 0) + 1;
          for (const id of idsIn(answer)) if (knownIds.size < 500) knownIds.add(id);
          const wrong = fault(sent, answer, knownIds);
          if (wrong) {
            run.faultCount++;
            if (run.faults.length < 20)
              run.faults.push(
                `${wrong}: ${answer.body.slice(0, 400)} <- ${c.actor} ${sent.method} ` +
                  `${sent.path.slice(0, 200)} ${JSON.stringify(sent.headers).slice(0, 300)} ` +
                  `body=${String(sent.body ?? '').slice(0, 300)}`,
              );
          }
          // A real logout ends the session: log that role in again for the next requests.
          if (actor && c.route.key === 'POST /auth/logout' && answer.status < 300) {
            const sub = (ACTORS as Record<string, string | undefined>)[c.actor] ?? '';
            sessions.set(c.actor, await inloggenOndanksLimiet(app.url, sub));
            run.relogins++;
          }
        }
      };
      await Promise.all(Array.from({ length: PARALLEL }, worker));
    }
    run.seconds = (performance.now() - t0) / 1000;
    return run;
  }

  const report = (label: string, run: Run) =>
    `${label}: ${String(run.count)} requests in ${run.seconds.toFixed(1)} s ` +
    `(${(run.count / run.seconds).toFixed(0)}/s, seed ${String(SEED)}, ` +
    `${(run.genMs / 1000).toFixed(1)} s generating), per class ` +
    `${JSON.stringify(run.perClass)}, per status ${JSON.stringify(run.perStatus)}, ` +
    `${String(run.relogins)} logins after a fuzzed logout, ${String(run.faultCount)} faults; ` +
    `slowest routes (s in total): ${Object.entries(run.msPerRoute)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([k, ms]) => `${k} ${(ms / 1000).toFixed(1)}`)
      .join(', ')}` +
    (run.faults.length > 0 ? `:\n  ${run.faults.join('\n  ')}` : '');

  it(
    `answers ${String(AANTAL)} generated requests without 5xx, every error problem+json, no BSN echoed`,
    async () => {
      if (!process.env.FUZZ_ROUTES) expect(routes.length).toBeGreaterThan(60);
      const run = await fuzz(t, AANTAL, SEED);
      console.log(report('fuzz', run));
      expect(run.faults).toEqual([]);
      expect(run.count).toBe(AANTAL);
      // No 5xx but a 503 for overload (a shared machine can be that slow), and few of those.
      expect((run.perClass['5xx'] ?? 0) - (run.perStatus['503'] ?? 0)).toBe(0);
      expect(run.perStatus['503'] ?? 0).toBeLessThan(AANTAL / 100);
      // The generator reaches past validation and authorization, not only refusals.
      expect(run.perClass['2xx'] ?? 0).toBeGreaterThan(AANTAL / 20);
      expect(run.perStatus['400'] ?? 0).toBeGreaterThan(AANTAL / 20);
      expect(run.perStatus['403'] ?? 0).toBeGreaterThan(0);
      expect(run.perStatus['401'] ?? 0).toBeGreaterThan(0);
      expect(run.perStatus['404'] ?? 0).toBeGreaterThan(0);
    },
    // Generous: the machine may be shared; the run prints its own rate.
    Math.max(300_000, AANTAL * 100),
  );

  it('answers 429 as problem+json with Retry-After when the limits are tight', async () => {
    // A second instance on the same database with a tight limit per address in one-second
    // windows: part of the fuzzed requests pass, the rest is refused.
    const tight = await startTestApp({
      ...db.env,
      RATE_LIMIT_WINDOW_S: '1',
      RATE_LIMIT_API: '20',
    });
    try {
      const run = await fuzz(tight, 300, SEED + 1);
      console.log(report('fuzz under tight limits', run));
      expect(run.faults).toEqual([]);
      expect(run.perStatus['429'] ?? 0).toBeGreaterThan(50);
      expect(run.count - (run.perStatus['429'] ?? 0)).toBeGreaterThan(10);
      const limited = await fetch(`${tight.url}/api/v1/verwerkingsactiviteiten`);
      const again =
        limited.status === 429
          ? limited
          : await (async () => {
              for (let i = 0; i < 30; i++)
                await fetch(`${tight.url}/api/v1/verwerkingsactiviteiten`);
              return fetch(`${tight.url}/api/v1/verwerkingsactiviteiten`);
            })();
      expect(again.status).toBe(429);
      expect(again.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(Number(again.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    } finally {
      await tight.close();
    }
  }, 120_000);
});
