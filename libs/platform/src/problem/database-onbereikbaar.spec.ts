import pg from 'pg';
import {
  QueryFailedError,
  QueryRunnerAlreadyReleasedError,
  QueryRunnerProviderAlreadyReleasedError,
} from 'typeorm';
import { databaseOnbereikbaar } from './database-onbereikbaar.js';
import { toProblem } from './problem.filter.js';

const SERVER = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

/** The errors the driver really raises, from the real server: which mean "database away". */
describe('databaseOnbereikbaar: real driver errors', () => {
  const naam = `schakel_onbereikbaar_${String(process.pid)}_${String(Date.now())}`;
  let admin: pg.Client;
  let url: string;
  beforeAll(async () => {
    admin = new pg.Client({ connectionString: SERVER });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${naam}"`);
    const u = new URL(SERVER);
    u.pathname = `/${naam}`;
    url = u.toString();
  });
  afterAll(async () => {
    await admin.query(`ALTER DATABASE "${naam}" ALLOW_CONNECTIONS true`);
    await admin.query(`DROP DATABASE IF EXISTS "${naam}" WITH (FORCE)`);
    await admin.end();
  });

  const fout = async (run: () => Promise<unknown>): Promise<unknown> => {
    try {
      await run();
    } catch (err) {
      return err;
    }
    throw new Error('no error');
  };

  it('a terminated backend (pg_terminate_backend) and a pool that lost its connection', async () => {
    const pool = new pg.Pool({ connectionString: url, max: 1 });
    pool.on('error', () => undefined);
    const client = await pool.connect();
    client.on('error', () => undefined);
    const pid = (await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]
      ?.pid;
    const lopend = fout(() => client.query('SELECT pg_sleep(5)'));
    await new Promise((r) => setTimeout(r, 200));
    await admin.query('SELECT pg_terminate_backend($1)', [pid]);
    const err = await lopend;
    expect(databaseOnbereikbaar(err)).toBe(true);
    // As TypeORM hands it on: wrapped, the driver's error inside.
    expect(databaseOnbereikbaar(new QueryFailedError('SELECT 1', [], err as Error))).toBe(true);
    // The statements of the same transaction that follow, on the released query runner.
    expect(databaseOnbereikbaar(new QueryRunnerProviderAlreadyReleasedError())).toBe(true);
    expect(databaseOnbereikbaar(new QueryRunnerAlreadyReleasedError())).toBe(true);
    client.release(true);
    await pool.end();
  });

  it('a database that refuses connections (ALLOW_CONNECTIONS false) and a closed port', async () => {
    await admin.query(`ALTER DATABASE "${naam}" ALLOW_CONNECTIONS false`);
    const c = new pg.Client({ connectionString: url });
    const err = await fout(() => c.connect());
    expect(databaseOnbereikbaar(err)).toBe(true);
    await admin.query(`ALTER DATABASE "${naam}" ALLOW_CONNECTIONS true`);
    const dicht = new pg.Client({ connectionString: 'postgresql://postgres@127.0.0.1:1/x' });
    expect(databaseOnbereikbaar(await fout(() => dicht.connect()))).toBe(true);
    const problem = toProblem(err, 'urn:uuid:x');
    expect(problem.status).toBe(503);
    expect(problem.type).toBe('urn:schakel:probleem:database-onbereikbaar');
    expect(problem.detail).not.toContain(naam);
  });

  it('but not a fault in the statement or the data: those stay 500 (or their own status)', async () => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      await c.query('CREATE TABLE t (id int PRIMARY KEY)');
      await c.query('INSERT INTO t VALUES (1)');
      for (const sql of ['SELEC 1', 'INSERT INTO t VALUES (1)', 'SELECT 1/0', 'SELECT x FROM t']) {
        const err = await fout(() => c.query(sql));
        expect(databaseOnbereikbaar(err)).toBe(false);
        expect(toProblem(err, 'urn:uuid:x').status).toBe(500);
      }
    } finally {
      await c.end();
    }
    expect(databaseOnbereikbaar(new Error('boom'))).toBe(false);
    expect(databaseOnbereikbaar(null)).toBe(false);
  });
});
