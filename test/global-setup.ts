import pg from 'pg';

/**
 * With DATABASE_URL: one fresh database per test run (migrated by the first app that starts,
 * under the migration lock). Without it, each test file starts its own embedded PostgreSQL.
 */
export default async function globalSetup(): Promise<void> {
  await unpackChromium();
  // One id per run: files that run the built API build it once (apps/api/test/gebouwde-api.ts).
  process.env.SCHAKEL_TEST_RUN ??= `${String(process.pid)}-${String(Date.now())}`;
  const url = process.env.DATABASE_URL;
  if (!url) return;
  const name = `schakel_test_${String(Date.now())}_${String(process.pid)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const test = new URL(url);
  test.pathname = `/${name}`;
  process.env.SCHAKEL_TEST_DATABASE_URL = test.toString();
  process.env.SCHAKEL_TEST_DATABASE_NAME = name;
}

/**
 * The browser tests' Chromium ships in the npm package `@sparticuz/chromium`: unpack it once
 * here (into the temporary directory), before the workers start, so two test files never unpack
 * it at the same time; they find its path in SCHAKEL_CHROMIUM (unless that names another build).
 */
async function unpackChromium(): Promise<void> {
  if (process.env.SCHAKEL_CHROMIUM) return;
  const { default: chromium } = await import('@sparticuz/chromium');
  process.env.SCHAKEL_CHROMIUM = await chromium.executablePath();
}
