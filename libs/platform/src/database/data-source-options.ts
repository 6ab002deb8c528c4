import type { DataSourceOptions, MixedList, EntitySchema } from 'typeorm';
import { InstanceStart } from './instance-start.entity.js';
import { MIGRATIONS } from './migrations/index.js';

/** The platform's own entities; each context adds its own list in the app's composition. */
export const PLATFORM_ENTITIES = [InstanceStart];

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type EntityList = MixedList<Function | string | EntitySchema>;

/** TypeORM options for Schakel's database: migrations only, never `synchronize`. */
export function dataSourceOptions(
  url: string,
  poolSize: number,
  entities: EntityList = PLATFORM_ENTITIES,
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    migrationsRun: false,
    synchronize: false,
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    applicationName: 'schakel',
    extra: { max: poolSize, connectionTimeoutMillis: 5000, idleTimeoutMillis: 30000 },
    logging: false,
  };
}
