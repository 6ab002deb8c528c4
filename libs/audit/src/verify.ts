import type { KeyObject } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuditCheckpoint } from './audit.entities.js';
import { verifyCheckpoint } from './checkpoint-signer.js';
import { LOG_TABLES, leafDataSql, logColumns } from './log-records.js';
import { CompactRange, leafHash } from './merkle/merkle.js';

export interface VerifyResult {
  ok: boolean;
  /** Records checked against their leaf hash. */
  records: number;
  checkpoints: number;
  /** The first place where the log stops holding, in words and as a position. */
  fout?: { positie: number; reden: string };
}

const PAGE = 20_000;

/**
 * Recomputes the whole tree from the tables: every position holds the record whose hash it
 * stores (position included, so moves show), positions run 0..n-1 without gaps, every
 * checkpoint's root matches the recomputed tree and its Ed25519 signature holds, no sealed
 * position lies beyond the last checkpoint, and no record sits in a log table without a
 * position or a place in the sequencer's queue.
 */
export async function verifyAuditTrail(
  dataSource: DataSource,
  publicKey: KeyObject,
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<VerifyResult> {
  // One snapshot for the whole check: a sequencer sealing meanwhile cannot cause false alarms.
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction('REPEATABLE READ');
    const result = await check(runner.manager, publicKey, onProgress);
    await runner.rollbackTransaction();
    return result;
  } finally {
    await runner.release();
  }
}

async function check(
  ds: EntityManager,
  publicKey: KeyObject,
  onProgress: (done: number, total: number) => void,
): Promise<VerifyResult> {
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
  const columns = await logColumns(ds);
  // One query per page: each position with its record's leaf data built by PostgreSQL (the
  // same bytes as `leafData`); the hashing stays here, so verify does not trust the database
  // to hash. The next page is asked for before this one is hashed, so both cores work.
  const pageSql = `SELECT p.positie, p.leaf_hash,
          (a.id IS NOT NULL OR v.id IS NOT NULL) AS aanwezig,
          CASE p.tabel WHEN 'actor_audit' THEN ${leafDataSql(columns, 'actor_audit', 'a', 'p.positie')}
                       WHEN 'verwerkingslog' THEN ${leafDataSql(columns, 'verwerkingslog', 'v', 'p.positie')} END AS blad
     FROM audit_positie p
     LEFT JOIN actor_audit a ON p.tabel = 'actor_audit' AND a.id = p.record_id
     LEFT JOIN verwerkingslog v ON p.tabel = 'verwerkingslog' AND v.id = p.record_id
    WHERE p.positie >= $1 AND p.positie < $2
    ORDER BY p.positie`;
  type Row = { positie: string; leaf_hash: Buffer; aanwezig: boolean; blad: string | null };
  const fetchPage = (start: number) => ds.query<Row[]>(pageSql, [start, start + PAGE]);
  const range = CompactRange.empty();
  let lastGood = 0;
  let checked = 0;
  let cps = 0;
  let next = fetchPage(0);
  for (let start = 0; ; start += PAGE) {
    const page = await next;
    if (page.length === 0) break;
    next = fetchPage(start + PAGE);
    // Keep the prefetch from surfacing as an unhandled rejection when we stop early.
    next.catch(() => undefined);
    for (const p of page) {
      const positie = Number(p.positie);
      if (positie !== range.size) {
        return fail(range.size, `positie ${String(range.size)} ontbreekt`, checked, cps);
      }
      if (!p.aanwezig || p.blad === null)
        return fail(positie, `record op positie ${String(positie)} is verwijderd`, checked, cps);
      const hash = leafHash(Buffer.from(p.blad, 'utf8'));
      if (!hash.equals(p.leaf_hash)) {
        return fail(
          positie,
          `record op positie ${String(positie)} is gewijzigd of verplaatst`,
          checked,
          cps,
        );
      }
      range.append(hash);
      checked++;
      const c = bySize.get(range.size);
      if (c) {
        if (!range.root().equals(c.root_hash)) {
          return fail(
            lastGood,
            `wortel van checkpoint ${String(range.size)} klopt niet; fout na positie ${String(lastGood)}`,
            checked,
            cps,
          );
        }
        lastGood = range.size;
        cps++;
      }
    }
    onProgress(checked, total);
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
  return { ok: true, records: checked, checkpoints: cps };
}

export type { AuditCheckpoint };
