/**
 * The 11-proef for a BSN, as the API checks it: nine digits d1..d9 with
 * 9·d1 + 8·d2 + … + 2·d8 − 1·d9 divisible by 11 (and not all zeros).
 */
export function isGeldigBsn(waarde: string): boolean {
  if (!/^\d{9}$/.test(waarde) || waarde === '000000000') return false;
  let som = 0;
  for (let i = 0; i < 8; i++) som += (9 - i) * Number(waarde[i]);
  som -= Number(waarde[8]);
  return som % 11 === 0;
}
