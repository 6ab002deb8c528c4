import { Doorbraak, DoorbraakBeoordeling } from './doorbraak.entity.js';

export { Doorbraak, DoorbraakBeoordeling };
export const AUTHZ_ENTITIES = [Doorbraak, DoorbraakBeoordeling];
export { AuthzModule } from './authz.module.js';
export {
  defineAbility,
  matchedRule,
  DOORBRAAK_ROLLEN,
  CASUS_PERSOON_VELDEN,
  CASUS_REGIE_VELDEN,
  CASUS_SIGNAAL_VELDEN,
  scopeVeld,
  type Action,
  type AppAbility,
  type Doel,
  type SubjectType,
} from './abilities.js';
export {
  AuthzGuard,
  DOEL_HEADER,
  requireAuthz,
  type AuthorizedRequest,
  type AuthzContext,
} from './authz.guard.js';
export { DoorbraakService } from './doorbraak.service.js';
export { applyAccessFilter, accessibleCondition, type ColumnMap } from './sql/casl-to-sql.js';
export {
  AUDITRECORD_KOLOMMEN,
  BEZORGING_KOLOMMEN,
  CASUS_KOLOMMEN,
  DOORBRAAK_KOLOMMEN,
  UITWISSELINGSREGISTER_KOLOMMEN,
  ZORGMELDING_KOLOMMEN,
} from './sql/kolommen.js';
