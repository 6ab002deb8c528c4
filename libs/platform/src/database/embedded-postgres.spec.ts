import { mkdtempSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres, type DatabaseRuntime } from './embedded-postgres.js';

/**
 * PGlite has one backend session; the socket server multiplexes every connection onto it.
 * These tests drive several pooled connections at once, as the app does under load, and check
 * that no connection ever sees another's statement, parameters, rows or transaction.
 */
describe('embedded PostgreSQL with concurrent connections', () => {
  let runtime: DatabaseRuntime;
  let pool: pg.Pool;
  const dataDir = mkdtempSync(join(tmpdir(), 'schakel-embedded-'));

  beforeAll(async () => {
    runtime = await startEmbeddedPostgres({ dataDir, maxConnections: 12 });
    pool = new pg.Pool({ connectionString: runtime.url, max: 8 });
    await pool.query('CREATE TABLE t (id int PRIMARY KEY, v text NOT NULL)');
  });

  afterAll(async () => {
    await pool.end();
    await runtime.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps extended-protocol queries of different connections apart', async () => {
    // Different statements and parameter types on the unnamed statement: interleaving Parse
    // and Bind of two connections would bind one's parameters to the other's statement.
    const work = Array.from({ length: 400 }, async (_, i) => {
      if (i % 2 === 0) {
        const r = await pool.query<{ n: number }>('SELECT $1::int * 2 AS n', [i]);
        expect(r.rows).toEqual([{ n: i * 2 }]);
      } else {
        const r = await pool.query<{ s: string; l: number }>(
          'SELECT $1::text AS s, length($1::text) AS l',
          [`tekst-${String(i)}`],
        );
        expect(r.rows).toEqual([{ s: `tekst-${String(i)}`, l: `tekst-${String(i)}`.length }]);
      }
    });
    await Promise.all(work);
  });

  it('does not let another connection slip into a batch between Parse and Sync', async () => {
    // The interleaving of pglite-socket 0.2.17 (electric-sql/pglite#1046), made deterministic
    // with two raw protocol connections: A parses, B runs a whole batch, A binds and executes.
    const port = Number(new URL(runtime.url).port);
    const a = await RawConnection.open(port);
    const b = await RawConnection.open(port);
    try {
      a.send(parse('SELECT $1::int AS a'));
      await pause(100);
      const bResult = b.request([
        parse("SELECT 'b:' || $1::text AS b"),
        bind(['x']),
        execute(),
        sync(),
      ]);
      await pause(100);
      const aResult = a.request([bind(['5']), execute(), sync()]);
      expect(await aResult).toEqual({ rows: [['5']], error: undefined });
      expect(await bResult).toEqual({ rows: [['b:x']], error: undefined });
    } finally {
      a.close();
      b.close();
    }
  });

  it('frees the session when a connection leaves in the middle of its batch', async () => {
    const port = Number(new URL(runtime.url).port);
    const a = await RawConnection.open(port);
    const b = await RawConnection.open(port);
    try {
      a.send(parse('SELECT $1::int AS a'));
      await pause(100);
      const bResult = b.request([parse('SELECT $1::text AS b'), bind(['y']), execute(), sync()]);
      a.close();
      expect(await bResult).toEqual({ rows: [['y']], error: undefined });
    } finally {
      b.close();
    }
  });

  it('keeps a transaction to its own connection, also when another rolls back', async () => {
    const writers = Array.from({ length: 40 }, async (_, i) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query('INSERT INTO t (id, v) VALUES ($1, $2)', [i, `rij-${String(i)}`]);
        await client.query(i % 2 === 0 ? 'COMMIT' : 'ROLLBACK');
      } finally {
        client.release();
      }
    });
    const readers = Array.from({ length: 40 }, () => pool.query('SELECT count(*) FROM t'));
    await Promise.all([...writers, ...readers]);
    const r = await pool.query<{ id: number }>('SELECT id FROM t ORDER BY id');
    expect(r.rows.map((x) => x.id)).toEqual(
      Array.from({ length: 20 }, (_, k) => k * 2), // exactly the committed ones
    );
  });

  it('keeps serving after a failing statement', async () => {
    await expect(pool.query('SELECT * FROM bestaat_niet')).rejects.toThrow(/bestaat_niet/);
    const r = await pool.query<{ one: number }>('SELECT 1 AS one');
    expect(r.rows).toEqual([{ one: 1 }]);
  });
});

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

function frame(type: string, body: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeInt32BE(body.length + 4);
  return Buffer.concat([Buffer.from(type), length, body]);
}
const cstr = (s: string) => Buffer.from(`${s}\0`);
const int16 = (n: number) => {
  const b = Buffer.alloc(2);
  b.writeInt16BE(n);
  return b;
};
const int32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeInt32BE(n);
  return b;
};
const parse = (sql: string) => frame('P', Buffer.concat([cstr(''), cstr(sql), int16(0)]));
const bind = (params: string[]) =>
  frame(
    'B',
    Buffer.concat([
      cstr(''),
      cstr(''),
      int16(0),
      int16(params.length),
      ...params.flatMap((p) => [int32(Buffer.byteLength(p)), Buffer.from(p)]),
      int16(0),
    ]),
  );
const execute = () => frame('E', Buffer.concat([cstr(''), int32(0)]));
const sync = () => frame('S', Buffer.alloc(0));

interface Outcome {
  rows: string[][];
  error: string | undefined;
}

/** A minimal PostgreSQL wire-protocol client: just enough to control message timing. */
class RawConnection {
  private buffer = Buffer.alloc(0);
  private waiter: (() => void) | undefined;

  private constructor(private readonly socket: Socket) {
    socket.on('data', (data: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, data]);
      this.waiter?.();
    });
  }

  static async open(port: number): Promise<RawConnection> {
    const socket = connect(port, '127.0.0.1');
    await new Promise((done, fail) => socket.once('connect', done).once('error', fail));
    const c = new RawConnection(socket);
    const params = Buffer.concat([
      cstr('user'),
      cstr('postgres'),
      cstr('database'),
      cstr('postgres'),
      cstr(''),
    ]);
    const startup = Buffer.concat([int32(params.length + 8), int32(196608), params]);
    socket.write(startup);
    await c.until(() => true);
    return c;
  }

  send(message: Buffer): void {
    this.socket.write(message);
  }

  /** Sends the messages and collects rows until the batch's ReadyForQuery. */
  async request(messages: Buffer[]): Promise<Outcome> {
    this.socket.write(Buffer.concat(messages));
    const outcome: Outcome = { rows: [], error: undefined };
    let done = false;
    await this.until((type, body) => {
      if (type === 'D') {
        const row: string[] = [];
        let at = 2;
        for (let i = 0; i < body.readInt16BE(0); i++) {
          const len = body.readInt32BE(at);
          row.push(body.subarray(at + 4, at + 4 + len).toString());
          at += 4 + len;
        }
        outcome.rows.push(row);
      }
      if (type === 'E') outcome.error = body.toString();
      if (type === 'C' || type === 'E') done = true;
      return done;
    });
    return outcome;
  }

  /** Reads messages until a ReadyForQuery after `finished` said yes. */
  private async until(finished: (type: string, body: Buffer) => boolean): Promise<void> {
    let ready = false;
    for (;;) {
      while (this.buffer.length >= 5) {
        const type = String.fromCharCode(this.buffer[0] ?? 0);
        const length = this.buffer.readInt32BE(1);
        if (this.buffer.length < length + 1) break;
        const body = this.buffer.subarray(5, length + 1);
        this.buffer = this.buffer.subarray(length + 1);
        if (type === 'Z' && ready) return;
        if (type !== 'Z' && finished(type, body)) ready = true;
      }
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => {
          reject(new Error('no answer in 5 s'));
        }, 5000);
        this.waiter = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  }

  close(): void {
    this.socket.end(frame('X', Buffer.alloc(0)));
  }
}
