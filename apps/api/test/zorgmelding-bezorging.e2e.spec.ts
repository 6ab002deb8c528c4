import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HANDTEKENING_HEADER } from '@schakel/bezorging';
import { volledigeMelding, type Zorgmelding } from '@schakel/zorgmeldingen';
import { compactVerify, createLocalJWKSet, type JSONWebKeySet } from 'jose';
import { DataSource } from 'typeorm';
import { loginAs, type Session } from './login.js';
import { isolatedDatabase, startTestApp, type TestApp } from './test-app.js';

const INDIENEN = 'zorgmelding-indienen';
/** What the VT system's endpoint answers its first requests with, then 200. */
const STORINGEN = ['500', 'verbroken', '503'] as const;

/**
 * The whole path of issue 5's delivery: police submit reports over HTTP, Schakel routes them
 * and pushes each, signed, to Veilig Thuis Rotterdam Rijnmond's own system, a real HTTP
 * receiver that fails its first requests. After deduplication by Idempotency-Key every report
 * has arrived exactly once, with its content, and nothing else did.
 */
describe('zorgmeldingen delivered to a VT system: police submit, signed push through failures', () => {
  let db: Awaited<ReturnType<typeof isolatedDatabase>>;
  let t: TestApp;
  let politie: Session;
  let server: Server;
  let jwks: ReturnType<typeof createLocalJWKSet> | undefined;
  let verzoeken = 0;
  let ongeldig = 0;
  const ontvangen = new Map<
    string,
    {
      soort: string;
      objectId: string;
      gegevens: { kenmerk: string; melding: Record<string, unknown> };
    }
  >();

  beforeAll(async () => {
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        void (async () => {
          const storing = STORINGEN[verzoeken++];
          if (storing === 'verbroken') {
            req.socket.destroy();
            return;
          }
          if (storing) {
            res.writeHead(Number(storing)).end();
            return;
          }
          const body = Buffer.concat(chunks);
          const sleutel = req.headers['idempotency-key'];
          const jws = req.headers[HANDTEKENING_HEADER.toLowerCase()];
          try {
            if (typeof sleutel !== 'string' || typeof jws !== 'string' || !jwks) throw new Error();
            const [kop, , handtekening] = jws.split('.');
            await compactVerify(
              `${kop ?? ''}.${body.toString('base64url')}.${handtekening ?? ''}`,
              jwks,
            );
          } catch {
            ongeldig++;
            res.writeHead(401).end();
            return;
          }
          if (!ontvangen.has(sleutel))
            ontvangen.set(sleutel, JSON.parse(body.toString('utf8')) as never);
          res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
        })();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    db = await isolatedDatabase();
    t = await startTestApp({
      ...db.env,
      BEZORGING_ENDPOINTS: JSON.stringify({
        'vt-rotterdam-rijnmond': `http://127.0.0.1:${String(port)}/schakel`,
      }),
      BEZORGING_BACKOFF_BASIS_MS: '50',
      BEZORGING_BACKOFF_MAX_MS: '300',
      BEZORGING_TIMEOUT_MS: '2000',
      BEZORGING_POLL_MS: '500',
    });
    jwks = createLocalJWKSet(
      (await (await fetch(`${t.url}/api/v1/bezorging/jwks.json`)).json()) as JSONWebKeySet,
    );
    politie = await loginAs(t.url, 'demo-politie-1');
  });

  afterAll(async () => {
    await t.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await db.drop();
  });

  const post = (path: string, body: unknown, extra: Record<string, string> = {}) =>
    politie.fetch(`/api/v1${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', verwerkingsactiviteit: INDIENEN, ...extra },
      body: JSON.stringify(body),
    });

  const melding = (gemeentecode: string): Zorgmelding => {
    const m = volledigeMelding();
    for (const b of m.betrokkenen ?? []) if (b.adres) b.adres.gemeentecode = gemeentecode;
    return m;
  };

  it('delivers each submitted report exactly once, signed, with its content; none for another VT', async () => {
    const ids: string[] = [];
    // Four for Rotterdam (VT Rotterdam Rijnmond, which has the endpoint), one for Dordrecht.
    for (const gemeente of ['GM0599', 'GM0599', 'GM0606', 'GM0622', 'GM0505']) {
      const m = melding(gemeente);
      const made = await post('/zorgmeldingen', { ...m, status: 'concept' });
      expect(made.status).toBe(201);
      const { id } = (await made.json()) as { id: string };
      const sleutel = `indienen-${randomBytes(6).toString('hex')}`;
      // A retried submit (the same key twice) must not deliver twice.
      for (let i = 0; i < 2; i++) {
        const res = await post(`/zorgmeldingen/${id}/indienen`, m, { 'idempotency-key': sleutel });
        expect(res.status).toBe(200);
      }
      if (gemeente !== 'GM0505') ids.push(id);
    }
    const ds = t.app.get(DataSource);
    const einde = Date.now() + 60_000;
    for (;;) {
      const [open] = await ds.query<{ n: string }[]>(
        `SELECT count(*) AS n FROM bezorging WHERE status <> 'bezorgd'`,
      );
      if (Number(open?.n) === 0 && ontvangen.size >= ids.length) break;
      if (Date.now() > einde) throw new Error('deliveries did not finish');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(ongeldig).toBe(0);
    expect(verzoeken).toBeGreaterThanOrEqual(ids.length + STORINGEN.length);
    expect(ontvangen.size).toBe(ids.length);
    const aangekomen = [...ontvangen.values()];
    expect(aangekomen.map((r) => r.objectId).sort()).toEqual([...ids].sort());
    for (const r of aangekomen) {
      expect(r.soort).toBe('zorgmelding');
      // The kenmerk police and VT share travels with the report (issue 14).
      expect(r.gegevens.kenmerk).toMatch(/^ZM-\d{4}-\d{6}$/);
      expect(r.gegevens.melding).toHaveProperty('relaas');
      expect(r.gegevens.melding).toHaveProperty('betrokkenen');
      expect(JSON.stringify(r)).not.toContain('notitie');
    }
    // Each push is in the audit trail: the platform disclosed police data to the VT system.
    const [pushes] = await ds.query<{ n: string }[]>(
      `SELECT count(*) AS n FROM actor_audit WHERE actor_id = 'schakel-bezorging'
         AND verstrekker_code = 'politie-rotterdam'`,
    );
    expect(Number(pushes?.n)).toBeGreaterThanOrEqual(ids.length);
  });
});
