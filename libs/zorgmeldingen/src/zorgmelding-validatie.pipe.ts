import { Injectable, type PipeTransform } from '@nestjs/common';
import { InvalidInputException } from '@schakel/platform';
import { amsterdamDatum } from './termijnen.js';
import { valideerZorgmelding, type Veldfout } from './zorgmelding.schema.js';
import type { Zorgmelding } from './zorgmelding.js';

const POSTCODE = /^\s*([1-9][0-9]{3})\s?([A-Za-z]{2})\s*$/;

/**
 * What people type, in the form the schema keeps: a postcode "3011 ab" becomes "3011AB", a
 * house letter a capital. Anything else stays exactly as sent (the schema judges it).
 */
export function normaliseer(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const betrokkenen = (value as { betrokkenen?: unknown }).betrokkenen;
  if (!Array.isArray(betrokkenen)) return value;
  for (const b of betrokkenen as unknown[]) {
    const adres =
      b !== null && typeof b === 'object' ? (b as { adres?: unknown }).adres : undefined;
    if (adres === null || typeof adres !== 'object' || Array.isArray(adres)) continue;
    const a = adres as Record<string, unknown>;
    if (typeof a.postcode === 'string') {
      const m = POSTCODE.exec(a.postcode);
      if (m) a.postcode = `${m[1] ?? ''}${(m[2] ?? '').toUpperCase()}`;
    }
    if (typeof a.huisletter === 'string' && /^[a-z]$/.test(a.huisletter)) {
      a.huisletter = a.huisletter.toUpperCase();
    }
  }
  return value;
}

/**
 * Checks beyond the schema, on a document the schema otherwise judged: the incident and a
 * birth date cannot lie after today (Europe/Amsterdam).
 */
export function inhoudelijkeFouten(value: unknown, nu: Date = new Date()): Veldfout[] {
  if (value === null || typeof value !== 'object') return [];
  const vandaag = amsterdamDatum(nu).datum;
  const fouten: Veldfout[] = [];
  const m = value as Zorgmelding;
  const toekomst = (datum: unknown) =>
    typeof datum === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(datum) && datum > vandaag;
  if (toekomst(m.incident?.datum)) {
    fouten.push({ field: 'incident.datum', constraints: ['ligt in de toekomst'] });
  }
  if (Array.isArray(m.betrokkenen)) {
    (m.betrokkenen as unknown[]).forEach((b, i) => {
      const identiteit =
        b !== null && typeof b === 'object' ? (b as { identiteit?: unknown }).identiteit : null;
      const geboren =
        identiteit !== null && typeof identiteit === 'object'
          ? (identiteit as { geboortedatum?: unknown }).geboortedatum
          : undefined;
      if (toekomst(geboren)) {
        fouten.push({
          field: `betrokkenen[${String(i)}].identiteit.geboortedatum`,
          constraints: ['ligt in de toekomst'],
        });
      }
    });
  }
  return fouten;
}

/**
 * Validates a request body against the published schema `zorgmelding` v1, after normalising
 * what people type (postcode), and refuses dates in the future; a failure is one 400
 * problem+json (`ongeldige-invoer`) naming every failing field with a Dutch text, never a
 * value. Use it on a body typed `unknown`, so the global class-validator pipe leaves it alone:
 * `@Body(ZorgmeldingValidatiePipe) melding: Zorgmelding`.
 */
@Injectable()
export class ZorgmeldingValidatiePipe implements PipeTransform<unknown, Zorgmelding> {
  transform(value: unknown): Zorgmelding {
    const document = normaliseer(value);
    const schema = valideerZorgmelding(document);
    const velden = new Set(schema.map((f) => f.field));
    const fouten = [...schema, ...inhoudelijkeFouten(document).filter((f) => !velden.has(f.field))];
    if (fouten.length > 0) throw new InvalidInputException(fouten);
    return document as Zorgmelding;
  }
}
