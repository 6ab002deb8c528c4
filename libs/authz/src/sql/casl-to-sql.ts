import { type AnyAbility, type ExtractSubjectType } from '@casl/ability';
import { rulesToAST } from '@casl/ability/extra';
import { types } from 'node:util';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * PostgreSQL column types the translator knows. `int` is `integer`/`smallint` (pg hands those
 * to JavaScript as numbers); `timestamptz` must hold millisecond precision, as JavaScript
 * `Date`s written by the app do, because CASL compares the loaded `Date`s; `text` columns need
 * a deterministic collation (PostgreSQL's default), as equality uses the column's own.
 */
export type ColumnType = 'text' | 'int' | 'bool' | 'uuid' | 'timestamptz' | 'text[]';

/** Where a field used in rule conditions lives: its column (unquoted) and its type. */
export interface ColumnSpec {
  column: string;
  type: ColumnType;
}

/** Field name in rule conditions -> column. A condition on a field missing here throws. */
export type ColumnMap = Readonly<Record<string, ColumnSpec>>;

/** A WHERE condition with TypeORM-style named parameters (`:name`). */
export interface AccessCondition {
  sql: string;
  params: Record<string, unknown>;
}

export interface AccessConditionOptions {
  /** Table alias that prefixes every column; default `t`. */
  alias?: string;
  /** Prefix of the parameter names; default a prefix unique within this process. */
  paramPrefix?: string;
}

/**
 * A rule condition the SQL translation does not support (field, operator or value). Thrown
 * instead of guessing, so a list is never filtered more loosely than `ability.can`. The message
 * names fields and operators, never values (rule values may be personal data).
 */
export class UnsupportedConditionError extends Error {
  readonly code = 'unsupported-access-condition';
  constructor(message: string) {
    super(message);
    this.name = 'UnsupportedConditionError';
  }
}

/**
 * Translates the CASL rules of `ability` for `action` on `subjectType` into a parameterised SQL
 * condition that selects exactly the rows for which `ability.can(action, subject(type, row))`
 * holds, given rows loaded with every mapped field. No permitted rule gives `FALSE`, an
 * unconditional one `TRUE`. Throws {@link UnsupportedConditionError} for anything it cannot
 * translate exactly.
 */
export function accessibleCondition<A extends AnyAbility>(
  ability: A,
  action: Parameters<A['rulesFor']>[0],
  subjectType: ExtractSubjectType<Parameters<A['rulesFor']>[1]>,
  columns: ColumnMap,
  options: AccessConditionOptions = {},
): AccessCondition {
  const alias = options.alias ?? 't';
  const prefix = options.paramPrefix ?? nextPrefix();
  if (!IDENTIFIER.test(alias)) throw new UnsupportedConditionError('Invalid table alias');
  if (!IDENTIFIER.test(prefix)) throw new UnsupportedConditionError('Invalid parameter prefix');
  // rulesToAST: or(can_i AND NOT cannot_j...) over the rules in priority order; null = none.
  const ast = rulesToAST(ability, action, subjectType) as AstNode | null;
  if (ast === null) return { sql: 'FALSE', params: {} };
  const translator = new Translator(alias, prefix, columns);
  const sql = translator.node(ast);
  if (typeof sql === 'boolean') return { sql: sql ? 'TRUE' : 'FALSE', params: {} };
  return { sql, params: translator.params };
}

/**
 * Restricts `qb` to the rows the ability permits, using `qb.alias`. Earlier WHERE clauses are
 * bracketed first, so a preceding `where('a OR b')` cannot widen the result; add no `orWhere`
 * after this call. Parameter names are unique per call, so several filters can share a query.
 */
export function applyAccessFilter<T extends ObjectLiteral, A extends AnyAbility>(
  qb: SelectQueryBuilder<T>,
  ability: A,
  action: Parameters<A['rulesFor']>[0],
  subjectType: ExtractSubjectType<Parameters<A['rulesFor']>[1]>,
  columns: ColumnMap,
): SelectQueryBuilder<T> {
  let paramPrefix = nextPrefix();
  while (qb.hasParameter(`${paramPrefix}_0`)) paramPrefix = nextPrefix();
  const { sql, params } = accessibleCondition(ability, action, subjectType, columns, {
    alias: qb.alias,
    paramPrefix,
  });
  // TypeORM joins where clauses without brackets: `a OR b AND filter` would let `a` through.
  const prior = qb.expressionMap.wheres;
  if (prior.length > 0) {
    qb.expressionMap.wheres = [
      { type: 'simple', condition: { operator: 'brackets', condition: prior } },
    ];
  }
  return qb.andWhere(sql, params);
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const CANONICAL_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const LONE_SURROGATE = /\p{Cs}/u;
const AT_OR_ABOVE_D800 = /[\uD800-\uFFFF]/;
const RANGE_SQL = { lt: '<', lte: '<=', gt: '>', gte: '>=' } as const;
type RangeOperator = keyof typeof RANGE_SQL;
type ScalarType = Exclude<ColumnType, 'text[]'>;
/** A translated node: SQL whose TRUE rows are exactly CASL's matches, or a folded constant. */
type Sql = string | boolean;
/** The shape of @ucast's conditions (its own types do not resolve under `nodenext`). */
interface AstNode {
  operator: string;
  value: unknown;
  field?: unknown;
}
/** An equality operand that no stored value can equal (CASL compares with `===`). */
const NEVER = Symbol('never');
/** A value to bind, with the SQL type to cast it to. */
interface Operand {
  bind: unknown;
  cast: string;
}

let prefixCounter = 0;
const nextPrefix = (): string => `casl${String(++prefixCounter)}`;

/*
 * Semantics follow @casl/ability 7's matcher (@ucast/js with `compare(a, b)` =
 * `a === b ? 0 : a > b ? 1 : -1` after Date -> epoch ms). Every translated node keeps one
 * invariant: its SQL is TRUE exactly where CASL says true (NULL may stand for false). AND and OR
 * keep it; NOT becomes `IS NOT TRUE`, never plain NOT, which would turn NULL into NULL.
 */
class Translator {
  readonly params: Record<string, unknown> = {};
  private count = 0;

  constructor(
    private readonly alias: string,
    private readonly prefix: string,
    private readonly columns: ColumnMap,
  ) {}

  node(ast: AstNode): Sql {
    if (typeof ast.field === 'string') {
      return this.field(ast.field, ast.operator, ast.value);
    }
    const children = ast.value;
    if (!Array.isArray(children)) {
      throw new UnsupportedConditionError(`Unsupported operator "${ast.operator}"`);
    }
    // Translate every child before folding, so an unsupported one throws even beside FALSE.
    const parts = (children as AstNode[]).map((child) => this.node(child));
    switch (ast.operator) {
      case 'and':
        return and(parts);
      case 'or':
        return or(parts);
      case 'nor':
        return not(or(parts));
      case 'not': {
        const [only] = parts;
        if (parts.length !== 1 || only === undefined) {
          throw new UnsupportedConditionError('"not" expects exactly one condition');
        }
        return not(only);
      }
      default:
        throw new UnsupportedConditionError(`Unsupported operator "${ast.operator}"`);
    }
  }

  private field(field: string, operator: string, value: unknown): Sql {
    const spec = this.spec(field);
    const column = `${quote(this.alias)}.${quote(spec.column)}`;
    const where = `"${field}" (${operator})`;
    switch (operator) {
      case 'eq':
        return this.eq(column, spec.type, value, where);
      case 'ne':
        return this.ne(column, spec.type, value, where);
      case 'in':
        return this.in(column, spec.type, value, where);
      case 'nin':
        return not(this.in(column, spec.type, value, where));
      case 'lt':
      case 'lte':
      case 'gt':
      case 'gte':
        return this.range(column, spec.type, operator, value, where);
      default:
        throw new UnsupportedConditionError(`Unsupported operator "${operator}" on "${field}"`);
    }
  }

  private spec(field: string): ColumnSpec {
    if (field.startsWith('$')) {
      // createMongoAbility in CASL 7 has no $and/$or/$nor/$not: it reads them as a field named
      // "$or" that never matches, so a `cannot` with $or would silently deny nothing.
      throw new UnsupportedConditionError(
        `"${field}" is not an operator of createMongoAbility; split the rule instead`,
      );
    }
    if (field.includes('.')) {
      // CASL walks paths (and arrays on the way) with its own NULL rules; not translated.
      throw new UnsupportedConditionError(`Nested field "${field}" not supported`);
    }
    const spec = Object.hasOwn(this.columns, field) ? this.columns[field] : undefined;
    if (spec === undefined) {
      throw new UnsupportedConditionError(`No column mapped for field "${field}"`);
    }
    if (!IDENTIFIER.test(spec.column)) {
      throw new UnsupportedConditionError(`Invalid column name for field "${field}"`);
    }
    return spec;
  }

  private bind(value: unknown): string {
    const name = `${this.prefix}_${String(this.count++)}`;
    this.params[name] = value;
    return `:${name}`;
  }

  private cast(operand: Operand): string {
    return `CAST(${this.bind(operand.bind)} AS ${operand.cast})`;
  }

  /**
   * CASL `eq`: `{f: null}` matches a NULL (or, for arrays, an array holding NULL); any other
   * value matches by `===`, and on an array column when the array contains it.
   */
  private eq(column: string, type: ColumnType, value: unknown, where: string): Sql {
    if (value === null) {
      return type === 'text[]'
        ? `(${column} IS NULL OR ${arrayHasNull(column)})`
        : `${column} IS NULL`;
    }
    if (type === 'text[]') {
      const operand = equalityOperand('text', value, where);
      return operand === NEVER ? false : `${column} @> ARRAY[${this.cast(operand)}]`;
    }
    const operand = equalityOperand(type, value, where);
    return operand === NEVER ? false : `${column} = ${this.cast(operand)}`;
  }

  /** CASL `ne` is `!eq`: a NULL column is "not equal" to every non-null value. */
  private ne(column: string, type: ColumnType, value: unknown, where: string): Sql {
    if (type === 'text[]') return not(this.eq(column, type, value, where));
    if (value === null) return `${column} IS NOT NULL`;
    const operand = equalityOperand(type, value, where);
    return operand === NEVER ? true : `${column} IS DISTINCT FROM ${this.cast(operand)}`;
  }

  /**
   * CASL `in`: some list item `===` the value (for arrays: some element); a null item matches a
   * NULL column or a NULL element. `$in: []` matches nothing, so `$nin: []` everything.
   */
  private in(column: string, type: ColumnType, list: unknown, where: string): Sql {
    if (!Array.isArray(list)) throw new UnsupportedConditionError(`${where} expects an array`);
    const itemType = type === 'text[]' ? 'text' : type;
    let withNull = false;
    const operands: Operand[] = [];
    for (const item of list as unknown[]) {
      if (item === null) withNull = true;
      else {
        const operand = equalityOperand(itemType, item, where);
        if (operand !== NEVER) operands.push(operand);
      }
    }
    const parts: Sql[] = [];
    if (operands.length > 0) {
      const [first] = operands;
      const array = `CAST(${this.bind(operands.map((o) => o.bind))} AS ${first?.cast ?? 'text'}[])`;
      parts.push(type === 'text[]' ? `${column} && ${array}` : `${column} = ANY(${array})`);
    }
    if (withNull) {
      parts.push(`${column} IS NULL`);
      if (type === 'text[]') parts.push(arrayHasNull(column));
    }
    return or(parts);
  }

  /**
   * CASL `lt`/`lte`/`gt`/`gte`; on arrays: some element. CASL also compares NULL (a NULL column
   * or element): `compare(null, x)` is `0 > Number(x)` ? 1 : -1, so NULL passes `lt`/`lte` when
   * x >= 0 (or x is not numeric, like most strings) and `gt`/`gte` when x < 0. We reproduce that.
   */
  private range(
    column: string,
    type: ColumnType,
    operator: RangeOperator,
    value: unknown,
    where: string,
  ): Sql {
    const { operand, primitive } = rangeOperand(type === 'text[]' ? 'text' : type, value, where);
    const nullBelow = !(0 > Number(primitive));
    const nullMatches = operator === 'lt' || operator === 'lte' ? nullBelow : !nullBelow;
    const collate = operand.cast === 'text' ? ' COLLATE "C"' : '';
    const op = RANGE_SQL[operator];
    if (type === 'text[]') {
      const element = 'casl_element.value';
      const test = `${element}${collate} ${op} ${this.cast(operand)}`;
      const elementTest = nullMatches ? `(${test} OR ${element} IS NULL)` : test;
      const some = `EXISTS (SELECT 1 FROM unnest(${column}) AS casl_element(value) WHERE ${elementTest})`;
      return nullMatches ? `(${some} OR ${column} IS NULL)` : some;
    }
    const test = `${column}${collate} ${op} ${this.cast(operand)}`;
    return nullMatches ? `(${test} OR ${column} IS NULL)` : test;
  }
}

/**
 * The operand for an equality test against a column of `type`, or NEVER when CASL's `===` can
 * never hold for a loaded value. A value of the wrong JavaScript type throws: CASL would compare
 * it loosely or never match, and both point at a bug in the rule.
 */
function equalityOperand(type: ScalarType, value: unknown, where: string): Operand | typeof NEVER {
  switch (type) {
    case 'text':
      return { bind: checkedText(value, where), cast: 'text' };
    case 'int': {
      const n = checkedNumber(value, where);
      // Loaded int columns are safe integers; a fraction or a huge number equals none of them.
      return Number.isSafeInteger(n) ? { bind: n, cast: 'bigint' } : NEVER;
    }
    case 'bool':
      if (typeof value !== 'boolean') throw typeMismatch(where, 'boolean');
      return { bind: value, cast: 'boolean' };
    case 'uuid': {
      // pg loads uuids as lowercase canonical strings; `===` never matches another spelling,
      // while a uuid cast in SQL would (uppercase, braces).
      const s = checkedText(value, where);
      return CANONICAL_UUID.test(s) ? { bind: s, cast: 'uuid' } : NEVER;
    }
    case 'timestamptz':
      return { bind: checkedDate(value, where).toISOString(), cast: 'timestamptz' };
  }
}

/** The operand for a range comparison, and the primitive CASL compares (Date -> epoch ms). */
function rangeOperand(
  type: ScalarType,
  value: unknown,
  where: string,
): { operand: Operand; primitive: number | string } {
  switch (type) {
    case 'text': {
      const s = checkedText(value, where);
      // JavaScript orders strings by UTF-16 code unit, PostgreSQL's "C" collation by code point;
      // they agree whenever the bound value stays below U+D800, whatever the stored text is.
      if (AT_OR_ABOVE_D800.test(s)) {
        throw new UnsupportedConditionError(`${where}: characters from U+D800 up not supported`);
      }
      return { operand: { bind: s, cast: 'text' }, primitive: s };
    }
    case 'int': {
      const n = checkedNumber(value, where);
      return {
        operand: { bind: n, cast: Number.isSafeInteger(n) ? 'bigint' : 'numeric' },
        primitive: n,
      };
    }
    case 'timestamptz': {
      const d = checkedDate(value, where);
      return { operand: { bind: d.toISOString(), cast: 'timestamptz' }, primitive: d.getTime() };
    }
    case 'bool':
    case 'uuid':
      throw new UnsupportedConditionError(`${where}: comparison not supported on ${type} columns`);
  }
}

function checkedText(value: unknown, where: string): string {
  if (typeof value !== 'string') throw typeMismatch(where, 'string');
  // PostgreSQL text cannot hold U+0000, and pg would bind a lone surrogate as U+FFFD.
  if (value.includes('\u0000') || LONE_SURROGATE.test(value)) {
    throw new UnsupportedConditionError(`${where}: string not representable in PostgreSQL`);
  }
  return value;
}

function checkedNumber(value: unknown, where: string): number {
  if (typeof value !== 'number') throw typeMismatch(where, 'number');
  // CASL compares NaN as smaller than everything; Infinity cannot be bound as an integer.
  if (!Number.isFinite(value)) throw new UnsupportedConditionError(`${where}: number not finite`);
  return value;
}

function checkedDate(value: unknown, where: string): Date {
  if (!types.isDate(value)) throw typeMismatch(where, 'Date');
  const year = value.getUTCFullYear();
  if (Number.isNaN(value.getTime()) || year < 1 || year > 9999) {
    throw new UnsupportedConditionError(`${where}: date outside the years 1-9999`);
  }
  return value;
}

const typeMismatch = (where: string, expected: string): UnsupportedConditionError =>
  new UnsupportedConditionError(`${where} expects a ${expected} value`);

const quote = (identifier: string): string => `"${identifier.replaceAll('"', '""')}"`;

/** array_position compares with IS NOT DISTINCT FROM, so it finds NULL elements. */
const arrayHasNull = (column: string): string =>
  `array_position(${column}, CAST(NULL AS text)) IS NOT NULL`;

function and(parts: Sql[]): Sql {
  if (parts.includes(false)) return false;
  const rest = parts.filter((p): p is string => p !== true);
  if (rest.length === 0) return true;
  return rest.length === 1 ? (rest[0] ?? true) : `(${rest.join(' AND ')})`;
}

function or(parts: Sql[]): Sql {
  if (parts.includes(true)) return true;
  const rest = parts.filter((p): p is string => p !== false);
  if (rest.length === 0) return false;
  return rest.length === 1 ? (rest[0] ?? false) : `(${rest.join(' OR ')})`;
}

function not(part: Sql): Sql {
  if (typeof part === 'boolean') return !part;
  return `${isGrouped(part) ? part : `(${part})`} IS NOT TRUE`;
}

/** True when `sql` is one bracketed group; safe to scan as our SQL holds no literals. */
function isGrouped(sql: string): boolean {
  if (!sql.startsWith('(')) return false;
  let depth = 0;
  for (let i = 0; i < sql.length; i++) {
    if (sql[i] === '(') depth++;
    else if (sql[i] === ')' && --depth === 0) return i === sql.length - 1;
  }
  return false;
}
