import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { Meldingstatus, Uitkomst } from './levenscyclus.js';

/**
 * A stored zorgmelding. Plain columns hold only what routing, deadlines, lists and access
 * rules need (status, organisations, municipality code, dates); every text about persons
 * (incident, RiHG, narrative, measures, contact, VT's note, the feedback message) is an
 * AES-256-GCM envelope under the report's own data key (ADR 0016). Persons are in
 * `persoon` (PersonenService); this report keeps their ids and roles in
 * `zorgmelding_betrokkene`.
 */
@Entity({ name: 'zorgmelding' })
@Index('UQ_zorgmelding_idempotentie', ['opstellerId', 'idempotentieSleutel'], {
  unique: true,
  where: 'idempotentie_sleutel IS NOT NULL',
})
@Index('UQ_zorgmelding_kenmerk', ['kenmerk'], { unique: true, where: 'kenmerk IS NOT NULL' })
@Index('IDX_zorgmelding_inbox', ['vtOrganisatie', 'termijnUiterlijk'])
@Index('IDX_zorgmelding_opsteller', ['opstellerId', 'aangemaaktOp'])
@Index('IDX_zorgmelding_status', ['status'])
export class ZorgmeldingEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  status!: Meldingstatus;

  /** Schema version of the content (`zorgmelding` v1). */
  @Column({ name: 'schema_versie', type: 'int', default: 1 })
  schemaVersie!: number;

  /** The reporting officer (actor id) and their organisation. */
  @Column({ name: 'opsteller_id', type: 'text' })
  opstellerId!: string;

  @Column({ name: 'opsteller_organisatie', type: 'text' })
  opstellerOrganisatie!: string;

  /** The Veilig Thuis the report was routed to; null for a concept or an exception. */
  @Column({ name: 'vt_organisatie', type: 'text', nullable: true })
  vtOrganisatie!: string | null;

  /** The municipality (CBS code) that decided the routing; the inbox filters on it. */
  @Column({ type: 'text', nullable: true })
  gemeentecode!: string | null;

  /** Kind of incident (huiselijk-geweld, ...): a category, not about one person. */
  @Column({ name: 'soort', type: 'text', nullable: true })
  soort!: string | null;

  @Column({ name: 'routering_tabel_versie', type: 'int', nullable: true })
  routeringTabelVersie!: number | null;

  @Column({ name: 'routering_regel', type: 'text', nullable: true })
  routeringRegel!: string | null;

  /** Why routing found no VT (onbekende-gemeente, buiten-de-eenheid, geen-woonplaats-bekend). */
  @Column({ name: 'uitzondering_reden', type: 'text', nullable: true })
  uitzonderingReden!: string | null;

  /** Envelope of the coordinator's reason for a manual re-route (free text). */
  @Column({ name: 'herroutering_reden', type: 'bytea', nullable: true })
  herrouteringReden!: Buffer | null;

  /** The Idempotency-Key of the submit, unique per officer. */
  @Column({ name: 'idempotentie_sleutel', type: 'text', nullable: true })
  idempotentieSleutel!: string | null;

  /** HMAC (under the report's data key) of the submitted body: a retry must send the same. */
  @Column({ name: 'indien_hash', type: 'bytea', nullable: true })
  indienHash!: Buffer | null;

  /** The kenmerk police and VT share (ZM-2026-000123), assigned at submission. */
  @Column({ type: 'text', nullable: true })
  kenmerk!: string | null;

  @Column({ name: 'ingediend_op', type: 'timestamptz', nullable: true })
  ingediendOp!: Date | null;

  /** When the report entered a VT inbox (routing or re-routing): the deadline counts from it. */
  @Column({ name: 'ontvangen_op', type: 'timestamptz', nullable: true })
  ontvangenOp!: Date | null;

  /** Veiligheidsbeoordeling: counted from (a working day) and due (last day, inclusive). */
  @Column({ name: 'termijn_vanaf', type: 'date', nullable: true })
  termijnVanaf!: string | null;

  @Column({ name: 'termijn_uiterlijk', type: 'date', nullable: true })
  termijnUiterlijk!: string | null;

  /** VT acknowledged receipt. */
  @Column({ name: 'ontvangst_bevestigd_op', type: 'timestamptz', nullable: true })
  ontvangstBevestigdOp!: Date | null;

  @Column({ name: 'toegewezen_aan', type: 'text', nullable: true })
  toegewezenAan!: string | null;

  @Column({ name: 'toegewezen_op', type: 'timestamptz', nullable: true })
  toegewezenOp!: Date | null;

  @Column({ type: 'text', nullable: true })
  uitkomst!: Uitkomst | null;

  @Column({ name: 'uitkomst_datum', type: 'date', nullable: true })
  uitkomstDatum!: string | null;

  @Column({ name: 'beoordeeld_door', type: 'text', nullable: true })
  beoordeeldDoor!: string | null;

  @Column({ name: 'onderzoek_uiterlijk', type: 'date', nullable: true })
  onderzoekUiterlijk!: string | null;

  /** Feedback to the police: `geen` or `gegeven`, with the outcome category at that time. */
  @Column({ name: 'terugkoppeling_status', type: 'text', default: 'geen' })
  terugkoppelingStatus!: 'geen' | 'gegeven';

  @Column({ name: 'terugkoppeling_categorie', type: 'text', nullable: true })
  terugkoppelingCategorie!: Uitkomst | null;

  @Column({ name: 'terugkoppeling_op', type: 'timestamptz', nullable: true })
  terugkoppelingOp!: Date | null;

  /** Envelope of the optional short message for the police. */
  @Column({ name: 'terugkoppeling_bericht', type: 'bytea', nullable: true })
  terugkoppelingBericht!: Buffer | null;

  /** Envelope of the content (incident, RiHG, narrative, measures, contact) as JSON. */
  @Column({ type: 'bytea' })
  inhoud!: Buffer;

  /** Envelope of VT's internal note: never shown to the police. */
  @Column({ name: 'vt_notitie', type: 'bytea', nullable: true })
  vtNotitie!: Buffer | null;

  /** The report's data key, wrapped by a personen master key (id beside it). */
  @Column({ name: 'sleutel_id', type: 'text' })
  sleutelId!: string;

  @Column({ name: 'verpakte_sleutel', type: 'bytea' })
  verpakteSleutel!: Buffer;

  @CreateDateColumn({ name: 'aangemaakt_op', type: 'timestamptz' })
  aangemaaktOp!: Date;

  @Column({ name: 'gewijzigd_op', type: 'timestamptz' })
  gewijzigdOp!: Date;
}

/** A person in a report: the person's id (PersonenService) and their role in this report. */
@Entity({ name: 'zorgmelding_betrokkene' })
export class ZorgmeldingBetrokkeneEntity {
  @PrimaryColumn({ name: 'zorgmelding_id', type: 'uuid' })
  zorgmeldingId!: string;

  @PrimaryColumn({ type: 'int' })
  volgnummer!: number;

  @Column({ type: 'text' })
  rol!: string;

  /** Null when the report knows nothing of this person but the role (a concept). */
  @Index('IDX_zorgmelding_betrokkene_persoon')
  @Column({ name: 'persoon_id', type: 'uuid', nullable: true })
  persoonId!: string | null;

  /**
   * The identity as this report recorded it (`PersonenService.legVast`): views show this, not
   * what another context recorded for the same BSN. Null for rows from before it existed.
   */
  @Column({ type: 'bytea', nullable: true })
  vastgelegd!: Buffer | null;
}

/** The status timeline: one row per step, who (organisation, actor id) and when. */
@Entity({ name: 'zorgmelding_gebeurtenis' })
@Index('IDX_zorgmelding_gebeurtenis_melding', ['zorgmeldingId', 'tijd'])
export class ZorgmeldingGebeurtenisEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'zorgmelding_id', type: 'uuid' })
  zorgmeldingId!: string;

  @Column({ type: 'timestamptz' })
  tijd!: Date;

  @Column({ type: 'text' })
  status!: Meldingstatus;

  /** The step (indienen, herrouteren, ontvangst, ...). */
  @Column({ type: 'text' })
  stap!: string;

  @Column({ name: 'actor_id', type: 'text' })
  actorId!: string;

  @Column({ name: 'organisatie_code', type: 'text' })
  organisatieCode!: string;
}

/** The last kenmerk number handed out per calendar year (Europe/Amsterdam). */
@Entity({ name: 'zorgmelding_kenmerk_teller' })
export class KenmerkTellerEntity {
  @PrimaryColumn({ type: 'int', primaryKeyConstraintName: 'PK_zorgmelding_kenmerk_teller' })
  jaar!: number;

  @Column({ type: 'int' })
  laatste!: number;
}

export const ZORGMELDINGEN_ENTITIES = [
  ZorgmeldingEntity,
  KenmerkTellerEntity,
  ZorgmeldingBetrokkeneEntity,
  ZorgmeldingGebeurtenisEntity,
];
