import {
  AbilityBuilder,
  createMongoAbility,
  subject,
  type MongoAbility,
  type MongoQuery,
} from '@casl/ability';
import { startEmbeddedPostgres } from '@schakel/platform';
import { DataSource } from 'typeorm';
import { accessibleCondition, applyAccessFilter, type ColumnMap } from './casl-to-sql.js';

/*
 * Conformance: for random abilities over a hostile corpus, the rows the SQL selects are exactly
 * the records `ability.can` permits. Runs on the suite's PostgreSQL (DATABASE_URL) or, without
 * it, on an embedded one. Repeat a failing run with CASL_SQL_SEED=<seed from the test name>.
 */
const SEED = Number(process.env.CASL_SQL_SEED ?? Math.floor(Math.random() * 2 ** 32));
const RECORD_COUNT = 500;
const ACTOR_COUNT = 200;
const ACTIONS = ['read', 'update'] as const;
const TYPE = 'Item';

interface Item {
  id: number;
  naam: string | null;
  aantal: number | null;
  actief: boolean | null;
  eigenaarId: string | null;
  aangemaakt: Date | null;
  labels: (string | null)[] | null;
}
type Field = keyof Item;

const COLUMNS: ColumnMap = {
  id: { column: 'id', type: 'int' },
  naam: { column: 'naam', type: 'text' },
  aantal: { column: 'aantal', type: 'int' },
  actief: { column: 'select', type: 'bool' }, // a reserved word: quoting must hold
  eigenaarId: { column: 'eigenaar_id', type: 'uuid' },
  aangemaakt: { column: 'aangemaaktOp', type: 'timestamptz' }, // mixed case: quoting must hold
  labels: { column: 'labels', type: 'text[]' },
};

/** mulberry32: a tiny seeded PRNG, so a failing corpus can be rebuilt from its seed. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = mulberry32(SEED);
const chance = (p: number): boolean => random() < p;
const between = (min: number, max: number): number => min + Math.floor(random() * (max - min + 1));
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const some = <T>(items: readonly T[], max: number): T[] =>
  Array.from({ length: between(0, max) }, () => pick(items));

const HOSTILE_TEXT = [
  ...['', ' ', 'a', 'A', 'b', 'ab', 'abc', 'abd', 'z', 'Z', '0', '-1', '1e3', ' 7 ', '0x10'],
  ...['NULL', 'null', 'undefined', 'true', "O'Brien", "''", '"', '""quoted""', '`'],
  ...['%', '_', '%_%', 'a%', '_a', '\\', '\\\\', 'C:\\temp\\x', '\\x00', '\\n', '\\'],
  ...["'; DROP TABLE casl; --", "Robert'); DROP TABLE leerlingen;--", "' OR '1'='1", '1=1'],
  ...['$1', ':p_0', ':casl1_0', '?', '::text', '/*', '*/', '--', ';'],
  ...['regel\nnieuw', 'tab\there', '\r\n', '\u00a0', '\u200b', 'é', 'e\u0301', 'ß', 'SS'],
  ...['İ', 'ı', 'Ω', 'ﬁ', 'שלום', 'مرحبا', '\u202egnirts', '中文', 'ｱ', '\ud7ff'],
  ...['😀', '👩‍👩‍👧', '🇳🇱', '𝔘', '\uffff', '\ue000', '\ufffd'],
  'x'.repeat(10_000),
  'a'.repeat(3000) + 'b',
];
const ALPHABET = [
  ...Array.from('aAbz09 %_\\\'"-;:\n'),
  ...['é', '\u0301', 'ß', 'İ', 'ש', 'م', '中', '😀', '\uffff', '\ue000'],
];
const randomText = (): string =>
  Array.from({ length: between(0, 8) }, () => pick(ALPHABET)).join('');
/** Text that range comparisons accept (all code units below U+D800, see casl-to-sql.ts). */
const rangeSafe = (s: string): boolean => !/[\uD800-\uFFFF]/.test(s);

const INT_EDGES = [0, 1, -1, 2, 7, 42, 100, -100, 2147483647, -2147483648, 2147483646];
const randomInt = (): number =>
  chance(0.3) ? pick(INT_EDGES) : chance(0.7) ? between(-50, 50) : between(-(2 ** 31), 2 ** 31 - 1);
const hex = (n: number): string =>
  Array.from({ length: n }, () => '0123456789abcdef'[between(0, 15)]).join('');
const randomUuid = (): string => `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
const UUIDS = [
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  ...Array.from({ length: 8 }, randomUuid),
];
const DATE_EDGES = [
  0,
  -1,
  1,
  Date.UTC(1900, 0, 1),
  Date.UTC(1969, 11, 31, 23, 59, 59, 999),
  Date.UTC(2000, 1, 29, 12),
  Date.UTC(9999, 11, 31, 23, 59, 59, 999),
  Date.parse('0001-01-01T00:00:00.000Z'),
];
const randomDate = (): Date =>
  new Date(
    chance(0.3) ? pick(DATE_EDGES) : between(Date.UTC(1950, 0, 1), Date.UTC(2050, 0, 1) - 1),
  );
const randomLabels = (): (string | null)[] => {
  const base: (string | null)[] = some(
    ['x', 'y', '', 'urgent', '%', "O'Brien", '😀', 'b', ...HOSTILE_TEXT],
    3,
  );
  if (chance(0.2) && base.length > 0) base.push(base[0]!); // duplicates
  if (chance(0.1)) base.push(null); // NULL element
  return base;
};
const orNull = <T>(make: () => T, p = 0.2): T | null => (chance(p) ? null : make());

const records: Item[] = Array.from({ length: RECORD_COUNT }, (_, i) => ({
  id: i + 1,
  naam: orNull(() => (chance(0.6) ? pick(HOSTILE_TEXT) : randomText())),
  aantal: orNull(randomInt),
  actief: orNull(() => chance(0.5)),
  eigenaarId: orNull(() => (chance(0.7) ? pick(UUIDS) : randomUuid())),
  aangemaakt: orNull(randomDate),
  labels: orNull(randomLabels),
}));
const subjects = records.map((r) => subject(TYPE, { ...r }));

/** Which kinds of condition the generator produced, to prove the corpus covers them all. */
const seen = new Set<string>();

function fieldValue(field: Field, forRange: boolean): unknown {
  const fromCorpus = <K extends Field>(key: K): Item[K] => pick(records)[key];
  switch (field) {
    case 'id':
      return chance(0.8) ? between(-1, RECORD_COUNT + 1) : pick([0.5, -0, 2 ** 53, 1e21]);
    case 'naam':
    case 'labels': {
      const candidates = [
        ...(field === 'naam' ? [fromCorpus('naam')] : (fromCorpus('labels') ?? [])),
        pick(HOSTILE_TEXT),
        randomText(),
      ].filter((v): v is string => typeof v === 'string');
      const usable = forRange ? candidates.filter(rangeSafe) : candidates;
      return usable.length > 0 ? pick(usable) : pick(['', 'a', 'm', '%', "'"]);
    }
    case 'aantal':
      if (chance(0.15)) return pick([2.5, -0.5, -0, 1e21, -1e21, 2 ** 53 + 2, 0.1]);
      return chance(0.6) ? (fromCorpus('aantal') ?? randomInt()) : randomInt();
    case 'actief':
      return chance(0.5);
    case 'eigenaarId': {
      const id = fromCorpus('eigenaarId') ?? pick(UUIDS);
      // A differently spelled uuid never equals a loaded one in CASL.
      return chance(0.1) ? id.toUpperCase() : chance(0.8) ? id : randomUuid();
    }
    case 'aangemaakt': {
      const d = fromCorpus('aangemaakt');
      if (!d || chance(0.4)) return randomDate();
      const near = new Date(d.getTime() + pick([0, 0, 1, -1]));
      // Keep within the years 1-9999 that the translation accepts.
      return near.getUTCFullYear() >= 1 && near.getUTCFullYear() <= 9999 ? near : d;
    }
  }
}

const RANGE_FIELDS: readonly Field[] = ['id', 'naam', 'aantal', 'aangemaakt', 'labels'];
const ALL_FIELDS: readonly Field[] = [...RANGE_FIELDS, 'actief', 'eigenaarId'];

function fieldCondition(field: Field): unknown {
  const value = (forRange = false): unknown => fieldValue(field, forRange);
  const list = (): unknown[] => {
    const items = Array.from({ length: between(0, 4) }, () => (chance(0.15) ? null : value()));
    seen.add(items.length === 0 ? 'list:empty' : items.includes(null) ? 'list:null' : 'list');
    return items;
  };
  const kinds = ['eq', 'eq', 'null', 'ne', 'ne-null', 'in', 'in', 'nin', 'nin'];
  if (RANGE_FIELDS.includes(field)) kinds.push('lt', 'lte', 'gt', 'gte', 'between');
  const kind = pick(kinds);
  seen.add(kind);
  switch (kind) {
    case 'eq':
      return chance(0.5) ? value() : { $eq: value() };
    case 'null':
      return chance(0.5) ? null : { $eq: null };
    case 'ne':
      return { $ne: value() };
    case 'ne-null':
      return { $ne: null };
    case 'in':
      return { $in: list() };
    case 'nin':
      return { $nin: list() };
    case 'between':
      return { [pick(['$gt', '$gte'])]: value(true), [pick(['$lt', '$lte'])]: value(true) };
    default:
      return { [`$${kind}`]: value(true) };
  }
}

interface GeneratedRule {
  inverted: boolean;
  action: string;
  subject: string;
  fields?: string[];
  conditions?: MongoQuery;
}

function randomRules(): GeneratedRule[] {
  return Array.from({ length: between(1, 5) }, () => {
    const rule: GeneratedRule = {
      inverted: chance(0.35),
      action: pick(['read', 'read', 'read', 'update', 'manage']),
      subject: pick([TYPE, TYPE, TYPE, TYPE, 'all', 'Ander']),
    };
    if (chance(0.1)) rule.fields = ['naam'];
    if (chance(0.85)) {
      const fields = new Set(Array.from({ length: between(1, 3) }, () => pick(ALL_FIELDS)));
      rule.conditions = Object.fromEntries([...fields].map((f) => [f, fieldCondition(f)]));
    } else {
      seen.add(rule.inverted ? 'cannot:unconditional' : 'can:unconditional');
    }
    if (rule.inverted) seen.add('cannot');
    return rule;
  });
}

function build(rules: GeneratedRule[]): MongoAbility {
  const { can, cannot, build: done } = new AbilityBuilder<MongoAbility>(createMongoAbility);
  for (const r of rules) {
    const add = r.inverted ? cannot : can;
    if (r.fields) add(r.action, r.subject, r.fields, r.conditions);
    else add(r.action, r.subject, r.conditions);
  }
  return done();
}

const actors = Array.from({ length: ACTOR_COUNT }, () => {
  const rules = randomRules();
  return { rules, ability: build(rules) };
});

const permitted = (ability: MongoAbility, action: string): number[] =>
  subjects.filter((s) => ability.can(action, s)).map((s) => s.id);

/** Short, printable description of a record for failure messages. */
const describeRecord = (id: number): string =>
  JSON.stringify(records[id - 1], (_k, v: unknown) =>
    typeof v === 'string' && v.length > 40 ? `${v.slice(0, 40)}…(${String(v.length)})` : v,
  );

describe(`CASL rules and their SQL select the same records (seed ${String(SEED)})`, () => {
  const table = `casl_conformance_${String(process.pid)}_${String(Date.now())}`;
  let ds: DataSource;
  let stopDatabase = (): Promise<void> => Promise.resolve();
  const stats = { pairs: 0, permittedPairs: 0, partialSelections: 0, queries: 0 };

  beforeAll(async () => {
    let url = process.env.SCHAKEL_TEST_DATABASE_URL;
    if (!url) {
      const embedded = await startEmbeddedPostgres({ dataDir: 'memory://', maxConnections: 4 });
      url = embedded.url;
      stopDatabase = () => embedded.stop();
    }
    ds = new DataSource({ type: 'postgres', url, poolSize: 2 });
    await ds.initialize();
    await ds.query(`CREATE TABLE "${table}" (
      id int PRIMARY KEY, naam text, aantal int, "select" boolean, eigenaar_id uuid,
      "aangemaaktOp" timestamptz, labels text[])`);
    const values: unknown[] = [];
    const rows = records.map((r) => {
      const at = values.push(
        r.id,
        r.naam,
        r.aantal,
        r.actief,
        r.eigenaarId,
        r.aangemaakt?.toISOString() ?? null,
        r.labels,
      );
      const n = (k: number): string => `$${String(at - 7 + k)}`;
      return `(${n(1)}::int, ${n(2)}::text, ${n(3)}::int, ${n(4)}::boolean, ${n(5)}::uuid, ${n(6)}::timestamptz, ${n(7)}::text[])`;
    });
    await ds.query(`INSERT INTO "${table}" VALUES ${rows.join(', ')}`, values);
  });

  afterAll(async () => {
    console.info(
      `casl-to-sql conformance, seed ${String(SEED)}: ${String(stats.pairs)} (actor, action, record) ` +
        `pairs compared in ${String(stats.queries)} queries, ${String(stats.permittedPairs)} permitted, ` +
        `${String(stats.partialSelections)} partial selections`,
    );
    if (ds.isInitialized) {
      await ds.query(`DROP TABLE IF EXISTS "${table}"`);
      await ds.destroy();
    }
    await stopDatabase();
  });

  it(`stores the ${String(RECORD_COUNT)} hostile records exactly as CASL sees them`, async () => {
    const rows = await ds.query<Record<string, unknown>[]>(
      `SELECT id, naam, aantal, "select" AS actief, eigenaar_id AS "eigenaarId",
        (extract(epoch FROM "aangemaaktOp") * 1000)::bigint::text AS ms, labels
       FROM "${table}" ORDER BY id`,
    );
    expect(rows.map(({ ms, ...r }) => ({ ...r, aangemaakt: ms }))).toEqual(
      records.map((r) => ({
        ...r,
        aangemaakt: r.aangemaakt ? String(r.aangemaakt.getTime()) : null,
      })),
    );
  });

  it(`selects exactly what ability.can permits: ${String(ACTOR_COUNT)} actors x ${String(ACTIONS.length)} actions x ${String(RECORD_COUNT)} records`, async () => {
    for (const [index, { rules, ability }] of actors.entries()) {
      for (const action of ACTIONS) {
        const { sql, params } = accessibleCondition(ability, action, TYPE, COLUMNS, { alias: 't' });
        const [query, values] = ds.driver.escapeQueryWithParameters(
          `SELECT id FROM "${table}" t WHERE ${sql} ORDER BY id`,
          params,
        );
        const got = (await ds.query<{ id: number }[]>(query, values)).map((r) => r.id);
        const want = permitted(ability, action);
        stats.queries++;
        stats.pairs += RECORD_COUNT;
        stats.permittedPairs += want.length;
        if (want.length > 0 && want.length < RECORD_COUNT) stats.partialSelections++;
        const onlySql = got.filter((id) => !want.includes(id)).slice(0, 5);
        const onlyCasl = want.filter((id) => !got.includes(id)).slice(0, 5);
        if (onlySql.length > 0 || onlyCasl.length > 0) {
          // Print the actor, its SQL and the first differing records before failing.
          expect({
            actor: index,
            action,
            rules: JSON.stringify(rules),
            sql,
            onlySql: onlySql.map(describeRecord),
            onlyCasl: onlyCasl.map(describeRecord),
          }).toEqual({
            actor: index,
            action,
            rules: JSON.stringify(rules),
            sql,
            onlySql: [],
            onlyCasl: [],
          });
        }
      }
    }
    expect(stats.pairs).toBe(ACTOR_COUNT * ACTIONS.length * RECORD_COUNT);
    // The corpus must exercise the translation, not only its trivial all/nothing answers.
    expect(stats.partialSelections).toBeGreaterThan(ACTOR_COUNT * ACTIONS.length * 0.25);
    expect([...seen].sort()).toEqual(
      [
        'between',
        'can:unconditional',
        'cannot',
        'cannot:unconditional',
        'eq',
        'gt',
        'gte',
        'in',
        'list',
        'list:empty',
        'list:null',
        'lt',
        'lte',
        'ne',
        'ne-null',
        'nin',
        'null',
      ].sort(),
    );
  });

  it('keeps two filters on one query builder exact, after a where with OR', async () => {
    for (let i = 0; i + 1 < actors.length; i += 2) {
      const [a, b] = [actors[i]!.ability, actors[i + 1]!.ability];
      const qb = ds
        .createQueryBuilder()
        .select('t.id', 'id')
        .from(table, 't')
        // Without bracketing, `x OR y AND filter` would let every row through here.
        .where('t.id <= :max OR t.id < :min', { max: RECORD_COUNT, min: 0 });
      applyAccessFilter(qb, a, 'read', TYPE, COLUMNS);
      applyAccessFilter(qb, b, 'update', TYPE, COLUMNS);
      const got = (await qb.orderBy('t.id').getRawMany<{ id: number }>()).map((r) => r.id);
      const inB = new Set(permitted(b, 'update'));
      expect(got).toEqual(permitted(a, 'read').filter((id) => inB.has(id)));
      stats.queries++;
    }
  });
});
