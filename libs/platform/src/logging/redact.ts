/**
 * Deep redaction of personal data in log objects. pino's own `redact` paths reach one level
 * per wildcard; personal data can sit at any depth, in objects and in arrays, so every log
 * object is walked and every key that names personal data is replaced.
 */
export const REDACTED = '[REDACTED]';

/** Key stems that name personal data (compared lower-case, without `_`/`-`, as suffix). */
const PERSONAL_KEY_STEMS = [
  'bsn',
  'burgerservicenummer',
  'naam',
  'namen',
  'name',
  'names',
  'voorletters',
  'adres',
  'address',
  'straat',
  'street',
  'huisnummer',
  'postcode',
  'zipcode',
  'woonplaats',
  'geboortedatum',
  'birthdate',
  'dateofbirth',
  'email',
  'emailadres',
  'telefoon',
  'telefoonnummer',
  'phone',
  'phonenumber',
];

/** Technical keys that merely end like a personal one. */
const TECHNICAL_KEYS = new Set([
  'hostname',
  'pathname',
  'filename',
  'dirname',
  'typename',
  'tablename',
  'columnname',
  'schemaname',
  'queuename',
  'routename',
  'servicename',
  'eventname',
  'constraintname',
  'indexname',
  'appname',
  'applicationname',
]);

export function isPersonalKey(key: string): boolean {
  const k = key.toLowerCase().replace(/[_-]/g, '');
  if (TECHNICAL_KEYS.has(k)) return false;
  return PERSONAL_KEY_STEMS.some((stem) => k === stem || k.endsWith(stem));
}

const MAX_DEPTH = 20;

/**
 * Returns a copy of `value` with every personal field replaced by {@link REDACTED}, at any
 * depth; shares unchanged branches. Errors become plain objects of their own properties.
 */
export function redactDeep<T>(value: T): T {
  return walk(value, 0, new WeakSet()) as T;
}

function walk(value: unknown, depth: number, seen: WeakSet<object>): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return '[Circular]';
  if (depth > MAX_DEPTH) return '[Too deep]';
  seen.add(value);
  try {
    if (Array.isArray(value)) {
      const out = value.map((item: unknown) => walk(item, depth + 1, seen));
      return out.some((r, i) => r !== value[i]) ? out : value;
    }
    if (value instanceof Date || ArrayBuffer.isView(value)) return value;
    const isError = value instanceof Error;
    const entries = Object.entries(value);
    let changed = isError;
    const out: Record<string, unknown> = {};
    if (isError) {
      out.type = value.constructor.name;
      out.message = value.message;
      out.stack = value.stack;
    }
    for (const [key, v] of entries) {
      if (isPersonalKey(key)) {
        out[key] = REDACTED;
        changed = true;
        continue;
      }
      const r = walk(v, depth + 1, seen);
      if (r !== v) changed = true;
      out[key] = r;
    }
    return changed ? out : value;
  } finally {
    seen.delete(value);
  }
}
