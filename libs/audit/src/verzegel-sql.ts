import type { EntityManager } from 'typeorm';
import { BLAD_VERSIE, bladHashSql } from './log-records.js';

/**
 * Records per batch: one statement, one checkpoint, one cosignature. Larger batches spread the
 * fixed cost of a checkpoint over more records (issue 12: 5,000 before); a batch of 20,000
 * takes about half a second, well within the 3 s in which every record must be sealed.
 */
export const BATCH = 20_000;
/** The batch size and sealing statement before issue 12's throughput work (`bench:audit`). */
export const OUDE_BATCH = 5000;

/** The leaf version of the sealing statement before issue 12's throughput work (JSON). */
export const OUDE_BLAD_VERSIE = 2;

/**
 * One batch in one statement: take entries off the queue in queue order (those after queue id
 * `$2`, so a batch taken while the one before is still open does not wait for its entries, up
 * to the BATCH-th of them: one range of the queue's primary key, deleted in index order, which
 * costs the database 13 % less per batch than finding each id again, ADR 0039),
 * give them the next positions from `$1`, and store the leaf hash that PostgreSQL computes
 * from each record (`bladHashSql` of leaf version `versie`, the same bytes as `leafData`).
 * What comes back is one row: how many, the first position, the leaf hashes in position order
 * as one value (no row per record for the driver to parse), and the last queue id taken. Each
 * record is looked up by its primary key (a correlated subquery, so the planner cannot choose
 * to hash-join the whole log table for every batch, which made sealing slower as the log grew).
 */
export const verzegelSql = (versie = BLAD_VERSIE): string => `WITH queued AS (
           DELETE FROM audit_wachtrij
            WHERE id > $2
              AND id <= COALESCE(
                    (SELECT id FROM audit_wachtrij WHERE id > $2 ORDER BY id
                      OFFSET ${String(BATCH - 1)} LIMIT 1),
                    (SELECT max(id) FROM audit_wachtrij))
        RETURNING id, tabel, record_id),
         n AS (
           SELECT $1::bigint + row_number() OVER (ORDER BY id) - 1 AS positie, tabel, record_id
             FROM queued),
         p AS (
         INSERT INTO audit_positie (positie, tabel, record_id, leaf_hash, blad_versie)
         SELECT n.positie, n.tabel, n.record_id,
                CASE n.tabel
                  WHEN 'actor_audit' THEN
                    (SELECT ${bladHashSql('actor_audit', 'a', 'n.positie', versie)} FROM actor_audit a WHERE a.id = n.record_id)
                  WHEN 'verwerkingslog' THEN
                    (SELECT ${bladHashSql('verwerkingslog', 'v', 'n.positie', versie)} FROM verwerkingslog v WHERE v.id = n.record_id)
                END,
                ${String(versie)}
           FROM n
        RETURNING positie, leaf_hash)
         SELECT count(*)::int AS n, min(p.positie)::text AS van,
                string_agg(p.leaf_hash, ''::bytea ORDER BY p.positie) AS hashes,
                (SELECT max(id) FROM queued)::text AS tot
           FROM p`;

/** The sealing statement of the current leaf version. */
export const VERZEGEL_SQL = verzegelSql();

/**
 * The sealing statement as it was before issue 12's throughput work, with the JSON leaf of that
 * time (bench only).
 */
export const OUDE_VERZEGEL_SQL = `WITH queued AS (
           DELETE FROM audit_wachtrij
            WHERE id IN (SELECT id FROM audit_wachtrij WHERE id > $2 ORDER BY id LIMIT ${String(OUDE_BATCH)})
        RETURNING id, tabel, record_id),
         n AS (
           SELECT $1::bigint + row_number() OVER (ORDER BY id) - 1 AS positie, tabel, record_id
             FROM queued)
         INSERT INTO audit_positie (positie, tabel, record_id, leaf_hash, blad_versie)
         SELECT n.positie, n.tabel, n.record_id,
                CASE WHEN n.tabel = 'actor_audit' AND a.id IS NOT NULL
                       THEN ${bladHashSql('actor_audit', 'a', 'n.positie', OUDE_BLAD_VERSIE)}
                     WHEN n.tabel = 'verwerkingslog' AND v.id IS NOT NULL
                       THEN ${bladHashSql('verwerkingslog', 'v', 'n.positie', OUDE_BLAD_VERSIE)} END,
                ${String(OUDE_BLAD_VERSIE)}
           FROM n
           LEFT JOIN actor_audit a ON n.tabel = 'actor_audit' AND a.id = n.record_id
           LEFT JOIN verwerkingslog v ON n.tabel = 'verwerkingslog' AND v.id = n.record_id
        RETURNING positie, leaf_hash`;

/**
 * The first queue entry after queue id `na` without its record (sealing it would seal a
 * phantom), if any, with its rank among the entries after `na`.
 */
export async function eersteSpook(
  m: EntityManager,
  na: string,
): Promise<{ id: string; tabel: string; record_id: string; rang: string } | undefined> {
  const [row] = await m.query<{ id: string; tabel: string; record_id: string; rang: string }[]>(
    `SELECT * FROM (
       SELECT w.id, w.tabel, w.record_id, row_number() OVER (ORDER BY w.id) - 1 AS rang,
              (a.id IS NULL AND v.id IS NULL) AS spook
         FROM audit_wachtrij w
         LEFT JOIN actor_audit a ON w.tabel = 'actor_audit' AND a.id = w.record_id
         LEFT JOIN verwerkingslog v ON w.tabel = 'verwerkingslog' AND v.id = w.record_id
        WHERE w.id > $1) q
      WHERE spook ORDER BY id LIMIT 1`,
    [na],
  );
  return row;
}

/**
 * The queue id after which the batch after the one taken after `na` starts: the BATCH-th
 * entry after `na`, if there are that many (else undefined: no such batch yet).
 */
export async function ankerNa(m: EntityManager, na: string): Promise<string | undefined> {
  const [row] = await m.query<{ id: string }[]>(
    `SELECT id::text AS id FROM audit_wachtrij WHERE id > $1 ORDER BY id
      OFFSET ${String(BATCH - 1)} LIMIT 1`,
    [na],
  );
  return row?.id;
}
