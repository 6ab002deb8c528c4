import type { EntityManager } from 'typeorm';
import { leafHash } from './merkle/merkle.js';

export type LogTable = 'verwerkingslog' | 'actor_audit';
export const LOG_TABLES: readonly LogTable[] = ['verwerkingslog', 'actor_audit'];

/**
 * Columns added after records were first sealed. They count in the leaf only when set, so a
 * record sealed before the column existed keeps its hash (and every later record still has
 * the column's value covered whenever it has one).
 */
const LATER_COLUMNS = new Set(['verstrekker_code']);

/**
 * The bytes a log record contributes to the Merkle tree: its position, its table and every
 * column, in a fixed order, as JSON. Including the position makes a reordering visible at the
 * exact place even when the record itself is untouched.
 */
export function leafData(positie: number, tabel: LogTable, row: Record<string, unknown>): Buffer {
  const keys = Object.keys(row)
    .filter((k) => !(LATER_COLUMNS.has(k) && (row[k] === null || row[k] === undefined)))
    .sort();
  const canonical = keys.map((k) => [k, normalise(row[k])]);
  return Buffer.from(JSON.stringify([positie, tabel, canonical]), 'utf8');
}

export function recordLeafHash(
  positie: number,
  tabel: LogTable,
  row: Record<string, unknown>,
): Buffer {
  return leafHash(leafData(positie, tabel, row));
}

function normalise(v: unknown): unknown {
  if (v instanceof Date) return v.toISOString();
  if (Buffer.isBuffer(v)) return v.toString('hex');
  if (Array.isArray(v)) return v.map(normalise);
  return v ?? null;
}

/** Loads whole records of one table by id (as the sequencer and verify both read them). */
export async function loadRecords(
  m: EntityManager,
  tabel: LogTable,
  ids: readonly string[],
): Promise<Map<string, Record<string, unknown>>> {
  if (ids.length === 0) return new Map();
  const rows = await m.query<Record<string, unknown>[]>(
    `SELECT * FROM "${tabel}" WHERE id = ANY($1::uuid[])`,
    [ids],
  );
  return new Map(rows.map((r) => [String(r.id), r]));
}
