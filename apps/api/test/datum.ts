/**
 * Today as Schakel's server counts days: in Europe/Amsterdam. Between 23:00 and 24:00 UTC
 * (in winter) the UTC date is a day behind, and a date taken from `toISOString()` is then
 * yesterday for the server (a report received "tomorrow" cannot be assessed "today").
 */
export function vandaagInAmsterdam(moment = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(moment);
}
