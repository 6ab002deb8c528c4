import { randomBytes } from 'node:crypto';
import {
  bsnIndex,
  GegevensOnleesbaarError,
  nieuweDataSleutel,
  ontsleutelVeld,
  SleutelOnbekendError,
  Sleutelring,
  versleutelVeld,
} from './personen-crypto.js';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';

const flip = (buf: Buffer, at: number): Buffer => {
  const copy = Buffer.from(buf);
  copy[at] = (copy[at] ?? 0) ^ 0x01;
  return copy;
};

describe('field encryption (AES-256-GCM, AAD = person + field)', () => {
  const key = nieuweDataSleutel();

  it('round-trips, with a fresh IV each time', () => {
    const one = versleutelVeld(key, A, 'achternaam', 'Jansen-Ölçü');
    const two = versleutelVeld(key, A, 'achternaam', 'Jansen-Ölçü');
    expect(one.equals(two)).toBe(false);
    expect(one.subarray(1, 13).equals(two.subarray(1, 13))).toBe(false);
    expect(ontsleutelVeld(key, A, 'achternaam', one)).toBe('Jansen-Ölçü');
    expect(one.includes(Buffer.from('Jansen'))).toBe(false);
  });

  // Layout: version (1) | IV (12) | tag (16) | ciphertext.
  it.each([
    ['the version byte', 0],
    ['the IV', 5],
    ['the tag', 20],
    ['the ciphertext', 30],
  ])('detects a change in %s', (_part, at) => {
    const env = versleutelVeld(key, A, 'voornamen', 'Sanne Maria');
    expect(() => ontsleutelVeld(key, A, 'voornamen', flip(env, at))).toThrow(
      GegevensOnleesbaarError,
    );
  });

  it('detects truncation', () => {
    const env = versleutelVeld(key, A, 'voornamen', 'Sanne');
    expect(() => ontsleutelVeld(key, A, 'voornamen', env.subarray(0, 20))).toThrow(
      GegevensOnleesbaarError,
    );
  });

  it('refuses a ciphertext moved to another person or another field (AAD)', () => {
    const env = versleutelVeld(key, A, 'bsn', '111222333');
    expect(() => ontsleutelVeld(key, B, 'bsn', env)).toThrow(GegevensOnleesbaarError);
    expect(() => ontsleutelVeld(key, A, 'postcode', env)).toThrow(GegevensOnleesbaarError);
  });

  it('refuses another data key', () => {
    const env = versleutelVeld(key, A, 'bsn', '111222333');
    expect(() => ontsleutelVeld(nieuweDataSleutel(), A, 'bsn', env)).toThrow(
      GegevensOnleesbaarError,
    );
  });
});

describe('key wrapping (Sleutelring)', () => {
  const k1 = randomBytes(32);
  const k2 = randomBytes(32);

  it('wraps under the active key, records its id, and unwraps', () => {
    const ring = new Sleutelring(new Map([['k1', k1]]), 'k1');
    const data = nieuweDataSleutel();
    const wrapped = ring.verpak(A, data);
    expect(wrapped.sleutelId).toBe('k1');
    expect(wrapped.verpakt.includes(data)).toBe(false);
    expect(ring.ontpak(A, wrapped).equals(data)).toBe(true);
  });

  it('unwraps with older keys and wraps with the new active one (rotation)', () => {
    const old = new Sleutelring(new Map([['k1', k1]]), 'k1');
    const both = new Sleutelring(
      new Map([
        ['k1', k1],
        ['k2', k2],
      ]),
      'k2',
    );
    const data = nieuweDataSleutel();
    const rewrapped = both.verpak(A, both.ontpak(A, old.verpak(A, data)));
    expect(rewrapped.sleutelId).toBe('k2');
    expect(new Sleutelring(new Map([['k2', k2]]), 'k2').ontpak(A, rewrapped).equals(data)).toBe(
      true,
    );
  });

  it('refuses a wrong master key under the same id', () => {
    const wrapped = new Sleutelring(new Map([['k1', k1]]), 'k1').verpak(A, nieuweDataSleutel());
    const wrong = new Sleutelring(new Map([['k1', k2]]), 'k1');
    expect(() => wrong.ontpak(A, wrapped)).toThrow(GegevensOnleesbaarError);
  });

  it('names an unknown master key id', () => {
    const wrapped = new Sleutelring(new Map([['k1', k1]]), 'k1').verpak(A, nieuweDataSleutel());
    expect(() => new Sleutelring(new Map([['k2', k2]]), 'k2').ontpak(A, wrapped)).toThrow(
      SleutelOnbekendError,
    );
  });

  it('binds the wrapped key to its person and its key id', () => {
    const ring = new Sleutelring(new Map([['k1', k1]]), 'k1');
    const wrapped = ring.verpak(A, nieuweDataSleutel());
    expect(() => ring.ontpak(B, wrapped)).toThrow(GegevensOnleesbaarError);
    const relabelled = new Sleutelring(
      new Map([
        ['k1', k1],
        ['k9', k1],
      ]),
      'k9',
    );
    expect(() => relabelled.ontpak(A, { ...wrapped, sleutelId: 'k9' })).toThrow(
      GegevensOnleesbaarError,
    );
  });

  it('refuses a ring whose active key is missing or not 32 bytes', () => {
    expect(() => new Sleutelring(new Map([['k1', k1]]), 'k2')).toThrow();
    expect(() => new Sleutelring(new Map([['k1', randomBytes(16)]]), 'k1')).toThrow();
  });
});

describe('BSN blind index', () => {
  it('is deterministic per key, differs between keys, and holds no digits of the BSN', () => {
    const key = 'x'.repeat(32);
    const a = bsnIndex(key, '111222333');
    expect(a.equals(bsnIndex(key, '111222333'))).toBe(true);
    expect(a.equals(bsnIndex('y'.repeat(32), '111222333'))).toBe(false);
    expect(a.equals(bsnIndex(key, '123456782'))).toBe(false);
    expect(a).toHaveLength(32);
  });
});
