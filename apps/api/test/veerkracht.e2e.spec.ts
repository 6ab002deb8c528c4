import { randomBytes } from 'node:crypto';
import { volledigeMelding } from '@schakel/zorgmeldingen';
import pg from 'pg';
import { loginAs, type Session } from './login.js';
import { ApiProces, bouwApi, Ontvanger, sleep, verseDatabase } from './veerkracht-hulp.js';

/**
 * Resilience (issue 13), against the built API as a real child process on a fresh PostgreSQL
 * database. `npm run test:resilience` runs the full version (VEERKRACHT=volledig: 2,000
 * submissions, 8 kills, a longer outage); the normal suite runs a short one.
 *
 * 1. kill -9 during submissions: police submit reports (concept + submit with an
 *    Idempotency-Key, retried on every failure) while the API is killed with SIGKILL at random
 *    moments and started again. Every acknowledged report exists exactly once, is delivered
 *    exactly once (after deduplication on the delivery id) to an idempotent VT endpoint, and
 *    the audit trail verifies.
 * 2. Connection reset and database outage under load: 503 problem+json during (never 500 or
 *    401), readiness not-ready, recovery without a restart, the same session cookie works
 *    after, and every acknowledged write is there.
 */
const VOLLEDIG = process.env.VEERKRACHT === 'volledig';
const AANTAL = VOLLEDIG ? 2000 : 200;
const KILLS = VOLLEDIG ? 8 : 2;
const PARALLEL = 8;
const STORING_MS = VOLLEDIG ? 8000 : 3000;
const INDIENEN = 'zorgmelding-indienen';

/**
 * Retries a request until it answers `status` with its whole body (a kill can cut a body off);
 * network errors and 503 are retried, other answers noted as unexpected and retried too.
 */
async function metHerhaling<T>(
  doe: () => Promise<Response>,
  status: number,
  tel: { herhalingen: number; onverwacht: string[] },
  wat: string,
): Promise<T> {
  const einde = Date.now() + 180_000;
  for (let poging = 0; ; poging++) {
    if (Date.now() > einde) throw new Error(`${wat}: no success within 180 s`);
    try {
      const res = await doe();
      const tekst = await res.text();
      if (res.status === status) return JSON.parse(tekst) as T;
      if (res.status !== 503) tel.onverwacht.push(`${wat}: ${String(res.status)} ${tekst}`);
    } catch {
      // The process is gone (killed) or the connection was cut: try again.
    }
    tel.herhalingen++;
    await sleep(Math.random() * Math.min(50 * 2 ** poging, 1000));
  }
}

function vereist<T>(x: T | undefined): T {
  if (x === undefined) throw new Error('not started');
  return x;
}

describe('resilience (issue 13)', () => {
  let db: Awaited<ReturnType<typeof verseDatabase>> | undefined;
  let api: ApiProces | undefined;
  const ontvanger = new Ontvanger();
  let admin: pg.Client | undefined;
  let politie: Session;

  beforeAll(async () => {
    bouwApi();
    const endpoint = await ontvanger.start();
    const d = (db = await verseDatabase());
    const a = (api = await ApiProces.maak(d.url, {
      BEZORGING_ENDPOINTS: JSON.stringify({ 'vt-rotterdam-rijnmond': endpoint }),
      BEZORGING_BACKOFF_BASIS_MS: '50',
      BEZORGING_BACKOFF_MAX_MS: '500',
      BEZORGING_TIMEOUT_MS: '2000',
      BEZORGING_POLL_MS: '500',
    }));
    const ms = await a.start();
    console.log(`API ready after ${String(ms)} ms (fresh database, all migrations)`);
    admin = new pg.Client({ connectionString: d.serverUrl });
    await admin.connect();
    politie = await loginAs(a.url, 'demo-politie-1');
  }, 180_000);

  afterAll(async () => {
    await api?.stop().catch(() => undefined);
    api?.opruimen();
    await admin?.end();
    await ontvanger.stop();
    await db?.drop();
  });

  const apiRef = () => api;
  const dbRef = () => db;
  const adminRef = () => admin;

  const post = (path: string, body: unknown, extra: Record<string, string> = {}) =>
    politie.fetch(`/api/v1${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', verwerkingsactiviteit: INDIENEN, ...extra },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(20_000),
    });

  it(
    `every acknowledged report exactly once, delivered once, trail verifies: ${String(AANTAL)} submissions, ${String(KILLS)} kills`,
    async () => {
      const api = vereist(apiRef());
      const db = vereist(dbRef());
      const t0 = Date.now();
      const tel = { herhalingen: 0, onverwacht: [] as string[] };
      /** Report id per idempotency key, for acknowledged submissions. */
      const bevestigd = new Map<string, string>();
      let begonnen = 0;
      let kills = 0;
      const herstarts: number[] = [];

      const volgende = { n: 0 };
      const client = async () => {
        for (let i = volgende.n++; i < AANTAL; i = volgende.n++) {
          begonnen++;
          const m = volledigeMelding();
          const { id } = await metHerhaling<{ id: string }>(
            () => post('/zorgmeldingen', { ...m, status: 'concept' }),
            201,
            tel,
            'concept',
          );
          const sleutel = `veerkracht-${String(i)}-${randomBytes(4).toString('hex')}`;
          const res = await metHerhaling<{ id: string }>(
            () => post(`/zorgmeldingen/${id}/indienen`, m, { 'idempotency-key': sleutel }),
            200,
            tel,
            'indienen',
          );
          expect(res.id).toBe(id);
          bevestigd.set(sleutel, id);
        }
      };

      // The killer: at a random moment within each of KILLS stretches of the run.
      const killer = async () => {
        for (let k = 0; k < KILLS; k++) {
          const stuk = AANTAL / (KILLS + 1);
          const drempel = Math.floor(stuk * (k + 0.6) + Math.random() * stuk * 0.8);
          while (begonnen < drempel && volgende.n < AANTAL) await sleep(10);
          if (volgende.n >= AANTAL && begonnen >= AANTAL) break;
          await sleep(Math.random() * 300);
          await api.kill9();
          kills++;
          herstarts.push(await api.start());
        }
      };

      // Settled, not all: a failing client must not leave the others running after the test.
      const uitkomsten = await Promise.allSettled([
        ...Array.from({ length: PARALLEL }, client),
        killer(),
      ]);
      for (const u of uitkomsten) if (u.status === 'rejected') throw u.reason;
      const ingediendIn = Date.now() - t0;

      // Deliveries: every acknowledged report reaches the receiver.
      const tBezorg = Date.now();
      const klant = new pg.Client({ connectionString: db.url });
      await klant.connect();
      try {
        const ids = new Set(bevestigd.values());
        // A killed instance's jobs are retried once their heartbeat stops (tens of seconds), not
        // only at their expiry (more than two minutes): the short version allows 90 s.
        const einde = Date.now() + (VOLLEDIG ? 300_000 : 90_000);
        for (;;) {
          const { rows } = await klant.query<{ n: number }>(
            `SELECT count(*)::int AS n FROM bezorging WHERE status <> 'bezorgd'`,
          );
          const ontvangen = [...ontvanger.perObject().keys()].filter((id) => ids.has(id)).length;
          if (rows[0]?.n === 0 && ontvangen >= ids.size) break;
          if (Date.now() > einde) {
            throw new Error(
              `deliveries did not finish: ${String(ontvangen)} of ${String(ids.size)} received, ${String(rows[0]?.n)} open`,
            );
          }
          await sleep(250);
        }
        const bezorgdIn = Date.now() - tBezorg;

        // Exactly once: one submitted report per acknowledged key, the acknowledged one, and no
        // submitted report without an acknowledgement.
        const { rows: ingediend } = await klant.query<{ id: string; sleutel: string }>(
          `SELECT id, idempotentie_sleutel AS sleutel FROM zorgmelding WHERE status <> 'concept'`,
        );
        const perSleutel = new Map<string, string[]>();
        for (const r of ingediend)
          perSleutel.set(r.sleutel, [...(perSleutel.get(r.sleutel) ?? []), r.id]);
        for (const [sleutel, id] of bevestigd) expect(perSleutel.get(sleutel)).toEqual([id]);
        expect(ingediend).toHaveLength(bevestigd.size);
        expect(bevestigd.size).toBe(AANTAL);
        const { rows: concepten } = await klant.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM zorgmelding WHERE status = 'concept'`,
        );

        // One delivery per report in Schakel, and at the receiver each report under one key.
        const { rows: bezorgingen } = await klant.query<{ object_id: string; n: number }>(
          `SELECT object_id, count(*)::int AS n FROM bezorging WHERE soort = 'zorgmelding' GROUP BY object_id`,
        );
        expect(bezorgingen).toHaveLength(ids.size);
        expect(bezorgingen.every((b) => b.n === 1 && ids.has(b.object_id))).toBe(true);
        const perObject = ontvanger.perObject();
        expect(perObject.size).toBe(ids.size);
        for (const id of ids) expect(perObject.get(id)).toHaveLength(1);
        const dubbel = ontvanger.ontvangsten - ontvanger.perSleutel.size;

        // The trail: stop cleanly (the sequencer seals what is left), then audit:verify.
        await api.stop();
        const verify = api.auditVerify();
        expect(verify.uitvoer).toMatch(/Auditspoor klopt/);
        expect(verify.ok).toBe(true);
        expect(tel.onverwacht).toEqual([]);
        console.log(
          [
            `kill -9 during submissions (${VOLLEDIG ? 'full' : 'short'} version)`,
            `  submissions: ${String(AANTAL)}, acknowledged: ${String(bevestigd.size)}, in ${String(ingediendIn)} ms`,
            `  kills: ${String(kills)}, restarts ready after ${herstarts.join(', ')} ms`,
            `  client retries: ${String(tel.herhalingen)}, unacknowledged concepts left: ${String(concepten[0]?.n ?? 0)}`,
            `  deliveries: ${String(ontvanger.perSleutel.size)} distinct, ${String(ontvanger.ontvangsten)} receipts, ${String(dubbel)} duplicates deduplicated by the receiver, all done ${String(bezorgdIn)} ms after the last submission`,
            `  audit records verified: ${String(verify.records)}`,
          ].join('\n'),
        );
      } finally {
        await klant.end();
      }
      await api.start();
    },
    VOLLEDIG ? 3_600_000 : 600_000,
  );

  it('connection reset and database outage under load: 503 during, recovery without restart, no session or write lost', async () => {
    const api = vereist(apiRef());
    const db = vereist(dbRef());
    const beheer = vereist(adminRef());
    const pid = api.pid;
    const statussen = new Map<string, number>();
    const onverwacht: string[] = [];
    const geschreven: string[] = [];
    let netwerkfouten = 0;
    let stoppen = false;
    let fase = 'voor';
    const noteer = async (wat: string, res: Response, goed: number) => {
      const sleutel = `${fase} ${wat} ${String(res.status)}`;
      statussen.set(sleutel, (statussen.get(sleutel) ?? 0) + 1);
      const tekst = await res.text();
      if (res.status === goed) return tekst;
      const probleem = res.headers.get('content-type')?.startsWith('application/problem+json');
      const opnieuw = res.headers.get('retry-after') !== null;
      if (res.status !== 503 || !probleem || !opnieuw) {
        onverwacht.push(`${sleutel}: ${tekst.slice(0, 200)}`);
      }
      return undefined;
    };
    const lader = async () => {
      const m = volledigeMelding();
      while (!stoppen) {
        try {
          const tekst = await noteer(
            'schrijven',
            await post('/zorgmeldingen', { ...m, status: 'concept' }),
            201,
          );
          if (tekst) geschreven.push((JSON.parse(tekst) as { id: string }).id);
          const id = geschreven[Math.floor(Math.random() * geschreven.length)];
          if (id) {
            const res = await politie.fetch(`/api/v1/zorgmeldingen/${id}`, {
              headers: { verwerkingsactiviteit: INDIENEN },
              signal: AbortSignal.timeout(20_000),
            });
            await noteer('lezen', res, 200);
          }
          await noteer('me', await politie.fetch('/api/v1/auth/me'), 200);
        } catch {
          netwerkfouten++;
        }
        await sleep(20);
      }
    };
    const terminate = async () =>
      (
        await beheer.query<{ n: number }>(
          'SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity WHERE datname = $1',
          [db.naam],
        )
      ).rows[0]?.n ?? 0;
    const gereed = async () => {
      const res = await fetch(`${api.url}/api/v1/health/ready`, {
        signal: AbortSignal.timeout(10_000),
      });
      return { status: res.status, type: res.headers.get('content-type') ?? '' };
    };

    const t0 = Date.now();
    const laders = Array.from({ length: PARALLEL }, lader);
    await sleep(1000);

    // (a) Connection resets: every backend of the app's database terminated, three times.
    fase = 'reset';
    let beeindigd = 0;
    for (let i = 0; i < 3; i++) {
      beeindigd += await terminate();
      await sleep(700);
    }
    fase = 'na-reset';
    await sleep(1500);

    // (b) Outage: the database refuses connections and its backends are terminated.
    await beheer.query(`ALTER DATABASE "${db.naam}" ALLOW_CONNECTIONS false`);
    fase = 'storing';
    beeindigd += await terminate();
    const gereedTijdensStoring: { status: number; type: string }[] = [];
    const sessieTijdensStoring: number[] = [];
    const storingTot = Date.now() + STORING_MS;
    while (Date.now() < storingTot) {
      gereedTijdensStoring.push(await gereed());
      sessieTijdensStoring.push((await politie.fetch('/api/v1/auth/me')).status);
      await sleep(250);
    }
    await beheer.query(`ALTER DATABASE "${db.naam}" ALLOW_CONNECTIONS true`);
    fase = 'herstel';
    const tHerstel = Date.now();
    let hersteldNa = -1;
    while (Date.now() - tHerstel < 60_000) {
      if ((await gereed()).status === 200) {
        hersteldNa = Date.now() - tHerstel;
        break;
      }
      await sleep(100);
    }
    fase = 'na';
    await sleep(1500);
    stoppen = true;
    await Promise.all(laders);

    const per = [...statussen].map(([k, n]) => `${k}: ${String(n)}`).join(', ');
    console.log(
      [
        `connection reset and outage under load (${VOLLEDIG ? 'full' : 'short'} version), ${String(Date.now() - t0)} ms`,
        `  faults: 4 terminations (${String(beeindigd)} backends), outage of ${String(STORING_MS)} ms`,
        `  readiness during outage: ${gereedTijdensStoring.map((g) => g.status).join(' ')}; ready again ${String(hersteldNa)} ms after the database was back, same process: ${String(api.pid === pid)}`,
        `  session during outage: ${sessieTijdensStoring.join(' ')}`,
        `  answers: ${String([...statussen.values()].reduce((a, b) => a + b, 0))}, of which 503: ${String([...statussen].filter(([k]) => k.endsWith(' 503')).reduce((a, [, n]) => a + n, 0))}; ${per}; network errors: ${String(netwerkfouten)}`,
        `  acknowledged writes: ${String(geschreven.length)}`,
      ].join('\n'),
    );
    // Readiness was not-ready (503 problem+json) during the outage and ready again after.
    expect(gereedTijdensStoring.length).toBeGreaterThan(0);
    for (const g of gereedTijdensStoring) {
      expect(g.status).toBe(503);
      expect(g.type).toMatch(/^application\/problem\+json/);
    }
    expect(sessieTijdensStoring.filter((s) => s !== 503)).toEqual([]);
    expect(hersteldNa).toBeGreaterThanOrEqual(0);
    // Without a restart, with the same session cookie.
    expect(api.pid).toBe(pid);
    expect((await politie.fetch('/api/v1/auth/me')).status).toBe(200);
    // Only 2xx and 503 problem+json under load: no 500, no 401.
    expect(onverwacht).toEqual([]);
    // Every acknowledged write is there.
    const klant = new pg.Client({ connectionString: db.url });
    await klant.connect();
    try {
      const { rows } = await klant.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM zorgmelding WHERE id = ANY($1::uuid[])',
        [geschreven],
      );
      expect(rows[0]?.n).toBe(geschreven.length);
      // Every request was allowed: a failed lookup under the fault is not a denial in the trail.
      const { rows: geweigerd } = await klant.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM actor_audit WHERE resultaat = 'geweigerd'`,
      );
      expect(geweigerd[0]?.n).toBe(0);
    } finally {
      await klant.end();
    }
    console.log(`  acknowledged writes checked: ${String(geschreven.length)}, all present`);
  }, 300_000);
});
