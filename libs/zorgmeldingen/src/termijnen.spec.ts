import {
  feestdagen,
  isWerkdag,
  termijnOnderzoek,
  termijnStatus,
  termijnVeiligheidsbeoordeling,
} from './termijnen.js';

/** An Amsterdam wall-clock time as an instant (CET +01:00 in winter, CEST +02:00 in summer). */
const ams = (local: string, offset: string): Date => new Date(`${local}${offset}`);

describe('working days (Algemene termijnenwet holidays)', () => {
  it.each([
    ['2026-01-01', 'Nieuwjaarsdag'],
    ['2026-04-06', 'tweede Paasdag'],
    ['2026-04-27', 'Koningsdag'],
    ['2026-05-05', 'Bevrijdingsdag (every year, not only every five)'],
    ['2027-05-05', 'Bevrijdingsdag 2027'],
    ['2026-05-14', 'Hemelvaartsdag'],
    ['2026-05-25', 'tweede Pinksterdag'],
    ['2026-12-25', 'eerste Kerstdag'],
    ['2026-12-28', 'a Monday after Christmas is a working day again'],
  ])('%s: %s', (datum, naam) => {
    expect([naam, isWerkdag(datum)]).toEqual([naam, naam.startsWith('a Monday')]);
  });

  it('Koningsdag is 26 April when 27 April is a Sunday (2025, 2031)', () => {
    expect(feestdagen(2025).has('2025-04-26')).toBe(true);
    expect(feestdagen(2025).has('2025-04-27')).toBe(false);
    expect(feestdagen(2031).has('2031-04-26')).toBe(true);
    expect(isWerkdag('2031-04-28')).toBe(true);
  });

  it('Goede Vrijdag and Oudejaarsdag are working days; weekends are not', () => {
    expect(isWerkdag('2026-04-03')).toBe(true);
    expect(isWerkdag('2026-12-31')).toBe(true);
    expect(isWerkdag('2026-11-07')).toBe(false);
    expect(isWerkdag('2026-11-08')).toBe(false);
  });
});

describe('veiligheidsbeoordeling: 5 working days after receipt', () => {
  it.each([
    ['Tuesday morning', ams('2026-11-10T09:00', '+01:00'), '2026-11-10', '2026-11-17'],
    ['Tuesday 16:59', ams('2026-11-10T16:59', '+01:00'), '2026-11-10', '2026-11-17'],
    ['Tuesday 17:00 (cut-off)', ams('2026-11-10T17:00', '+01:00'), '2026-11-11', '2026-11-18'],
    [
      'Friday evening counts from Monday',
      ams('2026-11-06T21:40', '+01:00'),
      '2026-11-09',
      '2026-11-16',
    ],
    ['Saturday', ams('2026-11-07T11:00', '+01:00'), '2026-11-09', '2026-11-16'],
    // 23:30 UTC on Sunday is already Monday 00:30 in Amsterdam.
    [
      'Sunday 23:30 UTC = Monday in Amsterdam',
      new Date('2026-11-08T23:30:00Z'),
      '2026-11-09',
      '2026-11-16',
    ],
    [
      'Thursday before Easter skips Easter Monday',
      ams('2026-04-02T10:00', '+02:00'),
      '2026-04-02',
      '2026-04-10',
    ],
    [
      'across Koningsdag and Bevrijdingsdag',
      ams('2026-04-24T10:00', '+02:00'),
      '2026-04-24',
      '2026-05-04',
    ],
    [
      'Koningsdag on Saturday 26 April 2025 costs no working day',
      ams('2025-04-24T10:00', '+02:00'),
      '2025-04-24',
      '2025-05-01',
    ],
    ['across Ascension Day', ams('2026-05-11T10:00', '+02:00'), '2026-05-11', '2026-05-19'],
    ['across Pentecost Monday', ams('2026-05-22T10:00', '+02:00'), '2026-05-22', '2026-06-01'],
    ['Christmas Eve evening', ams('2026-12-24T18:00', '+01:00'), '2026-12-28', '2027-01-05'],
    [
      'across Christmas and New Year',
      ams('2026-12-23T10:00', '+01:00'),
      '2026-12-23',
      '2026-12-31',
    ],
    ["on New Year's Day", ams('2027-01-01T09:00', '+01:00'), '2027-01-04', '2027-01-11'],
  ])('%s', (_naam, ontvangen, vanaf, uiterlijk) => {
    expect(termijnVeiligheidsbeoordeling(ontvangen)).toEqual({ vanaf, uiterlijk });
  });
});

describe('onderzoek: 10 weeks after the decision', () => {
  it('70 calendar days later', () => {
    expect(termijnOnderzoek(ams('2026-11-10T14:00', '+01:00'))).toEqual({
      vanaf: '2026-11-10',
      uiterlijk: '2027-01-19',
    });
  });

  it('moves to the next working day when it ends on a holiday', () => {
    // 2026-10-16 + 70 days = 2026-12-25 (Christmas) -> 2026-12-28.
    expect(termijnOnderzoek(ams('2026-10-16T10:00', '+02:00')).uiterlijk).toBe('2026-12-28');
  });
});

describe('termijnStatus', () => {
  const uiterlijk = '2026-11-16'; // a Monday
  it.each([
    ['a week before', ams('2026-11-09T10:00', '+01:00'), 'op-tijd'],
    ['Thursday: two working days left', ams('2026-11-12T10:00', '+01:00'), 'op-tijd'],
    ['Friday: one working day left', ams('2026-11-13T10:00', '+01:00'), 'bijna-verlopen'],
    ['the weekend before', ams('2026-11-15T10:00', '+01:00'), 'bijna-verlopen'],
    ['the last day itself, late evening', ams('2026-11-16T23:59', '+01:00'), 'bijna-verlopen'],
    ['the day after', ams('2026-11-17T00:01', '+01:00'), 'verlopen'],
  ])('%s: %s', (_naam, nu, status) => {
    expect(termijnStatus(uiterlijk, nu)).toBe(status);
  });

  it('a holiday in between does not count as a working day left', () => {
    // Due Tuesday 2026-12-29; on Thursday 24 December only 28 and 29 remain (Christmas days off).
    expect(termijnStatus('2026-12-29', ams('2026-12-24T10:00', '+01:00'))).toBe('op-tijd');
    expect(termijnStatus('2026-12-29', ams('2026-12-25T10:00', '+01:00'))).toBe('op-tijd');
    expect(termijnStatus('2026-12-28', ams('2026-12-24T10:00', '+01:00'))).toBe('bijna-verlopen');
  });
});
