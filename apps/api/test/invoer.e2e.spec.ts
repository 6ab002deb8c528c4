import { request } from 'node:http';
import { loginAs, type Session } from './login.js';
import { startTestApp, type TestApp } from './test-app.js';

const PROBLEM = /^application\/problem\+json/;

/** A raw request (fetch refuses some of the URLs and bodies this suite sends). */
function raw(
  url: string,
  path: string,
  options: { method?: string; body?: Buffer | string; headers?: Record<string, string> } = {},
): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const u = new URL(url);
    const req = request(
      {
        host: u.hostname,
        port: u.port,
        path,
        method: options.method ?? 'GET',
        headers: options.headers,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          resolve({
            status: res.statusCode ?? 0,
            type: String(res.headers['content-type']),
            body: Buffer.concat(chunks).toString('utf8'),
          });
        });
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

const nested = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

describe('the input guard: one check before validation on every route', () => {
  let t: TestApp;
  let politie: Session;
  let fg: Session;
  beforeAll(async () => {
    t = await startTestApp();
    politie = await loginAs(t.url, 'demo-politie-1');
    fg = await loginAs(t.url, 'demo-fg-vt-rr');
  });
  afterAll(async () => {
    await t.close();
  });

  const post = (s: Session, path: string, body: string | Buffer, doel: string) =>
    raw(t.url, path, {
      method: 'POST',
      body,
      headers: {
        'content-type': 'application/json',
        cookie: s.cookie,
        'x-csrf-token': s.csrfToken,
        verwerkingsactiviteit: doel,
      },
    });
  const zoek = (body: string | Buffer) =>
    post(fg, '/api/v1/verantwoording/zoeken', body, 'verantwoording-toezicht');

  function expect400(res: { status: number; type: string; body: string }, code: string) {
    expect(res.status).toBe(400);
    expect(res.type).toMatch(PROBLEM);
    expect((JSON.parse(res.body) as { type: string }).type).toBe(`urn:schakel:probleem:${code}`);
  }

  it('refuses a body nested 5,000 deep with 400 on a validated route, and stays live', async () => {
    const deep = Array.from({ length: 30 }, () => zoek(nested(5000)));
    const live = raw(t.url, '/api/v1/health/live');
    for (const res of await Promise.all(deep)) expect400(res, 'te-diep-genest');
    expect((await live).status).toBe(200);
    // Arrays count as well, and strings holding brackets do not.
    expect400(await zoek(`{"bsn":${'['.repeat(40)}${']'.repeat(40)}}`), 'te-diep-genest');
    expect((await zoek(JSON.stringify({ actorId: '{['.repeat(100) }))).status).toBe(200);
  });

  it('refuses `null` where a value is required (FG search by BSN)', async () => {
    const res = await zoek('{"bsn": null}');
    expect400(res, 'ongeldige-invoer');
    expect(res.body).toContain('bsn (geen null)');
  });

  it('refuses a NUL character, a lone surrogate and invalid UTF-8 in a body', async () => {
    expect400(await zoek('{"actorId": "demo\\u0000"}'), 'ongeldige-invoer');
    expect400(await zoek('{"actorId": "demo\\ud800"}'), 'ongeldige-invoer');
    expect400(await zoek('{"actorId\\u0000": "demo"}'), 'ongeldige-invoer');
    expect400(
      await zoek(
        Buffer.concat([Buffer.from('{"actorId": "'), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]),
      ),
      'ongeldige-invoer',
    );
    // A pair of surrogates is a valid character and passes the guard.
    expect((await zoek('{"actorId": "demo\\ud83d\\ude00"}')).status).toBe(200);
  });

  it('refuses a NUL byte or broken encoding in a path or query value', async () => {
    const h = { cookie: politie.cookie, verwerkingsactiviteit: 'casus-samenwerking' };
    for (const path of [
      '/api/v1/casussen/%00',
      '/api/v1/casussen/abc%00def',
      '/api/v1/casussen?status=%00',
      '/api/v1/verantwoording/statistieken?van=%ED%A0%80',
      '/api/v1/casussen/%E0%A4%A',
    ]) {
      const res = await raw(t.url, path, { headers: h });
      expect400(res, 'ongeldige-invoer');
    }
    const fgStats = await raw(t.url, '/api/v1/verantwoording/statistieken?van=2026%00', {
      headers: { cookie: fg.cookie, verwerkingsactiviteit: 'verantwoording-toezicht' },
    });
    expect400(fgStats, 'ongeldige-invoer');
  });
});
