import type { Pool, PoolClient } from 'pg';
import { DataSource } from 'typeorm';
import { loginAs } from './login.js';
import { startTestApp, type TestApp } from './test-app.js';

/**
 * An overloaded database (every pool connection taken, issue 13's fuzzer met it under load):
 * the app answers 503 problem+json with Retry-After, never 500, and recovers by itself.
 */
describe('a database whose connections are all taken', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ DATABASE_POOL_SIZE: '3' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers 503 problem+json while the pool is exhausted, and 200 after', async () => {
    const politie = await loginAs(t.url, 'demo-politie-1');
    const dataSource = t.app.get(DataSource);
    // Every connection of the app's pool taken (as a burst of slow requests would).
    const pool = (dataSource.driver as unknown as { master: Pool }).master;
    const held: PoolClient[] = [];
    while (pool.idleCount > 0 || pool.totalCount < pool.options.max)
      held.push(await pool.connect());
    try {
      const res = await politie.fetch('/api/v1/verwerkingsactiviteiten');
      const body = await res.text();
      expect({ status: res.status, body }).toMatchObject({ status: 503 });
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    } finally {
      for (const c of held) c.release();
    }
    expect((await politie.fetch('/api/v1/verwerkingsactiviteiten')).status).toBe(200);
  }, 60_000);
});
