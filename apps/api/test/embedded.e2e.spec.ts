import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InstanceStartService, QueueService } from '@schakel/platform';
import { DataSource } from 'typeorm';
import { startTestApp } from './test-app.js';

/** Always the embedded PostgreSQL, whatever the suite runs on: a newcomer's first start. */
describe('embedded PostgreSQL', () => {
  const dir = mkdtempSync(join(tmpdir(), 'schakel-embedded-'));
  const env = { DATA_DIR: dir, DATABASE_URL: '' };
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps data across a clean stop and start, and releases its lock', async () => {
    const first = await startTestApp(env);
    expect(first.database.mode).toBe('embedded');
    expect(existsSync(join(dir, '.schakel.lock'))).toBe(true);
    const ds = first.app.get(DataSource);
    await ds.query('CREATE TABLE proef (id int PRIMARY KEY, tekst text NOT NULL)');
    await ds.transaction(async (m) => {
      await m.query(`INSERT INTO proef SELECT g, 'regel ' || g FROM generate_series(1, 1000) g`);
    });
    const jobId = await first.app
      .get(QueueService)
      .boss.createQueue('proef')
      .then(() => first.app.get(QueueService).boss.send('proef', { n: 1 }));
    expect(await first.app.get(InstanceStartService).count()).toBe(1);
    await first.close();
    expect(existsSync(join(dir, '.schakel.lock'))).toBe(false);

    const second = await startTestApp(env);
    try {
      const ds2 = second.app.get(DataSource);
      const [row] = await ds2.query<{ n: number; m: string }[]>(
        'SELECT count(*)::int AS n, max(tekst) AS m FROM proef',
      );
      expect(row).toEqual({ n: 1000, m: 'regel 999' });
      const jobs = await second.app.get(QueueService).boss.findJobs('proef', { id: jobId ?? '' });
      expect(jobs).toHaveLength(1);
      expect(await second.app.get(InstanceStartService).count()).toBe(2);
      const health = await fetch(`${second.url}/api/v1/health/ready`);
      expect(health.status).toBe(200);
    } finally {
      await second.close();
    }
  }, 180_000); // two fresh starts with every migration: slow when the machine is busy

  it('refuses a second process on the same data directory, naming the holder', async () => {
    const first = await startTestApp(env);
    try {
      // Simulate another process: the lock names a live pid that is not ours (pid 1 always exists).
      const { writeFileSync } = await import('node:fs');
      writeFileSync(join(dir, '.schakel.lock'), '1');
      await expect(startTestApp(env)).rejects.toThrow(/in use by process 1/);
      writeFileSync(join(dir, '.schakel.lock'), String(process.pid));
    } finally {
      await first.close();
    }
  });

  it('answers readiness with 503 problem+json when the database is gone', async () => {
    const t = await startTestApp(env);
    await t.database.stop();
    try {
      const res = await fetch(`${t.url}/api/v1/health/ready`);
      expect(res.status).toBe(503);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      const body = (await res.json()) as { detail: string; type: string };
      expect(body.type).toBe('urn:schakel:probleem:niet-gereed');
      expect(body.detail).toContain('database');
      const live = await fetch(`${t.url}/api/v1/health/live`);
      expect(live.status).toBe(200);
    } finally {
      await t.app.close().catch(() => undefined);
    }
  });
});
