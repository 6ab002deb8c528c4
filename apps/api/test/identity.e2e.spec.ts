import { join } from 'node:path';
import { IdentityService, loadDemoAccounts } from '@schakel/identity';
import { DataSource } from 'typeorm';
import { loginAs } from './login.js';
import { systemToken } from './system-client.js';
import { startTestApp, type TestApp } from './test-app.js';

describe('identity: login, sessions, system clients (real OIDC flow over HTTP)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('serves the development IdP discovery with PKCE S256 and private_key_jwt', async () => {
    const res = await fetch(`${t.url}/dev-idp/.well-known/openid-configuration`);
    expect(res.status).toBe(200);
    const d = (await res.json()) as Record<string, string[] | string>;
    expect(d.issuer).toBe(`${t.url}/dev-idp`);
    expect(d.code_challenge_methods_supported).toEqual(['S256']);
    expect(d.token_endpoint_auth_methods_supported).toContain('private_key_jwt');
    expect(d.grant_types_supported).toContain('client_credentials');
  });

  it.each(loadDemoAccounts().map((a) => [a.sub, a] as const))(
    'logs in %s and maps organisation and roles from the claims',
    async (_sub, account) => {
      const s = await loginAs(t.url, account.sub);
      const me = (await (await s.fetch('/api/v1/auth/me')).json()) as Record<string, unknown>;
      expect(me).toMatchObject({
        id: account.sub,
        soort: 'gebruiker',
        naam: account.naam,
        rollen: account.rollen,
      });
      expect((me.organisatie as { code: string }).code).toBe(account.organisatie);
      expect(me.csrfToken).toEqual(s.csrfToken);
    },
  );

  it('sends state, nonce and an S256 code challenge, and sets a safe session cookie', async () => {
    const res = await fetch(`${t.url}/api/v1/auth/login?terug=//evil.example/x`, {
      redirect: 'manual',
    });
    expect(res.status).toBe(302);
    const to = new URL(res.headers.get('location') ?? '');
    expect(to.searchParams.get('code_challenge_method')).toBe('S256');
    expect(to.searchParams.get('state')).toMatch(/^[\w-]{20,}$/);
    expect(to.searchParams.get('nonce')).toMatch(/^[\w-]{20,}$/);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('schakel.sid='));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Expires=|Max-Age=/i);
  });

  it('answers /me with 401 problem+json without a session', async () => {
    const res = await fetch(`${t.url}/api/v1/auth/me`);
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toMatch(/problem\+json/);
  });

  it('refuses a state-changing request without the CSRF token', async () => {
    const s = await loginAs(t.url, 'demo-politie-1');
    const res = await s.fetch('/api/v1/auth/logout', {
      method: 'POST',
      headers: { 'x-csrf-token': 'wrong' },
    });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { type: string }).type).toBe(
      'urn:schakel:probleem:csrf-token-ongeldig',
    );
    expect((await s.fetch('/api/v1/auth/me')).status).toBe(200);
  });

  it('logs out at Schakel and points the browser to the IdP end-session endpoint', async () => {
    const s = await loginAs(t.url, 'demo-vt-rr-medewerker');
    const res = await s.fetch('/api/v1/auth/logout', { method: 'POST' });
    expect(res.status).toBe(200);
    const { uitlogUrl } = (await res.json()) as { uitlogUrl: string };
    const url = new URL(uitlogUrl);
    expect(url.pathname).toBe('/dev-idp/session/end');
    expect(url.searchParams.get('post_logout_redirect_uri')).toBe(`${t.url}/?uitgelogd=1`);
    expect(uitlogUrl).not.toContain('id_token_hint');
    expect((await s.fetch('/api/v1/auth/me')).status).toBe(401);
  });

  it('ends a session after its absolute lifetime, however active', async () => {
    const s = await loginAs(t.url, 'demo-beheerder');
    const ds = t.app.get(DataSource);
    const sid =
      decodeURIComponent(s.cookie.split('=')[1] ?? '')
        .replace(/^s:/, '')
        .split('.')[0] ?? '';
    const nineHoursAgo = Date.now() - 9 * 3_600_000;
    const updated = await ds.query<unknown[]>(
      `UPDATE sessie SET sess = jsonb_set(sess::jsonb, '{aangemeldOp}', to_jsonb($2::bigint))::json WHERE sid = $1 RETURNING sid`,
      [sid, nineHoursAgo],
    );
    expect(updated).toHaveLength(2);
    const res = await s.fetch('/api/v1/auth/me');
    expect(res.status).toBe(401);
    expect(((await res.json()) as { type: string }).type).toBe(
      'urn:schakel:probleem:sessie-verlopen',
    );
  });

  it('refuses claims naming an unknown organisation or role', () => {
    const identity = t.app.get(IdentityService);
    const base = { sub: 'x', name: 'X' };
    expect(() =>
      identity.actorFromClaims({ ...base, organisatie: 'bestaat-niet', rollen: ['fg'] }, {}),
    ).toThrow('onbekende-organisatie');
    expect(() =>
      identity.actorFromClaims(
        { ...base, organisatie: 'politie-rotterdam', rollen: ['koning'] },
        {},
      ),
    ).toThrow('onbekende-rol');
    expect(() =>
      identity.actorFromClaims(
        { ...base, organisatie: 'politie-rotterdam', rollen: ['systeem'] },
        {},
      ),
    ).toThrow('onbekende-rol');
    expect(() =>
      identity.actorFromClaims({ ...base, organisatie: 'politie-rotterdam', rollen: [] }, {}),
    ).toThrow('onbekende-rol');
    expect(() =>
      identity.actorFromClaims({ name: 'X', organisatie: 'politie-rotterdam', rollen: ['fg'] }, {}),
    ).toThrow('onvolledige-claims');
  });

  describe('system client (client credentials, private_key_jwt)', () => {
    const keyFile = () =>
      join(t.config.DATA_DIR, 'dev-idp', 'vt-rotterdam-rijnmond-systeem.private.jwk.json');

    it('obtains a JWT access token of at most 6 hours and calls the API as its organisation', async () => {
      const token = await systemToken(t.url, 'vt-rotterdam-rijnmond-systeem', keyFile());
      expect([token.status, token.body]).toEqual([200, expect.anything()]);
      expect(token.body.token_type).toBe('Bearer');
      expect(Number(token.body.expires_in)).toBeLessThanOrEqual(6 * 3600);
      const me = await fetch(`${t.url}/api/v1/auth/me`, {
        headers: { authorization: `Bearer ${token.accessToken ?? ''}` },
      });
      expect(me.status).toBe(200);
      expect(await me.json()).toMatchObject({
        id: 'vt-rotterdam-rijnmond-systeem',
        soort: 'systeem',
        rollen: ['systeem'],
        organisatie: { code: 'vt-rotterdam-rijnmond' },
      });
      const list = await fetch(`${t.url}/api/v1/verwerkingsactiviteiten`, {
        headers: { authorization: `Bearer ${token.accessToken ?? ''}` },
      });
      expect(list.status).toBe(200);
      const logout = await fetch(`${t.url}/api/v1/auth/logout`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token.accessToken ?? ''}` },
      });
      expect(logout.status).toBe(403);
    });

    it('rejects a tampered, malformed or foreign token with 401', async () => {
      const token = await systemToken(t.url, 'vt-rotterdam-rijnmond-systeem', keyFile());
      const [h, p, sig] = (token.accessToken ?? '').split('.');
      const claims = JSON.parse(Buffer.from(p ?? '', 'base64url').toString()) as Record<
        string,
        unknown
      >;
      const forged = `${h ?? ''}.${Buffer.from(JSON.stringify({ ...claims, client_id: 'iemand-anders' })).toString('base64url')}.${sig ?? ''}`;
      for (const bad of [forged, 'abc', `${h ?? ''}.${p ?? ''}.`]) {
        const res = await fetch(`${t.url}/api/v1/auth/me`, {
          headers: { authorization: `Bearer ${bad}` },
        });
        expect(res.status).toBe(401);
        expect(res.headers.get('content-type')).toMatch(/problem\+json/);
      }
      const wrongScheme = await fetch(`${t.url}/api/v1/auth/me`, {
        headers: { authorization: 'Basic dXNlcjpwYXNz' },
      });
      expect(wrongScheme.status).toBe(401);
    });

    it('refuses a client assertion signed with another key', async () => {
      const { generateKeyPair, exportJWK } = await import('jose');
      const { privateKey } = await generateKeyPair('ES256', { extractable: true });
      const { writeFileSync, mkdtempSync } = await import('node:fs');
      const { tmpdir } = await import('node:os');
      const file = join(mkdtempSync(join(tmpdir(), 'key-')), 'k.json');
      writeFileSync(file, JSON.stringify({ ...(await exportJWK(privateKey)), kid: 'vreemd' }));
      const token = await systemToken(t.url, 'vt-rotterdam-rijnmond-systeem', file);
      expect(token.status).toBe(401);
      expect(token.accessToken).toBeUndefined();
    });
  });
});
