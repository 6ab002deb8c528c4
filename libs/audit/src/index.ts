export * from './audit.entities.js';
export { AuditModule } from './audit.module.js';
export { AuditService, type AuditEntry, type Betrokkene } from './audit.service.js';
export { AuditSequencer, type SequencerToestand } from './sequencer.service.js';
export { Verzegelfout } from './boom-toestand.js';
export { Getuigen, GetuigeWeigering } from './getuige/getuigen.service.js';
export {
  Getuige,
  getuigdIn,
  formatVerzoek,
  parseVerzoek,
  type Getuigd,
  type GetuigeAntwoord,
} from './getuige/getuige.js';
export { getuigeServer } from './getuige/getuige-server.js';
export { startGetuige } from './getuige/getuige-cli.js';
export * as notitie from './getuige/notitie.js';
export { ProofService } from './proof.service.js';
export { AuditPurge, purgeAuditTrail, PURGE_QUEUE } from './purge.service.js';
export {
  CheckpointSigner,
  verifyCheckpoint,
  checkpointMessage,
  keyIdOf,
} from './checkpoint-signer.js';
export {
  recordLeafHash,
  leafData,
  leafDataSql,
  bladBytesSql,
  bladHashSql,
  UUID_V7_SQL,
  logColumns,
  BLAD_VERSIE,
  BLAD_VERSIES,
  loadRecords,
  LOG_TABLES,
  type LogTable,
} from './log-records.js';
export * as merkle from './merkle/merkle.js';
export {
  STANDAARD_VERBINDINGEN,
  verifyAuditTrail,
  type GetuigdCheckpoint,
  type VerifyModus,
  type VerifyResult,
} from './verify.js';
export { AuditQueryService, type AuditZoekfilter, type LeesFilter } from './audit-query.service.js';
export { checkpointView, CheckpointView } from './audit.controller.js';
export {
  activiteitUitUri,
  activiteitUri,
  BETROKKENE_TYPE,
  ldvRecord,
  ldvStatus,
  leesVerwerking,
  LOGBOEK_ID,
  traceAlsUuid,
  type LdvRecord,
  type LdvStatus,
  type LeesVerwerking,
  type Verwerking,
} from './ldv.js';
export { adlRecord, REGELS_BRON, type AdlRecord } from './adl.js';
export { BetrokkeneVersleuteling } from './betrokkene-versleuteling.js';
