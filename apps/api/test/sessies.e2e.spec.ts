import pg from 'pg';
import { loginAs, type Session } from './login.js';
import { isolatedDatabase, startTestApp, type TestApp } from './test-app.js';

/** The session id in a `schakel.sid=s:<sid>.<signature>` cookie. */
const sidOf = (s: Session) =>
  decodeURIComponent(s.cookie.split('=')[1] ?? '')
    .replace(/^s:/, '')
    .split('.')[0] ?? '';

describe('sessions: survive the database, none before login, a cookie for the browser session', () => {
  let t: TestApp;
  let isolated: Awaited<ReturnType<typeof isolatedDatabase>>;
  let admin: pg.Client;
  beforeAll(async () => {
    // A database of its own: this suite terminates every other connection to it.
    isolated = await isolatedDatabase();
    t = await startTestApp(isolated.env);
    admin = new pg.Client({ connectionString: t.database.url });
    await admin.connect();
  });
  afterAll(async () => {
    await admin.end();
    await t.close();
    await isolated.drop();
  });

  const rows = async () =>
    (await admin.query<{ n: number }>('SELECT count(*)::int AS n FROM sessie')).rows[0]?.n ?? 0;

  it('keeps a session through a connection reset: 503 while loading fails, never a logout', async () => {
    const s = await loginAs(t.url, 'demo-vt-rr-medewerker');
    expect((await s.fetch('/api/v1/auth/me')).status).toBe(200);
    // Hold the session table, so that the session loads are in flight when the reset comes.
    await admin.query('BEGIN');
    await admin.query('LOCK TABLE sessie IN ACCESS EXCLUSIVE MODE');
    const pending = Array.from({ length: 4 }, () => s.fetch('/api/v1/auth/me'));
    for (let i = 0; i < 100; i++) {
      // Inside a transaction the activity view is a snapshot: take a fresh one each time.
      await admin.query('SELECT pg_stat_clear_snapshot()');
      const waiting = await admin.query(
        `SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND state = 'active'`,
      );
      if (waiting.rowCount === 4) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    await admin.query(
      'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
    );
    await admin.query('COMMIT');
    for (const res of await Promise.all(pending)) {
      expect(res.status).toBe(503);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(((await res.json()) as { type: string }).type).toBe(
        'urn:schakel:probleem:sessie-niet-beschikbaar',
      );
    }
    // The pool reconnects; the session is still there and still logged in.
    const after = await s.fetch('/api/v1/auth/me');
    expect(after.status).toBe(200);
    const still = await admin.query('SELECT 1 FROM sessie WHERE sid = $1', [sidOf(s)]);
    expect(still.rowCount).toBe(1);
  });

  it('writes no session row for anonymous requests, one short-lived row for a login start', async () => {
    await admin.query('DELETE FROM sessie');
    for (const path of ['/api/v1/auth/me', '/api/v1/health/live', '/api/v1/openapi.json']) {
      await fetch(`${t.url}${path}`);
    }
    expect(await rows()).toBe(0);
    const res = await fetch(`${t.url}/api/v1/auth/login`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    const { rows: login } = await admin.query<{ s: number }>(
      'SELECT extract(epoch FROM expire - now())::int AS s FROM sessie',
    );
    expect(login).toHaveLength(1);
    // The login flow's state lives 10 minutes, not the 30-minute idle time of a session.
    expect(login[0]?.s).toBeLessThanOrEqual(601);
  });

  it('sets a session cookie without Expires, while the server keeps the idle timeout', async () => {
    const res = await fetch(`${t.url}/api/v1/auth/login`, { redirect: 'manual' });
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('schakel.sid='));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).not.toMatch(/Expires=|Max-Age=/i);
    const s = await loginAs(t.url, 'demo-politie-1');
    const me = await s.fetch('/api/v1/auth/me');
    expect(me.status).toBe(200);
    for (const c of me.headers.getSetCookie()) expect(c).not.toMatch(/Expires=|Max-Age=/i);
    const { rows: idle } = await admin.query<{ s: number }>(
      'SELECT extract(epoch FROM expire - now())::int AS s FROM sessie WHERE sid = $1',
      [sidOf(s)],
    );
    expect(idle[0]?.s).toBeGreaterThan(25 * 60);
    expect(idle[0]?.s).toBeLessThanOrEqual(30 * 60 + 1);
    // Past its idle time the session is gone, cookie or not.
    await admin.query(`UPDATE sessie SET expire = now() - interval '1 second' WHERE sid = $1`, [
      sidOf(s),
    ]);
    expect((await s.fetch('/api/v1/auth/me')).status).toBe(401);
  });
  it('writes the idle expiry at most once a minute per session, not on every request', async () => {
    const s = await loginAs(t.url, 'demo-politie-1');
    const expiry = async () =>
      (
        await admin.query<{ e: Date }>('SELECT expire AS e FROM sessie WHERE sid = $1', [sidOf(s)])
      ).rows[0]?.e.getTime();
    expect((await s.fetch('/api/v1/auth/me')).status).toBe(200);
    const eerst = await expiry();
    // The store keeps whole seconds: after 1.1 s a write would move the expiry on.
    await new Promise((r) => setTimeout(r, 1100));
    for (let i = 0; i < 3; i++) expect((await s.fetch('/api/v1/auth/me')).status).toBe(200);
    expect(await expiry()).toBe(eerst);
  });
});
