import { vatRisicotaxatieSamen as vatSamen, type RisicoSamenvatting } from '@schakel/regels';
import { RIHG_SIGNALEN } from './zorgmelding.schema.js';
import type { Risicotaxatie } from './zorgmelding.js';

export {
  HUISVERBOD_DREMPEL,
  type DeelSamenvatting,
  type RisicoSamenvatting,
} from '@schakel/regels';

/**
 * Summarises a (possibly incomplete) RiHG assessment per part, with the huisverbod indication:
 * the rule of `@schakel/regels`, with the signals of the zorgmelding schema.
 */
export function vatRisicotaxatieSamen(taxatie: Risicotaxatie | undefined): RisicoSamenvatting {
  return vatSamen(taxatie, RIHG_SIGNALEN);
}
