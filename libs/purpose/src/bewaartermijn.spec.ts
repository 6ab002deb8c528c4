import { bewaarTot, isGeldigeBewaartermijn } from './bewaartermijn.js';

describe('bewaarTot', () => {
  it.each([
    ['P18M', '2026-01-31T12:00:00Z', '2027-07-31'],
    ['P5Y', '2026-01-31T12:00:00Z', '2031-01-31'],
    ['P1Y6M', '2026-01-31T12:00:00Z', '2027-07-31'],
    ['P20Y', '2026-01-31T12:00:00Z', '2046-01-31'],
    ['P2W', '2026-01-31T12:00:00Z', '2026-02-14'],
    ['P10D', '2026-01-31T12:00:00Z', '2026-02-10'],
    ['P1M', '2026-01-31T12:00:00Z', '2026-02-28'],
    ['P1Y', '2028-02-29T12:00:00Z', '2029-02-28'],
    // 23:30 UTC on 30 January is already 31 January in Amsterdam.
    ['P18M', '2026-01-30T23:30:00Z', '2027-07-31'],
    // ... and 22:30 UTC on 30 June is already 1 July in summer time.
    ['P10D', '2026-06-30T22:30:00Z', '2026-07-11'],
  ])('%s from %s is %s', (termijn, vanaf, tot) => {
    expect(bewaarTot(termijn, new Date(vanaf))).toBe(tot);
  });

  it.each(['', '20 jaar', 'P', 'PT', 'P0D', 'p5y', 'P-1Y', '-P1Y', 'P1.5Y', '5Y', 'P5Y ', 'PY'])(
    'throws on %j',
    (termijn) => {
      expect(() => bewaarTot(termijn, new Date('2026-01-31T12:00:00Z'))).toThrow(RangeError);
      expect(isGeldigeBewaartermijn(termijn)).toBe(false);
    },
  );

  it('accepts every valid form it computes', () => {
    for (const t of ['P18M', 'P5Y', 'P1Y6M', 'P20Y', 'P2W', 'P10D', 'P1Y2M3DT4H']) {
      expect(isGeldigeBewaartermijn(t)).toBe(true);
    }
    expect(isGeldigeBewaartermijn(5)).toBe(false);
  });
});
