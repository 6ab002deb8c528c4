import { createHash, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';

/**
 * C2SP signed notes (`signed-note`), checkpoints (`tlog-checkpoint`) and cosignatures
 * (`tlog-cosignature`, cosignature/v1), so that any standard witness or client can check
 * Schakel's checkpoints. Ed25519 only.
 */

/** Signature type byte of a plain Ed25519 note signature. */
export const ALG_ED25519 = 0x01;
/** Signature type byte of a cosignature/v1 (Ed25519 over a timestamped checkpoint). */
export const ALG_COSIGNATURE_V1 = 0x04;

const SPKI_ED25519_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
const SIG_PREFIX = '\u2014 ';

/** A key that verifies notes: its name, type byte and 4-byte key hash. */
export interface NotitieSleutel {
  naam: string;
  alg: number;
  hash: Buffer;
  sleutel: KeyObject;
}

export function rawPublicKey(publicKey: KeyObject): Buffer {
  const der = publicKey.export({ type: 'spki', format: 'der' });
  return Buffer.from(der.subarray(der.length - 32));
}

function publicKeyFromRaw(raw: Buffer): KeyObject {
  return createPublicKey({
    key: Buffer.concat([SPKI_ED25519_PREFIX, raw]),
    format: 'der',
    type: 'spki',
  });
}

function geldigeNaam(naam: string): boolean {
  return naam.length > 0 && !/[\s+]/.test(naam);
}

/** The key hash: the first 4 bytes of SHA-256(name || 0x0A || type || public key). */
export function keyHash(naam: string, alg: number, raw: Buffer): Buffer {
  return createHash('sha256')
    .update(Buffer.from(`${naam}\n`, 'utf8'))
    .update(Buffer.from([alg]))
    .update(raw)
    .digest()
    .subarray(0, 4);
}

export function notitieSleutel(
  naam: string,
  publicKey: KeyObject,
  alg = ALG_ED25519,
): NotitieSleutel {
  if (!geldigeNaam(naam)) throw new Error(`Invalid note key name: ${naam}`);
  return { naam, alg, hash: keyHash(naam, alg, rawPublicKey(publicKey)), sleutel: publicKey };
}

/** The verifier key text: `<name>+<hex key hash>+<base64(type || public key)>`. */
export function verifierKey(k: NotitieSleutel): string {
  const raw = rawPublicKey(k.sleutel);
  return `${k.naam}+${k.hash.toString('hex')}+${Buffer.concat([Buffer.from([k.alg]), raw]).toString('base64')}`;
}

/** Parses a verifier key (type 0x01 or 0x04); throws with a reason when it is not one. */
export function parseVerifierKey(text: string): NotitieSleutel {
  // The base64 key may itself contain '+': split at the first two only.
  const m = /^([^+]*)\+([^+]*)\+(.*)$/s.exec(text.trim());
  if (!m) throw new Error('a verifier key is <name>+<hash>+<key>');
  const [, naam = '', hex = '', b64 = ''] = m;
  const bytes = Buffer.from(b64, 'base64');
  const alg = bytes[0];
  if (!geldigeNaam(naam)) throw new Error('verifier key name is empty or has a space or +');
  if (
    bytes.length !== 33 ||
    bytes.toString('base64') !== b64 ||
    (alg !== ALG_ED25519 && alg !== ALG_COSIGNATURE_V1)
  ) {
    throw new Error('verifier key is not an Ed25519 key (type 0x01 or 0x04)');
  }
  const raw = bytes.subarray(1);
  const hash = keyHash(naam, alg, raw);
  if (!/^[0-9a-f]{8}$/.test(hex) || hash.toString('hex') !== hex) {
    throw new Error('verifier key hash does not match its name and key');
  }
  return { naam, alg, hash, sleutel: publicKeyFromRaw(raw) };
}

export interface Checkpoint {
  origin: string;
  grootte: number;
  wortel: Buffer;
}

/** The checkpoint body: origin, tree size and root hash, one line each. */
export function checkpointTekst(c: Checkpoint): string {
  return `${c.origin}\n${String(c.grootte)}\n${c.wortel.toString('base64')}\n`;
}

export function parseCheckpoint(tekst: string): Checkpoint {
  const lines = tekst.split('\n');
  const [origin = '', size = '', root = ''] = lines;
  const wortel = Buffer.from(root, 'base64');
  if (
    origin === '' ||
    !/^(0|[1-9][0-9]{0,15})$/.test(size) ||
    wortel.length !== 32 ||
    wortel.toString('base64') !== root ||
    lines[lines.length - 1] !== ''
  ) {
    throw new Error('not a checkpoint (origin, size, base64 root hash)');
  }
  return { origin, grootte: Number(size), wortel };
}

export interface Handtekening {
  naam: string;
  hash: Buffer;
  /** The signature bytes after the key hash (for cosignatures: timestamp and signature). */
  bytes: Buffer;
  regel: string;
}

export interface Notitie {
  tekst: string;
  handtekeningen: Handtekening[];
}

/** Parses a signed note: text, a blank line, one or more signature lines. */
export function parseNotitie(note: string): Notitie {
  const split = note.lastIndexOf('\n\n');
  if (split < 0 || !note.endsWith('\n')) throw new Error('not a signed note');
  const tekst = note.slice(0, split + 1);
  const handtekeningen = note
    .slice(split + 2, -1)
    .split('\n')
    .map((regel) => parseHandtekening(regel));
  if (handtekeningen.length === 0) throw new Error('a signed note has at least one signature');
  return { tekst, handtekeningen };
}

export function parseHandtekening(regel: string): Handtekening {
  if (!regel.startsWith(SIG_PREFIX)) throw new Error('not a signature line');
  const [naam = '', b64 = '', ...rest] = regel.slice(SIG_PREFIX.length).split(' ');
  const bytes = Buffer.from(b64, 'base64');
  if (rest.length > 0 || !geldigeNaam(naam) || bytes.length < 5) {
    throw new Error('not a signature line');
  }
  return { naam, hash: bytes.subarray(0, 4), bytes: bytes.subarray(4), regel };
}

export function formatNotitie(n: Notitie): string {
  return `${n.tekst}\n${n.handtekeningen.map((h) => `${h.regel}\n`).join('')}`;
}

function line(k: NotitieSleutel, bytes: Buffer): Handtekening {
  const regel = `${SIG_PREFIX}${k.naam} ${Buffer.concat([k.hash, bytes]).toString('base64')}`;
  return { naam: k.naam, hash: k.hash, bytes, regel };
}

/** Signs a note's text with an Ed25519 key (type 0x01). */
export function onderteken(tekst: string, k: NotitieSleutel, privateKey: KeyObject): Notitie {
  return { tekst, handtekeningen: [line(k, sign(null, Buffer.from(tekst, 'utf8'), privateKey))] };
}

function vind(n: Notitie, k: NotitieSleutel): Handtekening | undefined {
  return n.handtekeningen.find((h) => h.naam === k.naam && h.hash.equals(k.hash));
}

/** Whether the note carries a valid signature by this key (type 0x01). */
export function ondertekendDoor(n: Notitie, k: NotitieSleutel): boolean {
  const h = vind(n, k);
  return !!h && verify(null, Buffer.from(n.tekst, 'utf8'), k.sleutel, h.bytes);
}

function cosignatureBericht(tekst: string, tijd: number): Buffer {
  return Buffer.from(`cosignature/v1\ntime ${String(tijd)}\n${tekst}`, 'utf8');
}

/** A witness's cosignature/v1 line over a checkpoint text at `tijd` (unix seconds). */
export function medeonderteken(
  tekst: string,
  k: NotitieSleutel,
  privateKey: KeyObject,
  tijd: number,
): Handtekening {
  const ts = Buffer.alloc(8);
  ts.writeBigUInt64BE(BigInt(tijd));
  return line(k, Buffer.concat([ts, sign(null, cosignatureBericht(tekst, tijd), privateKey)]));
}

/** The time of a valid cosignature by this witness key (type 0x04) on the note, if any. */
export function medeondertekendOp(n: Notitie, k: NotitieSleutel): number | undefined {
  const h = vind(n, k);
  if (h?.bytes.length !== 72) return undefined;
  const tijd = Number(h.bytes.readBigUInt64BE(0));
  return verify(null, cosignatureBericht(n.tekst, tijd), k.sleutel, h.bytes.subarray(8))
    ? tijd
    : undefined;
}
