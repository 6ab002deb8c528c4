import { randomUUID } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/** A PostgreSQL that the process can reach with the `pg` driver, whatever runs it. */
export interface DatabaseRuntime {
  readonly mode: 'external' | 'embedded';
  /** Connection string for `pg`; for embedded mode a loopback address without secrets. */
  readonly url: string;
  /** Where the embedded data lives, for logs. */
  readonly dataDir?: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Directory for the data files; `memory://` keeps everything in memory (scratch use). */
  dataDir: string;
  /** Connections the socket accepts: all pools of the process together, plus headroom. */
  maxConnections: number;
}

/**
 * Starts PGlite (PostgreSQL compiled to WebAssembly) in this process and exposes it on a
 * loopback TCP port, so the rest of the code talks to it exactly as to a real server.
 * A lock file keeps a second process from opening the same directory (which would corrupt it).
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<DatabaseRuntime> {
  const inMemory = options.dataDir === 'memory://';
  const dataDir = inMemory ? options.dataDir : resolve(options.dataDir);
  let releaseLock = (): void => undefined;
  if (!inMemory) {
    mkdirSync(dataDir, { recursive: true });
    releaseLock = takeLock(resolve(dataDir, '.schakel.lock'));
  }
  let db: PGlite | undefined;
  try {
    db = inMemory ? await PGlite.create() : await PGlite.create(resolve(dataDir, 'pgdata'));
    const server = new PGLiteSocketServer({
      db,
      host: '127.0.0.1',
      port: 0,
      maxConnections: options.maxConnections,
    });
    isolateConnections(server, db);
    await server.start();
    const pglite = db;
    let stopped = false;
    return {
      mode: 'embedded',
      url: `postgresql://postgres@${server.getServerConn()}/postgres`,
      dataDir,
      async stop() {
        if (stopped) return;
        stopped = true;
        try {
          await server.stop();
          // close() runs a checkpoint and flushes the files: the directory is consistent after it.
          await pglite.close();
        } finally {
          releaseLock();
        }
      },
    };
  } catch (err) {
    await db?.close().catch(() => undefined);
    releaseLock();
    throw err;
  }
}

interface QueuedMessage {
  handlerId: number;
  message: Uint8Array;
  resolve(bytes: number): void;
  reject(err: unknown): void;
  onData(data: Uint8Array): void;
}

interface QueryQueue {
  queue: QueuedMessage[];
  processing: boolean;
  lastHandlerId: number | null;
  processQueue(): Promise<void>;
  clearTransactionIfNeeded(handlerId: number): Promise<void>;
}

const SYNC = 0x53; // 'S': ends an extended-protocol batch
const QUERY = 0x51; // 'Q': a simple query is a batch of its own
const TERMINATE = 0x58; // 'X'

/**
 * PGlite has a single backend session; the socket server multiplexes all connections onto it
 * through one message queue. pglite-socket 0.2.17 pins a connection only while a transaction
 * is open, so the messages of two connections' extended-protocol batches (Parse, Bind,
 * Execute, Sync) can interleave outside transactions: one connection then binds its parameters
 * to the other's unnamed statement and gets wrong rows or none (upstream issues
 * electric-sql/pglite#1046 and #977; seen here as sessions "not found" under load). A failing
 * message also left the queue stuck for good.
 *
 * This replaces the queue's scheduler on the instance: a connection owns the session from its
 * first message until its batch ends (Sync or a simple Query) outside a transaction; a failing
 * message is answered with its error and the queue goes on. The shape is checked, so an
 * upgrade that changes it fails at start instead of silently losing the fix.
 */
export function isolateConnections(server: PGLiteSocketServer, db: PGlite): void {
  const q = (server as unknown as { queryQueue?: Partial<QueryQueue> }).queryQueue;
  if (
    !q ||
    !Array.isArray(q.queue) ||
    typeof q.processQueue !== 'function' ||
    typeof q.clearTransactionIfNeeded !== 'function'
  ) {
    throw new Error('pglite-socket changed its query queue: review isolateConnections');
  }
  const queue = q as QueryQueue;
  let owner: number | null = null;

  queue.processQueue = async function processQueue(): Promise<void> {
    if (queue.processing) return;
    queue.processing = true;
    try {
      while (queue.queue.length > 0) {
        const index = owner === null ? 0 : queue.queue.findIndex((m) => m.handlerId === owner);
        if (index === -1) return; // the owner's next message has not arrived yet
        const item = queue.queue.splice(index, 1)[0];
        if (!item) return;
        let bytes = 0;
        try {
          await db.runExclusive(() =>
            db.execProtocolRawStream(item.message, {
              onRawData: (data: Uint8Array) => {
                bytes += data.length;
                item.onData(data);
              },
            }),
          );
        } catch (err) {
          owner = db.isInTransaction() ? item.handlerId : null;
          queue.lastHandlerId = item.handlerId;
          item.reject(err);
          continue;
        }
        queue.lastHandlerId = item.handlerId;
        const type = item.message[0];
        const endsBatch = type === SYNC || type === QUERY || type === TERMINATE || type === 0;
        owner = endsBatch && !db.isInTransaction() ? null : item.handlerId;
        item.resolve(bytes);
      }
    } finally {
      queue.processing = false;
    }
  };

  const clearTransaction = queue.clearTransactionIfNeeded.bind(queue);
  queue.clearTransactionIfNeeded = async (handlerId: number): Promise<void> => {
    // A connection that goes away mid-batch or mid-transaction releases the session.
    await clearTransaction(handlerId);
    if (owner === handlerId) {
      if (db.isInTransaction()) await db.exec('ROLLBACK');
      owner = null;
    }
    await queue.processQueue();
  };
}

/** The runtime for `DATABASE_URL`: nothing to start or stop. */
export function externalPostgres(url: string): DatabaseRuntime {
  return { mode: 'external', url, stop: () => Promise.resolve() };
}

/** Masks the password of a connection string, for logs. */
export function redactConnectionString(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparseable connection string)';
  }
}

/**
 * Takes the data directory's lock file for this process, or throws when a live process holds
 * it. The file is created whole (linked from a file that already holds our pid), so no reader
 * ever sees it empty; a stale lock is moved aside by rename, which only one contender can do
 * to that very file, and a contender that moved a fresh lock by mistake puts it back.
 */
export function takeLock(lockFile: string, pid: number = process.pid): () => void {
  const own = `${lockFile}.${String(pid)}.${randomUUID()}`;
  writeFileSync(own, String(pid));
  try {
    for (let attempt = 0; attempt < 5; attempt++) {
      if (tryLink(own, lockFile)) {
        return () => {
          // Only our own lock: never a lock another process took after ours was moved.
          if (pidIn(lockFile) === pid) rmSync(lockFile, { force: true });
        };
      }
      const holder = pidIn(lockFile);
      if (holder === undefined) continue; // gone meanwhile: try again
      if (holder > 0 && holder !== pid && isAlive(holder)) throw inUse(lockFile, holder);
      const aside = `${lockFile}.oud.${String(pid)}.${randomUUID()}`;
      try {
        renameSync(lockFile, aside);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') continue;
        throw err;
      }
      const moved = pidIn(aside);
      if (moved === holder) {
        rmSync(aside, { force: true }); // the stale lock we saw: gone
        continue;
      }
      // Another process took the lock between our read and our rename: give it back.
      tryLink(aside, lockFile);
      rmSync(aside, { force: true });
      throw inUse(lockFile, moved ?? holder);
    }
    throw new Error(`Could not take the lock ${lockFile}`);
  } finally {
    rmSync(own, { force: true });
  }
}

function inUse(lockFile: string, pid: number): Error {
  return new Error(
    `The embedded database in ${dirname(lockFile)} is in use by process ${String(pid)}; stop it first or set DATA_DIR to another directory`,
  );
}

/** Links `from` as `to`; false when `to` exists already. */
function tryLink(from: string, to: string): boolean {
  try {
    linkSync(from, to);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
}

/** The pid in a lock file, NaN-free; undefined when the file is gone. */
function pidIn(file: string): number | undefined {
  try {
    const pid = Number(readFileSync(file, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : 0;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
