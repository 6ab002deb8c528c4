import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

function takeLock(lockFile: string): () => void {
  for (let attempt = 0; attempt < 2; attempt++) {
    if (tryCreate(lockFile)) {
      return () => {
        rmSync(lockFile, { force: true });
      };
    }
    const pid = Number(readFileSync(lockFile, 'utf8').trim());
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid)) {
      throw new Error(
        `The embedded database in ${dirname(lockFile)} is in use by process ${String(pid)}; stop it first or set DATA_DIR to another directory`,
      );
    }
    rmSync(lockFile, { force: true }); // stale lock of a process that is gone
  }
  throw new Error(`Could not take the lock ${lockFile}`);
}

/** Creates the lock file exclusively; false when it exists already. */
function tryCreate(lockFile: string): boolean {
  let fd: number;
  try {
    fd = openSync(lockFile, 'wx');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
  writeFileSync(fd, String(process.pid));
  closeSync(fd);
  return true;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
