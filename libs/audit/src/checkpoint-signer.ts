import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig, localSecret } from '@schakel/platform';
import {
  checkpointTekst,
  formatNotitie,
  notitieSleutel,
  onderteken,
  verifierKey,
  type NotitieSleutel,
} from './getuige/notitie.js';

/** The statement a checkpoint signature covers (one line each, like a signed note). */
export function checkpointMessage(treeSize: number, rootHash: Buffer, tijd: Date): Buffer {
  return Buffer.from(
    `schakel-auditspoor\n${String(treeSize)}\n${rootHash.toString('base64')}\n${tijd.toISOString()}\n`,
    'utf8',
  );
}

export function keyIdOf(publicKey: KeyObject): string {
  return createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex')
    .slice(0, 16);
}

export function verifyCheckpoint(
  publicKey: KeyObject,
  c: { treeSize: number; rootHash: Buffer; tijd: Date; handtekening: Buffer },
): boolean {
  return verify(null, checkpointMessage(c.treeSize, c.rootHash, c.tijd), publicKey, c.handtekening);
}

/**
 * Signs checkpoints with Ed25519: the key from AUDIT_SIGNING_KEY, or outside production one
 * made on first start and kept in the data directory.
 */
@Injectable()
export class CheckpointSigner {
  private readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
  readonly keyId: string;
  /** The checkpoints' origin (C2SP tlog-checkpoint), also the name of the note key. */
  readonly origin: string;
  readonly notitieSleutel: NotitieSleutel;

  constructor(config: AppConfig) {
    const pem =
      config.AUDIT_SIGNING_KEY ??
      localSecret(config, '.audit-ondertekensleutel.pem', () =>
        generateKeyPairSync('ed25519')
          .privateKey.export({ type: 'pkcs8', format: 'pem' })
          .toString(),
      );
    this.privateKey = createPrivateKey(pem);
    if (this.privateKey.asymmetricKeyType !== 'ed25519') {
      throw new Error('AUDIT_SIGNING_KEY must be an Ed25519 private key (PKCS#8 PEM)');
    }
    this.publicKey = createPublicKey(this.privateKey);
    this.keyId = keyIdOf(this.publicKey);
    this.origin = config.AUDIT_ORIGIN ?? `${new URL(config.PUBLIC_URL).host}/auditspoor`;
    this.notitieSleutel = notitieSleutel(this.origin, this.publicKey);
  }

  /** The checkpoint as a C2SP signed note, signed with the log key. */
  notitie(treeSize: number, rootHash: Buffer): string {
    const tekst = checkpointTekst({ origin: this.origin, grootte: treeSize, wortel: rootHash });
    return formatNotitie(onderteken(tekst, this.notitieSleutel, this.privateKey));
  }

  /** The verifier key of the checkpoint notes, for witnesses (`GETUIGE_LOGS`). */
  verifierKey(): string {
    return verifierKey(this.notitieSleutel);
  }

  sign(treeSize: number, rootHash: Buffer, tijd: Date): Buffer {
    return sign(null, checkpointMessage(treeSize, rootHash, tijd), this.privateKey);
  }

  publicKeyPem(): string {
    return this.publicKey.export({ type: 'spki', format: 'pem' }).toString();
  }
}
