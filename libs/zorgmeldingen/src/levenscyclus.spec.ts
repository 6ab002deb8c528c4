import {
  magStap,
  OVERGANGEN,
  statusNaBeoordeling,
  statusNaTerugkoppeling,
  ZORGMELDING_STATUSSEN,
  type Meldingstatus,
  type Stap,
} from './levenscyclus.js';

describe('levenscyclus van de zorgmelding', () => {
  it.each<[Stap, Meldingstatus, boolean]>([
    ['wijzigen', 'concept', true],
    ['wijzigen', 'gerouteerd', false],
    ['indienen', 'concept', true],
    ['indienen', 'gerouteerd', false],
    ['herrouteren', 'routeringsuitzondering', true],
    ['herrouteren', 'gerouteerd', false],
    ['ontvangst', 'gerouteerd', true],
    ['ontvangst', 'routeringsuitzondering', false],
    ['toewijzing', 'gerouteerd', false],
    ['toewijzing', 'toegewezen', true],
    ['beoordeling', 'ontvangen', true],
    ['beoordeling', 'beoordeeld', false],
    ['terugkoppeling', 'beoordeeld', true],
    ['terugkoppeling', 'onderzoek', true],
    ['terugkoppeling', 'afgesloten', false],
  ])('%s vanuit %s: %s', (stap, status, mag) => {
    expect(magStap(stap, status)).toBe(mag);
  });

  it('names only known statuses', () => {
    for (const van of Object.values(OVERGANGEN).flat()) {
      expect(ZORGMELDING_STATUSSEN).toContain(van);
    }
  });

  it('an investigation stays open after feedback; another outcome closes', () => {
    expect(statusNaBeoordeling('vt-onderzoekt')).toBe('onderzoek');
    expect(statusNaBeoordeling('afsluiten')).toBe('beoordeeld');
    expect(statusNaTerugkoppeling('onderzoek')).toBe('onderzoek');
    expect(statusNaTerugkoppeling('beoordeeld')).toBe('afgesloten');
  });
});
