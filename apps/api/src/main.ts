import 'reflect-metadata';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { INestApplication } from '@nestjs/common';
import {
  ConfigError,
  loadConfig,
  openDatabase,
  pinoOptions,
  redactConnectionString,
  type AppConfig,
} from '@schakel/platform';
import { loadDemoAccounts } from '@schakel/identity';
import { PinoLogger } from 'nestjs-pino';
import { pino, type Logger as PinoRoot } from 'pino';
import { createApp } from './app.js';

async function main(): Promise<void> {
  const t0 = performance.now();
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`Schakel cannot start. ${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
  let log: PinoRoot = pino(pinoOptions(config.LOG_LEVEL));
  const database = await openDatabase(config);
  log.info(
    database.mode === 'embedded'
      ? { databaseMode: 'embedded', dataDir: database.dataDir }
      : { databaseMode: 'external', database: redactConnectionString(database.url) },
    database.mode === 'embedded'
      ? 'Database: embedded PostgreSQL (PGlite); set DATABASE_URL for a PostgreSQL server'
      : 'Database: external PostgreSQL',
  );
  let app: INestApplication | undefined;
  try {
    app = await createApp(config, database);
    await app.listen(config.PORT, config.HOST);
  } catch (err) {
    log.fatal({ err }, 'Start-up failed');
    await app?.close().catch(() => undefined);
    await database.stop();
    process.exit(1);
  }
  const started = app;
  // The app's own logger from here on, so lines come out in order.
  log = PinoLogger.root;
  log.info(
    {
      startupMs: Math.round(performance.now() - t0),
      url: config.PUBLIC_URL,
      rol: config.SCHAKEL_ROL,
    },
    config.dientApi
      ? `Schakel is ready at ${config.PUBLIC_URL} (API: ${config.PUBLIC_URL}/api/v1/openapi.json)`
      : `Schakel worker is ready (sequencer and jobs; HTTP only ${config.PUBLIC_URL}/api/v1/health/ready and /metrics)`,
  );

  if (config.dientApi && config.devIdentityProvider) process.stdout.write(devBanner(config));

  let stopping = false;
  const shutdown = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'Stopping: draining requests, stopping the queue, closing the database');
    const force = setTimeout(() => {
      log.error('Shutdown took too long; exiting');
      process.exit(1);
    }, config.SHUTDOWN_TIMEOUT_MS + 5000);
    force.unref();
    started
      .close()
      .then(() => database.stop())
      .then(() => {
        log.info('Stopped cleanly');
        process.exit(0);
      })
      .catch((err: unknown) => {
        log.error({ err }, 'Unclean shutdown');
        process.exit(1);
      });
  };
  process.once('SIGTERM', () => {
    shutdown('SIGTERM');
  });
  process.once('SIGINT', () => {
    shutdown('SIGINT');
  });
}

void main();

/** How to log in on a development start (demo roles, not names: no personal data). */
function devBanner(config: AppConfig): string {
  const base = config.PUBLIC_URL.replace(/\/$/, '');
  const rollen = [...new Set(loadDemoAccounts().flatMap((a) => a.rollen))].join(', ');
  return [
    '',
    `  Schakel draait: ${base}`,
    `  Inloggen: open ${base} en kies "Inloggen"; de ontwikkel-identiteitsprovider (${base}/dev-idp)`,
    `  toont ${String(loadDemoAccounts().length)} demo-accounts, zonder wachtwoord, in de rollen: ${rollen}.`,
    `  Systeemclient: vt-rotterdam-rijnmond-systeem, private_key_jwt met de sleutel in`,
    `  ${resolve(config.DATA_DIR, 'dev-idp', 'vt-rotterdam-rijnmond-systeem.private.jwk.json')}`,
    `  (tokens: ${base}/dev-idp/token). API: ${base}/api/v1/openapi.json. Stoppen: Ctrl-C.`,
    '',
    '',
  ].join('\n');
}
