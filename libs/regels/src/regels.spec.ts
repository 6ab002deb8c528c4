import {
  criteriaVoldaan,
  isGeldigBsn,
  vatRisicotaxatieSamen,
  type Criteria,
  type Risicotaxatie,
} from './index.js';

describe('isGeldigBsn (11-proef)', () => {
  it.each([
    ['111222333', true],
    ['123456782', true],
    ['999999990', true],
    ['123456789', false],
    ['000000000', false],
    ['12345678', false],
    ['1234567820', false],
    ['12345678a', false],
    [' 123456782', false],
    [123456782, false],
    [null, false],
  ])('%p -> %p', (waarde, verwacht) => {
    expect(isGeldigBsn(waarde)).toBe(verwacht);
  });
});

describe('criteriaVoldaan: (a en b en c) of d', () => {
  it.each<[a: boolean, b: boolean, c: boolean, d: boolean, voldaan: boolean]>([
    [true, true, true, false, true],
    [false, false, false, true, true],
    [true, true, true, true, true],
    [true, true, false, false, false],
    [true, false, true, false, false],
    [false, true, true, false, false],
    [false, false, false, false, false],
  ])('a=%p b=%p c=%p d=%p -> %p', (a, b, c, d, voldaan) => {
    const criteria: Criteria = {
      meerdereLeefdomeinen: a,
      meerdereKetens: b,
      impactOmgeving: c,
      ernstigeVeiligheidsproblemen: d,
    };
    expect(criteriaVoldaan(criteria)).toBe(voldaan);
  });
});

describe('vatRisicotaxatieSamen (RiHG)', () => {
  const signalen = {
    pleger: ['wapenbezit', 'middelengebruik', 'geweldBuitenshuis'],
    incident: ['escalatie', 'wapengebruik'],
    gezin: ['zwangerschap', 'stressfactoren'],
  };

  it.each<[string, Risicotaxatie | undefined, boolean, string[]]>([
    [
      'one rood in each part: no indication',
      {
        pleger: { wapenbezit: 'rood' },
        incident: { escalatie: 'rood' },
        gezin: { zwangerschap: 'rood' },
      },
      false,
      [],
    ],
    [
      'two rood in one part: indication',
      { incident: { escalatie: 'rood', wapengebruik: 'rood' } },
      true,
      ['incident'],
    ],
    [
      'onbekend is not rood',
      { gezin: { zwangerschap: 'onbekend', stressfactoren: 'onbekend' } },
      false,
      [],
    ],
    ['nothing filled in', undefined, false, []],
    [
      'two parts with an indication, in RiHG order',
      {
        gezin: { zwangerschap: 'rood', stressfactoren: 'rood' },
        pleger: { wapenbezit: 'rood', middelengebruik: 'rood', geweldBuitenshuis: 'geel' },
      },
      true,
      ['pleger', 'gezin'],
    ],
  ])('%s', (_naam, taxatie, indicatie, delen) => {
    const s = vatRisicotaxatieSamen(taxatie, signalen);
    expect(s.huisverbodIndicatie).toBe(indicatie);
    expect(s.delenMetHuisverbodIndicatie).toEqual(delen);
  });

  it('counts per part; signals without a score are not filled in', () => {
    const s = vatRisicotaxatieSamen(
      { pleger: { wapenbezit: 'rood', middelengebruik: 'blauw' }, gezin: { zwangerschap: 'geel' } },
      signalen,
    );
    expect(s.delen.pleger).toEqual({
      rood: 1,
      blauw: 1,
      geel: 0,
      onbekend: 0,
      nietIngevuld: 1,
      huisverbodIndicatie: false,
    });
    expect(s.delen.incident.nietIngevuld).toBe(2);
    expect(s.delen.gezin).toMatchObject({ geel: 1, nietIngevuld: 1 });
  });
});
