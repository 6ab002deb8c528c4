import Holidays from 'date-holidays';

/**
 * Deadlines of the Handelingsprotocol Veilig Thuis, in Europe/Amsterdam dates (YYYY-MM-DD).
 *
 * Working days are Monday to Friday except the public holidays of the Algemene termijnenwet
 * (art. 3): Nieuwjaarsdag, tweede Paasdag, Koningsdag (27 April, 26 April when the 27th is a
 * Sunday), Bevrijdingsdag (5 May, every year), Hemelvaartsdag, tweede Pinksterdag and both
 * Christmas days. Goede Vrijdag is not one. See ADR 0014.
 */
export const TIJDZONE = 'Europe/Amsterdam';
/** A report received at or after this local time on a working day counts from the next one. */
export const AFKAPTIJD = '17:00';
export const VEILIGHEIDSBEOORDELING_WERKDAGEN = 5;
export const ONDERZOEK_WEKEN = 10;
/** At most this many working days left: bijna verlopen. */
export const BIJNA_VERLOPEN_WERKDAGEN = 1;

export type TermijnStatus = 'op-tijd' | 'bijna-verlopen' | 'verlopen';

export interface Termijn {
  /** The working day the count starts from (the receipt or decision, after the cut-off). */
  vanaf: string;
  /** The last day (inclusive, until midnight Amsterdam time) to meet the deadline. */
  uiterlijk: string;
}

const holidays = new Holidays('NL', { types: ['public'] });
// date-holidays marks 5 May a school holiday; the Algemene termijnenwet makes it a holiday.
holidays.setHoliday('05-05', { name: { nl: 'Bevrijdingsdag' }, type: 'public' });
const perJaar = new Map<number, ReadonlySet<string>>();

/** The public holidays (Algemene termijnenwet) of a year, as YYYY-MM-DD. */
export function feestdagen(jaar: number): ReadonlySet<string> {
  let set = perJaar.get(jaar);
  if (!set) {
    set = new Set(holidays.getHolidays(jaar).map((h) => h.date.slice(0, 10)));
    perJaar.set(jaar, set);
  }
  return set;
}

/** Monday to Friday and not a public holiday. */
export function isWerkdag(datum: string): boolean {
  const dag = toUtc(datum).getUTCDay();
  return dag !== 0 && dag !== 6 && !feestdagen(Number(datum.slice(0, 4))).has(datum);
}

/** Made once: constructing an Intl.DateTimeFormat costs far more than formatting with it. */
const AMSTERDAM = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIJDZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The date and time (HH:MM) of a moment in Amsterdam. */
export function amsterdamDatum(moment: Date): { datum: string; tijd: string } {
  const parts = Object.fromEntries(
    AMSTERDAM.formatToParts(moment).map((p) => [p.type, p.value]),
  ) as Record<string, string>;
  return {
    datum: `${parts.year ?? ''}-${parts.month ?? ''}-${parts.day ?? ''}`,
    tijd: `${parts.hour ?? ''}:${parts.minute ?? ''}`,
  };
}

/** The date `n` calendar days later. */
export function plusDagen(datum: string, n: number): string {
  const d = toUtc(datum);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** The next working day strictly after `datum`. */
export function volgendeWerkdag(datum: string): string {
  let d = plusDagen(datum, 1);
  while (!isWerkdag(d)) d = plusDagen(d, 1);
  return d;
}

/** The `n`-th working day after `datum`. */
export function plusWerkdagen(datum: string, n: number): string {
  let d = datum;
  for (let i = 0; i < n; i++) d = volgendeWerkdag(d);
  return d;
}

/**
 * The veiligheidsbeoordeling is due 5 working days after receipt. A receipt on a day that is
 * not a working day, or at or after the cut-off (17:00 Amsterdam time), counts from the next
 * working day: a report that comes in on Friday evening counts from Monday.
 */
export function termijnVeiligheidsbeoordeling(ontvangen: Date, afkaptijd = AFKAPTIJD): Termijn {
  const { datum, tijd } = amsterdamDatum(ontvangen);
  const vanaf = isWerkdag(datum) && tijd < afkaptijd ? datum : volgendeWerkdag(datum);
  return { vanaf, uiterlijk: plusWerkdagen(vanaf, VEILIGHEIDSBEOORDELING_WERKDAGEN) };
}

/**
 * An investigation is due 10 weeks after the decision to investigate (Amsterdam date). When
 * that day is not a working day, the deadline moves to the next working day (as the Algemene
 * termijnenwet does for statutory terms).
 */
export function termijnOnderzoek(besluit: Date): Termijn {
  const { datum } = amsterdamDatum(besluit);
  const einde = plusDagen(datum, ONDERZOEK_WEKEN * 7);
  return { vanaf: datum, uiterlijk: isWerkdag(einde) ? einde : volgendeWerkdag(einde) };
}

/** Working days after `van` up to and including `tot` (0 when `tot` is not after `van`). */
export function werkdagenTot(van: string, tot: string): number {
  let n = 0;
  for (let d = plusDagen(van, 1); d <= tot; d = plusDagen(d, 1)) if (isWerkdag(d)) n++;
  return n;
}

/**
 * op tijd; bijna verlopen when at most one working day is left (the last day itself
 * included); verlopen once the last day has passed in Amsterdam.
 */
export function termijnStatus(uiterlijk: string, nu: Date = new Date()): TermijnStatus {
  const vandaag = amsterdamDatum(nu).datum;
  if (vandaag > uiterlijk) return 'verlopen';
  return werkdagenTot(vandaag, uiterlijk) <= BIJNA_VERLOPEN_WERKDAGEN
    ? 'bijna-verlopen'
    : 'op-tijd';
}

function toUtc(datum: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(datum)) throw new Error('Datum moet JJJJ-MM-DD zijn');
  return new Date(`${datum}T00:00:00Z`);
}
