import { Doorbraak, DoorbraakBeoordeling } from './doorbraak.entity.js';

export { Doorbraak, DoorbraakBeoordeling };
export const AUTHZ_ENTITIES = [Doorbraak, DoorbraakBeoordeling];
export { AuthzModule } from './authz.module.js';
export { REGELS_VERSIE, REGELS_SNAPSHOT_SHA256 } from './regels-versie.js';
export {
  defineAbility,
  matchedRule,
  DOORBRAAK_ROLLEN,
  heeftRol,
  CASUS_BASIS_VELDEN,
  CASUS_DEELNEMER_BASIS,
  CASUS_PERSOON_BASIS,
  CASUS_PERSOON_VELDEN,
  CASUS_REGIE_VELDEN,
  CASUS_SIGNAAL_VELDEN,
  CASUS_VOOR_DEELNAME,
  DEELNEMER_ROLLEN,
  scopeVeld,
  ZORGMELDING_GEBEURTENIS_VELDEN,
  ZORGMELDING_INBOX_VELDEN,
  ZORGMELDING_POLITIE_VELDEN,
  ZORGMELDING_ROUTERING_VELDEN,
  ZORGMELDING_TERUGKOPPELING_VELDEN,
  ZORGMELDING_UITZONDERING_VELDEN,
  ZORGMELDING_VT_VELDEN,
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
export {
  DoorbraakService,
  type DoorbraakOnderwerp,
  type DoorbraakResolver,
} from './doorbraak.service.js';
export { DoorbraakOpenen } from './stappen/doorbraak-openen.js';
export {
  GuardedStep,
  refuse,
  StepRefusal,
  type CreateStep,
  type ListStep,
  type RecordStep,
  type StepContext,
  type StepLog,
  type StepOutcome,
} from './step/guarded-step.js';
export { WERK_LIJST_MAX, type Werkitem, type Werkonderdeel } from './step/werk.js';
export { DoorbraakLezen } from './stappen/doorbraak-lezen.js';
export { regelTekst } from './regelteksten.js';
export { cutView, permittedFields, type Cut } from './step/view-cut.js';
export { applyAccessFilter, accessibleCondition, type ColumnMap } from './sql/casl-to-sql.js';
export {
  AUDITRECORD_KOLOMMEN,
  BEZORGING_KOLOMMEN,
  CASUS_KOLOMMEN,
  DOORBRAAK_KOLOMMEN,
  RECTIFICATIEMELDING_KOLOMMEN,
  UITWISSELINGSREGISTER_KOLOMMEN,
  ZORGMELDING_KOLOMMEN,
} from './sql/kolommen.js';
