import { demoBsn, isValidBsn } from './bsn.js';

// The 11-proef itself is tested in libs/regels (isGeldigBsn); isValidBsn is that rule.
describe('demoBsn', () => {
  it('gives valid BSNs, the same for the same number', () => {
    for (const n of [0, 31_400_000, 52_001_000, 89_999_998, 123_456_789]) {
      expect(isValidBsn(demoBsn(n))).toBe(true);
      expect(demoBsn(n)).toBe(demoBsn(n));
    }
  });
});
