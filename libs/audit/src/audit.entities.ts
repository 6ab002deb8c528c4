import { Check, Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

// The purge's "complete or emptied" checks (ADR 0012), declared here so that generated
// migrations know them; the migration 1795949195318-audit-retentie creates them.
const VL_INHOUD =
  'trace_id, span_id, activiteit_id, activiteit_versie, betrokkene, gegevenscategorieen, status, start_tijd, audit_id';
const AA_VERPLICHT =
  'actor_id, actor_soort, organisatie_code, rollen, actie, object_type, resultaat, doorbraak, velden, trace_id';
const AA_INHOUD =
  'actor_id, actor_soort, organisatie_code, rollen, actie, object_type, object_id, resultaat, reden, regel, herkomst_ip, client_id, activiteit_id, activiteit_versie, doorbraak, doorbraak_verantwoording, velden, trace_id, verstrekker_code';
// The check above stays as the migration 1795949195318 made it; the columns added later
// (1796020000000-ldv-adl) are emptied by the purge and checked by its trigger.

/**
 * Processing log (Logboek Dataverwerkingen): one record per data subject per action. No user
 * identity here; `auditId` links it to the actor audit record that says who acted.
 * Append-only: the database refuses UPDATE, DELETE and TRUNCATE, except the purge after the
 * retention (ADR 0012), which sets every column but `id` and `eind_tijd` to null. The types
 * describe a record with content: the queries in this lib leave purged records out.
 */
@Entity({ name: 'verwerkingslog' })
@Check(
  'CHK_verwerkingslog_volledig_of_gewist',
  `num_nulls(${VL_INHOUD}) = 0 OR num_nonnulls(${VL_INHOUD}) = 0`,
)
@Index('IDX_verwerkingslog_trace', ['traceId'], { where: '"trace_id" IS NOT NULL' })
@Index('IDX_verwerkingslog_activiteit', ['activiteitId', 'startTijd'])
export class Verwerkingslog {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'trace_id', type: 'text', nullable: true })
  traceId!: string;

  /**
   * This record's own span (Logboek Dataverwerkingen: one action per data subject), a child of
   * the request's span (`ActorAudit.verzoekSpanId`). Records written before ADR 0021 carry the
   * request's span itself.
   */
  @Column({ name: 'span_id', type: 'text', nullable: true })
  spanId!: string;

  @Column({ name: 'activiteit_id', type: 'text', nullable: true })
  activiteitId!: string | null;

  @Column({ name: 'activiteit_versie', type: 'int', nullable: true })
  activiteitVersie!: number | null;

  /** Keyed hash of the data subject's identifier; never a BSN. */
  @Index('IDX_verwerkingslog_betrokkene')
  @Column({ name: 'betrokkene', type: 'text', nullable: true })
  betrokkene!: string;

  @Column({ name: 'gegevenscategorieen', type: 'text', array: true, nullable: true })
  gegevenscategorieen!: string[];

  @Column({ type: 'text', nullable: true })
  status!: 'geslaagd' | 'mislukt';

  @Column({ name: 'start_tijd', type: 'timestamptz', nullable: true })
  startTijd!: Date;

  @Column({ name: 'eind_tijd', type: 'timestamptz' })
  eindTijd!: Date;

  @Index('IDX_verwerkingslog_audit')
  @Column({ name: 'audit_id', type: 'uuid', nullable: true })
  auditId!: string;
}

/**
 * Actor audit log (BIO 8.15.01): action, object, result, origin, actor, time, plus purpose,
 * matched rule and break-the-glass. Append-only like the processing log; the purge after the
 * retention keeps only `id` and `tijd`.
 */
@Entity({ name: 'actor_audit' })
@Check(
  'CHK_actor_audit_volledig_of_gewist',
  `num_nulls(${AA_VERPLICHT}) = 0 OR num_nonnulls(${AA_INHOUD}) = 0`,
)
@Index('IDX_actor_audit_tijd', ['tijd'])
@Index('IDX_actor_audit_actor_tijd', ['actorId', 'tijd'])
@Index('IDX_actor_audit_organisatie_tijd', ['organisatieCode', 'tijd'])
@Index('IDX_actor_audit_verstrekker_tijd', ['verstrekkerCode', 'tijd'])
@Index('IDX_actor_audit_trace', ['traceId'], { where: '"trace_id" IS NOT NULL' })
export class ActorAudit {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'timestamptz' })
  tijd!: Date;

  @Column({ name: 'actor_id', type: 'text', nullable: true })
  actorId!: string;

  @Column({ name: 'actor_soort', type: 'text', nullable: true })
  actorSoort!: string;

  @Column({ name: 'organisatie_code', type: 'text', nullable: true })
  organisatieCode!: string;

  @Column({ type: 'text', array: true, nullable: true })
  rollen!: string[];

  @Column({ type: 'text', nullable: true })
  actie!: string;

  @Column({ name: 'object_type', type: 'text', nullable: true })
  objectType!: string;

  @Column({ name: 'object_id', type: 'text', nullable: true })
  objectId!: string | null;

  @Column({ type: 'text', nullable: true })
  resultaat!: 'toegestaan' | 'geweigerd';

  /** Why denied (problem code), or null. */
  @Column({ type: 'text', nullable: true })
  reden!: string | null;

  /** Id of the authorization rule that allowed it. */
  @Column({ type: 'text', nullable: true })
  regel!: string | null;

  @Column({ name: 'herkomst_ip', type: 'text', nullable: true })
  herkomstIp!: string | null;

  @Column({ name: 'client_id', type: 'text', nullable: true })
  clientId!: string | null;

  @Column({ name: 'activiteit_id', type: 'text', nullable: true })
  activiteitId!: string | null;

  @Column({ name: 'activiteit_versie', type: 'int', nullable: true })
  activiteitVersie!: number | null;

  @Column({ type: 'boolean', default: false, nullable: true })
  doorbraak!: boolean;

  @Column({ name: 'doorbraak_verantwoording', type: 'text', nullable: true })
  doorbraakVerantwoording!: string | null;

  /** Fields returned, for reads. */
  @Column({ type: 'text', array: true, default: () => "'{}'", nullable: true })
  velden!: string[];

  @Column({ name: 'trace_id', type: 'text', nullable: true })
  traceId!: string;

  /**
   * The organisation that provided the data touched, when it is not the actor's own (e.g. the
   * police for a report Veilig Thuis reads): its FG may see this record too (ADR 0011).
   */
  @Column({ name: 'verstrekker_code', type: 'text', nullable: true })
  verstrekkerCode!: string | null;

  /** The request's span (W3C trace context); null before ADR 0021. */
  @Column({ name: 'verzoek_span_id', type: 'text', nullable: true })
  verzoekSpanId!: string | null;

  /** The caller's span from an incoming `traceparent`, when there was one. */
  @Column({ name: 'ouder_span_id', type: 'text', nullable: true })
  ouderSpanId!: string | null;

  /** The version of the authorization rules that decided (`REGELS_VERSIE`); null if none did. */
  @Column({ name: 'regels_versie', type: 'text', nullable: true })
  regelsVersie!: string | null;
}

/** Records written but not yet sequenced into the Merkle tree (an outbox; deleted once sealed). */
@Entity({ name: 'audit_wachtrij' })
export class AuditWachtrij {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'text' })
  tabel!: 'verwerkingslog' | 'actor_audit';

  @Column({ name: 'record_id', type: 'uuid' })
  recordId!: string;

  /** When it was queued: the oldest entry's age is the sequencer's lag. */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  tijd!: Date;
}

/** A record's position in the log (leaf index of the Merkle tree) and its leaf hash. */
@Entity({ name: 'audit_positie' })
@Index('UQ_audit_positie_record', ['tabel', 'recordId'], { unique: true })
export class AuditPositie {
  @PrimaryColumn({ type: 'bigint' })
  positie!: string;

  @Column({ type: 'text' })
  tabel!: 'verwerkingslog' | 'actor_audit';

  @Column({ name: 'record_id', type: 'uuid' })
  recordId!: string;

  @Column({ name: 'leaf_hash', type: 'bytea' })
  leafHash!: Buffer;

  /** The leaf encoding that sealed it (`BLAD_VERSIES`). */
  @Column({ name: 'blad_versie', type: 'smallint', default: 1 })
  bladVersie!: number;
}

/**
 * The tree as tiles (C2SP tlog-tiles, `merkle/tegels.ts`): up to 256 hashes of tree level
 * 8·niveau, concatenated. Written with the positions in the sealing transaction; a tile only
 * grows. Proofs read O(log n) tiles; the public tile routes serve them.
 */
@Entity({ name: 'audit_tegel' })
export class AuditTegel {
  @PrimaryColumn({ type: 'smallint' })
  niveau!: number;

  @PrimaryColumn({ type: 'bigint' })
  index!: string;

  @Column({ type: 'bytea' })
  hashes!: Buffer;
}

/**
 * A log record purged after the retention (ADR 0012): its content is gone from the log table,
 * its leaf hash stays in `audit_positie`. Append-only; the database admits a row only for a
 * sealed record older than the retention (and at least 5 years) under an equally old checkpoint.
 */
@Entity({ name: 'audit_wissing' })
@Index('UQ_audit_wissing_record', ['tabel', 'recordId'], { unique: true })
export class AuditWissing {
  @PrimaryColumn({ type: 'bigint' })
  positie!: string;

  @Column({ type: 'text' })
  tabel!: 'verwerkingslog' | 'actor_audit';

  @Column({ name: 'record_id', type: 'uuid' })
  recordId!: string;

  @Column({ name: 'gewist_op', type: 'timestamptz', default: () => 'now()' })
  gewistOp!: Date;

  @Column({ name: 'bewaartermijn_jaren', type: 'int' })
  bewaartermijnJaren!: number;
}

/**
 * A signed checkpoint: tree size, root hash, time (Ed25519), and the same checkpoint as a C2SP
 * signed note (`notitie`) for witnesses. It counts once a witness outside the database has
 * cosigned it (ADR 0010); the cosignatures live with the witnesses.
 */
@Entity({ name: 'audit_checkpoint' })
export class AuditCheckpoint {
  @PrimaryColumn({ name: 'tree_size', type: 'bigint' })
  treeSize!: string;

  @Column({ name: 'root_hash', type: 'bytea' })
  rootHash!: Buffer;

  @Column({ type: 'timestamptz' })
  tijd!: Date;

  @Column({ name: 'key_id', type: 'text' })
  keyId!: string;

  @Column({ type: 'bytea' })
  handtekening!: Buffer;

  /** The compact range (frontier) at this size, so a new leader resumes without rereading. */
  @Column({ type: 'jsonb' })
  frontier!: object;

  /** The checkpoint as a C2SP signed note (tlog-checkpoint), signed by the log key. */
  @Column({ type: 'text', nullable: true })
  notitie!: string | null;
}

/** Each run of `audit:verify` and its result, for the FG's integrity status. */
@Entity({ name: 'audit_verificatie' })
export class AuditVerificatie {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  tijd!: Date;

  @Column({ type: 'boolean' })
  geslaagd!: boolean;

  @Column({ type: 'bigint' })
  records!: string;

  @Column({ type: 'int' })
  checkpoints!: number;

  @Column({ name: 'eerste_fout_positie', type: 'bigint', nullable: true })
  eersteFoutPositie!: string | null;

  @Column({ type: 'text', nullable: true })
  reden!: string | null;
}

export const AUDIT_ENTITIES = [
  Verwerkingslog,
  ActorAudit,
  AuditWachtrij,
  AuditPositie,
  AuditTegel,
  AuditWissing,
  AuditCheckpoint,
  AuditVerificatie,
];
