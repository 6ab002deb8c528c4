export { ZorgmeldingenModule } from './zorgmeldingen.module.js';
export { ZorgmeldingenService, type StapContext } from './zorgmeldingen.service.js';
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
