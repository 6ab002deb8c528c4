import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DynamicModule, INestApplication, Type } from '@nestjs/common';
import { loadConfig, openDatabase, type AppConfig, type DatabaseRuntime } from '@schakel/platform';
import { createApp } from '../src/app.js';

export interface TestApp {
  app: INestApplication;
  config: AppConfig;
  database: DatabaseRuntime;
  /** Base URL of the listening server (real HTTP on loopback). */
  url: string;
  /** Closes the app like a SIGTERM would: HTTP, queue, data source, then the database. */
  close(): Promise<void>;
}

const GENEROUS_LIMITS: Record<string, string> = Object.fromEntries(
  ['API', 'LOGIN', 'BSN', 'ZOEKEN', 'BEWIJS', 'SCHEMA'].map((l) => [`RATE_LIMIT_${l}`, '1000000']),
);

/**
 * Starts the real app on a random loopback port: on the run's PostgreSQL database when the
 * suite has DATABASE_URL, else on an embedded PostgreSQL in a fresh temporary directory.
 */
export async function startTestApp(
  env: Record<string, string> = {},
  extra: (Type | DynamicModule)[] = [],
): Promise<TestApp> {
  const testUrl = process.env.SCHAKEL_TEST_DATABASE_URL;
  // A known port before start: the development IdP's issuer URL contains it.
  const port = env.PORT ? Number(env.PORT) : await freePort();
  let tempDir: string | undefined;
  if (!testUrl && !env.DATA_DIR && !env.DATABASE_URL) {
    tempDir = mkdtempSync(join(tmpdir(), 'schakel-test-'));
  }
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${String(port)}`,
    ...(testUrl ? { DATABASE_URL: testUrl } : {}),
    ...(tempDir ? { DATA_DIR: tempDir } : {}),
    // The suites share one database and one address: limits out of their way, unless a
    // suite sets its own (rate-limits.e2e.spec.ts).
    ...GENEROUS_LIMITS,
    ...env,
  });
  const database = await openDatabase(config);
  let app: INestApplication;
  try {
    app = await createApp(config, database, extra);
    await app.listen(port, '127.0.0.1');
  } catch (err) {
    await database.stop();
    throw err;
  }
  return {
    app,
    config,
    database,
    url: `http://127.0.0.1:${String(port)}`,
    async close() {
      await app.close();
      await database.stop();
      if (tempDir) rmSync(tempDir, { recursive: true, force: true });
    },
  };
}

/** A free loopback port (bound and released at once). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => {
        resolve(port);
      });
    });
  });
}

/**
 * A database of its own for a test file that must not share the run's database (e.g. one
 * that tampers with the audit trail): a fresh PostgreSQL database when the suite has
 * DATABASE_URL, else a fresh embedded one. Returns the env for startTestApp and a cleanup.
 */
export async function isolatedDatabase(): Promise<{
  env: Record<string, string>;
  drop(): Promise<void>;
}> {
  const server = process.env.DATABASE_URL;
  if (!server) {
    const dir = mkdtempSync(join(tmpdir(), 'schakel-isolated-'));
    return {
      env: { DATABASE_URL: '', DATA_DIR: dir },
      drop: () => {
        rmSync(dir, { recursive: true, force: true });
        return Promise.resolve();
      },
    };
  }
  const name = `schakel_isolated_${String(process.pid)}_${String(Date.now())}`;
  const { default: pg } = await import('pg');
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  const dir = mkdtempSync(join(tmpdir(), 'schakel-isolated-'));
  return {
    env: { DATABASE_URL: url.toString(), DATA_DIR: dir },
    async drop() {
      const a = new pg.Client({ connectionString: server });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await a.end();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
