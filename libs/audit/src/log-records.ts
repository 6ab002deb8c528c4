import type { EntityManager } from 'typeorm';
import { leafHash } from './merkle/merkle.js';

export type LogTable = 'verwerkingslog' | 'actor_audit';
export const LOG_TABLES: readonly LogTable[] = ['verwerkingslog', 'actor_audit'];

/**
 * Columns added after records were first sealed. They count in the leaf only when set, so a
 * record sealed before the column existed keeps its hash (and every later record still has
 * the column's value covered whenever it has one).
 */
const LATER_COLUMNS = new Set([
  'verstrekker_code',
  'verzoek_span_id',
  'ouder_span_id',
  'regels_versie',
]);

/**
 * The bytes a log record contributes to the Merkle tree: its position, its table and every
 * column, in a fixed order, as JSON. Including the position makes a reordering visible at the
 * exact place even when the record itself is untouched. This is the reference definition;
 * `leafDataSql` builds the same bytes inside PostgreSQL for the sequencer and verify.
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

/** What a purge keeps of a record: its id and its time (ADR 0012). */
export const BEWAARD: Record<LogTable, readonly string[]> = {
  verwerkingslog: ['id', 'eind_tijd'],
  actor_audit: ['id', 'tijd'],
};

/** The content columns of a log table: everything a purge sets to null. */
export function inhoudKolommen(columns: LogColumns, tabel: LogTable): string[] {
  return columns[tabel].map((c) => c.name).filter((c) => !BEWAARD[tabel].includes(c));
}

/** The column names and types of both log tables, as the leaf SQL needs them. */
export type LogColumns = Record<LogTable, readonly { name: string; type: string }[]>;

export async function logColumns(m: EntityManager): Promise<LogColumns> {
  const rows = await m.query<{ table_name: LogTable; column_name: string; data_type: string }[]>(
    `SELECT table_name, column_name, data_type FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name = ANY($1::text[])`,
    [LOG_TABLES],
  );
  const columns: LogColumns = { verwerkingslog: [], actor_audit: [] };
  for (const tabel of LOG_TABLES) {
    columns[tabel] = rows
      .filter((r) => r.table_name === tabel)
      .map((r) => ({ name: r.column_name, type: r.data_type }))
      // The same order as `Object.keys(row).sort()` in `leafData`.
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }
  return columns;
}

/**
 * SQL that yields, as text, exactly the JSON of `leafData(positie, tabel, row)` for the row
 * under `alias`, so that PostgreSQL does the per-record work in bulk. Timestamps follow what
 * node-postgres hands to `leafData`: a Date truncated to the millisecond, where the fraction
 * goes through a double the same way (`1000 * parseFloat('.xxxxxx')`), then ISO 8601 in UTC.
 * `apps/api/test/integrity.e2e.spec.ts` checks both definitions against each other.
 */
export function leafDataSql(
  columns: LogColumns,
  tabel: LogTable,
  alias: string,
  positie: string,
): string {
  const parts = columns[tabel].map(({ name, type }, index) => {
    if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Unexpected log column ${name}`);
    const c = `${alias}."${name}"`;
    let value: string;
    switch (type) {
      case 'timestamp with time zone':
        value = `CASE WHEN ${c} IS NULL THEN 'null' ELSE '"' || to_char(${c} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.') || lpad(trunc(to_char(${c} AT TIME ZONE 'UTC', 'US')::float8 / 1000000 * 1000)::int::text, 3, '0') || 'Z"' END`;
        break;
      case 'ARRAY':
        value = `COALESCE(array_to_json(${c})::text, 'null')`;
        break;
      case 'uuid':
      case 'text':
      case 'integer':
      case 'boolean':
        value = `COALESCE(to_json(${c})::text, 'null')`;
        break;
      default:
        throw new Error(`Log column ${name} has a type the leaf SQL does not know: ${type}`);
    }
    const part = `'["${name}",' || ${value} || ']'`;
    if (index === 0) {
      if (LATER_COLUMNS.has(name)) throw new Error(`A later column cannot come first: ${name}`);
      return part;
    }
    // As in leafData: a later column is in the leaf only when it has a value.
    return LATER_COLUMNS.has(name)
      ? `CASE WHEN ${c} IS NULL THEN '' ELSE ',' || ${part} END`
      : `',' || ${part}`;
  });
  return `'[' || ${positie}::text || ',"${tabel}",[' || ${parts.join(' || ')} || ']]'`;
}
