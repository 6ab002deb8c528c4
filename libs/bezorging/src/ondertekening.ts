import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
} from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig, localSecret } from '@schakel/platform';
import { calculateJwkThumbprint, CompactSign, exportJWK, type JWK } from 'jose';

/** The HTTP header that carries the detached JWS of a pushed report. */
export const HANDTEKENING_HEADER = 'JWS-Signature';
export const ALG = 'ES256';

/**
 * Signs pushed reports with a detached JWS (RFC 7515 appendix F, ES256): the signature covers
 * the exact request body and a protected header naming the key (`kid`), the idempotency key,
 * the receiving organisation and the signing time. The public key is served as a JWKS.
 * The key comes from BEZORGING_SIGNING_KEY, or outside production is made once in DATA_DIR.
 */
@Injectable()
export class Ondertekening {
  private readonly privateKey: KeyObject;
  private jwk?: JWK;

  constructor(config: AppConfig) {
    const pem =
      config.BEZORGING_SIGNING_KEY ??
      localSecret(config, '.bezorging-ondertekensleutel.pem', () =>
        generateKeyPairSync('ec', { namedCurve: 'P-256' })
          .privateKey.export({ type: 'pkcs8', format: 'pem' })
          .toString(),
      );
    this.privateKey = createPrivateKey(pem);
    if (
      this.privateKey.asymmetricKeyType !== 'ec' ||
      this.privateKey.asymmetricKeyDetails?.namedCurve !== 'prime256v1'
    ) {
      throw new Error('BEZORGING_SIGNING_KEY must be an EC P-256 private key (PKCS#8 PEM)');
    }
  }

  /** The public key as a JWK, with its thumbprint (RFC 7638) as `kid`. */
  async publiekeSleutel(): Promise<JWK> {
    if (!this.jwk) {
      const pub = await exportJWK(createPublicKey(this.privateKey));
      this.jwk = { ...pub, kid: await calculateJwkThumbprint(pub), alg: ALG, use: 'sig' };
    }
    return this.jwk;
  }

  /** The detached JWS (`<protected>..<signature>`) over the body. */
  async onderteken(
    body: Uint8Array,
    claims: { idempotentieSleutel: string; ontvanger: string },
  ): Promise<string> {
    const { kid } = await this.publiekeSleutel();
    const jws = await new CompactSign(body)
      .setProtectedHeader({
        alg: ALG,
        kid,
        typ: 'schakel-bezorging+jws',
        cty: 'json',
        iat: Math.floor(Date.now() / 1000),
        'idempotency-key': claims.idempotentieSleutel,
        ontvanger: claims.ontvanger,
      })
      .sign(this.privateKey);
    const [header = '', , signature = ''] = jws.split('.');
    return `${header}..${signature}`;
  }
}
