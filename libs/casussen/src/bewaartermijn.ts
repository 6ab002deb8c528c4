import { DateTime, Duration } from 'luxon';

/**
 * The last day to keep a closed (or declined) casus: `vanaf` plus the activity's retention
 * term, any ISO 8601 duration (`P5Y`, `P18M`, `P1Y6M`, `P90D`), on the Amsterdam calendar.
 * One function, so the purpose context's own `bewaarTot` can replace it in one line.
 */
export function bewaarTot(termijn: string, vanaf: Date): string {
  const duur = Duration.fromISO(termijn);
  if (!duur.isValid) throw new Error(`Ongeldige bewaartermijn in het verwerkingsregister`);
  const tot = DateTime.fromJSDate(vanaf, { zone: 'Europe/Amsterdam' }).plus(duur).toISODate();
  if (!tot) throw new Error('Bewaartermijn buiten het bereik van de kalender');
  return tot;
}
