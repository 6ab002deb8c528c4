import { InvalidInputException } from '@schakel/platform';
import { valideerIdentiteit } from './identiteit.js';

const fout = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(InvalidInputException);
    return (e as InvalidInputException).detail;
  }
  throw new Error('no error');
};

describe('valideerIdentiteit', () => {
  it('normalises postcode, municipality code and whitespace', () => {
    expect(
      valideerIdentiteit(
        { achternaam: '  de  Vries ', postcode: '3011 ab', gemeenteCode: 'gm0599' },
        { geheel: true },
      ),
    ).toEqual({ achternaam: 'de Vries', postcode: '3011AB', gemeenteCode: 'GM0599' });
  });

  it.each([
    [{ bsn: '123456789' }, 'bsn'],
    [{ bsn: '000000000' }, 'bsn'],
    [{ postcode: '0123AB' }, 'postcode'],
    [{ gemeenteCode: '0599' }, 'gemeenteCode'],
    [{ geboortedatum: '2020-02-30' }, 'geboortedatum'],
    [{ geboortedatum: '2999-01-01' }, 'geboortedatum'],
    [{ huisnummer: '0' }, 'huisnummer'],
    [{ achternaam: 'a'.repeat(201) }, 'achternaam'],
    [{ achternaam: 'a\u0000b' }, 'achternaam'],
    [{ achternaam: 12 }, 'achternaam'],
    [{ telefoon: '0612345678' }, 'telefoon'],
  ])('refuses %j naming %s but never the value', (invoer, veld) => {
    const detail = fout(() => valideerIdentiteit(invoer as never, { geheel: true }));
    expect(detail).toContain(veld);
    for (const v of Object.values(invoer)) expect(detail).not.toContain(String(v));
  });

  it('needs at least one field for a new person, none for a change', () => {
    expect(fout(() => valideerIdentiteit({ voornamen: null }, { geheel: true }))).toContain(
      'identiteit',
    );
    expect(valideerIdentiteit({ voornamen: null }, { geheel: false })).toEqual({ voornamen: null });
  });

  it('accepts a valid BSN (11-proef)', () => {
    expect(valideerIdentiteit({ bsn: '111222333' }, { geheel: true })).toEqual({
      bsn: '111222333',
    });
  });
});
