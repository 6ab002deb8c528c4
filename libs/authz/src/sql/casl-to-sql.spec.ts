import {
  createMongoAbility,
  subject,
  type MongoAbility,
  type MongoQuery,
  type RawRuleOf,
} from '@casl/ability';
import { DataSource } from 'typeorm';
import {
  accessibleCondition,
  applyAccessFilter,
  UnsupportedConditionError,
  type ColumnMap,
} from './casl-to-sql.js';

type Rule = RawRuleOf<MongoAbility>;

const columns: ColumnMap = {
  id: { column: 'id', type: 'int' },
  naam: { column: 'naam', type: 'text' },
  aantal: { column: 'aantal', type: 'int' },
  actief: { column: 'actief', type: 'bool' },
  eigenaarId: { column: 'eigenaar_id', type: 'uuid' },
  aangemaakt: { column: 'aangemaaktOp', type: 'timestamptz' },
  labels: { column: 'labels', type: 'text[]' },
};
const UUID = '123e4567-e89b-42d3-a456-426614174000';

const read = (conditions?: MongoQuery): Rule => ({ action: 'read', subject: 'Item', conditions });
const deny = (conditions?: MongoQuery): Rule => ({ ...read(conditions), inverted: true });
const conditionOf = (...rules: Rule[]) =>
  accessibleCondition(createMongoAbility(rules), 'read', 'Item', columns, { paramPrefix: 'p' });

describe('accessibleCondition: one condition per operator', () => {
  const naam = '"t"."naam"';
  const aantal = '"t"."aantal"';
  const labels = '"t"."labels"';
  const labelHasNull = `array_position(${labels}, CAST(NULL AS text)) IS NOT NULL`;
  const unnest = `SELECT 1 FROM unnest(${labels}) AS casl_element(value)`;

  it.each<[string, MongoQuery, string, Record<string, unknown>]>([
    ['eq', { naam: 'x' }, `${naam} = CAST(:p_0 AS text)`, { p_0: 'x' }],
    ['$eq', { aantal: { $eq: 3 } }, `${aantal} = CAST(:p_0 AS bigint)`, { p_0: 3 }],
    ['eq bool', { actief: false }, '"t"."actief" = CAST(:p_0 AS boolean)', { p_0: false }],
    ['eq uuid', { eigenaarId: UUID }, '"t"."eigenaar_id" = CAST(:p_0 AS uuid)', { p_0: UUID }],
    [
      'eq date',
      { aangemaakt: new Date(Date.UTC(2024, 0, 2)) },
      '"t"."aangemaaktOp" = CAST(:p_0 AS timestamptz)',
      { p_0: '2024-01-02T00:00:00.000Z' },
    ],
    ['eq null', { naam: null }, `${naam} IS NULL`, {}],
    ['$eq null', { naam: { $eq: null } }, `${naam} IS NULL`, {}],
    ['ne', { naam: { $ne: 'x' } }, `${naam} IS DISTINCT FROM CAST(:p_0 AS text)`, { p_0: 'x' }],
    ['ne null', { naam: { $ne: null } }, `${naam} IS NOT NULL`, {}],
    ['eq fraction on int: never', { aantal: 2.5 }, 'FALSE', {}],
    ['ne fraction on int: always', { aantal: { $ne: 2.5 } }, 'TRUE', {}],
    ['eq uuid in capitals: never', { eigenaarId: UUID.toUpperCase() }, 'FALSE', {}],
    ['in', { aantal: { $in: [1, 2] } }, `${aantal} = ANY(CAST(:p_0 AS bigint[]))`, { p_0: [1, 2] }],
    [
      'in with null',
      { naam: { $in: ['a', null] } },
      `(${naam} = ANY(CAST(:p_0 AS text[])) OR ${naam} IS NULL)`,
      { p_0: ['a'] },
    ],
    ['in only null', { naam: { $in: [null] } }, `${naam} IS NULL`, {}],
    ['in []', { naam: { $in: [] } }, 'FALSE', {}],
    ['in fractions on int', { aantal: { $in: [0.5, 1.5] } }, 'FALSE', {}],
    [
      'nin',
      { naam: { $nin: ['a'] } },
      `(${naam} = ANY(CAST(:p_0 AS text[]))) IS NOT TRUE`,
      { p_0: ['a'] },
    ],
    ['nin []', { naam: { $nin: [] } }, 'TRUE', {}],
    ['nin only null', { naam: { $nin: [null] } }, `(${naam} IS NULL) IS NOT TRUE`, {}],
    // NULL passes lt/lte against x >= 0 and gt/gte against x < 0 (see the NULL table below).
    [
      'lt 5',
      { aantal: { $lt: 5 } },
      `(${aantal} < CAST(:p_0 AS bigint) OR ${aantal} IS NULL)`,
      { p_0: 5 },
    ],
    ['lte -5', { aantal: { $lte: -5 } }, `${aantal} <= CAST(:p_0 AS bigint)`, { p_0: -5 }],
    ['gt 5', { aantal: { $gt: 5 } }, `${aantal} > CAST(:p_0 AS bigint)`, { p_0: 5 }],
    [
      'gte -5',
      { aantal: { $gte: -5 } },
      `(${aantal} >= CAST(:p_0 AS bigint) OR ${aantal} IS NULL)`,
      { p_0: -5 },
    ],
    [
      'gt 2.5 (numeric)',
      { aantal: { $gt: 2.5 } },
      `${aantal} > CAST(:p_0 AS numeric)`,
      { p_0: 2.5 },
    ],
    [
      'gt text (code point order)',
      { naam: { $gt: 'm' } },
      `${naam} COLLATE "C" > CAST(:p_0 AS text)`,
      { p_0: 'm' },
    ],
    [
      'lt date',
      { aangemaakt: { $lt: new Date(-1) } },
      '"t"."aangemaaktOp" < CAST(:p_0 AS timestamptz)',
      { p_0: '1969-12-31T23:59:59.999Z' },
    ],
    [
      'two operators on one field',
      { aantal: { $gt: 1, $lte: -1 } },
      `(${aantal} > CAST(:p_0 AS bigint) AND ${aantal} <= CAST(:p_1 AS bigint))`,
      { p_0: 1, p_1: -1 },
    ],
    [
      'two fields',
      { naam: 'x', actief: true },
      `(${naam} = CAST(:p_0 AS text) AND "t"."actief" = CAST(:p_1 AS boolean))`,
      { p_0: 'x', p_1: true },
    ],
    [
      'text[] eq: contains',
      { labels: 'x' },
      `${labels} @> ARRAY[CAST(:p_0 AS text)]`,
      { p_0: 'x' },
    ],
    ['text[] eq null', { labels: null }, `(${labels} IS NULL OR ${labelHasNull})`, {}],
    [
      'text[] ne',
      { labels: { $ne: 'x' } },
      `(${labels} @> ARRAY[CAST(:p_0 AS text)]) IS NOT TRUE`,
      { p_0: 'x' },
    ],
    [
      'text[] in with null',
      { labels: { $in: ['x', null] } },
      `(${labels} && CAST(:p_0 AS text[]) OR ${labels} IS NULL OR ${labelHasNull})`,
      { p_0: ['x'] },
    ],
    [
      'text[] nin',
      { labels: { $nin: ['x'] } },
      `(${labels} && CAST(:p_0 AS text[])) IS NOT TRUE`,
      { p_0: ['x'] },
    ],
    [
      'text[] gt: some element',
      { labels: { $gt: 'm' } },
      `EXISTS (${unnest} WHERE casl_element.value COLLATE "C" > CAST(:p_0 AS text))`,
      { p_0: 'm' },
    ],
    [
      'text[] lt: some element, NULL element or NULL array',
      { labels: { $lt: 'm' } },
      `(EXISTS (${unnest} WHERE (casl_element.value COLLATE "C" < CAST(:p_0 AS text) OR casl_element.value IS NULL)) OR ${labels} IS NULL)`,
      { p_0: 'm' },
    ],
  ])('%s', (_name, conditions, sql, params) => {
    expect(conditionOf(read(conditions))).toEqual({ sql, params });
  });
});

describe('accessibleCondition: combining rules like ability.can', () => {
  it.each<[string, Rule[], string]>([
    ['no rules: nothing', [], 'FALSE'],
    ['an unconditional can: everything', [read()], 'TRUE'],
    ['only cannot rules: nothing', [deny({ actief: false })], 'FALSE'],
    ['a later unconditional cannot wins', [read({ actief: true }), deny()], 'FALSE'],
    [
      'can everything except',
      [read(), deny({ actief: false })],
      '("t"."actief" = CAST(:p_0 AS boolean)) IS NOT TRUE',
    ],
    [
      'a cannot before a can does not limit it',
      [deny({ actief: false }), read({ naam: 'x' })],
      '"t"."naam" = CAST(:p_0 AS text)',
    ],
    [
      'each can, minus the cannots after it',
      [read({ aantal: 1 }), read({ naam: 'x' }), deny({ actief: false })],
      '(("t"."naam" = CAST(:p_0 AS text) AND ("t"."actief" = CAST(:p_1 AS boolean)) IS NOT TRUE) OR ("t"."aantal" = CAST(:p_2 AS bigint) AND ("t"."actief" = CAST(:p_3 AS boolean)) IS NOT TRUE))',
    ],
    [
      'cannot over an OR-shaped leaf',
      [read(), deny({ naam: { $in: ['a', null] } })],
      '("t"."naam" = ANY(CAST(:p_0 AS text[])) OR "t"."naam" IS NULL) IS NOT TRUE',
    ],
    [
      'other actions and subject types do not count',
      [
        { action: 'update', subject: 'Item' },
        { action: 'read', subject: 'Ander' },
      ],
      'FALSE',
    ],
    ['manage on all counts', [{ action: 'manage', subject: 'all' }], 'TRUE'],
    [
      'a field-limited can counts, a field-limited cannot not (as in ability.can)',
      [
        { action: 'read', subject: 'Item', fields: ['naam'] },
        { action: 'read', subject: 'Item', fields: ['naam'], inverted: true },
      ],
      'TRUE',
    ],
  ])('%s', (_name, rules, sql) => {
    expect(conditionOf(...rules).sql).toBe(sql);
  });
});

describe('accessibleCondition: NULL in comparisons, as CASL compares it', () => {
  // CASL's compare(null, x) is 1 when `0 > Number(x)`, else -1: NULL behaves as just below 0.
  const values: [string, unknown][] = [
    ['aantal', -1],
    ['aantal', -0],
    ['aantal', 0],
    ['aantal', 1],
    ['aantal', -0.5],
    ['aantal', 1e21],
    ['naam', ''],
    ['naam', 'abc'],
    ['naam', '-1'],
    ['naam', ' -2 '],
    ['naam', '0x10'],
    ['naam', '-Infinity'],
    ['aangemaakt', new Date(-1)],
    ['aangemaakt', new Date(0)],
    ['aangemaakt', new Date(1)],
  ];
  const cases = values.flatMap(([field, value]) =>
    (['$lt', '$lte', '$gt', '$gte'] as const).map((op) => [field, op, value] as const),
  );

  it.each(cases)('%s %s %p matches NULL exactly when ability.can says so', (field, op, value) => {
    const rule = read({ [field]: { [op]: value } });
    const ability = createMongoAbility([rule]);
    const record = subject('Item', { [field]: null });
    const { sql } = conditionOf(rule);
    expect(sql.endsWith(`"${columns[field]!.column}" IS NULL)`)).toBe(ability.can('read', record));
  });
});

describe('accessibleCondition: fails closed', () => {
  it.each<[string, Record<string, unknown>]>([
    ['a field without a column', { bsn: '123456782' }],
    ['$or (not in createMongoAbility: CASL never matches it)', { $or: [{ naam: 'a' }] }],
    ['$and', { $and: [{ naam: 'a' }] }],
    ['$nor', { $nor: [{ naam: 'a' }] }],
    ['$not (read by CASL as equality with an object)', { naam: { $not: { $eq: 'a' } } }],
    ['$regex', { naam: { $regex: '^a' } }],
    ['a RegExp value', { naam: /^a/ }],
    ['$exists', { naam: { $exists: true } }],
    ['$all', { labels: { $all: ['a'] } }],
    ['$size', { labels: { $size: 1 } }],
    ['$elemMatch', { labels: { $elemMatch: { $eq: 'a' } } }],
    ['undefined (e.g. a missing user attribute)', { eigenaarId: undefined }],
    ['a function value (TypeORM would inline its result)', { naam: () => '1=1' }],
    ['a number for a text column', { naam: 1 }],
    ['a string for an int column', { aantal: '1' }],
    ['a string for a timestamptz column', { aangemaakt: '2024-01-01' }],
    ['a string for a bool column', { actief: 'true' }],
    ['an array for eq', { labels: ['a', 'b'] }],
    ['an object for eq', { naam: { nested: 'x' } }],
    ['a wrong type in a list', { aantal: { $in: [1, '2'] } }],
    ['NaN', { aantal: { $lt: NaN } }],
    ['Infinity', { aantal: { $gt: Infinity } }],
    ['an invalid Date', { aangemaakt: new Date(NaN) }],
    ['a Date before year 1', { aangemaakt: { $lt: new Date('0000-12-31T23:59:59.999Z') } }],
    ['a range on uuid', { eigenaarId: { $gt: UUID } }],
    ['text with U+0000', { naam: 'a\u0000b' }],
    ['text with a lone surrogate', { naam: 'a\ud800' }],
    ['a text range against an emoji (UTF-16 vs code point order)', { naam: { $lt: '😀' } }],
    ['a text range against U+E000 and up', { labels: { $gt: '\ue000' } }],
  ])('throws for %s', (_name, conditions) => {
    expect(() => conditionOf(read(conditions as MongoQuery))).toThrow(UnsupportedConditionError);
  });

  it('throws while another branch already folds to FALSE, and in a cannot after everything', () => {
    expect(() => conditionOf(read({ naam: { $in: [] }, bsn: 'x' }))).toThrow(/"bsn"/);
    expect(() => conditionOf(read(), deny({ $or: [{ naam: 'a' }] }))).toThrow(/\$or/);
  });

  it('throws for a nested path, even when mapped', () => {
    const ability = createMongoAbility([read({ 'eigenaar.naam': 'x' })]);
    const nested: ColumnMap = { 'eigenaar.naam': { column: 'eigenaar_naam', type: 'text' } };
    expect(() => accessibleCondition(ability, 'read', 'Item', nested)).toThrow(/Nested field/);
  });

  it('names the field, never the value (values can be personal data)', () => {
    const error = (() => {
      try {
        conditionOf(read({ naam: 123456782 }));
      } catch (e) {
        return e as UnsupportedConditionError;
      }
    })();
    expect(error?.code).toBe('unsupported-access-condition');
    expect(error?.message).toContain('"naam"');
    expect(error?.message).not.toContain('123456782');
  });

  it('rejects an unsafe alias, parameter prefix or column name', () => {
    const ability = createMongoAbility([read({ naam: 'x' })]);
    expect(() =>
      accessibleCondition(ability, 'read', 'Item', columns, { alias: 't"; --' }),
    ).toThrow(UnsupportedConditionError);
    expect(() =>
      accessibleCondition(ability, 'read', 'Item', columns, { paramPrefix: 'p:x' }),
    ).toThrow(UnsupportedConditionError);
    expect(() =>
      accessibleCondition(ability, 'read', 'Item', { naam: { column: 'a:b', type: 'text' } }),
    ).toThrow(UnsupportedConditionError);
  });
});

describe('accessibleCondition: values only as parameters', () => {
  const hostile = [
    "'; DROP TABLE items; --",
    "O'Brien",
    '100%_\\',
    ':p_1',
    '$1',
    '"t"."naam"',
    'שלום \u202e 😀',
  ];

  it.each(hostile)('%p stays out of the SQL text', (value) => {
    expect(conditionOf(read({ naam: value, labels: { $in: [value] } }))).toEqual({
      sql: '("t"."naam" = CAST(:p_0 AS text) AND "t"."labels" && CAST(:p_1 AS text[]))',
      params: { p_0: value, p_1: [value] },
    });
  });

  it('uses the given alias and prefix, and a fresh prefix per call by default', () => {
    const ability = createMongoAbility([read({ naam: 'x' })]);
    expect(
      accessibleCondition(ability, 'read', 'Item', columns, { alias: 'z', paramPrefix: 'mine' }),
    ).toEqual({ sql: '"z"."naam" = CAST(:mine_0 AS text)', params: { mine_0: 'x' } });
    const first = Object.keys(accessibleCondition(ability, 'read', 'Item', columns).params);
    const second = Object.keys(accessibleCondition(ability, 'read', 'Item', columns).params);
    expect(first).toHaveLength(1);
    expect(second).toHaveLength(1);
    expect(first).not.toEqual(second);
  });
});

describe('applyAccessFilter', () => {
  // Building SQL needs no connection.
  const ds = new DataSource({ type: 'postgres' });

  it('brackets earlier where clauses and keeps the parameters of two filters apart', () => {
    const qb = ds
      .createQueryBuilder()
      .select('item.id')
      .from('item', 'item')
      .where('item.id = :x OR item.id = :y', { x: 1, y: 2 });
    applyAccessFilter(qb, createMongoAbility([read({ naam: 'a' })]), 'read', 'Item', columns);
    applyAccessFilter(qb, createMongoAbility([read({ naam: 'b' })]), 'read', 'Item', columns);
    const [sql, params] = qb.getQueryAndParameters();
    expect(sql).toBe(
      'SELECT item.id FROM "item" "item" WHERE ((item.id = $1 OR item.id = $2) AND "item"."naam" = CAST($3 AS text)) AND "item"."naam" = CAST($4 AS text)',
    );
    expect(params).toEqual([1, 2, 'a', 'b']);
  });

  it('skips a parameter prefix that the query builder already uses', () => {
    const ability = createMongoAbility([read({ naam: 'a' })]);
    const [probe] = Object.keys(accessibleCondition(ability, 'read', 'Item', columns).params);
    const next = `casl${String(Number(/^casl(\d+)_0$/.exec(probe ?? '')?.[1]) + 1)}_0`;
    const qb = ds
      .createQueryBuilder()
      .select('t.id')
      .from('item', 't')
      .where(`t.id = :${next}`, { [next]: 7 });
    applyAccessFilter(qb, ability, 'read', 'Item', columns);
    const [sql, params] = qb.getQueryAndParameters();
    expect(sql).toMatch(/WHERE \(t\.id = \$1\) AND "t"\."naam" = CAST\(\$2 AS text\)$/);
    expect(params).toEqual([7, 'a']);
  });

  it('adds TRUE or FALSE for unconditional answers', () => {
    const qb = () => ds.createQueryBuilder().select('t.id').from('item', 't');
    const all = createMongoAbility([read()]);
    const none = createMongoAbility([]);
    expect(applyAccessFilter(qb(), all, 'read', 'Item', columns).getQuery()).toMatch(/WHERE TRUE$/);
    expect(applyAccessFilter(qb(), none, 'read', 'Item', columns).getQuery()).toMatch(
      /WHERE FALSE$/,
    );
  });
});
