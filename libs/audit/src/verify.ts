import { hash, type KeyObject } from 'node:crypto';
import pg from 'pg';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import type { AuditCheckpoint } from './audit.entities.js';
import { verifyCheckpoint } from './checkpoint-signer.js';
import {
  BLAD_VERSIES,
  LOG_TABLES,
  bladBytesSql,
  bladHashSql,
  bladInhoud,
  type LogTable,
} from './log-records.js';
import { CompactRange, HASH_SIZE } from './merkle/merkle.js';
import { eersteSpook } from './verzegel-sql.js';
import { groei, TEGEL_BREEDTE, TEGEL_HOOGTE, type Tegel } from './merkle/tegels.js';

export interface VerifyResult {
  ok: boolean;
  /** Positions checked: records against their leaf hash, purged ones against the retention. */
  records: number;
  /** Of those, purged records (content gone, leaf hash kept; ADR 0012). */
  gewist?: number;
  checkpoints: number;
  /** Tiles compared with the recomputed tree (C2SP tlog-tiles; tiles not built yet are skipped). */
  tegels?: number;
  /** The first place where the log stops holding, in words and as a position. */
  fout?: { positie: number; reden: string };
  /** Connections that read pages in the shared snapshot (0: the snapshot's own, in turn). */
  verbindingen?: number;
}

const PAGE = 20_000;
/** Page size when several connections read at once: more, smaller pages keep them all busy. */
const PARALLEL_PAGE = 10_000;
/**
 * Positions per row when a page comes back in one piece: a few dozen rows of about 200 kB
 * each cost the database less than one value of several megabytes (ADR 0039).
 */
const GROEP = 256;

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
/** The legal minimum retention of the audit trail, in years. */
const MINIMUM_JAREN = 5;
/** Clock and calendar slack between this process and the database (time zones, leap days). */
const SLACK_MS = 24 * 3600 * 1000;

function plusYears(d: Date, years: number): number {
  const r = new Date(d.getTime());
  r.setUTCFullYear(r.getUTCFullYear() + years);
  return r.getTime();
}

/** A checkpoint a witness cosigned: the log must have had this root at this size. */
export interface GetuigdCheckpoint {
  grootte: number;
  wortel: Buffer;
}

/**
 * Recomputes the whole tree from the tables: every position holds the record whose hash it
 * stores (position included, so moves show), positions run 0..n-1 without gaps, every
 * checkpoint's root matches the recomputed tree and its Ed25519 signature holds, no sealed
 * position lies beyond the last checkpoint, and no record sits in a log table without a
 * position or a place in the sequencer's queue, and no queue entry lacks its record. Against
 * the witnessed checkpoints (`getuigd`, from the witnesses' directories): at each witnessed
 * size the recomputed root must be the cosigned one and the database must still hold that
 * checkpoint, and the log must reach the largest witnessed size, so a rewrite and re-seal or a
 * rollback is found, at the first position of the witnessed range where it differs.
 */
export async function verifyAuditTrail(
  dataSource: DataSource,
  publicKey: KeyObject,
  onProgress: (done: number, total: number) => void = () => undefined,
  modus: VerifyModus = 'strikt',
  getuigd: readonly GetuigdCheckpoint[] = [],
  verbindingen = STANDAARD_VERBINDINGEN,
): Promise<VerifyResult> {
  // One snapshot for the whole check: a sequencer sealing meanwhile cannot cause false alarms.
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  let lezers: pg.Client[] = [];
  try {
    // The readers are opened, and their sessions compared, before any transaction is open.
    if (verbindingen > 0) lezers = await openLezers(runner, dataSource, verbindingen);
    await runner.startTransaction('REPEATABLE READ');
    if (lezers.length > 0) await deelSnapshot(runner, lezers);
    const result = await check(runner.manager, publicKey, onProgress, modus, getuigd, lezers);
    await runner.rollbackTransaction();
    return { ...result, verbindingen: lezers.length };
  } finally {
    await Promise.all(lezers.map((c) => c.end().catch(() => undefined)));
    await runner.release();
  }
}

/**
 * Opens `aantal` reader connections. Returns none when one would share a database session
 * with `runner` or another reader: the embedded database has a single session, in which a
 * second transaction would wait for the first forever.
 */
async function openLezers(
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
async function deelSnapshot(runner: QueryRunner, lezers: readonly pg.Client[]): Promise<void> {
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

/** SHA-256(0x00 || blad): the RFC 6962 leaf hash of a record's leaf bytes. */
function bladHash(blad: Uint8Array): Buffer {
  const b = Buffer.allocUnsafe(blad.length + 1);
  b[0] = 0x00;
  b.set(blad, 1);
  return hash('sha256', b, 'buffer');
}

/** A bytea in PostgreSQL's text form (`\x` and hex), as raw rows carry it. */
const bytea = (v: string | null | undefined): Buffer => Buffer.from((v ?? '').slice(2), 'hex');

async function check(
  ds: EntityManager,
  publicKey: KeyObject,
  onProgress: (done: number, total: number) => void,
  modus: VerifyModus,
  getuigd: readonly GetuigdCheckpoint[],
  lezers: readonly pg.Client[] = [],
): Promise<VerifyResult> {
  const getuigen = [...getuigd].sort((a, b) => a.grootte - b.grootte);
  const getuigdBij = new Map(getuigen.map((g) => [g.grootte, g]));
  /** The last witnessed size whose root the recomputed tree matched. */
  let getuigdGoed = 0;
  const checkpoints = await ds.query<
    { tree_size: string; root_hash: Buffer; tijd: Date; handtekening: Buffer }[]
  >('SELECT tree_size, root_hash, tijd, handtekening FROM audit_checkpoint ORDER BY tree_size');
  const [{ n: totalText } = { n: '0' }] = await ds.query<{ n: string }[]>(
    'SELECT count(*) AS n FROM audit_positie',
  );
  const total = Number(totalText);
  const fail = (positie: number, reden: string, records: number, cps: number): VerifyResult => ({
    ok: false,
    records,
    checkpoints: cps,
    fout: { positie, reden },
  });

  for (const c of checkpoints) {
    const cp = {
      treeSize: Number(c.tree_size),
      rootHash: c.root_hash,
      tijd: c.tijd,
      handtekening: c.handtekening,
    };
    if (!verifyCheckpoint(publicKey, cp)) {
      return fail(
        cp.treeSize - 1,
        `handtekening van checkpoint ${String(cp.treeSize)} klopt niet`,
        0,
        0,
      );
    }
  }
  const bySize = new Map(checkpoints.map((c) => [Number(c.tree_size), c]));
  const leeg = (tabel: LogTable, alias: string) =>
    `num_nonnulls(${bladInhoud(tabel)
      .map((c) => `${alias}."${c}"`)
      .join(', ')}) = 0`;
  // One query per page: each position with its record's leaf bytes built by PostgreSQL (the
  // same bytes as `leafData`) and its purge registration, if any. The hashing stays here, so
  // verify does not trust the database to hash. The next page is asked for before this one is
  // hashed, so the database and this process work at the same time.
  // Each position is rebuilt with the leaf version that sealed it.
  const versies = Object.keys(BLAD_VERSIES).map(Number);
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
  interface Row {
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
  const range = CompactRange.empty();
  const now = Date.now();
  let lastGood = 0;
  let checked = 0;
  let gewist = 0;
  let cps = 0;
  /** The first purged position since the last good checkpoint: only its hash is unchecked. */
  let gewistSindsGoed: number | undefined;
  /** Index in `checkpoints` of the first one whose size exceeds the current position. */
  let sealing = 0;
  /** The tiles as the verified leaf hashes make them: the edge tile per level in memory. */
  const rand = new Map<string, Buffer>();
  let tegels = 0;
  const tegelSleutel = (n: number, i: number) => `${String(n)}/${String(i)}`;
  /** Compares the tiles that `hashes` (appended at `van`) fill with the stored ones. */
  const controleerTegels = async (
    van: number,
    hashes: Buffer[],
    hoger: Buffer[][],
  ): Promise<Tegel | undefined> => {
    const berekend = groei(van, hashes, (n, i) => rand.get(tegelSleutel(n, i)), hoger);
    for (const t of berekend) {
      if (t.hashes.length < TEGEL_BREEDTE * 32) rand.set(tegelSleutel(t.niveau, t.index), t.hashes);
      else rand.delete(tegelSleutel(t.niveau, t.index));
    }
    const opgeslagen = new Map(
      (
        await ds.query<{ niveau: number; index: string; hashes: Buffer }[]>(
          `SELECT t.niveau, t.index::text AS index, t.hashes
             FROM unnest($1::smallint[], $2::bigint[]) AS w(niveau, index)
             JOIN audit_tegel t ON t.niveau = w.niveau AND t.index = w.index`,
          [berekend.map((t) => t.niveau), berekend.map((t) => String(t.index))],
        )
      ).map((r) => [tegelSleutel(r.niveau, Number(r.index)), r.hashes]),
    );
    for (const t of berekend) {
      const o = opgeslagen.get(tegelSleutel(t.niveau, t.index));
      if (!o) continue; // not built yet: the sequencer builds it when it next leads
      if (!o.subarray(0, t.hashes.length).equals(t.hashes)) return t;
      tegels++;
    }
    return undefined;
  };
  const tegelFout = (t: Tegel) => {
    const eerste = t.index * TEGEL_BREEDTE ** (t.niveau + 1);
    return fail(
      eerste,
      `tegel ${String(t.niveau)}/${String(t.index)} wijkt af van de bladhashes vanaf positie ${String(eerste)}`,
      checked,
      cps,
    );
  };
  let next = fetchPage(0);
  for (let start = 0; ; start += pagina) {
    const page = await next;
    if (page.length === 0) break;
    next = fetchPage(start + pagina);
    // Keep the prefetch from surfacing as an unhandled rejection when we stop early.
    next.catch(() => undefined);
    const paginaStart = range.size;
    const paginaHashes: Buffer[] = [];
    // The tiles' entries above the leaves, as folding the page closes them (one hash per leaf).
    const hoger: Buffer[][] = [[]];
    const opVol = (hoogte: number, h: Buffer) => {
      if (hoogte % TEGEL_HOOGTE === 0) (hoger[hoogte / TEGEL_HOOGTE] ??= []).push(h);
    };
    for (const p of page) {
      const positie = Number(p.positie);
      const at = (reden: string) =>
        fail(positie, `record op positie ${String(positie)} ${reden}`, checked, cps);
      if (positie !== range.size) {
        return fail(range.size, `positie ${String(range.size)} ontbreekt`, checked, cps);
      }
      while (sealing < checkpoints.length && Number(checkpoints[sealing]?.tree_size) <= positie)
        sealing++;
      if (p.blad_versie !== null && !versies.includes(p.blad_versie)) {
        return at(`heeft een onbekende bladversie ${String(p.blad_versie)}`);
      }
      if (!p.aanwezig || (modus === 'strikt' && p.blad === null && !p.invoer)) {
        return at('is verwijderd');
      }
      if (p.leeg && p.gewist_op) {
        // Purged (ADR 0012): the content is gone, the leaf hash is kept and the roots below
        // still check it. The signed time of the checkpoint that sealed the record must lie
        // beyond the retention, both as registered and as the legal minimum from now.
        const sealedAt = checkpoints[sealing]?.tijd;
        const jaren = Math.max(MINIMUM_JAREN, p.bewaartermijn_jaren ?? 0);
        if (
          !sealedAt ||
          plusYears(sealedAt, jaren) > p.gewist_op.getTime() + SLACK_MS ||
          plusYears(sealedAt, MINIMUM_JAREN) > now + SLACK_MS
        ) {
          return at('is gewist binnen de bewaartermijn');
        }
        range.append(p.leaf_hash, opVol);
        paginaHashes.push(p.leaf_hash);
        gewist++;
        gewistSindsGoed ??= positie;
      } else {
        if (p.leeg) return at('is leeggemaakt zonder geregistreerde wissing');
        if (modus === 'strikt') {
          // The input must be a leaf's (0x00 first), or an interior node could pose as one.
          if (p.invoer && p.invoer[0] !== 0x00) return at('is gewijzigd of verplaatst');
          const h = p.invoer
            ? hash('sha256', p.invoer, 'buffer')
            : bladHash(p.blad ?? Buffer.alloc(0));
          if (!h.equals(p.leaf_hash)) return at('is gewijzigd of verplaatst');
          range.append(h, opVol);
          paginaHashes.push(h);
        } else {
          if (p.klopt !== true) return at('is gewijzigd of verplaatst');
          range.append(p.leaf_hash, opVol);
          paginaHashes.push(p.leaf_hash);
        }
      }
      checked++;
      const g = getuigdBij.get(range.size);
      if (g) {
        if (!range.root().equals(g.wortel)) {
          return fail(
            getuigdGoed,
            `het log is herschreven tussen positie ${String(getuigdGoed)} en ${String(range.size - 1)}: de wortel bij ${String(range.size)} wijkt af van het door een getuige medeondertekende checkpoint`,
            checked,
            cps,
          );
        }
        if (!bySize.has(range.size)) {
          return fail(
            range.size - 1,
            `checkpoint ${String(range.size)}, door een getuige medeondertekend, ontbreekt in de database`,
            checked,
            cps,
          );
        }
        getuigdGoed = range.size;
      }
      const c = bySize.get(range.size);
      if (c) {
        if (!range.root().equals(c.root_hash)) {
          if (gewistSindsGoed !== undefined) {
            return fail(
              gewistSindsGoed,
              `wortel van checkpoint ${String(range.size)} klopt niet: een bewaarde bladhash van een gewist record tussen positie ${String(gewistSindsGoed)} en ${String(range.size - 1)} is gewijzigd`,
              checked,
              cps,
            );
          }
          return fail(
            lastGood,
            `wortel van checkpoint ${String(range.size)} klopt niet; fout na positie ${String(lastGood)}`,
            checked,
            cps,
          );
        }
        lastGood = range.size;
        gewistSindsGoed = undefined;
        cps++;
      }
    }
    const afwijkend = await controleerTegels(paginaStart, paginaHashes, hoger);
    if (afwijkend) return tegelFout(afwijkend);
    onProgress(checked, total);
  }
  const verste = getuigen.at(-1);
  if (verste && verste.grootte > range.size) {
    return fail(
      range.size,
      `het log is teruggedraaid of herschreven: een getuige medeondertekende ${String(verste.grootte)} posities, het log heeft er ${String(range.size)}`,
      checked,
      cps,
    );
  }
  if (cps !== checkpoints.length) {
    const missing = checkpoints.find((c) => Number(c.tree_size) > range.size);
    return fail(
      range.size,
      `checkpoint ${missing?.tree_size ?? '?'} verwijst voorbij de laatste positie`,
      checked,
      cps,
    );
  }
  if (range.size > lastGood) {
    return fail(
      lastGood,
      `posities vanaf ${String(lastGood)} vallen onder geen ondertekend checkpoint`,
      checked,
      cps,
    );
  }
  for (const tabel of LOG_TABLES) {
    const [stray] = await ds.query<{ id: string }[]>(
      `SELECT r.id FROM "${tabel}" r
        WHERE NOT EXISTS (SELECT 1 FROM audit_positie p WHERE p.tabel = $1 AND p.record_id = r.id)
          AND NOT EXISTS (SELECT 1 FROM audit_wachtrij w WHERE w.tabel = $1 AND w.record_id = r.id)
        LIMIT 1`,
      [tabel],
    );
    if (stray)
      return fail(
        range.size,
        `record ${stray.id} in ${tabel} staat niet in het logboek (ingevoegd)`,
        checked,
        cps,
      );
  }
  // The same query the sequencer uses to name a phantom (over the whole queue).
  const spook = await eersteSpook(ds, '0');
  if (spook) {
    return fail(
      range.size + Number(spook.rang),
      `wachtrij-item ${spook.id} verwijst naar ${spook.tabel} ${spook.record_id}, dat niet bestaat: een onverzegeld record is verwijderd`,
      checked,
      cps,
    );
  }
  // The edge tiles hold exactly the log's positions: no more (a truncated log), no other.
  if (rand.size > 0) {
    const randen = [...rand.entries()].map(([k, hashes]) => {
      const [n = 0, i = 0] = k.split('/').map(Number);
      return { niveau: n, index: i, hashes };
    });
    const rijen = await ds.query<{ niveau: number; index: string; lengte: number }[]>(
      `SELECT t.niveau, t.index::text AS index, length(t.hashes) AS lengte
         FROM unnest($1::smallint[], $2::bigint[]) AS w(niveau, index)
         JOIN audit_tegel t ON t.niveau = w.niveau AND t.index = w.index`,
      [randen.map((t) => t.niveau), randen.map((t) => String(t.index))],
    );
    for (const r of rijen) {
      const t = randen.find((x) => x.niveau === r.niveau && x.index === Number(r.index));
      if (t && r.lengte !== t.hashes.length) return tegelFout(t);
    }
  }
  const [voorbij] = await ds.query<{ niveau: number; index: string }[]>(
    `SELECT niveau, index::text AS index FROM audit_tegel
      WHERE index * power(256::numeric, niveau + 1) + power(256::numeric, niveau) > $1 LIMIT 1`,
    [range.size],
  );
  if (voorbij) {
    return fail(
      range.size,
      `tegel ${String(voorbij.niveau)}/${voorbij.index} reikt voorbij de laatste positie: het log is ingekort`,
      checked,
      cps,
    );
  }
  return { ok: true, records: checked, gewist, checkpoints: cps, tegels };
}

export type { AuditCheckpoint };
