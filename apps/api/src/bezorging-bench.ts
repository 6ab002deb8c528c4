import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Uitgaand } from '@schakel/bezorging';
import { loadConfig, openDatabase } from '@schakel/platform';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { createApp } from './app.js';

const ONTVANGER = 'vt-rotterdam-rijnmond';

/** The settings compared: before issue 13 (one job per fetch, two workers) and now. */
const INSTELLINGEN = {
  oud: {
    BEZORGING_BATCH: '1',
    BEZORGING_PARALLEL: '1',
    BEZORGING_WORKERS: '2',
    BEZORGING_POLL_MS: '2000',
  },
  nieuw: {
    BEZORGING_BATCH: '50',
    BEZORGING_PARALLEL: '16',
    BEZORGING_WORKERS: '2',
    BEZORGING_POLL_MS: '2000',
  },
} as const;

/** A VT system's inbox on loopback: answers 200 and counts each idempotency key once. */
async function ontvanger(): Promise<{ server: Server; url: string; sleutels: Set<string> }> {
  const sleutels = new Set<string>();
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const sleutel = req.headers['idempotency-key'];
      if (typeof sleutel === 'string') sleutels.add(sleutel);
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${String(port)}/inbox`, sleutels };
}

/** One run: the app with these settings delivers n deliveries planned in one transaction. */
async function meet(
  naam: keyof typeof INSTELLINGEN,
  n: number,
  basis: Record<string, string>,
  endpoint: string,
): Promise<Record<string, unknown>> {
  const config = loadConfig({
    ...process.env,
    ...basis,
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    BEZORGING_ENDPOINTS: JSON.stringify({ [ONTVANGER]: endpoint }),
    ...INSTELLINGEN[naam],
  });
  const database = await openDatabase(config);
  const app = await createApp(config, database);
  try {
    const uitgaand = app.get(Uitgaand);
    const soort = `bench-${naam}`;
    uitgaand.registreerBron(soort, {
      activiteit: 'zorgmelding-indienen',
      render: (_m, objectId) =>
        Promise.resolve({
          payload: { objectId, tekst: 'Proefmelding voor de meting' },
          betrokkenen: [{ identificatie: '999990019', categorieen: ['identificatie'] }],
          verstrekker: 'politie-rotterdam',
        }),
    });
    const ds = app.get(DataSource);
    await ds.transaction(async (m) => {
      for (let i = 0; i < n; i++) {
        await uitgaand.plan(m, { ontvanger: ONTVANGER, soort, objectId: `${soort}-${String(i)}` });
      }
    });
    const t0 = Date.now();
    let bezorgd = 0;
    const einde = t0 + 15 * 60_000;
    while (bezorgd < n) {
      if (Date.now() > einde) throw new Error(`${naam}: not delivered within 15 minutes`);
      await new Promise((resolve) => setTimeout(resolve, 100));
      const [r] = await ds.query<{ n: string }[]>(
        "SELECT count(*) AS n FROM bezorging WHERE soort = $1 AND status = 'bezorgd'",
        [soort],
      );
      bezorgd = Number(r?.n);
    }
    const ms = Date.now() - t0;
    const [audit] = await ds.query<{ n: string }[]>(
      `SELECT count(*) AS n FROM actor_audit a JOIN bezorging b ON a.object_id = b.id::text
        WHERE b.soort = $1 AND a.actie = 'bezorgen-extern'`,
      [soort],
    );
    return {
      instellingen: INSTELLINGEN[naam],
      bezorgingen: n,
      ms,
      perSeconde: Math.round((n / (ms / 1000)) * 10) / 10,
      pushesGeaudit: Number(audit?.n),
    };
  } finally {
    await app.close();
    await database.stop();
  }
}

/**
 * `npm run bench:bezorging -- [n] [n-oud]`: deliveries per second of one instance to a real HTTP
 * receiver on loopback, with the settings before issue 13 and the current ones, in one run.
 * Plans n (default 2000) deliveries in one transaction and times them until all are delivered
 * (n-oud, default 30, with the old settings, which manage about one a second). Runs in a
 * scratch database it creates on the server of DATABASE_URL and drops afterwards.
 */
async function main(): Promise<void> {
  const n = Number(process.argv[2] ?? '2000');
  const nOud = Number(process.argv[3] ?? '30');
  const server = process.env.DATABASE_URL;
  if (!server)
    throw new Error('Set DATABASE_URL to a PostgreSQL server (a scratch database is made)');
  const naam = `schakel_bench_bezorging_${String(process.pid)}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${naam}"`);
  const url = new URL(server);
  url.pathname = `/${naam}`;
  const dir = mkdtempSync(join(tmpdir(), 'schakel-bench-'));
  const inbox = await ontvanger();
  try {
    const basis = { DATABASE_URL: url.toString(), DATA_DIR: dir };
    const oud = await meet('oud', nOud, basis, inbox.url);
    const nieuw = await meet('nieuw', n, basis, inbox.url);
    console.log(
      JSON.stringify(
        { oud, nieuw, ontvangenSleutels: inbox.sleutels.size, verwacht: n + nOud },
        null,
        2,
      ),
    );
  } finally {
    inbox.server.closeAllConnections();
    await new Promise((resolve) => inbox.server.close(resolve));
    await admin.query(`DROP DATABASE IF EXISTS "${naam}" WITH (FORCE)`);
    await admin.end();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
