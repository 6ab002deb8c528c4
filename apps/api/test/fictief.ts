import { randomInt } from 'node:crypto';

/*
 * Fictional personal data for tests, and the forms in which it could leak: the tests that scan
 * raw tables and logs for readable personal data share these.
 */

/** A random BSN that passes the 11-proef. */
export function bsn(): string {
  for (;;) {
    const d = Array.from({ length: 8 }, (_, i) => (i === 0 ? randomInt(1, 10) : randomInt(10)));
    const sum = d.reduce((s, x, i) => s + x * (9 - i), 0);
    const last = sum % 11;
    if (last < 10) return `${d.join('')}${String(last)}`;
  }
}

/** Plaintext and the encodings it could hide in: hex, base64 at each alignment, url-safe. */
export function encodings(value: string): string[] {
  const bytes = Buffer.from(value, 'utf8');
  const out = new Set([value, value.toLowerCase(), bytes.toString('hex')]);
  for (let pad = 0; pad < 3; pad++) {
    const b64 = Buffer.concat([Buffer.alloc(pad, 0x20), bytes]).toString('base64');
    const start = Math.ceil((pad * 4) / 3);
    const core = b64.slice(start, b64.length - 4);
    if (core.length >= 6) {
      out.add(core);
      out.add(core.replace(/\+/g, '-').replace(/\//g, '_'));
    }
  }
  return [...out];
}
