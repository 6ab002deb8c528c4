import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { parseMasterKeys, type AppConfig } from '../config/app-config.js';
import { localSecret } from '../config/local-secret.js';
import { ProblemException } from '../problem/problem.js';

/**
 * The key vault (ADR 0013): envelope encryption of persons' fields and of every context's free
 * text, under master keys from PERSONEN_MASTER_KEYS. Envelope encryption of a person's fields. Each person has a random 256-bit data key; each
 * field is AES-256-GCM under it with a random 96-bit IV and additional data (AAD) that binds
 * the ciphertext to the person, the field and the format version. The data key is stored
 * wrapped (AES-256-GCM again) by a master key, whose id is kept beside it.
 */

/** Format version, first byte of every envelope and part of its AAD. */
const VERSIE = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const KEY_BYTES = 32;

/** Content of a person that cannot be decrypted: tampered, swapped, or a wrong key. */
export class GegevensOnleesbaarError extends ProblemException {
  constructor(detail = 'De versleutelde persoonsgegevens zijn niet te ontsleutelen.') {
    super(500, 'gegevens-onleesbaar', 'Gegevens onleesbaar', detail);
  }
}

/** A wrapped data key names a master key that is not configured. */
export class SleutelOnbekendError extends ProblemException {
  constructor() {
    super(
      500,
      'hoofdsleutel-onbekend',
      'Hoofdsleutel onbekend',
      'De hoofdsleutel van deze persoonsgegevens is niet geconfigureerd.',
    );
  }
}

function seal(key: Buffer, plaintext: Buffer, aad: Buffer): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(aad);
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([Buffer.from([VERSIE]), iv, cipher.getAuthTag(), body]);
}

function open(key: Buffer, envelope: Buffer, aad: Buffer): Buffer {
  if (envelope.length < 1 + IV_BYTES + TAG_BYTES || envelope[0] !== VERSIE) {
    throw new GegevensOnleesbaarError();
  }
  const iv = envelope.subarray(1, 1 + IV_BYTES);
  const tag = envelope.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES);
  const body = envelope.subarray(1 + IV_BYTES + TAG_BYTES);
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(aad);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]);
  } catch {
    throw new GegevensOnleesbaarError();
  }
}

const veldAad = (persoonId: string, veld: string): Buffer =>
  Buffer.from(`schakel/persoon/v${String(VERSIE)}/${persoonId}/${veld}`, 'utf8');

const sleutelAad = (persoonId: string, sleutelId: string): Buffer =>
  Buffer.from(`schakel/persoonsleutel/v${String(VERSIE)}/${persoonId}/${sleutelId}`, 'utf8');

/** A fresh random data key for one person. */
export function nieuweDataSleutel(): Buffer {
  return randomBytes(KEY_BYTES);
}

/** Encrypts one field of one person under that person's data key. */
export function versleutelVeld(
  dataSleutel: Buffer,
  persoonId: string,
  veld: string,
  waarde: string,
): Buffer {
  return seal(dataSleutel, Buffer.from(waarde, 'utf8'), veldAad(persoonId, veld));
}

/** Decrypts one field; throws {@link GegevensOnleesbaarError} on any mismatch. */
export function ontsleutelVeld(
  dataSleutel: Buffer,
  persoonId: string,
  veld: string,
  envelope: Buffer,
): string {
  return open(dataSleutel, envelope, veldAad(persoonId, veld)).toString('utf8');
}

/** A data key wrapped by a master key, with that key's id. */
export interface VerpakteSleutel {
  sleutelId: string;
  verpakt: Buffer;
}

/**
 * The configured master keys (id -> 32-byte key) and the active one, which wraps new and
 * rotated data keys. Older keys only unwrap.
 */
export class Sleutelring {
  constructor(
    private readonly sleutels: ReadonlyMap<string, Buffer>,
    readonly actieveId: string,
  ) {
    if (!sleutels.has(actieveId)) throw new Error('The active master key is not in the ring');
    for (const key of sleutels.values()) {
      if (key.length !== KEY_BYTES) throw new Error('Master keys must be 32 bytes');
    }
  }

  verpak(persoonId: string, dataSleutel: Buffer): VerpakteSleutel {
    const master = this.sleutels.get(this.actieveId);
    if (!master) throw new SleutelOnbekendError();
    return {
      sleutelId: this.actieveId,
      verpakt: seal(master, dataSleutel, sleutelAad(persoonId, this.actieveId)),
    };
  }

  ontpak(persoonId: string, sleutel: VerpakteSleutel): Buffer {
    return this.ontpakMet(sleutelAad(persoonId, sleutel.sleutelId), sleutel);
  }

  /** Wraps a data key under the active master key with the given AAD. */
  verpakMet(aad: Buffer, dataSleutel: Buffer): VerpakteSleutel {
    const master = this.sleutels.get(this.actieveId);
    if (!master) throw new SleutelOnbekendError();
    return { sleutelId: this.actieveId, verpakt: seal(master, dataSleutel, aad) };
  }

  ontpakMet(aad: Buffer, sleutel: VerpakteSleutel): Buffer {
    const master = this.sleutels.get(sleutel.sleutelId);
    if (!master) throw new SleutelOnbekendError();
    const key = open(master, sleutel.verpakt, aad);
    if (key.length !== KEY_BYTES) throw new GegevensOnleesbaarError();
    return key;
  }
}

const inhoudSleutelAad = (context: string, sleutelId: string): Buffer =>
  Buffer.from(`schakel/inhoudsleutel/v${String(VERSIE)}/${context}/${sleutelId}`, 'utf8');

const inhoudAad = (context: string, veld: string): Buffer =>
  Buffer.from(`schakel/inhoud/v${String(VERSIE)}/${context}/${veld}`, 'utf8');

/**
 * Envelope encryption of another context's free text (e.g. a zorgmelding's narrative), with
 * the same format and master keys as a person's fields but its own AAD domain: `context` names
 * the record (`zorgmelding/<id>`), so an envelope or key copied to another record fails its tag.
 * Deleting the wrapped key is crypto-shredding of that record's content.
 */
export class Inhoudskluis {
  constructor(private readonly ring: Sleutelring) {}

  /** A fresh data key for one record, and its wrapped form to store beside the record. */
  nieuweSleutel(context: string): { sleutel: Buffer } & VerpakteSleutel {
    const sleutel = randomBytes(KEY_BYTES);
    return {
      sleutel,
      ...this.ring.verpakMet(inhoudSleutelAad(context, this.ring.actieveId), sleutel),
    };
  }

  /** Wraps an existing data key again under the active master key (rotation). */
  herverpak(context: string, sleutel: Buffer): VerpakteSleutel {
    return this.ring.verpakMet(inhoudSleutelAad(context, this.ring.actieveId), sleutel);
  }

  openSleutel(context: string, verpakt: VerpakteSleutel): Buffer {
    return this.ring.ontpakMet(inhoudSleutelAad(context, verpakt.sleutelId), verpakt);
  }

  versleutel(sleutel: Buffer, context: string, veld: string, waarde: string): Buffer {
    return seal(sleutel, Buffer.from(waarde, 'utf8'), inhoudAad(context, veld));
  }

  ontsleutel(sleutel: Buffer, context: string, veld: string, envelope: Buffer): string {
    return open(sleutel, envelope, inhoudAad(context, veld)).toString('utf8');
  }

  /** Keyed hash under the record's data key (e.g. to compare a resubmitted body). */
  hmac(sleutel: Buffer, data: string): Buffer {
    return createHmac('sha256', sleutel).update(data, 'utf8').digest();
  }
}

/** The master keys from PERSONEN_MASTER_KEYS, or outside production a generated local one. */
export function sleutelringUit(config: AppConfig): Sleutelring {
  const waarde =
    config.PERSONEN_MASTER_KEYS ??
    localSecret(
      config,
      '.personen-hoofdsleutels',
      () => `lokaal-1:${randomBytes(32).toString('base64')}`,
    );
  const sleutels = parseMasterKeys(waarde);
  const actief = config.PERSONEN_MASTER_KEY_ID ?? [...sleutels.keys()].at(-1);
  if (!actief) throw new Error('PERSONEN_MASTER_KEYS: no key');
  return new Sleutelring(sleutels, actief);
}
