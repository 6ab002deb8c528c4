/** Bounds of the backoff between delivery attempts. */
export interface Backoff {
  basisMs: number;
  maxMs: number;
}

/**
 * Exponential backoff with full jitter: after the n-th failed attempt (n >= 1) wait a uniformly
 * random time in [0, min(max, basis * 2^(n-1))). Full jitter spreads retries of many reports
 * that failed together, so a recovering receiver is not hit by them all at once.
 */
export function backoffMs(poging: number, b: Backoff, random: () => number = Math.random): number {
  const n = Math.max(1, Math.floor(poging));
  const plafond = Math.min(b.maxMs, b.basisMs * 2 ** Math.min(n - 1, 40));
  return Math.floor(random() * plafond);
}

/** The upper bound of {@link backoffMs} after the n-th attempt (for docs and tests). */
export function backoffPlafondMs(poging: number, b: Backoff): number {
  const n = Math.max(1, Math.floor(poging));
  return Math.min(b.maxMs, b.basisMs * 2 ** Math.min(n - 1, 40));
}
