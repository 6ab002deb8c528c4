import { readFileSync } from 'node:fs';
import { InvalidInputException } from '@schakel/platform';
import { isGeldigBsn } from '@schakel/regels';

/** The CBS codes of the Dutch municipalities (data/gemeentecodes.json). */
export const GEMEENTECODES: ReadonlySet<string> = new Set(
  (
    JSON.parse(readFileSync(new URL('./data/gemeentecodes.json', import.meta.url), 'utf8')) as {
      gemeentecodes: string[];
    }
  ).gemeentecodes,
);

/** The identity fields of a person, each stored encrypted. */
export const IDENTITEITSVELDEN = [
  'bsn',
  'voornamen',
  'voorvoegsel',
  'achternaam',
  'geboortedatum',
  'straat',
  'huisnummer',
  'postcode',
  'woonplaats',
  'gemeenteCode',
] as const;

export type Identiteitsveld = (typeof IDENTITEITSVELDEN)[number];

/**
 * Identity of a betrokkene. Every field is optional (a zorgmelding may know only a first
 * name), but at least one must be given. `null` in a change removes a field.
 */
export interface Identiteit {
  /** Burgerservicenummer, 9 digits passing the 11-proef. */
  bsn?: string | null;
  voornamen?: string | null;
  voorvoegsel?: string | null;
  achternaam?: string | null;
  /** ISO 8601 date, YYYY-MM-DD. */
  geboortedatum?: string | null;
  straat?: string | null;
  /** House number with addition, e.g. `12`, `12A`, `12-3`. */
  huisnummer?: string | null;
  /** Dutch postcode, stored as `1234AB`. */
  postcode?: string | null;
  woonplaats?: string | null;
  /** CBS code of the municipality of residence, e.g. `GM0599`. */
  gemeenteCode?: string | null;
}

const MAX_TEKST = 200;

const checks: Record<Identiteitsveld, (v: string) => string | null> = {
  bsn: (v) => (isGeldigBsn(v) ? null : 'geen geldig BSN (11-proef)'),
  voornamen: tekst,
  voorvoegsel: tekst,
  achternaam: tekst,
  geboortedatum: (v) => (isIsoDate(v) ? null : 'geen datum JJJJ-MM-DD in het verleden'),
  straat: tekst,
  huisnummer: (v) =>
    /^[1-9]\d{0,4}[A-Za-z]?([ -]?[A-Za-z0-9]{1,6})?$/.test(v) ? null : 'geen huisnummer',
  postcode: (v) => (/^[1-9]\d{3}[A-Z]{2}$/.test(v) ? null : 'geen postcode (1234AB)'),
  woonplaats: tekst,
  gemeenteCode: (v) =>
    GEMEENTECODES.has(v) ? null : 'geen CBS-gemeentecode van een bestaande gemeente',
};

function tekst(v: string): string | null {
  if (v.length === 0) return 'leeg';
  if (v.length > MAX_TEKST) return `langer dan ${String(MAX_TEKST)} tekens`;
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u001f\u007f]/.test(v) ? 'bevat stuurtekens' : null;
}

function isIsoDate(v: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v && d <= new Date();
}

/** Trims and normalises the given fields (postcode without space, upper case). */
function normaliseer(veld: Identiteitsveld, waarde: string): string {
  const v = waarde.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (veld === 'postcode') return v.replace(/\s/g, '').toUpperCase();
  if (veld === 'gemeenteCode') return v.toUpperCase();
  return v;
}

/**
 * Validates and normalises the fields present in `invoer` (unknown keys are refused). Errors
 * name the field and the constraint, never the value. Returns only fields that were given;
 * `null` stays `null` (removal).
 */
export function valideerIdentiteit(
  invoer: Identiteit,
  { geheel }: { geheel: boolean },
): Partial<Record<Identiteitsveld, string | null>> {
  const fouten: { field: string; constraints: string[] }[] = [];
  const uit: Partial<Record<Identiteitsveld, string | null>> = {};
  for (const [key, raw] of Object.entries(invoer) as [string, unknown][]) {
    if (raw === undefined) continue;
    if (!(IDENTITEITSVELDEN as readonly string[]).includes(key)) {
      fouten.push({ field: key, constraints: ['onbekend veld'] });
      continue;
    }
    const veld = key as Identiteitsveld;
    if (raw === null) {
      uit[veld] = null;
      continue;
    }
    if (typeof raw !== 'string') {
      fouten.push({ field: veld, constraints: ['geen tekst'] });
      continue;
    }
    const waarde = normaliseer(veld, raw);
    const fout = checks[veld](waarde);
    if (fout) fouten.push({ field: veld, constraints: [fout] });
    else uit[veld] = waarde;
  }
  if (geheel && !Object.values(uit).some((v) => typeof v === 'string')) {
    fouten.push({ field: 'identiteit', constraints: ['ten minste één gegeven nodig'] });
  }
  if (fouten.length > 0) throw new InvalidInputException(fouten);
  return uit;
}
