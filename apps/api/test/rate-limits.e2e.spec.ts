import { DataSource } from 'typeorm';
import { loginAs, type Session } from './login.js';
import { isolatedDatabase, startTestApp, type TestApp } from './test-app.js';

const PROBLEM = /^application\/problem\+json/;
const WINDOW_S = 3;

/**
 * Rate limits (ADR 0022) on two app instances that share one database of their own: each
 * limit trips with 429 problem+json and Retry-After, counts across both instances, resets
 * after its window; limit, CSRF and input refusals of a known actor are in the actor audit log.
 */
describe('Rate limits and refusals (two instances, one database)', () => {
  let db: Awaited<ReturnType<typeof isolatedDatabase>>;
  let a: TestApp;
  let b: TestApp;
  let ds: DataSource;
  let zvh: Session;
  let fg: Session;
  let adres = 0;

  /** A new client address per call (X-Forwarded-For, TRUST_PROXY=1): only actor limits count. */
  const elders = (): Record<string, string> => ({ 'x-forwarded-for': `10.9.0.${String(++adres)}` });
  const vast = { 'x-forwarded-for': '10.8.0.1' };

  /** Waits for the start of a fresh window, so that a burst is counted in one window. */
  async function freshWindow(): Promise<void> {
    const ms = WINDOW_S * 1000;
    await sleep(ms - (Date.now() % ms) + 150);
  }

  async function expect429(res: Response): Promise<number> {
    expect(res.status).toBe(429);
    expect(res.headers.get('content-type')).toMatch(PROBLEM);
    const retryAfter = Number(res.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(WINDOW_S);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ status: 429, type: 'urn:schakel:probleem:te-veel-verzoeken' });
    expect(body.instance).toBe(`urn:uuid:${String(res.headers.get('x-request-id'))}`);
    return retryAfter;
  }

  const refusals = async (actorId: string, reden: string) =>
    ds.query<Record<string, unknown>[]>(
      `SELECT * FROM actor_audit WHERE actor_id = $1 AND reden = $2 AND resultaat = 'geweigerd'`,
      [actorId, reden],
    );

  const tijdlijn = (s: Session, app: TestApp, body: string, headers: Record<string, string>) =>
    fetch(`${app.url}/api/v1/casussen/personen/tijdlijn`, {
      method: 'POST',
      headers: {
        cookie: s.cookie,
        'x-csrf-token': s.csrfToken,
        'content-type': 'application/json',
        verwerkingsactiviteit: 'casusregie-zvh',
        ...headers,
      },
      body,
    });

  beforeAll(async () => {
    db = await isolatedDatabase();
    const env = {
      ...db.env,
      TRUST_PROXY: '1',
      RATE_LIMIT_WINDOW_S: String(WINDOW_S),
      RATE_LIMIT_API: '40',
      RATE_LIMIT_LOGIN: '3',
      RATE_LIMIT_BSN: '3',
      RATE_LIMIT_ZOEKEN: '3',
      RATE_LIMIT_BEWIJS: '3',
      RATE_LIMIT_SCHEMA: '3',
    };
    a = await startTestApp(env);
    b = await startTestApp(env);
    ds = a.app.get(DataSource);
    // One login per window: a login counts twice (start and the IdP's form).
    await freshWindow();
    zvh = await loginAs(a.url, 'demo-zvh-procesregisseur');
    await freshWindow();
    fg = await loginAs(a.url, 'demo-fg-vt-rr');
  });
  afterAll(async () => {
    await b.close();
    await a.close();
    await db.drop();
  });

  it('limits logins per address, over both instances and both login steps, and resets', async () => {
    await freshWindow();
    const start = (t: TestApp) =>
      fetch(`${t.url}/api/v1/auth/login`, { redirect: 'manual', headers: vast });
    expect((await start(a)).status).toBe(302);
    expect((await start(b)).status).toBe(302);
    const form = (t: TestApp) =>
      fetch(`${t.url}/dev-idp/interaction/onbekend/login`, {
        method: 'POST',
        headers: { ...vast, 'content-type': 'application/x-www-form-urlencoded' },
        body: 'account=niemand',
      });
    expect((await form(a)).status).not.toBe(429);
    await expect429(await form(b));
    const retryAfter = await expect429(await start(a));
    // Another address is not limited.
    expect(
      (await fetch(`${b.url}/api/v1/auth/login`, { redirect: 'manual', headers: elders() })).status,
    ).toBe(302);
    await sleep(retryAfter * 1000 + 100);
    expect((await start(b)).status).toBe(302);
  });

  it('limits lookups by BSN per actor on both instances, audited with the reason', async () => {
    await freshWindow();
    const body = JSON.stringify({ bsn: '123456782' });
    expect((await tijdlijn(zvh, a, body, elders())).status).toBe(200);
    expect((await tijdlijn(zvh, b, body, elders())).status).toBe(200);
    expect((await tijdlijn(zvh, a, body, elders())).status).toBe(200);
    const retryAfter = await expect429(await tijdlijn(zvh, b, body, elders()));
    const rows = await refusals('demo-zvh-procesregisseur', 'limiet-bsn');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actie: 'read', object_type: 'Casus', object_id: null });
    expect(JSON.stringify(rows)).not.toContain('123456782');
    await sleep(retryAfter * 1000 + 100);
    expect((await tijdlijn(zvh, b, body, elders())).status).toBe(200);
  });

  it('counts an FG search by BSN as a lookup by BSN, and limits the FG searches', async () => {
    await freshWindow();
    const zoek = (t: TestApp, body: unknown, headers = elders()) =>
      fetch(`${t.url}/api/v1/verantwoording/zoeken`, {
        method: 'POST',
        headers: {
          ...headers,
          cookie: fg.cookie,
          'x-csrf-token': fg.csrfToken,
          'content-type': 'application/json',
          verwerkingsactiviteit: 'verantwoording-toezicht',
        },
        body: JSON.stringify(body),
      });
    expect((await zoek(a, { bsn: '111222333' })).status).toBe(200);
    expect((await zoek(b, { bsn: '111222333' })).status).toBe(200);
    expect((await zoek(a, {})).status).toBe(200);
    await expect429(await zoek(b, {}));
    expect(await refusals('demo-fg-vt-rr', 'limiet-zoeken')).toHaveLength(1);
    // Per address, lookups by BSN count over routes: two FG searches and a timeline.
    await freshWindow();
    const hier = { 'x-forwarded-for': '10.7.0.1' };
    const bsn = JSON.stringify({ bsn: '123456782' });
    expect((await zoek(a, { bsn: '111222333' }, hier)).status).toBe(200);
    expect((await zoek(b, { bsn: '111222333' }, hier)).status).toBe(200);
    expect((await tijdlijn(zvh, a, bsn, hier)).status).toBe(200);
    const voor = (await refusals('demo-zvh-procesregisseur', 'limiet-bsn')).length;
    await expect429(await tijdlijn(zvh, b, bsn, hier));
    expect(await refusals('demo-zvh-procesregisseur', 'limiet-bsn')).toHaveLength(voor + 1);
  });

  it.each([
    ['the public audit proofs', '/api/v1/audit/checkpoints/laatste'],
    ['the schema route', '/api/v1/schemas/zorgmelding/v1'],
  ])('limits %s per address over both instances, and resets', async (_naam, path) => {
    await freshWindow();
    for (const t of [a, b, a]) {
      expect((await fetch(`${t.url}${path}`, { headers: vast })).status).not.toBe(429);
    }
    const retryAfter = await expect429(await fetch(`${b.url}${path}`, { headers: vast }));
    expect((await fetch(`${a.url}${path}`, { headers: elders() })).status).not.toBe(429);
    await sleep(retryAfter * 1000 + 100);
    expect((await fetch(`${a.url}${path}`, { headers: vast })).status).not.toBe(429);
  });

  it('limits the API as a whole per address and per actor, and resets', async () => {
    await freshWindow();
    const me = (t: TestApp, headers: Record<string, string>) =>
      fetch(`${t.url}/api/v1/auth/me`, { headers });
    // The burst goes out at once, so that it fits in one window on a loaded machine too.
    const anoniem = await Promise.all(
      Array.from({ length: 40 }, (_, i) => me(i % 2 ? a : b, vast)),
    );
    expect(anoniem.map((r) => r.status)).toEqual(Array<number>(40).fill(401));
    await expect429(await me(a, vast));
    // The health probes are never limited.
    expect((await fetch(`${a.url}/api/v1/health/live`, { headers: vast })).status).toBe(200);

    await freshWindow();
    const metCookie = () => ({ ...elders(), cookie: zvh.cookie });
    const bekend = await Promise.all(
      Array.from({ length: 40 }, (_, i) => me(i % 2 ? a : b, metCookie())),
    );
    expect(bekend.map((r) => r.status)).toEqual(Array<number>(40).fill(200));
    const retryAfter = await expect429(await me(b, metCookie()));
    expect(await refusals('demo-zvh-procesregisseur', 'limiet-api')).toHaveLength(1);
    await sleep(retryAfter * 1000 + 100);
    expect((await me(a, metCookie())).status).toBe(200);
  });

  it('writes CSRF refusals of a known actor to the actor audit log', async () => {
    await freshWindow();
    const res = await tijdlijn(zvh, a, JSON.stringify({ bsn: '123456782' }), {
      ...elders(),
      'x-csrf-token': 'fout',
    });
    expect(res.status).toBe(403);
    const rows = await refusals('demo-zvh-procesregisseur', 'csrf-token-ongeldig');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actie: 'read', object_type: 'Casus' });
    expect(JSON.stringify(rows)).not.toContain('123456782');
  });

  it('writes refused input of a known actor to the actor audit log, without its values', async () => {
    await freshWindow();
    const invalid = await tijdlijn(zvh, a, JSON.stringify({ bsn: '999999999' }), elders());
    expect(invalid.status).toBe(400);
    const validation = await refusals('demo-zvh-procesregisseur', 'ongeldige-invoer');
    expect(validation).toHaveLength(1);
    expect(validation[0]).toMatchObject({ actie: 'read', object_type: 'Casus' });
    expect(JSON.stringify(validation)).not.toContain('999999999');

    const malformed = await tijdlijn(zvh, b, '{"bsn": "999999999"', elders());
    expect(malformed.status).toBe(400);
    const json = await refusals('demo-zvh-procesregisseur', 'ongeldige-json');
    expect(json).toHaveLength(1);
    expect(JSON.stringify(json)).not.toContain('999999999');

    // Without an actor the refusal is only logged.
    const count = 'SELECT count(*)::int AS n FROM actor_audit';
    const before = await ds.query<{ n: number }[]>(count);
    const anonymous = await fetch(`${a.url}/api/v1/casussen/personen/tijdlijn`, {
      method: 'POST',
      headers: { ...elders(), 'content-type': 'application/json' },
      body: '{',
    });
    expect(anonymous.status).toBe(400);
    const after = await ds.query<{ n: number }[]>(count);
    expect(after[0]?.n).toBe(before[0]?.n);
  });
});

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
