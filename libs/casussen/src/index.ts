import type { SubjectType } from '@schakel/authz';
import { CASUSSEN_ENTITIES } from './casus.entity.js';

export { CASUSSEN_ENTITIES };
export { CasussenModule } from './casussen.module.js';
export { CasusWerkvoorraad, type CasusScherm } from './stappen/werkvoorraad.js';
export type { CasusWerkstapel } from './casus.repository.js';
export {
  criteriaVoldaan,
  THEMAS,
  CATEGORIEEN,
  REDENEN_NIET_INFORMEREN,
  type Criteria,
} from './referentie.js';

/**
 * Every response schema (DTO class name in the OpenAPI document) that carries case or
 * personal data, and the subject type whose rules cut it: each such object in an answer
 * holds only keys those rules permit (ADR 0017). Nested values that are not listed here
 * (opschaling, triage, tijdlijn, naar, informeren) are fields of the part that holds them.
 */
export const CASUS_WEERGAVEN: Readonly<Record<string, SubjectType>> = {
  CasusView: 'Casus',
  CasusSamenvatting: 'Casus',
  PersoonCasus: 'Casus',
  CasusPersoonView: 'CasusPersoon',
  DeelnemerView: 'CasusDeelnemer',
  UitwisselingView: 'Uitwisseling',
  UitwisselingMetadata: 'Uitwisseling',
  Uitwisselingsregister: 'Uitwisselingsregister',
  RegisterRegel: 'Uitwisselingsregister',
  ProcesregisseurView: 'Collega',
};
