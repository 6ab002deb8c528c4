/**
 * The zorgmelding wizard's parts that are not a screen (issue 14): its steps and their field
 * paths, field names in words, per-step checks, cleaning a draft for the API, the counter.
 */
import { isGeldigBsn } from '@schakel/regels';
import { RIHG, type Melding } from './zorgmelding.js';

/** Ten thousand, in Dutch digits: 10.000. */
const getal = (n: number) => n.toLocaleString('nl-NL');

/** Today in the browser's calendar (JJJJ-MM-DD): an incident cannot lie after it. */
export function vandaagDatum(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${String(d.getFullYear())}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/**
 * How many characters a text has against its limit, told while typing (never cut silently): a
 * polite live region that speaks when the limit is near or passed.
 */
export function Teller({ id, lengte, max }: { id: string; lengte: number; max: number }) {
  const over = lengte - max;
  const bijna = max - lengte <= Math.max(20, Math.round(max / 10));
  return (
    <span
      id={id}
      className={`schakel-teller${over > 0 ? ' schakel-teller--te-veel' : ''}`}
      aria-live={bijna ? 'polite' : 'off'}
    >
      {over > 0
        ? `${getal(over)} ${over === 1 ? 'teken' : 'tekens'} te veel (ten hoogste ${getal(max)}).`
        : `${getal(lengte)} van ${getal(max)} tekens.`}
    </span>
  );
}

/** The relaas's limit (schema zorgmelding v1). */
export const RELAAS_MAX = 10000;

export const STAPPEN = [
  'Incident',
  'Betrokkenen',
  'Risicotaxatie',
  'Relaas en maatregelen',
  'Controle',
];

/** The input id of a field path, from the form (`a.0.b`) or from the API (`a[0].b`). */
export const veldId = (pad: string) => `zm-${pad.replace(/[^A-Za-z0-9]+/g, '-')}`;

/** The step that holds a field (by its input id). */
export function stapVan(id: string): number {
  if (id.startsWith('zm-incident') || id.startsWith('zm-kinderenAanwezig')) return 0;
  if (id.startsWith('zm-betrokkenen')) return 1;
  if (id.startsWith('zm-risicotaxatie')) return 2;
  return 3;
}

const NAMEN: Record<string, string> = {
  datum: 'de datum',
  tijdstip: 'het tijdstip',
  soort: 'de soort',
  omschrijving: 'de plaats',
  gemeentecode: 'de gemeente',
  plaats: 'de plaats',
  kinderenAanwezig: 'of er kinderen aanwezig waren',
  rol: 'de rol',
  identiteit: 'de naam',
  bsn: 'het BSN',
  voornamen: 'de voornamen',
  voorvoegsel: 'het voorvoegsel',
  geslachtsnaam: 'de achternaam',
  geboortedatum: 'de geboortedatum',
  adres: 'het adres',
  straat: 'de straat',
  huisnummer: 'het huisnummer',
  huisletter: 'de huisletter',
  huisnummertoevoeging: 'de toevoeging',
  postcode: 'de postcode',
  woonplaats: 'de woonplaats',
  relaas: 'het relaas',
  maatregelen: 'de maatregelen',
  naam: 'uw naam',
  team: 'uw team',
  telefoon: 'uw telefoonnummer',
  email: 'uw e-mailadres',
  betrokkenen: 'de betrokkenen',
  risicotaxatie: 'de risicotaxatie',
  opsteller: 'uw contactgegevens',
  incident: 'het incident',
};

const SIGNALEN = new Map(RIHG.flatMap((d) => d.signalen));

/** A Dutch sentence for a failing field of the API (`betrokkenen[0].identiteit.bsn`, `verplicht`). */
export function foutzin(pad: string, eisen: string): string {
  const delen = pad.split(/[.[\]]+/).filter(Boolean);
  const laatste = delen[delen.length - 1] ?? '';
  const index = /betrokkenen\[(\d+)\]/.exec(pad)?.[1];
  const wie = index !== undefined ? `Betrokkene ${String(Number(index) + 1)}: ` : '';
  const signaal = SIGNALEN.get(laatste);
  const naam = signaal ? `het signaal ‘${signaal}’` : (NAMEN[laatste] ?? laatste);
  if (eisen === 'verplicht') {
    const zin = signaal ? `kies een score voor ${naam}` : `vul ${naam} in`;
    return `${wie}${wie ? zin : zin.charAt(0).toUpperCase() + zin.slice(1)}.`;
  }
  return `${wie}${wie ? 'c' : 'C'}ontroleer ${naam}: ${eisen}.`;
}

/** Drops empty strings, empty objects and unset values; turns a house number into a number. */
function opschonen(waarde: unknown, sleutel = ''): unknown {
  if (Array.isArray(waarde)) return waarde.map((w) => opschonen(w) ?? {});
  if (waarde !== null && typeof waarde === 'object') {
    const uit: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(waarde)) {
      const schoon = opschonen(v, k);
      if (schoon !== undefined) uit[k] = schoon;
    }
    return Object.keys(uit).length > 0 ? uit : undefined;
  }
  if (typeof waarde === 'string') {
    const t = waarde.trim();
    if (t === '') return undefined;
    if (sleutel === 'huisnummer' && /^\d+$/.test(t)) return Number(t);
    if (sleutel === 'postcode' && /^\d{4}\s*[A-Za-z]{2}$/.test(t)) {
      return t.replace(/\s+/g, '').toUpperCase();
    }
    if (sleutel === 'huisletter') return t.toUpperCase();
    return sleutel === 'relaas' ? waarde : t;
  }
  return waarde;
}

export function alsDocument(m: Melding, status: Melding['status']): Melding {
  return { ...(opschonen(m) as Melding), status };
}

/** Reads a path (`betrokkenen.0.identiteit.bsn`) of the report as text. */
export function lees(m: Melding, pad: string): string {
  let x: unknown = m;
  for (const deel of pad.split('.')) {
    if (x === null || typeof x !== 'object') return '';
    x = (x as Record<string, unknown>)[deel];
  }
  return typeof x === 'string' || typeof x === 'number' ? String(x) : '';
}

export function metWaarde(m: Melding, pad: string, waarde: unknown): Melding {
  const kopie = structuredClone(m) as unknown as Record<string, unknown>;
  const delen = pad.split('.');
  let x = kopie;
  delen.slice(0, -1).forEach((deel, i) => {
    const volgende = delen[i + 1] ?? '';
    x[deel] ??= /^\d+$/.test(volgende) ? [] : {};
    x = x[deel] as Record<string, unknown>;
  });
  x[delen[delen.length - 1] ?? ''] = waarde;
  return kopie as unknown as Melding;
}

/** The client's own checks, before the API's: the 11-proef for a BSN, a whole house number. */
export function controleer(m: Melding, stap: number): Record<string, string> {
  const fouten: Record<string, string> = {};
  if (stap === 0) {
    const datum = m.incident?.datum ?? '';
    if (datum && datum > vandaagDatum()) {
      fouten[veldId('incident.datum')] =
        'De datum van het incident ligt in de toekomst. Vul de datum in waarop het gebeurde.';
    }
  }
  if (stap === 3 && (m.relaas ?? '').length > RELAAS_MAX) {
    const over = (m.relaas ?? '').length - RELAAS_MAX;
    fouten[veldId('relaas')] =
      `Het relaas is ${getal(over)} ${over === 1 ? 'teken' : 'tekens'} te lang. Maak het korter: ten hoogste ${getal(RELAAS_MAX)} tekens.`;
  }
  if (stap === 1) {
    (m.betrokkenen ?? []).forEach((b, i) => {
      const wie = `Betrokkene ${String(i + 1)}: `;
      const bsn = b.identiteit?.bsn?.trim() ?? '';
      if (bsn && !/^\d{9}$/.test(bsn)) {
        fouten[veldId(`betrokkenen.${String(i)}.identiteit.bsn`)] =
          `${wie}een BSN bestaat uit 9 cijfers. Vul het BSN in zonder spaties of punten.`;
      } else if (bsn && !isGeldigBsn(bsn)) {
        fouten[veldId(`betrokkenen.${String(i)}.identiteit.bsn`)] =
          `${wie}dit is geen geldig BSN: het voldoet niet aan de 11-proef. Controleer de cijfers of laat het veld leeg.`;
      }
      const nr = String(b.adres?.huisnummer ?? '').trim();
      if (nr && !/^[1-9]\d{0,4}$/.test(nr)) {
        fouten[veldId(`betrokkenen.${String(i)}.adres.huisnummer`)] =
          `${wie}vul het huisnummer in als getal; een letter of toevoeging heeft een eigen veld.`;
      }
      const letter = (b.adres?.huisletter ?? '').trim();
      if (letter && !/^[A-Za-z]$/.test(letter)) {
        fouten[veldId(`betrokkenen.${String(i)}.adres.huisletter`)] =
          `${wie}de huisletter is één letter, zoals A.`;
      }
      const toevoeging = (b.adres?.huisnummertoevoeging ?? '').trim();
      if (toevoeging && !/^[A-Za-z0-9]{1,4}$/.test(toevoeging)) {
        fouten[veldId(`betrokkenen.${String(i)}.adres.huisnummertoevoeging`)] =
          `${wie}de toevoeging is ten hoogste 4 letters of cijfers, zoals 3 of bis.`;
      }
      const postcode = (b.adres?.postcode ?? '').trim();
      if (postcode && !/^[1-9]\d{3}\s?[A-Za-z]{2}$/.test(postcode)) {
        fouten[veldId(`betrokkenen.${String(i)}.adres.postcode`)] =
          `${wie}een postcode is vier cijfers en twee letters, zoals 3011 AB.`;
      }
      const geboren = b.identiteit?.geboortedatum ?? '';
      if (geboren && geboren > vandaagDatum()) {
        fouten[veldId(`betrokkenen.${String(i)}.identiteit.geboortedatum`)] =
          `${wie}de geboortedatum ligt in de toekomst.`;
      }
    });
  }
  return fouten;
}
