import { request } from 'node:http';
import { connect } from 'node:net';
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

/** Sends bytes over a bare socket and returns all the server answers before it closes. */
function socketRequest(url: string, bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const u = new URL(url);
    const socket = connect(Number(u.port), u.hostname, () => {
      socket.write(bytes);
    });
    let out = '';
    socket.on('data', (d: Buffer) => {
      out += d.toString('latin1');
    });
    socket.on('error', reject);
    socket.on('close', () => {
      resolve(out);
    });
  });
}

/** Status, content type and problem body of a raw HTTP/1.1 answer. */
function parseRaw(text: string): { status: number; type: string; body: string } {
  const [head = '', body = ''] = text.split('\r\n\r\n');
  const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1]);
  const type = /^content-type: *(.*)$/im.exec(head)?.[1] ?? '';
  return { status, type, body };
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

  it('does not name a field whose name looks like data (a BSN as key)', async () => {
    const res = await zoek('{"100000009": null}');
    expect400(res, 'ongeldige-invoer');
    expect(res.body).not.toContain('100000009');
    expect(res.body).toContain('(veld)');
  });

  it("answers Node's own parser refusals as problem+json: a broken request line, headers too large", async () => {
    const broken = parseRaw(
      await socketRequest(t.url, 'GET /api/v1/health/live HTTP/1.1 extra\r\nHost: x\r\n\r\n'),
    );
    expect(broken.status).toBe(400);
    expect(broken.type).toMatch(PROBLEM);
    expect(JSON.parse(broken.body)).toMatchObject({
      type: 'urn:schakel:probleem:onleesbaar-verzoek',
      status: 400,
    });
    const nonsense = parseRaw(await socketRequest(t.url, '\x00\x01 not http at all\r\n\r\n'));
    expect(nonsense.status).toBe(400);
    expect(nonsense.type).toMatch(PROBLEM);
    const big = parseRaw(
      await socketRequest(
        t.url,
        `GET /api/v1/health/live?q=${'x'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`,
      ),
    );
    expect(big.status).toBe(431);
    expect(big.type).toMatch(PROBLEM);
    const problem = JSON.parse(big.body) as Record<string, unknown>;
    expect(problem).toMatchObject({ type: 'urn:schakel:probleem:kopregels-te-groot', status: 431 });
    expect(problem.instance).toMatch(/^urn:uuid:/);
    // A HEAD request gets the problem's headers without a body.
    const head = await socketRequest(
      t.url,
      `HEAD /api/v1/health/live?q=${'x'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`,
    );
    expect(parseRaw(head).status).toBe(431);
    expect(head.endsWith('\r\n\r\n')).toBe(true);
    // The server still answers afterwards.
    expect((await raw(t.url, '/api/v1/health/live')).status).toBe(200);
  });

  it('answers a login that cannot start (HEAD, or a code in the login URL) as problem+json', async () => {
    for (const [method, path] of [
      ['HEAD', '/api/v1/auth/login'],
      ['GET', '/api/v1/auth/login?code=abc&state=def'],
      ['GET', '/api/v1/auth/login?error=access_denied'],
    ] as const) {
      const res = await raw(t.url, path, { method });
      expect(res.status).toBe(400);
      expect(res.type).toMatch(PROBLEM);
      if (method === 'GET')
        expect((JSON.parse(res.body) as { type: string }).type).toBe(
          'urn:schakel:probleem:inloggen-niet-gestart',
        );
    }
  });
});
