import pg from 'pg';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import {
  BLAD_VERSIES,
  bladBytesSql,
  bladHashSql,
  bladInhoud,
  type LogTable,
} from './log-records.js';
import { HASH_SIZE } from './merkle/merkle.js';

/**
 * How verify reads the log's pages (issue 12, ADR 0039): the reader connections that share the
 * check's snapshot, and the page queries, row by row or a page as one row per 64 positions.
 * What a page holds is checked in `verify.ts`.
 */

const PAGE = 20_000;
/** Page size when several connections read at once: more, smaller pages keep them all busy. */
const PARALLEL_PAGE = 10_000;
/**
 * Positions per row when a page comes back in one piece: rows of about 25 kB in \`strikt\`
 * cost the database less than one value of several megabytes, and node-postgres less than
 * rows of 100 kB, which it merges from several socket reads each (ADR 0039: 64 against 256,
 * 3 alternating runs, strict verify 146k-156k against 134k-143k records/s).
 */
const GROEP = 64;

/**
 * Connections that read the log's pages at the same time, besides the one that holds the
 * snapshot (issue 12). They share that connection's snapshot, so the check sees exactly one
 * state of the database. 0 is the way verify read before: page by page on the snapshot's own
 * connection (also used when the extra connections turn out to share one database session, as
 * with the embedded database).
 */
export const STANDAARD_VERBINDINGEN = 2;

/**
 * `strikt` (default): PostgreSQL builds each record's leaf bytes and this process hashes them,
 * so verify trusts no hashing in the database. `snel`: PostgreSQL also hashes (its built-in
 * `sha256`) and compares with the stored leaf hash; this process still rebuilds the tree from
 * the leaf hashes and checks every root against the signed checkpoints. Faster, at the price
 * of trusting the database server's own functions.
 */
export type VerifyModus = 'strikt' | 'snel';

/**
 * Opens `aantal` reader connections. Returns none when one would share a database session
 * with `runner` or another reader: the embedded database has a single session, in which a
 * second transaction would wait for the first forever.
 */
export async function openLezers(
  runner: QueryRunner,
  dataSource: DataSource,
  aantal: number,
): Promise<pg.Client[]> {
  const url = (dataSource.options as { url?: string }).url;
  if (!url) return [];
  const rijen: { pid: number }[] = await runner.manager.query('SELECT pg_backend_pid() AS pid');
  const sessies = new Set([rijen[0]?.pid]);
  const clients: pg.Client[] = [];
  try {
    for (let i = 0; i < aantal; i++) {
      const c = new pg.Client({ connectionString: url, application_name: 'schakel-verify' });
      clients.push(c);
      await c.connect();
      const { rows } = await c.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      const eigen = rows[0]?.pid;
      if (sessies.has(eigen)) throw new EenSessie();
      sessies.add(eigen);
    }
    return clients;
  } catch (err) {
    await Promise.all(clients.map((c) => c.end().catch(() => undefined)));
    if (err instanceof EenSessie) return [];
    throw err;
  }
}

/**
 * Has the readers read in the snapshot of `runner`'s transaction (`pg_export_snapshot` +
 * `SET TRANSACTION SNAPSHOT`, read only).
 */
export async function deelSnapshot(
  runner: QueryRunner,
  lezers: readonly pg.Client[],
): Promise<void> {
  const rijen: { snapshot: string }[] = await runner.manager.query(
    'SELECT pg_export_snapshot() AS snapshot',
  );
  const snapshot = rijen[0]?.snapshot ?? '';
  if (!/^[0-9A-F-]+$/i.test(snapshot)) throw new Error('unexpected snapshot id');
  for (const c of lezers) {
    // JIT compiling the leaf expressions costs more than it saves on a page. A page's groups
    // (about 8 MB in all) are sorted in memory instead of on disk.
    await c.query('SET jit = off');
    await c.query(`SET work_mem = '64MB'`);
    await c.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    await c.query(`SET TRANSACTION SNAPSHOT '${snapshot}'`);
  }
}

class EenSessie extends Error {}

/** Raw column values, as PostgreSQL sends them in text form (no parsing, no objects). */
const RAUW = { getTypeParser: () => (v: string) => v };
const leesTijd = pg.types.getTypeParser(pg.types.builtins.TIMESTAMPTZ) as (v: string) => Date;

/** A bytea in PostgreSQL's text form (`\x` and hex), as raw rows carry it. */
const bytea = (v: string | null | undefined): Buffer => Buffer.from((v ?? '').slice(2), 'hex');
/** One position of a page, with what the check needs to know of it. */
export interface Row {
  positie: string | number;
  leaf_hash: Buffer;
  /** null: checked by the page query (a page read as one row holds only known versions). */
  blad_versie: number | null;
  aanwezig: boolean;
  blad: Buffer | null;
  /** The leaf hash's input (0x00 and the leaf bytes), when the page came as one row. */
  invoer?: Buffer;
  klopt: boolean | null;
  leeg: boolean | null;
  gewist_op: Date | null;
  bewaartermijn_jaren: number | null;
}

/** The leaf versions verify knows how to rebuild. */
export const VERSIES = Object.keys(BLAD_VERSIES).map(Number);

/**
 * The page reader of one check: `fetchPage(start)` gives the positions from `start` on, at
 * most `pagina` of them, in position order (none past the end). With reader connections it
 * asks for pages ahead, round the connections; without, it reads on the check's own.
 */
export function paginaLezer(
  ds: EntityManager,
  lezers: readonly pg.Client[],
  modus: VerifyModus,
): { pagina: number; fetchPage: (start: number) => Promise<Row[]> } {
  const versies = VERSIES;
  const leeg = (tabel: LogTable, alias: string) =>
    `num_nonnulls(${bladInhoud(tabel)
      .map((c) => `${alias}."${c}"`)
      .join(', ')}) = 0`;
  // One query per page: each position with its record's leaf bytes built by PostgreSQL (the
  // same bytes as `leafData`) and its purge registration, if any. The hashing stays here, so
  // verify does not trust the database to hash. The next page is asked for before this one is
  // hashed, so the database and this process work at the same time.
  // Each position is rebuilt with the leaf version that sealed it.
  const perVersie = (sql: (tabel: LogTable, alias: string, v: number) => string) =>
    `CASE ${versies
      .map(
        (v) => `WHEN p.blad_versie = ${String(v)} THEN CASE p.tabel
         WHEN 'actor_audit' THEN ${sql('actor_audit', 'a', v)}
         WHEN 'verwerkingslog' THEN ${sql('verwerkingslog', 'v', v)} END`,
      )
      .join(' ')} END`;
  const blad = perVersie((t, a, v) => bladBytesSql(t, a, 'p.positie', v));
  const bladHashVan = perVersie((t, a, v) => bladHashSql(t, a, 'p.positie', v));
  const pageSql = `SELECT p.positie, p.leaf_hash, p.blad_versie,
          (a.id IS NOT NULL OR v.id IS NOT NULL) AS aanwezig,
          ${
            modus === 'strikt'
              ? `${blad} AS blad, NULL::boolean AS klopt,`
              : `NULL::bytea AS blad, ${bladHashVan} = p.leaf_hash AS klopt,`
          }
          CASE p.tabel WHEN 'actor_audit' THEN ${leeg('actor_audit', 'a')}
                       WHEN 'verwerkingslog' THEN ${leeg('verwerkingslog', 'v')} END AS leeg,
          w.gewist_op, w.bewaartermijn_jaren
     FROM audit_positie p
     LEFT JOIN actor_audit a ON p.tabel = 'actor_audit' AND a.id = p.record_id
     LEFT JOIN verwerkingslog v ON p.tabel = 'verwerkingslog' AND v.id = p.record_id
     LEFT JOIN audit_wissing w ON w.positie = p.positie
    WHERE p.positie >= $1 AND p.positie < $2
    ORDER BY p.positie`;
  // The same rows for the connections that share the snapshot, with each record looked up by
  // its primary key (LATERAL, never pulled up into a join): a page then costs the same however
  // large the log tables grow, where the join above may hash a whole log table per page.
  const bladVan = (tabel: LogTable, alias: string, sql: typeof bladBytesSql) =>
    `CASE p.blad_versie ${versies
      .map((v) => `WHEN ${String(v)} THEN ${sql(tabel, alias, 'p.positie', v)}`)
      .join(' ')} END`;
  const opzoeken = (tabel: LogTable, alias: string) =>
    `SELECT ${
      modus === 'strikt'
        ? `${bladVan(tabel, alias, bladBytesSql)} AS blad, NULL::boolean AS klopt`
        : `NULL::bytea AS blad, ${bladVan(tabel, alias, bladHashSql)} = p.leaf_hash AS klopt`
    }, ${leeg(tabel, alias)} AS leeg
       FROM "${tabel}" ${alias} WHERE p.tabel = '${tabel}' AND ${alias}.id = p.record_id`;
  const rijenSql = `SELECT p.positie, p.leaf_hash, p.blad_versie, r.leeg IS NOT NULL AS aanwezig,
          r.blad, r.klopt, r.leeg, w.gewist_op, w.bewaartermijn_jaren
     FROM audit_positie p
     LEFT JOIN LATERAL (${opzoeken('actor_audit', 'a')}
                        UNION ALL ${opzoeken('verwerkingslog', 'v')}) r ON true
     LEFT JOIN audit_wissing w ON w.positie = p.positie
    WHERE p.positie >= $1 AND p.positie < $2`;
  const parallelSql = `${rijenSql} ORDER BY p.positie`;
  // The same page as one row (ADR 0039): whether every position is ordinary (its record there
  // and not purged, a known leaf version, in \`snel\` its hash right), and the leaf hashes in
  // position order, in \`strikt\` each followed by its hash input (0x00 and the leaf bytes) with
  // its length, all in one bytea sent as base64 (node-postgres reads results as text). No row
  // per record for either side to build or parse. A page that is not ordinary is read again row by row, which names what is wrong.
  const gewoon = `p.blad_versie IN (${versies.map(String).join(', ')}) AND r.leeg IS NOT NULL
          AND NOT r.leeg AND w.positie IS NULL AND ${modus === 'strikt' ? 'r.blad IS NOT NULL' : 'r.klopt IS TRUE'}`;
  const samenSql = `SELECT count(*)::int4 AS n, min(q.positie) AS van, max(q.positie) AS tot,
          bool_and(q.gewoon) AS gewoon,
          encode(string_agg(${
            modus === 'strikt'
              ? `q.leaf_hash || int4send(length(q.blad) + 1) || '\\x00'::bytea || q.blad`
              : 'q.leaf_hash'
          }, ''::bytea ORDER BY q.positie), 'base64') AS data
     FROM (${rijenSql.replace(
       'SELECT p.positie, p.leaf_hash, p.blad_versie,',
       `SELECT ${gewoon} AS gewoon, p.positie, p.leaf_hash, p.blad_versie,`,
     )}) q
    GROUP BY q.positie / ${String(GROEP)} ORDER BY min(q.positie)`;
  const pagina = lezers.length > 0 ? PARALLEL_PAGE : PAGE;
  let fetchPage = (start: number) => ds.query<Row[]>(pageSql, [start, start + PAGE]);
  if (lezers.length > 0) {
    // Pages go round the connections; up to two per connection are asked for ahead, so every
    // connection has work while this process hashes. Rows come as raw text arrays.
    const onderweg = new Map<number, Promise<Row[]>>();
    let gevraagd = 0;
    // One query at a time per connection: the next waits for the previous to finish.
    const rij: Promise<unknown>[] = lezers.map(() => Promise.resolve());
    const rijen = (c: pg.Client, start: number): Promise<Row[]> =>
      c
        .query<(string | null)[]>({
          text: parallelSql,
          values: [start, start + pagina],
          rowMode: 'array',
          types: RAUW,
        })
        .then(({ rows }) =>
          rows.map((r) => ({
            positie: String(r[0]),
            leaf_hash: bytea(r[1]),
            blad_versie: Number(r[2]),
            aanwezig: r[3] === 't',
            blad: r[4] ? bytea(r[4]) : null,
            klopt: r[5] === null ? null : r[5] === 't',
            leeg: r[6] === null ? null : r[6] === 't',
            gewist_op: r[7] ? leesTijd(r[7]) : null,
            bewaartermijn_jaren: r[8] ? Number(r[8]) : null,
          })),
        );
    const samen = async (c: pg.Client, start: number): Promise<Row[]> => {
      const { rows } = await c.query<(string | null)[]>({
        text: samenSql,
        values: [start, start + pagina],
        rowMode: 'array',
        types: RAUW,
      });
      if (rows.length === 0) return [];
      const uit: Row[] = [];
      for (const [nt, vant, tott, gewoont, b64] of rows) {
        const n = Number(nt);
        const van = Number(vant);
        // Every group ordinary, and the positions of the page without a gap from its start.
        if (gewoont !== 't' || !b64 || Number(tott) - van + 1 !== n || van !== start + uit.length)
          return rijen(c, start);
        ontleed(Buffer.from(b64, 'base64'), van, n, uit);
      }
      return uit;
    };
    /** Appends the `n` positions from `van` that a group's value holds to `uit`. */
    const ontleed = (data: Buffer, van: number, n: number, uit: Row[]) => {
      let o = 0;
      for (let k = 0; k < n; k++) {
        const leaf_hash = data.subarray(o, (o += HASH_SIZE));
        let invoer: Buffer | undefined;
        if (modus === 'strikt') {
          const lengte = data.readInt32BE(o);
          o += 4;
          invoer = data.subarray(o, (o += lengte));
        }
        uit.push({
          positie: van + k,
          leaf_hash,
          blad_versie: null,
          aanwezig: true,
          blad: null,
          invoer,
          klopt: modus === 'strikt' ? null : true,
          leeg: false,
          gewist_op: null,
          bewaartermijn_jaren: null,
        });
      }
      if (o !== data.length) throw new Error(`positions from ${String(van)}: trailing bytes`);
    };
    const vraag = (start: number): Promise<Row[]> => {
      const i = (start / pagina) % lezers.length;
      const c = lezers[i];
      const vorige = rij[i];
      if (!c || !vorige) throw new Error(`no reader connection ${String(i)}`);
      const p = vorige.then(() => samen(c, start));
      rij[i] = p.catch(() => undefined);
      return p;
    };
    fetchPage = (start: number) => {
      const vooruit = start + pagina * 2 * lezers.length;
      for (gevraagd = Math.max(gevraagd, start); gevraagd <= vooruit; gevraagd += pagina) {
        const p = vraag(gevraagd);
        p.catch(() => undefined);
        onderweg.set(gevraagd, p);
      }
      const p = onderweg.get(start) ?? vraag(start);
      onderweg.delete(start);
      return p;
    };
  }
  return { pagina, fetchPage };
}
