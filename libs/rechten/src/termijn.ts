/**
 * The clock of a request (AVG art. 12(3)): an answer within one month of receipt; the
 * controller may extend by up to two more months, once, with reasons, told within the first
 * month. Dates are calendar dates (YYYY-MM-DD); a month ends on the same day number, or on the
 * month's last day when it has fewer days (31 January + 1 month = 28/29 February).
 */

/** `datum` plus `maanden` calendar months, clamped to the end of the month. */
export function plusMaanden(datum: string, maanden: number): string {
  const [j, m, d] = datum.split('-').map(Number) as [number, number, number];
  const doelMaand = m - 1 + maanden;
  const jaar = j + Math.floor(doelMaand / 12);
  const maand = ((doelMaand % 12) + 12) % 12;
  const laatste = new Date(Date.UTC(jaar, maand + 1, 0)).getUTCDate();
  return new Date(Date.UTC(jaar, maand, Math.min(d, laatste))).toISOString().slice(0, 10);
}

/** Whole days from `van` to `tot` (both YYYY-MM-DD); negative when `tot` lies before. */
export function dagenTussen(van: string, tot: string): number {
  return Math.round((Date.parse(`${tot}T00:00:00Z`) - Date.parse(`${van}T00:00:00Z`)) / 86_400_000);
}

export type Termijnstatus = 'lopend' | 'bijna-verlopen' | 'verlopen' | 'afgerond';

export interface Termijn {
  /** One month after receipt. */
  oorspronkelijk: string;
  /** The deadline in force: the extended one when extended. */
  uiterlijk: string;
  dagenOver: number;
  status: Termijnstatus;
}

/** Days before the deadline from which a request shows as nearly due. */
export const BIJNA_DAGEN = 7;
/** At most two more months (art. 12(3)). */
export const MAX_VERLENGING_MAANDEN = 2;

/** The clock as it stands on `vandaag`. */
export function termijn(
  r: { ontvangenOp: string; verlengdTot: string | null; afgerond: boolean },
  vandaag: string,
): Termijn {
  const oorspronkelijk = plusMaanden(r.ontvangenOp, 1);
  const uiterlijk = r.verlengdTot ?? oorspronkelijk;
  const dagenOver = dagenTussen(vandaag, uiterlijk);
  const status: Termijnstatus = r.afgerond
    ? 'afgerond'
    : dagenOver < 0
      ? 'verlopen'
      : dagenOver <= BIJNA_DAGEN
        ? 'bijna-verlopen'
        : 'lopend';
  return { oorspronkelijk, uiterlijk, dagenOver, status };
}
