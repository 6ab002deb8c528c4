import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Bezorger, HANDTEKENING_HEADER, Uitgaand, type Weergave } from '@schakel/bezorging';
import { PurposeService } from '@schakel/purpose';
import { compactVerify, createLocalJWKSet, type JSONWebKeySet } from 'jose';
import { DataSource, type EntityManager } from 'typeorm';
import { loginAs } from './login.js';
import { systemToken } from './system-client.js';
import { isolatedDatabase, startTestApp, type TestApp } from './test-app.js';

const RR = 'vt-rotterdam-rijnmond';
const ZHZ = 'vt-zuid-holland-zuid';
/** A receiver (for the test only) whose endpoint answers after 300 ms. */
const TRAAG = 'vt-proef-traag';
const SOORT = 'proefmelding';
const DOEL = 'zorgmelding-ontvangen-beoordelen';
const MAX_POGINGEN = 8;

type Storing = '500' | '503' | 'time-out' | 'verbroken';
/** The failures the flaky receiver gives its first requests, in this order. */
const STORINGEN: Storing[] = ['500', 'verbroken', 'time-out', '503', 'verbroken', '500'];

/**
 * A Veilig Thuis system's inbox on real HTTP: verifies each signature against Schakel's JWKS,
 * stores each report once by Idempotency-Key (a repeat is a duplicate it drops) and answers
 * 200. `/inbox` fails its first requests as STORINGEN says; `/kapot` fails while `kapot` holds;
 * `/traag` answers after 300 ms.
 */
class Ontvanger {
  server!: Server;
  url = '';
  jwks?: ReturnType<typeof createLocalJWKSet>;
  verzoeken = 0;
  storingen = 0;
  kapot = true;
  readonly opgeslagen = new Map<string, Record<string, unknown>>();
  duplicaten = 0;
  ongeldigeHandtekeningen = 0;
  /** The `traceparent` of every push that reached the handler, as sent. */
  readonly traceparents: (string | undefined)[] = [];
  private gestoord = 0;

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      void this.handle(req, res);
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${String((this.server.address() as AddressInfo).port)}`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks);
    this.verzoeken++;
    const tp = req.headers.traceparent;
    this.traceparents.push(typeof tp === 'string' ? tp : undefined);
    if (req.url === '/kapot' && this.kapot) {
      this.storingen++;
      res.writeHead(503).end();
      return;
    }
    const storing = req.url === '/inbox' ? STORINGEN[this.gestoord] : undefined;
    if (storing) {
      this.gestoord++;
      this.storingen++;
      if (storing === 'verbroken') {
        req.socket.destroy();
        return;
      }
      if (storing !== 'time-out') {
        res.writeHead(Number(storing)).end();
        return;
      }
      // Too slow: the sender gives up, but this receiver still takes the report in (so the
      // retry that follows is a duplicate it must drop).
      await new Promise((resolve) => setTimeout(resolve, 1500));
    }
    if (req.url === '/traag') await new Promise((resolve) => setTimeout(resolve, 300));
    const sleutel = req.headers['idempotency-key'];
    const jws = req.headers[HANDTEKENING_HEADER.toLowerCase()];
    if (typeof sleutel !== 'string' || typeof jws !== 'string' || !this.jwks) {
      this.ongeldigeHandtekeningen++;
      res.writeHead(400).end();
      return;
    }
    try {
      const [kop, leeg, handtekening] = jws.split('.');
      if (leeg !== '') throw new Error('not detached');
      const { protectedHeader } = await compactVerify(
        `${kop ?? ''}.${body.toString('base64url')}.${handtekening ?? ''}`,
        this.jwks,
      );
      if (protectedHeader['idempotency-key'] !== sleutel) throw new Error('key mismatch');
    } catch {
      this.ongeldigeHandtekeningen++;
      res.writeHead(401).end();
      return;
    }
    if (this.opgeslagen.has(sleutel)) this.duplicaten++;
    else this.opgeslagen.set(sleutel, JSON.parse(body.toString('utf8')) as Record<string, unknown>);
    if (!res.destroyed) res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
  }
}

async function wachtTot(check: () => Promise<boolean>, ms = 90_000): Promise<void> {
  const einde = Date.now() + ms;
  while (Date.now() < einde) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('timed out waiting');
}

describe('bezorging: transactional outbox, signed push with retries, pull feed, dead letters', () => {
  let t: TestApp;
  let ds: DataSource;
  let service: Uitgaand;
  let isolated: Awaited<ReturnType<typeof isolatedDatabase>>;
  const ontvanger = new Ontvanger();
  const vastgelegd: { objectId: string; bezorgingId: string }[] = [];
  const teruggedraaid: string[] = [];

  beforeAll(async () => {
    isolated = await isolatedDatabase();
    await ontvanger.start();
    t = await startTestApp({
      ...isolated.env,
      BEZORGING_ENDPOINTS: JSON.stringify({
        [RR]: `${ontvanger.url}/inbox`,
        [ZHZ]: `${ontvanger.url}/kapot`,
        [TRAAG]: `${ontvanger.url}/traag`,
      }),
      BEZORGING_MAX_POGINGEN: String(MAX_POGINGEN),
      BEZORGING_BACKOFF_BASIS_MS: '50',
      BEZORGING_BACKOFF_MAX_MS: '400',
      BEZORGING_TIMEOUT_MS: '600',
      BEZORGING_POLL_MS: '500',
    });
    ds = t.app.get(DataSource);
    await ds.query(
      `CREATE TABLE proefmelding (id text PRIMARY KEY, bsn text NOT NULL, tekst text NOT NULL,
         ontvangen_door text, ontvangen_keer int NOT NULL DEFAULT 0)`,
    );
    service = t.app.get(Uitgaand);
    service.registreerBron(SOORT, {
      activiteit: 'zorgmelding-indienen',
      async render(m: EntityManager, objectId: string): Promise<Weergave> {
        const [rij] = await m.query<
          {
            id: string;
            bsn: string;
            tekst: string;
          }[]
        >('SELECT * FROM proefmelding WHERE id = $1', [objectId]);
        if (!rij) throw new Error('object missing');
        return {
          payload: { id: rij.id, tekst: rij.tekst },
          betrokkenen: [{ identificatie: rij.bsn, categorieen: ['identificatie'] }],
          verstrekker: 'politie-rotterdam',
        };
      },
      async ontvangen(m: EntityManager, objectId: string, organisatie: string): Promise<void> {
        await m.query(
          'UPDATE proefmelding SET ontvangen_door = $2, ontvangen_keer = ontvangen_keer + 1 WHERE id = $1',
          [objectId, organisatie],
        );
      },
    });
    ontvanger.jwks = createLocalJWKSet(
      (await (await fetch(`${t.url}/api/v1/bezorging/jwks.json`)).json()) as JSONWebKeySet,
    );
  });

  afterAll(async () => {
    await t.close();
    await ontvanger.stop();
    await isolated.drop();
  });

  it('serves the public signing key as a JWKS', async () => {
    const res = await fetch(`${t.url}/api/v1/bezorging/jwks.json`);
    expect(res.status).toBe(200);
    const { keys } = (await res.json()) as { keys: Record<string, string>[] };
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig' });
    expect(keys[0]).not.toHaveProperty('d');
  });

  it('refuses to plan outside a transaction', async () => {
    await expect(
      service.plan(ds.manager, { ontvanger: RR, soort: SOORT, objectId: 'x' }),
    ).rejects.toThrow(/transaction/);
  });

  it('delivers every committed report exactly once through failures, and none rolled back', async () => {
    for (let i = 0; i < 20; i++) {
      const objectId = `melding-${String(i)}`;
      const terugdraaien = i % 4 === 3;
      try {
        await ds.transaction(async (m) => {
          await m.query('INSERT INTO proefmelding (id, bsn, tekst) VALUES ($1, $2, $3)', [
            objectId,
            `99999${String(1000 + i)}`,
            `Proefmelding ${String(i)}`,
          ]);
          const bezorgingId = await service.plan(m, { ontvanger: RR, soort: SOORT, objectId });
          // Planning the same key again in the same transaction plans nothing new.
          expect(
            await service.plan(m, {
              ontvanger: RR,
              soort: SOORT,
              objectId,
              idempotentieSleutel: bezorgingId,
            }),
          ).toBe(bezorgingId);
          if (terugdraaien) throw new Error('rollback');
          vastgelegd.push({ objectId, bezorgingId });
        });
      } catch (err) {
        if ((err as Error).message !== 'rollback') throw err;
        teruggedraaid.push(objectId);
      }
    }
    expect(vastgelegd).toHaveLength(15);
    expect(teruggedraaid).toHaveLength(5);

    await wachtTot(async () => {
      const [r] = await ds.query<{ open: string }[]>(
        "SELECT count(*) FILTER (WHERE status <> 'bezorgd') AS open FROM bezorging WHERE ontvanger_code = $1",
        [RR],
      );
      return Number(r?.open) === 0;
    });
    // Let the slow answer of the timed-out request finish too.
    await new Promise((resolve) => setTimeout(resolve, 1600));

    const rijen = await ds.query<
      { id: string; object_id: string; status: string; pogingen: number }[]
    >(
      'SELECT id, object_id, status, pogingen, feed_positie FROM bezorging WHERE ontvanger_code = $1',
      [RR],
    );
    expect(rijen.map((r) => r.object_id).sort()).toEqual(vastgelegd.map((v) => v.objectId).sort());
    expect(rijen.every((r) => r.status === 'bezorgd')).toBe(true);

    // The receiver: every committed report once after deduplication, nothing rolled back.
    const ontvangen = [...ontvanger.opgeslagen.values()];
    expect([...ontvanger.opgeslagen.keys()].sort()).toEqual(
      vastgelegd.map((v) => v.bezorgingId).sort(),
    );
    expect(ontvangen.map((o) => o.objectId).sort()).toEqual(
      vastgelegd.map((v) => v.objectId).sort(),
    );
    expect(ontvangen.some((o) => teruggedraaid.includes(String(o.objectId)))).toBe(false);
    expect(ontvanger.ongeldigeHandtekeningen).toBe(0);
    expect(ontvanger.storingen).toBe(STORINGEN.length);
    // The timed-out request was taken in by the receiver, so its retry was a duplicate.
    expect(ontvanger.duplicaten).toBeGreaterThanOrEqual(1);
    const pogingen = rijen.reduce((n, r) => n + r.pogingen, 0);
    expect(pogingen).toBe(ontvanger.verzoeken);
    process.stdout.write(
      `bezorging: ${String(vastgelegd.length)} committed, ${String(teruggedraaid.length)} rolled back; ` +
        `${String(ontvanger.verzoeken)} push attempts, ${String(ontvanger.storingen)} failures, ` +
        `${String(ontvanger.opgeslagen.size)} stored, ${String(ontvanger.duplicaten)} duplicates dropped\n`,
    );

    // Internal delivery: the inbox hook ran once per committed report, never for a rolled-back one.
    const inbox = await ds.query<{ id: string; ontvangen_door: string; ontvangen_keer: number }[]>(
      'SELECT id, ontvangen_door, ontvangen_keer FROM proefmelding ORDER BY id',
    );
    expect(inbox).toHaveLength(15);
    expect(inbox.every((r) => r.ontvangen_door === RR && r.ontvangen_keer === 1)).toBe(true);

    // Every push attempt and every internal delivery is in both logs, by the platform actor.
    const [audit] = await ds.query<{ extern: string; intern: string; verstrekt: string }[]>(
      `SELECT count(*) FILTER (WHERE actie = 'bezorgen-extern') AS extern,
              count(*) FILTER (WHERE actie = 'bezorgen-intern') AS intern,
              count(*) FILTER (WHERE verstrekker_code = 'politie-rotterdam') AS verstrekt
         FROM actor_audit WHERE actor_id = 'schakel-bezorging'`,
    );
    expect(Number(audit?.extern)).toBe(ontvanger.verzoeken);
    expect(Number(audit?.intern)).toBe(15);
    expect(Number(audit?.verstrekt)).toBe(ontvanger.verzoeken + 15);
    const [log] = await ds.query<{ n: string }[]>(
      `SELECT count(*) AS n FROM verwerkingslog v JOIN actor_audit a ON a.id = v.audit_id
        WHERE a.actor_id = 'schakel-bezorging' AND v.activiteit_id = 'zorgmelding-indienen'`,
    );
    expect(Number(log?.n)).toBe(ontvanger.verzoeken + 15);
    // Every push carried a W3C traceparent: a trace and span of its own per attempt, the
    // same trace and span as the attempt's actor audit record (ADR 0021).
    const tps = ontvanger.traceparents;
    expect(tps.length).toBe(ontvanger.verzoeken);
    expect(
      tps.every((tp) => tp !== undefined && /^00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]$/.test(tp)),
    ).toBe(true);
    expect(new Set(tps).size).toBe(tps.length);
    const pushes = await ds.query<{ trace_id: string; verzoek_span_id: string; id: string }[]>(
      `SELECT trace_id, verzoek_span_id, id FROM actor_audit
        WHERE actor_id = 'schakel-bezorging' AND actie = 'bezorgen-extern'`,
    );
    expect(pushes.map((p) => `00-${p.trace_id}-${p.verzoek_span_id}-00`).sort()).toEqual(
      [...(tps as string[])].sort(),
    );
    // Its processing records are spans of their own under the push's span.
    const spans = await ds.query<{ span_id: string; trace_id: string; audit_id: string }[]>(
      'SELECT span_id, trace_id, audit_id FROM verwerkingslog WHERE audit_id = ANY($1::uuid[])',
      [pushes.map((p) => p.id)],
    );
    expect(spans.length).toBe(pushes.length);
    for (const v of spans) {
      const push = pushes.find((p) => p.id === v.audit_id);
      expect(v.trace_id).toBe(push?.trace_id);
      expect(v.span_id).toMatch(/^[0-9a-f]{16}$/);
      expect(v.span_id).not.toBe(push?.verzoek_span_id);
    }
    // No personal data in the stored failure codes.
    const fouten = await ds.query<{ laatste_fout: string }[]>(
      'SELECT DISTINCT laatste_fout FROM bezorging WHERE laatste_fout IS NOT NULL',
    );
    expect(fouten.every((f) => /^[a-z0-9-]+$/.test(f.laatste_fout))).toBe(true);
  }, 120_000);

  it('makes a delivery undeliverable after the last attempt; its coordinator sees it and retries', async () => {
    await ds.transaction(async (m) => {
      await m.query(
        "INSERT INTO proefmelding (id, bsn, tekst) VALUES ('zhz-1', '999991500', 'Voor ZHZ')",
      );
      await service.plan(m, { ontvanger: ZHZ, soort: SOORT, objectId: 'zhz-1' });
    });
    await wachtTot(async () => {
      const [r] = await ds.query<
        {
          status: string;
        }[]
      >("SELECT status FROM bezorging WHERE object_id = 'zhz-1'");
      return r?.status === 'onbestelbaar';
    });
    const [rij] = await ds.query<{ id: string; pogingen: number; laatste_fout: string }[]>(
      "SELECT id, pogingen, laatste_fout FROM bezorging WHERE object_id = 'zhz-1'",
    );
    expect(rij?.pogingen).toBe(MAX_POGINGEN);
    expect(rij?.laatste_fout).toBe('http-503');
    const id = rij?.id ?? '';

    const headers = { verwerkingsactiviteit: DOEL };
    const coordinator = await loginAs(t.url, 'demo-vt-zhz-coordinator');
    const lijst = await coordinator.fetch('/api/v1/bezorging/onbestelbaar', { headers });
    expect(lijst.status).toBe(200);
    const items = (await lijst.json()) as { id: string; laatsteFout: string; ontvanger: string }[];
    expect(items.map((i) => i.id)).toEqual([id]);
    expect(items[0]).toMatchObject({ ontvanger: ZHZ, laatsteFout: 'http-503' });

    // The other VT's coordinator sees none of it and cannot retry it.
    const ander = await loginAs(t.url, 'demo-vt-rr-coordinator');
    const andereLijst = await ander.fetch('/api/v1/bezorging/onbestelbaar', { headers });
    expect(await andereLijst.json()).toEqual([]);
    expect(
      (await ander.fetch(`/api/v1/bezorging/${id}/opnieuw`, { method: 'POST', headers })).status,
    ).toBe(404);

    ontvanger.kapot = false;
    const opnieuw = await coordinator.fetch(`/api/v1/bezorging/${id}/opnieuw`, {
      method: 'POST',
      headers,
    });
    expect(opnieuw.status).toBe(200);
    expect(await opnieuw.json()).toMatchObject({ id, status: 'wachtend', pogingen: 0 });
    // A second retry while it is on its way is a conflict, not a second delivery.
    const tweede = await coordinator.fetch(`/api/v1/bezorging/${id}/opnieuw`, {
      method: 'POST',
      headers,
    });
    expect([200, 409]).toContain(tweede.status);
    await wachtTot(async () => {
      const [r] = await ds.query<
        {
          status: string;
        }[]
      >('SELECT status FROM bezorging WHERE id = $1', [id]);
      return r?.status === 'bezorgd';
    });
    expect(ontvanger.opgeslagen.get(id)).toMatchObject({ objectId: 'zhz-1', ontvanger: ZHZ });
    const [retryAudit] = await ds.query<{ n: string }[]>(
      "SELECT count(*) AS n FROM actor_audit WHERE actie = 'opnieuw-bezorgen' AND object_id = $1 AND resultaat = 'toegestaan'",
      [id],
    );
    expect(Number(retryAudit?.n)).toBeGreaterThanOrEqual(1);
  }, 120_000);

  it('lets a system client pull its own organisation feed with a cursor and acknowledge', async () => {
    const token = async (clientId: string) =>
      (
        await systemToken(
          t.url,
          clientId,
          join(t.config.DATA_DIR, 'dev-idp', `${clientId}.private.jwk.json`),
        )
      ).accessToken ?? '';
    const rr = await token('vt-rotterdam-rijnmond-systeem');
    const zhz = await token('vt-zuid-holland-zuid-systeem');
    const get = (bearer: string, query: string, doel: string | null = DOEL) =>
      fetch(`${t.url}/api/v1/bezorging/feed${query}`, {
        headers: {
          authorization: `Bearer ${bearer}`,
          ...(doel ? { verwerkingsactiviteit: doel } : {}),
        },
      });

    const gezien: { id: string; ontvanger: string; positie: string; gegevens: unknown }[] = [];
    let na = '';
    for (let pagina = 0; pagina < 10; pagina++) {
      const res = await get(rr, `?limiet=4${na ? `&na=${na}` : ''}`);
      expect(res.status).toBe(200);
      const feed = (await res.json()) as { items: typeof gezien; volgende: string | null };
      gezien.push(...feed.items);
      if (feed.items.length === 0) break;
      na = feed.volgende ?? '';
    }
    expect(gezien.map((i) => i.id).sort()).toEqual(vastgelegd.map((v) => v.bezorgingId).sort());
    expect(gezien.every((i) => i.ontvanger === RR)).toBe(true);
    const posities = gezien.map((i) => Number(i.positie));
    expect(posities).toEqual([...posities].sort((a, b) => a - b));
    // An empty page still gives a cursor to poll with.
    const leeg = (await (await get(rr, `?na=${na}`)).json()) as { volgende: string };
    expect(leeg.volgende).toBe(na);

    // The other VT's client sees only its own delivery, none of these.
    const ander = (await (await get(zhz, '')).json()) as { items: { ontvanger: string }[] };
    expect(ander.items.length).toBeGreaterThanOrEqual(1);
    expect(ander.items.every((i) => i.ontvanger === ZHZ)).toBe(true);

    const eerste = gezien[0]?.id ?? '';
    const bevestig = (bearer: string, id: string) =>
      fetch(`${t.url}/api/v1/bezorging/${id}/ontvangstbevestiging`, {
        method: 'POST',
        headers: { authorization: `Bearer ${bearer}`, verwerkingsactiviteit: DOEL },
      });
    const a = await bevestig(rr, eerste);
    expect(a.status).toBe(200);
    const b = await bevestig(rr, eerste);
    expect(b.status).toBe(200);
    const [ja, jb] = [(await a.json()) as object, (await b.json()) as object];
    expect(jb).toEqual(ja);
    expect(ja).toHaveProperty('bevestigdOp');
    expect((await bevestig(zhz, eerste)).status).toBe(404);
    expect((await bevestig(rr, 'geen-uuid')).status).toBe(404);

    // Purpose binding, cursor validation, and both logs of the pulls.
    expect((await get(rr, '', null)).status).toBe(400);
    expect((await get(rr, '?na=%24%24%24')).status).toBe(400);
    expect((await get(rr, '?limiet=1000')).status).toBe(400);
    const [n] = await ds.query<{ n: string }[]>(
      `SELECT count(*) AS n FROM verwerkingslog v JOIN actor_audit a ON a.id = v.audit_id
        WHERE a.client_id = 'vt-rotterdam-rijnmond-systeem' AND a.actie = 'read'
          AND v.activiteit_id = $1`,
      [DOEL],
    );
    expect(Number(n?.n)).toBe(vastgelegd.length);
  }, 60_000);
  it('audits every push that reached the receiver exactly once, also when a completion runs twice', async () => {
    const bezorger = t.app.get(Bezorger);
    const activiteit = await t.app.get(PurposeService).currentOf('zorgmelding-indienen');
    if (!activiteit) throw new Error('activity missing');
    const doel = { id: activiteit.id, versie: activiteit.versie };
    await ds.query(
      `INSERT INTO proefmelding (id, bsn, tekst) VALUES
         ('dubbel-1', '999991600', 'Twee keer'), ('dubbel-2', '999991601', 'Twee keer afgerond')`,
    );
    // Deliveries already in the inbox and without a job, so only this test runs their attempts.
    const nieuw = async (objectId: string): Promise<string> => {
      const [rij] = await ds.query<{ id: string }[]>(
        `INSERT INTO bezorging (soort, object_id, ontvanger_code, idempotentie_sleutel, intern_bezorgd_op)
         VALUES ($1, $2, $3, $2, now()) RETURNING id`,
        [SOORT, objectId, TRAAG],
      );
      return rij?.id ?? '';
    };
    const geteld = async (id: string) => {
      const [r] = await ds.query<
        { audit: string; geslaagd: string; pushes: string; status: string; pogingen: number }[]
      >(
        `SELECT (SELECT count(*) FROM actor_audit WHERE actie = 'bezorgen-extern' AND object_id = $1::text) AS audit,
                (SELECT count(*) FROM actor_audit WHERE actie = 'bezorgen-extern' AND object_id = $1::text
                    AND reden IS NULL) AS geslaagd,
                (SELECT count(*) FROM bezorging_push WHERE bezorging_id = $1::uuid) AS pushes,
                b.status, b.pogingen
           FROM bezorging b WHERE b.id = $1::uuid`,
        [id],
      );
      return {
        audit: Number(r?.audit),
        geslaagd: Number(r?.geslaagd),
        pushes: Number(r?.pushes),
        status: r?.status,
        pogingen: r?.pogingen,
      };
    };

    // One attempt run twice at once (a job fetched again while it still ran): two pushes reach
    // the receiver, each is audited once, and the delivery counts one attempt.
    const eerste = await nieuw('dubbel-1');
    const voor = ontvanger.verzoeken;
    await Promise.all([
      bezorger.verwerk({ id: eerste, poging: 0 }),
      bezorger.verwerk({ id: eerste, poging: 0 }),
    ]);
    expect(ontvanger.verzoeken - voor).toBe(2);
    expect(await geteld(eerste)).toEqual({
      audit: 2,
      geslaagd: 2,
      pushes: 2,
      status: 'bezorgd',
      pogingen: 1,
    });

    // The completion step of one push that got a 2xx runs twice, at once and once more after
    // (a crash or a lost commit answer): one audit record, one attempt.
    const tweede = await nieuw('dubbel-2');
    const taak = { id: tweede, poging: 0 };
    const push = {
      id: randomUUID(),
      start: new Date(),
      fout: null,
      doel,
      trace: { traceId: randomBytes(16).toString('hex'), spanId: randomBytes(8).toString('hex') },
      weergave: {
        payload: {},
        betrokkenen: [{ identificatie: '999991601', categorieen: ['identificatie'] }],
        verstrekker: 'politie-rotterdam',
      },
    };
    await Promise.all([bezorger.voltooiPush(taak, push), bezorger.voltooiPush(taak, push)]);
    await bezorger.voltooiPush(taak, push);
    expect(await geteld(tweede)).toEqual({
      audit: 1,
      geslaagd: 1,
      pushes: 1,
      status: 'bezorgd',
      pogingen: 1,
    });
  }, 60_000);
  it("runs one delivery's jobs one after another, in a batch and across batches", async () => {
    const bezorger = t.app.get(Bezorger);
    await ds.query(
      "INSERT INTO proefmelding (id, bsn, tekst) VALUES ('volgorde-1', '999991602', 'Op volgorde')",
    );
    // In the inbox already and without a job of its own: only these batches run it.
    const [rij] = await ds.query<{ id: string }[]>(
      `INSERT INTO bezorging (soort, object_id, ontvanger_code, idempotentie_sleutel, intern_bezorgd_op)
       VALUES ($1, 'volgorde-1', $2, 'volgorde-1', now()) RETURNING id`,
      [SOORT, TRAAG],
    );
    const id = rij?.id ?? '';
    const taak = { id, poging: 0 };
    const voor = ontvanger.verzoeken;
    // The same attempt twice in one batch and once more in a batch running beside it (duplicate
    // jobs): had they run side by side, each would have pushed (the receiver answers after
    // 300 ms); one after another, the first delivers and the others find nothing to do.
    const [a, b] = await Promise.all([
      bezorger.verwerkPartij([
        { id: randomUUID(), data: taak },
        { id: randomUUID(), data: taak },
      ]),
      bezorger.verwerkPartij([{ id: randomUUID(), data: taak }]),
    ]);
    expect([...a, ...b].map((r) => r.status)).toEqual(['completed', 'completed', 'completed']);
    expect(ontvanger.verzoeken - voor).toBe(1);
    const [na] = await ds.query<{ status: string; pogingen: number; pushes: string }[]>(
      `SELECT status, pogingen, (SELECT count(*) FROM bezorging_push WHERE bezorging_id = $1::uuid) AS pushes
         FROM bezorging WHERE id = $1::uuid`,
      [id],
    );
    expect(na).toEqual({ status: 'bezorgd', pogingen: 1, pushes: '1' });
  }, 60_000);
});
