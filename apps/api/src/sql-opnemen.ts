/**
 * Loaded with `node --import dist/apps/api/src/sql-opnemen.js` by `npm run bench` into the API
 * process only: records the SQL statements the app sends (text and parameters) while capture
 * is on, for pgbench to run the same statements (scenario L). SIGUSR2 switches capture on and
 * off; each statement is appended to SCHAKEL_SQL_OPNAME as one JSON line; the job queue's
 * statements (schema pgboss) are left out. Does nothing without SCHAKEL_SQL_OPNAME.
 */
import { appendFileSync } from 'node:fs';
import pg from 'pg';

const bestand = process.env.SCHAKEL_SQL_OPNAME;
if (bestand) {
  let aan = false;
  process.on('SIGUSR2', () => {
    aan = !aan;
  });
  type Query = (this: pg.Client, config: unknown, values?: unknown, callback?: unknown) => unknown;
  const prototype = pg.Client.prototype as unknown as { query: Query };
  const query = prototype.query;
  prototype.query = function (
    this: pg.Client,
    config: unknown,
    values?: unknown,
    callback?: unknown,
  ) {
    if (aan) {
      const c = config as { text?: unknown; values?: unknown[] } | string | undefined;
      const text = typeof c === 'string' ? c : c?.text;
      const params = Array.isArray(values)
        ? (values as unknown[])
        : typeof c === 'object'
          ? c.values
          : [];
      if (typeof text === 'string' && !text.includes('pgboss.')) {
        const waarden = (params ?? []).map((w) =>
          Buffer.isBuffer(w)
            ? { bytea: w.toString('hex') }
            : w instanceof Date
              ? w.toISOString()
              : w,
        );
        appendFileSync(bestand, `${JSON.stringify({ text, waarden })}\n`);
      }
    }
    return query.call(this, config, values, callback);
  };
}
