import type { SubjectType } from '@schakel/authz';
export { ZorgmeldingenModule } from './zorgmeldingen.module.js';
export { ConceptStap } from './stappen/concept.js';
export { IndienenStap } from './stappen/indienen.js';
export { RouterenStap } from './stappen/routeren.js';
export { OntvangenStap } from './stappen/ontvangen.js';
export { ToewijzenStap } from './stappen/toewijzen.js';
export { BeoordelenStap } from './stappen/beoordelen.js';
export { TerugkoppelenStap } from './stappen/terugkoppelen.js';
export { LezenStap } from './stappen/lezen.js';
export { ZorgmeldingWerkvoorraad } from './stappen/werkvoorraad.js';
export type { Werkstapel as ZorgmeldingWerkstapel } from './zorgmelding.repository.js';
export type { StapContext } from './stappen/melding-stap.js';
/** Canonical JSON of a report (sorted keys): what the submit's idempotency hash covers. */
export { canoniek } from './zorgmelding-inhoud.js';

/**
 * Every response DTO (by its OpenAPI schema name) that carries report or personal data, and the
 * subject type whose rules cut it: each object of that schema in an answer holds only fields
 * those rules permit (`cutView`, ADR 0016).
 */
export const ZORGMELDING_WEERGAVEN: Record<string, SubjectType> = {
  ZorgmeldingPolitieView: 'Zorgmelding',
  ZorgmeldingSamenvatting: 'Zorgmelding',
  ZorgmeldingVtView: 'ZorgmeldingVt',
  InboxItem: 'ZorgmeldingVt',
  RouteringsuitzonderingView: 'ZorgmeldingVt',
  TijdlijnItem: 'ZorgmeldingGebeurtenis',
  TerugkoppelingView: 'ZorgmeldingTerugkoppeling',
  Routeringsgegevens: 'ZorgmeldingRoutering',
  Collega: 'Collega',
};
export {
  ZORGMELDINGEN_ENTITIES,
  ZorgmeldingEntity,
  ZorgmeldingBetrokkeneEntity,
  ZorgmeldingGebeurtenisEntity,
} from './zorgmelding.entity.js';
export {
  ZORGMELDING_STATUSSEN,
  UITKOMSTEN,
  type Meldingstatus,
  type Uitkomst,
} from './levenscyclus.js';
export type * from './zorgmelding.js';
export {
  ZORGMELDING_SCHEMA_V1,
  GEMEENTECODES,
  RIHG_SIGNALEN,
  compileZorgmeldingSchema,
  valideerZorgmelding,
  isZorgmelding,
  veldfouten,
  type Veldfout,
} from './zorgmelding.schema.js';
export { ZorgmeldingValidatiePipe } from './zorgmelding-validatie.pipe.js';
export {
  vatRisicotaxatieSamen,
  HUISVERBOD_DREMPEL,
  type DeelSamenvatting,
  type RisicoSamenvatting,
} from './risicotaxatie.js';
export {
  routeer,
  versieOp,
  ROUTERINGSTABEL,
  type Routering,
  type RouteringsRegel,
  type RouteringstabelVersie,
  type UitzonderingsReden,
} from './routing/routering.js';
export {
  termijnVeiligheidsbeoordeling,
  termijnOnderzoek,
  termijnStatus,
  isWerkdag,
  feestdagen,
  amsterdamDatum,
  plusWerkdagen,
  werkdagenTot,
  AFKAPTIJD,
  TIJDZONE,
  VEILIGHEIDSBEOORDELING_WERKDAGEN,
  ONDERZOEK_WEKEN,
  type Termijn,
  type TermijnStatus,
} from './termijnen.js';
/** Example reports, valid and invalid, with the fields each fails: for tests and integrators. */
export {
  CORPUS as ZORGMELDING_VOORBEELDEN,
  volledigeMelding,
  type CorpusGeval,
} from './zorgmelding.corpus.js';
