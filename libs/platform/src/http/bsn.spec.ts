import { demoBsn, isValidBsn } from './bsn.js';

describe('isValidBsn (11-proef)', () => {
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
  ])('%p -> %p', (value, expected) => {
    expect(isValidBsn(value)).toBe(expected);
  });
});

describe('demoBsn', () => {
  it('gives valid BSNs, the same for the same number', () => {
    for (const n of [0, 31_400_000, 52_001_000, 89_999_998, 123_456_789]) {
      expect(isValidBsn(demoBsn(n))).toBe(true);
      expect(demoBsn(n)).toBe(demoBsn(n));
    }
  });
});
