import { createHmac } from 'node:crypto';

export {
  GegevensOnleesbaarError,
  Inhoudskluis,
  nieuweDataSleutel,
  ontsleutelVeld,
  Sleutelring,
  SleutelOnbekendError,
  versleutelVeld,
  type VerpakteSleutel,
} from '@schakel/platform';

/**
 * Blind index of a BSN: HMAC-SHA256 under its own key, so equal BSNs meet without the BSN
 * being stored. The BSN space is small: the index is only as safe as its key.
 */
export function bsnIndex(indexSleutel: string, bsn: string): Buffer {
  return createHmac('sha256', indexSleutel).update(`bsn:${bsn}`, 'utf8').digest();
}
