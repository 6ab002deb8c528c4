import { dagenTussen, plusMaanden, termijn } from './termijn.js';

describe('de termijn van een verzoek (AVG art. 12 lid 3)', () => {
  it.each([
    ['2026-01-15', 1, '2026-02-15'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-12-10', 1, '2027-01-10'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2026-03-31', 2, '2026-05-31'],
  ])('%s plus %i maand(en) is %s', (datum, maanden, verwacht) => {
    expect(plusMaanden(datum, maanden)).toBe(verwacht);
  });

  it('telt dagen, ook terug', () => {
    expect(dagenTussen('2026-02-01', '2026-03-01')).toBe(28);
    expect(dagenTussen('2026-03-01', '2026-02-27')).toBe(-2);
  });

  it.each([
    ['2026-01-10', null, false, '2026-01-20', 'lopend', 21],
    ['2026-01-10', null, false, '2026-02-03', 'bijna-verlopen', 7],
    ['2026-01-10', null, false, '2026-02-11', 'verlopen', -1],
    ['2026-01-10', '2026-04-10', false, '2026-02-11', 'lopend', 58],
    ['2026-01-10', null, true, '2026-03-01', 'afgerond', -19],
  ] as const)(
    'ontvangen %s, verlengd tot %s, afgerond %s: op %s %s met %i dagen',
    (ontvangenOp, verlengdTot, afgerond, vandaag, status, dagen) => {
      const t = termijn({ ontvangenOp, verlengdTot, afgerond }, vandaag);
      expect(t.status).toBe(status);
      expect(t.dagenOver).toBe(dagen);
      expect(t.oorspronkelijk).toBe('2026-02-10');
    },
  );
});
