import type { DataSource, Migration } from 'typeorm';

/** Arbitrary constant: the advisory lock key that serialises migration runs across replicas. */
const MIGRATION_LOCK_KEY = 7_404_513_201;

/**
 * Runs pending migrations under a PostgreSQL advisory lock, so replicas starting together
 * migrate once. Each migration runs in a transaction of its own.
 */
export async function runMigrationsLocked(dataSource: DataSource): Promise<Migration[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      return await dataSource.runMigrations({ transaction: 'each' });
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await runner.release();
  }
}
