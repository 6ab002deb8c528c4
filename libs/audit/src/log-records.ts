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

/** A column of the leaf encoding, with the PostgreSQL type its SQL form needs. */
interface BladKolom {
  name: string;
  type: 'uuid' | 'text' | 'integer' | 'boolean' | 'timestamp with time zone' | 'ARRAY';
}

const kolommen = (spec: string): readonly BladKolom[] =>
  spec
    .trim()
    .split(/\s*,\s*/)
    .map((c) => {
      const [name = '', type = ''] = c.split(':');
      const t = { ts: 'timestamp with time zone', arr: 'ARRAY', int: 'integer', bool: 'boolean' }[
        type
      ];
      return { name, type: (t ?? type) as BladKolom['type'] };
    })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

/** The columns of leaf versions 2 and 3 (frozen, as every version's list). */
const KOLOMMEN_2: Record<LogTable, readonly BladKolom[]> = {
  actor_audit: kolommen(`id:uuid, tijd:ts, actor_id:text, actor_soort:text,
    organisatie_code:text, rollen:arr, actie:text, object_type:text, object_id:text,
    resultaat:text, reden:text, regel:text, herkomst_ip:text, client_id:text,
    activiteit_id:text, activiteit_versie:int, doorbraak:bool, doorbraak_verantwoording:text,
    velden:arr, trace_id:text, verstrekker_code:text, verzoek_span_id:text,
    ouder_span_id:text, regels_versie:text`),
  verwerkingslog: kolommen(`id:uuid, trace_id:text, span_id:text, activiteit_id:text,
    activiteit_versie:int, betrokkene:text, gegevenscategorieen:arr, status:text,
    start_tijd:ts, eind_tijd:ts, audit_id:uuid`),
};

/**
 * The leaf encodings, by version. A version fixes the exact columns (sorted by name) whose
 * values make a record's leaf, so a later migration that adds a column (with a default or not)
 * changes no sealed leaf. A new version is added, never an old one changed; every position
 * records the version that sealed it (`audit_positie.blad_versie`). Version 1 is the column
 * set the trail was first sealed with. Columns added later are not covered until a new
 * version lists them.
 */
export const BLAD_VERSIES: Readonly<Record<number, Record<LogTable, readonly BladKolom[]>>> = {
  1: {
    actor_audit: kolommen(`id:uuid, tijd:ts, actor_id:text, actor_soort:text,
      organisatie_code:text, rollen:arr, actie:text, object_type:text, object_id:text,
      resultaat:text, reden:text, regel:text, herkomst_ip:text, client_id:text,
      activiteit_id:text, activiteit_versie:int, doorbraak:bool, doorbraak_verantwoording:text,
      velden:arr, trace_id:text, verstrekker_code:text`),
    verwerkingslog: kolommen(`id:uuid, trace_id:text, span_id:text, activiteit_id:text,
      activiteit_versie:int, betrokkene:text, gegevenscategorieen:arr, status:text,
      start_tijd:ts, eind_tijd:ts, audit_id:uuid`),
  },
  // Version 2 also covers the spans and the rules version of the actor audit record (ADR 0021).
  2: KOLOMMEN_2,
  // Version 3 lists the columns of version 2, every one of them also when null, in PostgreSQL's
  // binary record encoding instead of JSON (ADR 0039).
  3: KOLOMMEN_2,
};

/**
 * Versions from which the leaf is PostgreSQL's binary encoding of one anonymous record
 * (`record_send`, the format of the binary wire protocol and of binary COPY): the position,
 * the table and the version's columns, each with its type's OID and length (-1 for null) and
 * the type's binary form. No text formatting is involved, so no session setting (time zone,
 * date style) can change the bytes, timestamps keep their microseconds, and PostgreSQL builds
 * it several times faster than the JSON of versions 1 and 2 (ADR 0039). Text is sent in the
 * client encoding, which node-postgres and the embedded database both set to UTF8.
 */
const BINAIRE_VERSIES = new Set([3]);

/** The version the sequencer seals new records with. */
export const BLAD_VERSIE = 3;

function bladKolommen(versie: number, tabel: LogTable): readonly BladKolom[] {
  const v = BLAD_VERSIES[versie];
  if (!v) throw new Error(`Unknown leaf encoding version ${String(versie)}`);
  return v[tabel];
}

/**
 * The bytes a log record contributes to the Merkle tree: its position, its table and the
 * columns of its leaf version, in a fixed order, as JSON. Including the position makes a
 * reordering visible at the exact place even when the record itself is untouched. This is the
 * reference definition; `leafDataSql` builds the same bytes inside PostgreSQL for the
 * sequencer and verify.
 */
export function leafData(
  positie: number,
  tabel: LogTable,
  row: Record<string, unknown>,
  versie = BLAD_VERSIE,
): Buffer {
  if (BINAIRE_VERSIES.has(versie)) return binairBlad(positie, tabel, row, versie);
  const keys = bladKolommen(versie, tabel)
    .map((c) => c.name)
    .filter((k) => !(LATER_COLUMNS.has(k) && (row[k] === null || row[k] === undefined)));
  const canonical = keys.map((k) => [k, normalise(row[k])]);
  return Buffer.from(JSON.stringify([positie, tabel, canonical]), 'utf8');
}

export function recordLeafHash(
  positie: number,
  tabel: LogTable,
  row: Record<string, unknown>,
  versie = BLAD_VERSIE,
): Buffer {
  return leafHash(leafData(positie, tabel, row, versie));
}

/** Type OIDs of PostgreSQL's built-in types (fixed since PostgreSQL 7). */
const OID = {
  int8: 20,
  text: 25,
  int4: 23,
  bool: 16,
  uuid: 2950,
  timestamptz: 1184,
  textArray: 1009,
} as const;
const OID_VAN: Record<BladKolom['type'], number> = {
  uuid: OID.uuid,
  text: OID.text,
  integer: OID.int4,
  boolean: OID.bool,
  'timestamp with time zone': OID.timestamptz,
  ARRAY: OID.textArray,
};
const CAST_VAN: Record<BladKolom['type'], string> = {
  uuid: 'uuid',
  text: 'text',
  integer: 'int4',
  boolean: 'bool',
  'timestamp with time zone': 'timestamptz',
  ARRAY: 'text[]',
};
/** 2000-01-01T00:00:00Z, PostgreSQL's epoch for binary timestamps, in ms since 1970. */
const PG_EPOCH_MS = 946_684_800_000;

function int32(n: number): Buffer {
  const b = Buffer.allocUnsafe(4);
  b.writeInt32BE(n);
  return b;
}

/** A timestamp's microseconds since PostgreSQL's epoch, from a Date or an ISO 8601 text. */
function microseconden(v: unknown): bigint {
  if (v instanceof Date) return BigInt(v.getTime() - PG_EPOCH_MS) * 1000n;
  const m = /^(.*?\d\d:\d\d:\d\d)(?:\.(\d{1,6}))?(Z|[+-]\d\d(?::?\d\d)?)$/.exec(String(v));
  if (!m) throw new TypeError(`not a timestamp: ${String(v)}`);
  const seconden = Date.parse(`${m[1] ?? ''}${m[3] ?? ''}`);
  if (Number.isNaN(seconden)) throw new TypeError(`not a timestamp: ${String(v)}`);
  return BigInt(seconden - PG_EPOCH_MS) * 1000n + BigInt((m[2] ?? '').padEnd(6, '0'));
}

/** One value in its type's binary send format (`uuid_send`, `timestamptz_send`, …). */
function binaireWaarde(type: BladKolom['type'], v: unknown): Buffer {
  switch (type) {
    case 'uuid':
      return Buffer.from(String(v).replaceAll('-', ''), 'hex');
    case 'text':
      return Buffer.from(String(v), 'utf8');
    case 'integer':
      return int32(Number(v));
    case 'boolean':
      return Buffer.from([v ? 1 : 0]);
    case 'timestamp with time zone': {
      const b = Buffer.allocUnsafe(8);
      b.writeBigInt64BE(microseconden(v));
      return b;
    }
    case 'ARRAY': {
      // array_send of a one-dimensional text[] with lower bound 1 (an empty one has no dims).
      const items = v as (string | null)[];
      const kop =
        items.length === 0
          ? [int32(0), int32(0), int32(OID.text)]
          : [
              int32(1),
              int32(items.includes(null) ? 1 : 0),
              int32(OID.text),
              int32(items.length),
              int32(1),
            ];
      return Buffer.concat([
        ...kop,
        ...items.flatMap((x) => {
          if (x === null) return [int32(-1)];
          const t = Buffer.from(x, 'utf8');
          return [int32(t.length), t];
        }),
      ]);
    }
  }
}

/**
 * The reference for the binary versions: what `record_send(ROW(positie::int8, tabel::text,
 * columns…))` returns. Timestamps may be given as Date (milliseconds) or as ISO 8601 text with
 * up to six decimals (microseconds, as PostgreSQL keeps them).
 */
function binairBlad(
  positie: number,
  tabel: LogTable,
  row: Record<string, unknown>,
  versie: number,
): Buffer {
  const velden: [number, Buffer | null][] = [
    [
      OID.int8,
      (() => {
        const b = Buffer.allocUnsafe(8);
        b.writeBigInt64BE(BigInt(positie));
        return b;
      })(),
    ],
    [OID.text, Buffer.from(tabel, 'utf8')],
    ...bladKolommen(versie, tabel).map(({ name, type }): [number, Buffer | null] => {
      const v = row[name];
      return [OID_VAN[type], v === null || v === undefined ? null : binaireWaarde(type, v)];
    }),
  ];
  return Buffer.concat([
    int32(velden.length),
    ...velden.flatMap(([oid, b]) =>
      b ? [int32(oid), int32(b.length), b] : [int32(oid), int32(-1)],
    ),
  ]);
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

/** The content columns of a leaf version: what a purged record must have empty. */
export function bladInhoud(tabel: LogTable, versie = BLAD_VERSIE): string[] {
  return bladKolommen(versie, tabel)
    .map((c) => c.name)
    .filter((c) => !BEWAARD[tabel].includes(c));
}

/** The column names and types of both log tables as they are now (for the purge). */
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
 * SQL that yields, as text, exactly the JSON of `leafData(positie, tabel, row, versie)` for the row
 * under `alias`, so that PostgreSQL does the per-record work in bulk. Timestamps follow what
 * node-postgres hands to `leafData`: a Date truncated to the millisecond, where the fraction
 * goes through a double the same way (`1000 * parseFloat('.xxxxxx')`), then ISO 8601 in UTC.
 * `apps/api/test/integrity.e2e.spec.ts` checks both definitions against each other.
 */
export function leafDataSql(
  tabel: LogTable,
  alias: string,
  positie: string,
  versie = BLAD_VERSIE,
): string {
  if (BINAIRE_VERSIES.has(versie)) {
    throw new Error(`Leaf version ${String(versie)} is binary: use bladBytesSql`);
  }
  const parts = bladKolommen(versie, tabel).map(({ name, type }, index) => {
    if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Unexpected log column ${name}`);
    const c = `${alias}."${name}"`;
    let value: string;
    switch (type as string) {
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

/**
 * SQL that yields, as bytea, the leaf bytes of the row under `alias` at `positie` in leaf
 * version `versie` (the same bytes as `leafData`): for the JSON versions the UTF-8 of
 * `leafDataSql`, for the binary ones `record_send` of the position, the table and the columns,
 * each cast to the type the version fixes (so the type OIDs in the bytes never follow a later
 * change of a column's type).
 */
export function bladBytesSql(
  tabel: LogTable,
  alias: string,
  positie: string,
  versie = BLAD_VERSIE,
): string {
  if (!BINAIRE_VERSIES.has(versie)) {
    return `convert_to(${leafDataSql(tabel, alias, positie, versie)}, 'UTF8')`;
  }
  const kolommen = bladKolommen(versie, tabel).map(({ name, type }) => {
    if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Unexpected log column ${name}`);
    return `${alias}."${name}"::${CAST_VAN[type]}`;
  });
  return `record_send(ROW(${positie}::int8, '${tabel}'::text, ${kolommen.join(', ')}))`;
}

/** SQL for the RFC 6962 leaf hash of that row: SHA-256(0x00 || leaf bytes). */
export function bladHashSql(
  tabel: LogTable,
  alias: string,
  positie: string,
  versie = BLAD_VERSIE,
): string {
  return `sha256('\\x00'::bytea || ${bladBytesSql(tabel, alias, positie, versie)})`;
}

/**
 * A time-ordered UUID (version 7, RFC 9562) in SQL, for log records written in bulk by the
 * seed and the benchmarks: the same kind of id `AuditService` gives every record, so that
 * bulk loads exercise the indexes as the application does. PostgreSQL 15 has no `uuidv7()`:
 * the first 48 bits of a random v4 UUID become the clock's milliseconds and the version bits
 * become 7 (v4 and v7 share the variant bits).
 */
export const UUID_V7_SQL = `encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid()) placing substring(int8send((extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3) FROM 1 FOR 6), 52, 1), 53, 1), 'hex')::uuid`;
