import { vatRisicotaxatieSamen } from './risicotaxatie.js';
import { volledigeMelding } from './zorgmelding.corpus.js';

// The rule's table is in libs/regels; here: the server's summary with the schema's signals.
describe('RiHG summary (computed by the server)', () => {
  it('counts per part and flags the part with two or more rood', () => {
    const s = vatRisicotaxatieSamen(volledigeMelding().risicotaxatie);
    expect(s.delen.pleger).toEqual({
      rood: 2,
      blauw: 2,
      geel: 2,
      onbekend: 1,
      nietIngevuld: 0,
      huisverbodIndicatie: true,
    });
    expect(s.delen.incident).toMatchObject({ rood: 1, geel: 4, huisverbodIndicatie: false });
    expect(s.delen.gezin).toMatchObject({ rood: 1, huisverbodIndicatie: false });
    expect(s.huisverbodIndicatie).toBe(true);
    expect(s.delenMetHuisverbodIndicatie).toEqual(['pleger']);
  });

  it('an empty concept has every signal not filled in', () => {
    const s = vatRisicotaxatieSamen(undefined);
    expect(
      s.delen.pleger.nietIngevuld + s.delen.incident.nietIngevuld + s.delen.gezin.nietIngevuld,
    ).toBe(20);
    expect(s.huisverbodIndicatie).toBe(false);
  });
});
