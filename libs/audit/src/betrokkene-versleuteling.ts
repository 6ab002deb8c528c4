import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  hkdfSync,
  timingSafeEqual,
} from 'node:crypto';

/**
 * `dpl.core.data_subject_id` as Logboek Dataverwerkingen 1.0 asks for it: a unique, encrypted
 * identifying code of the data subject, beside its type (ADR 0033).
 *
 * The logs keep the subject as Schakel's keyed hash (ADR 0021), and the sealed leaves cover
 * that hash, so the encryption happens when a record leaves Schakel (export, read extension),
 * never in the tables. The encryption is AES-256-GCM with a synthetic nonce (the first 12
 * bytes of an HMAC-SHA256 of type and identifier, as in SIV): the same subject always gives the
 * same code, so an FG can still group the lines of one person, while nobody without the key
 * learns who it is or can link it to the keyed hash in the database. The type is the
 * associated data: a code only opens under the type it was issued with. Both keys are derived
 * (HKDF-SHA256) from the pseudonym key, each with its own label.
 *
 * Form: `v1.` + base64url(nonce (12) || ciphertext || tag (16)).
 */
export class BetrokkeneVersleuteling {
  private readonly sleutel: Buffer;
  private readonly nonceSleutel: Buffer;

  constructor(geheim: string) {
    const afleiden = (label: string) =>
      Buffer.from(hkdfSync('sha256', geheim, Buffer.alloc(0), label, 32));
    this.sleutel = afleiden('schakel ldv dpl.core.data_subject_id aes-256-gcm v1');
    this.nonceSleutel = afleiden('schakel ldv dpl.core.data_subject_id siv v1');
  }

  /** The encrypted code of `id` (a keyed hash, or any identifier) of type `type`. */
  versleutel(id: string, type: string): string {
    const tekst = Buffer.from(id, 'utf8');
    const nonce = this.nonce(tekst, type);
    const c = createCipheriv('aes-256-gcm', this.sleutel, nonce);
    c.setAAD(Buffer.from(type, 'utf8'));
    const versleuteld = Buffer.concat([c.update(tekst), c.final()]);
    return `v1.${Buffer.concat([nonce, versleuteld, c.getAuthTag()]).toString('base64url')}`;
  }

  /**
   * The identifier in a code issued for `type`; undefined when the code is malformed, was
   * issued for another type or under another key, or was altered.
   */
  ontsleutel(code: string, type: string): string | undefined {
    const m = /^v1\.([A-Za-z0-9_-]{40,400})$/.exec(code);
    if (!m?.[1]) return undefined;
    const b = Buffer.from(m[1], 'base64url');
    if (b.length < 12 + 1 + 16) return undefined;
    const nonce = b.subarray(0, 12);
    try {
      const d = createDecipheriv('aes-256-gcm', this.sleutel, nonce);
      d.setAAD(Buffer.from(type, 'utf8'));
      d.setAuthTag(b.subarray(b.length - 16));
      const tekst = Buffer.concat([d.update(b.subarray(12, b.length - 16)), d.final()]);
      // A synthetic nonce must be the one this identifier and type give.
      if (!timingSafeEqual(nonce, this.nonce(tekst, type))) return undefined;
      return tekst.toString('utf8');
    } catch {
      return undefined;
    }
  }

  private nonce(tekst: Buffer, type: string): Buffer {
    return createHmac('sha256', this.nonceSleutel)
      .update(Buffer.from(type, 'utf8'))
      .update(Buffer.from([0]))
      .update(tekst)
      .digest()
      .subarray(0, 12);
  }
}
