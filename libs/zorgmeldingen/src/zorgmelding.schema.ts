import { readFileSync } from 'node:fs';
import { isValidBsn } from '@schakel/platform';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { RihgDeel, Zorgmelding } from './zorgmelding.js';

/** The published JSON Schema (2020-12) of the zorgmelding, version 1: the source of truth. */
export const ZORGMELDING_SCHEMA_V1 = Object.freeze(
  JSON.parse(
    readFileSync(new URL('./data/zorgmelding.v1.schema.json', import.meta.url), 'utf8'),
  ) as Record<string, unknown>,
);

interface SchemaShape {
  $defs: {
    gemeentecode: { enum: string[] };
    risicotaxatie: { properties: Record<RihgDeel, { properties: Record<string, unknown> }> };
  };
}
const shape = ZORGMELDING_SCHEMA_V1 as unknown as SchemaShape;

/** CBS codes of every Dutch municipality the schema accepts (its `gemeentecode` enum). */
export const GEMEENTECODES: ReadonlySet<string> = new Set(shape.$defs.gemeentecode.enum);

/** The RiHG signals per part, in the schema's order. */
export const RIHG_SIGNALEN: Readonly<Record<RihgDeel, readonly string[]>> = {
  pleger: Object.keys(shape.$defs.risicotaxatie.properties.pleger.properties),
  incident: Object.keys(shape.$defs.risicotaxatie.properties.incident.properties),
  gezin: Object.keys(shape.$defs.risicotaxatie.properties.gezin.properties),
};

/**
 * A validator for the zorgmelding schema. Ajv with the formats the schema uses: `date` and
 * `email` (ajv-formats) and `bsn` (the 11-proef). No coercion, no defaults, no removal: the
 * document is judged exactly as sent, so the API and any other validator of the published
 * schema agree (see zorgmelding.schema.spec.ts and the e2e test).
 */
export function compileZorgmeldingSchema(
  schema: Record<string, unknown> = ZORGMELDING_SCHEMA_V1,
): ValidateFunction {
  // strictRequired off: the `then` branches require properties defined in the base schema.
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
  addFormats.default(ajv, ['date', 'email']);
  ajv.addFormat('bsn', { type: 'string', validate: isValidBsn });
  return ajv.compile(schema);
}

let validator: ValidateFunction | undefined;

/** A field that failed, with Dutch constraint texts; never the value. */
export interface Veldfout {
  field: string;
  constraints: string[];
}

/**
 * Validates a document against `zorgmelding` v1. A concept may be incomplete; an ingediende
 * melding must be complete. Returns the failing fields (empty when valid).
 */
export function valideerZorgmelding(document: unknown): Veldfout[] {
  validator ??= compileZorgmeldingSchema();
  return validator(document) ? [] : veldfouten(validator.errors ?? []);
}

/** Narrows after validation. */
export function isZorgmelding(document: unknown): document is Zorgmelding {
  return valideerZorgmelding(document).length === 0;
}

const TYPES: Record<string, string> = {
  string: 'moet tekst zijn',
  integer: 'moet een geheel getal zijn',
  number: 'moet een getal zijn',
  boolean: 'moet true of false zijn',
  array: 'moet een lijst zijn',
  object: 'moet een object zijn',
};

const FORMATS: Record<string, string> = {
  bsn: 'geen geldig BSN (11-proef)',
  date: 'geen geldige datum (JJJJ-MM-DD)',
  email: 'geen geldig e-mailadres',
};

/** Ajv errors as field paths (`betrokkenen[0].identiteit.bsn`) with Dutch texts, never values. */
export function veldfouten(errors: ErrorObject[]): Veldfout[] {
  const out = new Map<string, Set<string>>();
  const add = (field: string, text: string) => {
    const key = field || '(body)';
    const set = out.get(key) ?? new Set<string>();
    set.add(text);
    out.set(key, set);
  };
  for (const e of errors) {
    // Items that merely did not match `contains` are not errors of their own.
    if (e.schemaPath.includes('/contains/')) continue;
    const field = pointerToField(e.instancePath);
    const p = e.params as Record<string, unknown>;
    switch (e.keyword) {
      case 'if':
        break; // the failing `then` keywords are reported themselves
      case 'required':
        add(join(field, String(p.missingProperty)), 'verplicht');
        break;
      case 'additionalProperties':
        // The unknown name is client input and could be anything: name its parent only.
        add(field, 'bevat een onbekend veld');
        break;
      case 'type':
        add(field, TYPES[String(p.type)] ?? 'verkeerd type');
        break;
      case 'enum':
      case 'const':
        add(
          field,
          e.schemaPath.startsWith('#/$defs/gemeentecode/')
            ? 'onbekende gemeentecode'
            : 'geen toegestane waarde',
        );
        break;
      case 'format':
        add(field, FORMATS[String(p.format)] ?? 'ongeldig formaat');
        break;
      case 'pattern':
        add(field, 'ongeldig formaat');
        break;
      case 'maxLength':
        add(field, `te lang (ten hoogste ${String(p.limit)} tekens)`);
        break;
      case 'minLength':
        add(field, 'mag niet leeg zijn');
        break;
      case 'maxItems':
        add(field, `te veel items (ten hoogste ${String(p.limit)})`);
        break;
      case 'minItems':
        add(field, `te weinig items (ten minste ${String(p.limit)})`);
        break;
      case 'contains':
        add(field, 'moet een slachtoffer of een kind in het gezin bevatten');
        break;
      case 'minimum':
      case 'maximum':
        add(field, 'buiten het toegestane bereik');
        break;
      default:
        add(field, 'ongeldig');
    }
  }
  return [...out].map(([field, texts]) => ({ field, constraints: [...texts] }));
}

function join(parent: string, name: string): string {
  return parent ? `${parent}.${name}` : name;
}

function pointerToField(pointer: string): string {
  let field = '';
  for (const raw of pointer.split('/').slice(1)) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    field = /^\d+$/.test(part) ? `${field}[${part}]` : join(field, part);
  }
  return field;
}
