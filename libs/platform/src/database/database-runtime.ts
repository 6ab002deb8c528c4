import type { AppConfig } from '../config/app-config.js';
import {
  externalPostgres,
  startEmbeddedPostgres,
  type DatabaseRuntime,
} from './embedded-postgres.js';

/** Headroom on the embedded socket for a migration CLI or a psql session beside the pools. */
const EMBEDDED_SPARE_CONNECTIONS = 4;

/** Opens the database the configuration names: `DATABASE_URL`, else the embedded one. */
export async function openDatabase(config: AppConfig): Promise<DatabaseRuntime> {
  if (config.DATABASE_URL) return externalPostgres(config.DATABASE_URL);
  return startEmbeddedPostgres({
    dataDir: config.DATA_DIR,
    maxConnections: config.DATABASE_POOL_SIZE + config.QUEUE_POOL_SIZE + EMBEDDED_SPARE_CONNECTIONS,
  });
}
