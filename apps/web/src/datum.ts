/**
 * Calendar dates as Schakel counts them: in Europe/Amsterdam, as the server does (the FG's
 * charts, retention, destruction), whatever the browser's own time zone. Between midnight in
 * Amsterdam and midnight UTC the two calendars differ by a day.
 */
const ZONE = 'Europe/Amsterdam';

/** Today in Amsterdam, `YYYY-MM-DD`. */
export function vandaag(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(new Date());
}

/** The date `dagen` days from today in Amsterdam (negative: before), `YYYY-MM-DD`. */
export function dagenVanaf(dagen: number): string {
  const d = new Date(`${vandaag()}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + dagen);
  return d.toISOString().slice(0, 10);
}
