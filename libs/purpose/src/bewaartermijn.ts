import { registerDecorator, type ValidationOptions } from 'class-validator';
import { DateTime, Duration } from 'luxon';

/** The calendar that retention dates are counted in. */
const ZONE = 'Europe/Amsterdam';

/**
 * The retention term as a luxon Duration, or null when it is not a usable ISO 8601 duration:
 * unparseable, empty (`P`), or with a negative or fractional part (luxon accepts those, but a
 * retention term is a whole number of years, months, weeks, days or hours, and more than 0).
 */
function parse(termijn: unknown): Duration | null {
  if (typeof termijn !== 'string' || termijn.length > 40) return null;
  const duur = Duration.fromISO(termijn);
  if (!duur.isValid) return null;
  const delen = Object.values(duur.toObject());
  if (delen.length === 0 || delen.some((n) => !Number.isInteger(n) || n < 0)) return null;
  return delen.some((n) => n > 0) ? duur : null;
}

/** Whether `termijn` is a valid retention term: a positive ISO 8601 duration such as P18M. */
export function isGeldigeBewaartermijn(termijn: unknown): termijn is string {
  return parse(termijn) !== null;
}

/**
 * The last day of retention: `vanaf` (taken as a day in the Europe/Amsterdam calendar) plus
 * the ISO 8601 duration `termijn`, as `YYYY-MM-DD`. Months are calendar months, so P18M from
 * 2026-01-31 is 2027-07-31 (and a month end that does not exist falls back to the last day).
 * Throws on a term that is not a valid retention term.
 */
export function bewaarTot(termijn: string, vanaf: Date): string {
  const duur = parse(termijn);
  if (!duur) throw new RangeError('Ongeldige bewaartermijn: geen ISO 8601-duur');
  const dag = DateTime.fromJSDate(vanaf, { zone: ZONE });
  if (!dag.isValid) throw new RangeError('Ongeldige begindatum voor de bewaartermijn');
  return dag.plus(duur).toISODate();
}

/** class-validator: the value is a valid retention term (ISO 8601 duration, e.g. P20Y or P18M). */
export function IsBewaartermijn(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) => {
    registerDecorator({
      name: 'isoDuur',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message: 'bewaartermijn moet een ISO 8601-duur zijn, bijvoorbeeld P20Y, P18M of P10D',
        ...options,
      },
      validator: { validate: (value: unknown) => isGeldigeBewaartermijn(value) },
    });
  };
}
