import { backoffMs, backoffPlafondMs } from './backoff.js';

const b = { basisMs: 1000, maxMs: 60_000 };

describe('backoff with full jitter', () => {
  it.each([
    [1, 1000],
    [2, 2000],
    [3, 4000],
    [6, 32_000],
    [7, 60_000],
    [50, 60_000],
    [0, 1000],
  ])('after attempt %i the wait is below %i ms', (poging, plafond) => {
    expect(backoffPlafondMs(poging, b)).toBe(plafond);
    expect(backoffMs(poging, b, () => 0)).toBe(0);
    expect(backoffMs(poging, b, () => 0.999_999)).toBe(Math.floor(0.999_999 * plafond));
    expect(backoffMs(poging, b, () => 0.5)).toBe(plafond / 2);
  });

  it('stays within [0, cap) over many draws and uses the whole range (jitter)', () => {
    for (const poging of [1, 3, 8]) {
      const plafond = backoffPlafondMs(poging, b);
      const draws = Array.from({ length: 2000 }, () => backoffMs(poging, b));
      expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...draws)).toBeLessThan(plafond);
      // Full jitter: the draws spread over the range, not around the cap.
      expect(Math.min(...draws)).toBeLessThan(plafond * 0.1);
      expect(Math.max(...draws)).toBeGreaterThan(plafond * 0.9);
      expect(new Set(draws).size).toBeGreaterThan(100);
    }
  });

  it('never overflows for huge attempt numbers', () => {
    expect(backoffPlafondMs(10_000, b)).toBe(60_000);
    expect(Number.isFinite(backoffMs(10_000, b))).toBe(true);
  });
});
