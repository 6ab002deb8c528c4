import { bewaarTot } from './bewaartermijn.js';

describe('bewaarTot: closure date plus any ISO 8601 retention term (Amsterdam calendar)', () => {
  it.each([
    ['P5Y', '2026-03-15T10:00:00Z', '2031-03-15'],
    ['P18M', '2026-03-15T10:00:00Z', '2027-09-15'],
    ['P1Y6M', '2026-03-15T10:00:00Z', '2027-09-15'],
    ['P90D', '2026-01-01T10:00:00Z', '2026-04-01'],
    ['P1M', '2026-01-31T10:00:00Z', '2026-02-28'],
    // 23:30 UTC on 31 December is already 1 January in Amsterdam.
    ['P1Y', '2026-12-31T23:30:00Z', '2028-01-01'],
  ])('%s from %s is %s', (termijn, vanaf, verwacht) => {
    expect(bewaarTot(termijn, new Date(vanaf))).toBe(verwacht);
  });

  it('refuses a term that is no ISO 8601 duration instead of guessing one', () => {
    expect(() => bewaarTot('18 maanden', new Date())).toThrow();
    expect(() => bewaarTot('', new Date())).toThrow();
  });
});
