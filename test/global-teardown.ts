import pg from 'pg';

/** Drops the run's database (set KEEP_TEST_DATABASE=1 to keep it for inspection). */
export default async function globalTeardown(): Promise<void> {
  const url = process.env.DATABASE_URL;
  const name = process.env.SCHAKEL_TEST_DATABASE_NAME;
  if (!url || !name || process.env.KEEP_TEST_DATABASE === '1') return;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
