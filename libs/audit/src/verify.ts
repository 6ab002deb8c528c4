import { hash, type KeyObject } from 'node:crypto';
import type pg from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuditCheckpoint } from './audit.entities.js';
import { verifyCheckpoint } from './checkpoint-signer.js';
import { LOG_TABLES, type LogTable } from './log-records.js';
import { CompactRange } from './merkle/merkle.js';
import { eersteSpook } from './verzegel-sql.js';
import { groei, TEGEL_BREEDTE, TEGEL_HOOGTE, type Tegel } from './merkle/tegels.js';
import {
  STANDAARD_VERBINDINGEN,
  VERSIES,
  deelSnapshot,
  openLezers,
  paginaLezer,
  type VerifyModus,
} from './verify-paginas.js';

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

export { STANDAARD_VERBINDINGEN, type VerifyModus };

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
    // One more than the page readers: it counts the log rows without a position meanwhile.
    if (verbindingen > 0) lezers = await openLezers(runner, dataSource, verbindingen + 1);
    await runner.startTransaction('REPEATABLE READ');
    // A check over a whole table hashes it in memory rather than on disk.
    await runner.query(`SET LOCAL work_mem = '64MB'`);
    if (lezers.length > 0) await deelSnapshot(runner, lezers);
    const [teller, ...paginaLezers] = lezers;
    const result = await check(
      runner.manager,
      publicKey,
      onProgress,
      modus,
      getuigd,
      paginaLezers,
      teller,
    );
    await runner.rollbackTransaction();
    return { ...result, verbindingen: paginaLezers.length };
  } finally {
    await Promise.all(lezers.map((c) => c.end().catch(() => undefined)));
    await runner.release();
  }
}

/** SHA-256(0x00 || blad): the RFC 6962 leaf hash of a record's leaf bytes. */
function bladHash(blad: Uint8Array): Buffer {
  const b = Buffer.allocUnsafe(blad.length + 1);
  b[0] = 0x00;
  b.set(blad, 1);
  return hash('sha256', b, 'buffer');
}

/** The rows of a log table that neither a position nor a queue entry refers to. */
const zonderPositieSql = (tabel: LogTable) => `FROM "${tabel}" r
  WHERE NOT EXISTS (SELECT 1 FROM audit_positie p WHERE p.tabel = '${tabel}' AND p.record_id = r.id)
    AND NOT EXISTS (SELECT 1 FROM audit_wachtrij w WHERE w.tabel = '${tabel}' AND w.record_id = r.id)`;
/** How many such rows each log table has, in one row. */
const TEL_ZONDER_POSITIE_SQL = `SELECT ${LOG_TABLES.map(
  (t) => `(SELECT count(*)::int ${zonderPositieSql(t)}) AS "${t}"`,
).join(', ')}`;
type Tellingen = Record<LogTable, number>;

async function check(
  ds: EntityManager,
  publicKey: KeyObject,
  onProgress: (done: number, total: number) => void,
  modus: VerifyModus,
  getuigd: readonly GetuigdCheckpoint[],
  lezers: readonly pg.Client[] = [],
  teller?: pg.Client,
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
  const versies = VERSIES;
  const { pagina, fetchPage } = paginaLezer(ds, lezers, modus);
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
  // Log rows with neither a position nor a queue entry, counted over each whole table (with
  // `LIMIT 1` the planner looked each record's position up one by one: 250-370 ms for 200,000
  // records; counting hashes them, about 100 ms). With reader connections one more counts
  // while the others read the pages; without, the snapshot's own counts at the end. Named
  // after the positions' own checks either way.
  const vooraf = teller?.query<Tellingen>(TEL_ZONDER_POSITIE_SQL).then(({ rows }) => rows[0]);
  // Not awaited when a page's check fails first.
  vooraf?.catch(() => undefined);
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
  const tellingen = (await vooraf) ?? (await ds.query<Tellingen[]>(TEL_ZONDER_POSITIE_SQL))[0];
  for (const tabel of LOG_TABLES) {
    if (!tellingen?.[tabel]) continue;
    const [stray] = await ds.query<{ id: string }[]>(
      `SELECT r.id ${zonderPositieSql(tabel)} LIMIT 1`,
    );
    return fail(
      range.size,
      `record ${stray?.id ?? '?'} in ${tabel} staat niet in het logboek (ingevoegd)`,
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
