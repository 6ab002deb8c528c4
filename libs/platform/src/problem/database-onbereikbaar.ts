/**
 * Whether an error means that the database cannot be reached right now (its server went away,
 * the connection was reset or terminated, it refuses new connections, the pool timed out), as
 * opposed to a fault in the statement or the data. Such errors are answered 503 with
 * `Retry-After`: the request may succeed when the database is back, and nothing is wrong with
 * the request or with Schakel's code.
 */
export function databaseOnbereikbaar(err: unknown): boolean {
  for (let e = err, diepte = 0; e && typeof e === 'object' && diepte < 5; diepte++) {
    const { code, message, name } = e as { code?: unknown; message?: unknown; name?: unknown };
    // TypeORM, when a transaction's statements go on after its connection was lost (and the
    // query runner released): the first error may have been another statement's.
    if (typeof name === 'string' && /^QueryRunner(Provider)?AlreadyReleasedError$/.test(name)) {
      return true;
    }
    if (typeof code === 'string' && (NODE_CODES.has(code) || PG_CODES.has(code))) return true;
    // connection_exception (08), insufficient_resources (53), shutdown/restart (57P0x), and a
    // statement cancelled by its timeout under load (57014): the fuzzer met these as 500.
    if (typeof code === 'string' && /^(08|53|57P0)/.test(code)) return true;
    if (code === '57014') return true;
    if (typeof message === 'string' && BERICHTEN.some((b) => b.test(message))) return true;
    const { driverError, cause } = e as { driverError?: unknown; cause?: unknown };
    e = driverError ?? cause;
  }
  return false;
}

/** Socket errors of the driver's connection. */
const NODE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);

/**
 * PostgreSQL: admin_shutdown (pg_terminate_backend), crash_shutdown, cannot_connect_now,
 * too_many_connections, idle_session_timeout.
 */
const PG_CODES = new Set(['57P01', '57P02', '57P03', '53300', '57P05']);

/** node-postgres and pg-pool raise these as plain errors, without a code. */
const BERICHTEN = [
  /^Connection terminated/,
  /^timeout exceeded when trying to connect$/,
  /^Client has encountered a connection error and is not queryable$/,
  /^Client was closed and is not queryable$/,
  /^Cannot use a pool after calling end on the pool$/,
  // ALTER DATABASE ... ALLOW_CONNECTIONS false (code 55000, which also has other meanings).
  /is not currently accepting connections$/,
];
