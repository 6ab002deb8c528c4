import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { freePort } from './test-app.js';

/**
 * Helpers of the resilience test (apps/api/test/veerkracht.e2e.spec.ts): the built API as a
 * real child process that can be killed with SIGKILL and started again, a fresh PostgreSQL
 * database per run, and a receiving VT endpoint that is idempotent on the delivery's
 * Idempotency-Key and counts every receipt.
 */

const ROOT = resolve(import.meta.dirname, '../../..');
const MAIN = join(ROOT, 'dist/apps/api/src/main.js');

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** `nest build api` once per test run (shared with the other files that run the built API). */
export { bouwApiEenmaal as bouwApi } from './gebouwde-api.js';

/** A fresh database on the PostgreSQL server of DATABASE_URL (default: 127.0.0.1:5432). */
export async function verseDatabase(): Promise<{
  naam: string;
  url: string;
  serverUrl: string;
  drop(): Promise<void>;
}> {
  const serverUrl = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
  const naam = `schakel_veerkracht_${String(process.pid)}_${String(Date.now())}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${naam}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${naam}`;
  return {
    naam,
    url: url.toString(),
    serverUrl,
    async drop() {
      const a = new pg.Client({ connectionString: serverUrl });
      await a.connect();
      await a.query(`ALTER DATABASE "${naam}" ALLOW_CONNECTIONS true`).catch(() => undefined);
      await a.query(`DROP DATABASE IF EXISTS "${naam}" WITH (FORCE)`);
      await a.end();
    },
  };
}

/** The built API as a child process on a fixed port and data directory across restarts. */
export class ApiProces {
  readonly dir = mkdtempSync(join(tmpdir(), 'schakel-veerkracht-'));
  readonly log = join(this.dir, 'app.log');
  private kind: ChildProcess | undefined;
  private constructor(
    readonly port: number,
    private readonly env: Record<string, string>,
  ) {}

  static async maak(databaseUrl: string, env: Record<string, string> = {}): Promise<ApiProces> {
    const port = await freePort();
    const limieten = Object.fromEntries(
      ['API', 'LOGIN', 'BSN', 'ZOEKEN', 'BEWIJS', 'SCHEMA'].map((l) => [
        `RATE_LIMIT_${l}`,
        '1000000',
      ]),
    );
    return new ApiProces(port, {
      NODE_ENV: 'test',
      LOG_LEVEL: process.env.VEERKRACHT_LOG_LEVEL ?? 'warn',
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      PUBLIC_URL: `http://127.0.0.1:${String(port)}`,
      ...limieten,
      ...env,
    });
  }

  get url(): string {
    return `http://127.0.0.1:${String(this.port)}`;
  }

  get pid(): number | undefined {
    return this.kind?.pid;
  }

  /** The data directory is the same for every start: keys, session secret, witness. */
  get omgeving(): Record<string, string> {
    return { ...this.env, DATA_DIR: join(this.dir, 'data') };
  }

  /** Starts the process and waits until /health/ready answers 200; returns the time taken. */
  async start(): Promise<number> {
    const t0 = Date.now();
    appendFileSync(this.log, `\n--- start ${new Date().toISOString()}\n`);
    const env = { ...process.env, ...this.omgeving };
    delete env.SCHAKEL_TEST_DATABASE_URL;
    const kind = spawn(process.execPath, [MAIN], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const schrijf = (d: Buffer) => {
      appendFileSync(this.log, d);
    };
    kind.stdout.on('data', schrijf);
    kind.stderr.on('data', schrijf);
    this.kind = kind;
    while (Date.now() - t0 < 120_000) {
      if (kind.exitCode !== null || kind.signalCode !== null) {
        throw new Error(`the API exited during start-up; see ${this.log}`);
      }
      const res = await fetch(`${this.url}/api/v1/health/ready`).catch(() => null);
      if (res?.status === 200) return Date.now() - t0;
      await sleep(100);
    }
    throw new Error(`the API was not ready within 120 s; see ${this.log}`);
  }

  /** SIGKILL: no shutdown hook runs, transactions in flight are cut off. */
  async kill9(): Promise<void> {
    const kind = this.kind;
    if (kind?.exitCode !== null) return;
    const weg = new Promise((r) => kind.once('exit', r));
    kind.kill('SIGKILL');
    await weg;
  }

  /** SIGTERM and wait for the clean stop; throws on another exit code. */
  async stop(): Promise<void> {
    const kind = this.kind;
    if (kind?.exitCode !== null || kind.signalCode !== null) return;
    const code = new Promise<number | null>((r) => kind.once('exit', r));
    kind.kill('SIGTERM');
    const rc = await code;
    if (rc !== 0)
      throw new Error(`the API exited with ${String(rc)} after SIGTERM; see ${this.log}`);
  }

  /** `audit:verify` (the built CLI) on the same database and data directory. */
  auditVerify(): { ok: boolean; records: number; uitvoer: string } {
    const env = { ...process.env, ...this.omgeving };
    try {
      const uit = execFileSync(
        process.execPath,
        [join(ROOT, 'dist/apps/api/src/audit-verify.js')],
        {
          cwd: ROOT,
          env,
          stdio: ['ignore', 'pipe', 'pipe'],
          encoding: 'utf8',
        },
      );
      const records = Number(/Auditspoor klopt: (\d+) records/.exec(uit)?.[1] ?? NaN);
      return { ok: true, records, uitvoer: uit.trim() };
    } catch (err) {
      const e = err as { stdout?: string; stderr?: string };
      return { ok: false, records: 0, uitvoer: `${e.stdout ?? ''}${e.stderr ?? ''}`.trim() };
    }
  }

  opruimen(): void {
    this.kind?.kill('SIGKILL');
    if (process.env.VEERKRACHT_BEWAAR !== '1') rmSync(this.dir, { recursive: true, force: true });
  }
}

/**
 * A VT system's endpoint: answers 200 to every well-formed push and keeps the first of each
 * Idempotency-Key (the delivery id); counts every receipt, so duplicates show.
 */
export class Ontvanger {
  readonly perSleutel = new Map<string, { objectId: string; keer: number }>();
  ontvangsten = 0;
  private server: Server | undefined;

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const sleutel = req.headers['idempotency-key'];
        let objectId: string | undefined;
        try {
          objectId = (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { objectId?: string })
            .objectId;
        } catch {
          objectId = undefined;
        }
        if (typeof sleutel !== 'string' || !objectId) {
          res.writeHead(400).end();
          return;
        }
        this.ontvangsten++;
        const al = this.perSleutel.get(sleutel);
        if (al) al.keer++;
        else this.perSleutel.set(sleutel, { objectId, keer: 1 });
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((r) => this.server?.listen(0, '127.0.0.1', r));
    return `http://127.0.0.1:${String((this.server.address() as AddressInfo).port)}/schakel`;
  }

  /** Distinct reports received, and per report the delivery keys it came under. */
  perObject(): Map<string, string[]> {
    const m = new Map<string, string[]>();
    for (const [sleutel, { objectId }] of this.perSleutel) {
      m.set(objectId, [...(m.get(objectId) ?? []), sleutel]);
    }
    return m;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((r) => this.server?.close(r));
  }
}
