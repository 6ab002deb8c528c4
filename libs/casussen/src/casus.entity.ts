import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { Casusstatus, Criteria } from './referentie.js';

/**
 * A casus (ADR 0017). Plain columns hold only what lifecycle, lists and access rules need
 * (status, organisations, theme, dates); every free text about persons (the signal's reason,
 * the escalation's motivation, the triage reason, the closing reason) is an AES-256-GCM
 * envelope under the casus's own data key. Persons are in `persoon` (PersonenService).
 */
@Entity({ name: 'casus' })
@Index('IDX_casus_sleutelpartner', ['sleutelpartner', 'aangemaaktOp'])
@Index('IDX_casus_regie', ['regieOrganisatie', 'status'])
// A GIN index for `deelnemers @> ARRAY[...]` (made by the migration; TypeORM cannot diff GIN).
@Index('IDX_casus_deelnemers', { synchronize: false })
export class CasusEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /** Human case number, `C-2026-0001`: no personal data. */
  @Column({ type: 'text', unique: true })
  nummer!: string;

  @Column({ name: 'thema_id', type: 'text' })
  themaId!: string;

  @Column({ type: 'text' })
  status!: Casusstatus;

  @Column({ type: 'text', array: true })
  levensdomeinen!: string[];

  /** The registering organisation (a wijkteam). */
  @Column({ type: 'text' })
  sleutelpartner!: string;

  @Column({ name: 'aangemeld_door', type: 'text' })
  aangemeldDoor!: string;

  /** The ZVH the casus was escalated to; it directs the casus. */
  @Column({ name: 'regie_organisatie', type: 'text', nullable: true })
  regieOrganisatie!: string | null;

  /** The named procesregisseur (a user id of the ZVH). */
  @Column({ name: 'procesregisseur_id', type: 'text', nullable: true })
  procesregisseurId!: string | null;

  /** Organisations participating now (the access rules filter on it, in SQL). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  deelnemers!: string[];

  /** Every organisation that ever took part (sleutelpartner, ZVH, participants): FG scope. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  organisaties!: string[];

  @Column({ type: 'bytea' })
  aanleiding!: Buffer;

  /** The national criteria as ticked (booleans, no personal data). */
  @Column({ name: 'opschaling_criteria', type: 'jsonb', nullable: true })
  opschalingCriteria!: Criteria | null;

  @Column({ name: 'opschaling_motivering', type: 'bytea', nullable: true })
  opschalingMotivering!: Buffer | null;

  @Column({ name: 'opgeschaald_op', type: 'timestamptz', nullable: true })
  opgeschaaldOp!: Date | null;

  @Column({ name: 'triage_besluit', type: 'text', nullable: true })
  triageBesluit!: 'geaccepteerd' | 'afgewezen' | null;

  @Column({ name: 'triage_reden', type: 'bytea', nullable: true })
  triageReden!: Buffer | null;

  @Column({ name: 'triage_op', type: 'timestamptz', nullable: true })
  triageOp!: Date | null;

  @Column({ name: 'afsluit_reden', type: 'bytea', nullable: true })
  afsluitReden!: Buffer | null;

  @Column({ name: 'afgesloten_op', type: 'timestamptz', nullable: true })
  afgeslotenOp!: Date | null;

  /** End of the retention period: closure (or decline) plus the theme activity's term. */
  @Column({ name: 'bewaar_tot', type: 'date', nullable: true })
  bewaarTot!: string | null;

  /** The casus's data key, wrapped by a master key (id recorded, so keys can rotate). */
  @Column({ name: 'sleutel_id', type: 'text' })
  sleutelId!: string;

  @Column({ name: 'verpakte_sleutel', type: 'bytea' })
  verpakteSleutel!: Buffer;

  @Column({ name: 'aangemaakt_op', type: 'timestamptz' })
  aangemaaktOp!: Date;

  @Column({ name: 'gewijzigd_op', type: 'timestamptz' })
  gewijzigdOp!: Date;
}

/** A person of a casus, and the decision on informing them. */
@Entity({ name: 'casus_betrokkene' })
export class CasusBetrokkeneEntity {
  @PrimaryColumn({ name: 'casus_id', type: 'uuid' })
  casusId!: string;

  @PrimaryColumn({ name: 'persoon_id', type: 'uuid' })
  persoonId!: string;

  @Column({ type: 'int' })
  volgnummer!: number;

  @Column({ type: 'text' })
  rol!: string;

  /**
   * The identity as this casus recorded it (`PersonenService.legVast`, under the person's data
   * key): views show this, never what other contexts recorded for the same BSN.
   */
  @Column({ type: 'bytea' })
  vastgelegd!: Buffer;

  /** `geinformeerd` or `niet-informeren`; null while undecided. */
  @Column({ name: 'informeren_besluit', type: 'text', nullable: true })
  informerenBesluit!: 'geinformeerd' | 'niet-informeren' | null;

  @Column({ name: 'geinformeerd_op', type: 'date', nullable: true })
  geinformeerdOp!: string | null;

  @Column({ name: 'informeren_reden', type: 'text', nullable: true })
  informerenReden!: string | null;

  @Column({ name: 'informeren_toelichting', type: 'bytea', nullable: true })
  informerenToelichting!: Buffer | null;

  @Column({ name: 'informeren_besloten_op', type: 'timestamptz', nullable: true })
  informerenBeslotenOp!: Date | null;

  /** Set when the decision was reviewed again at closure. */
  @Column({ name: 'herbeoordeeld_op', type: 'timestamptz', nullable: true })
  herbeoordeeldOp!: Date | null;
}

/** A participating organisation with its need-to-know scope; ended rows are kept. */
@Entity({ name: 'casus_deelnemer' })
@Index('UQ_casus_deelnemer_actief', ['casusId', 'organisatie'], {
  unique: true,
  where: 'beeindigd_op IS NULL',
})
export class CasusDeelnemerEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'casus_id', type: 'uuid' })
  casusId!: string;

  @Column({ type: 'text' })
  organisatie!: string;

  @Column({ type: 'text', array: true })
  categorieen!: string[];

  @Column({ name: 'uitgenodigd_op', type: 'timestamptz' })
  uitgenodigdOp!: Date;

  @Column({ name: 'uitgenodigd_door', type: 'text' })
  uitgenodigdDoor!: string;

  @Column({ name: 'beeindigd_op', type: 'timestamptz', nullable: true })
  beeindigdOp!: Date | null;
}

/** The casus's timeline: steps, when and by which organisation. */
@Entity({ name: 'casus_gebeurtenis' })
@Index('IDX_casus_gebeurtenis_casus', ['casusId', 'tijd'])
export class CasusGebeurtenisEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'casus_id', type: 'uuid' })
  casusId!: string;

  @Column({ type: 'timestamptz' })
  tijd!: Date;

  @Column({ type: 'text' })
  stap!: string;

  @Column({ name: 'actor_id', type: 'text' })
  actorId!: string;

  @Column({ name: 'organisatie_code', type: 'text' })
  organisatieCode!: string;
}

/**
 * One registered exchange of personal data between participants: from, to, about whom, which
 * categories (art. 9 and 10 flagged), the activity and legal basis, and the proportionality
 * and subsidiarity reasoning. The reasoning and the content are envelopes under the casus key.
 */
@Entity({ name: 'uitwisseling' })
@Index('IDX_uitwisseling_casus', ['casusId', 'geregistreerdOp'])
@Index('IDX_uitwisseling_betrokkenen', { synchronize: false })
export class UitwisselingEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'casus_id', type: 'uuid' })
  casusId!: string;

  @Column({ name: 'van_organisatie', type: 'text' })
  vanOrganisatie!: string;

  @Column({ name: 'geregistreerd_door', type: 'text' })
  geregistreerdDoor!: string;

  @Column({ name: 'geregistreerd_door_organisatie', type: 'text' })
  geregistreerdDoorOrganisatie!: string;

  @Column({ type: 'text', array: true })
  ontvangers!: string[];

  /** Person ids (persoon.id) the exchange is about. */
  @Column({ type: 'uuid', array: true })
  betrokkenen!: string[];

  @Column({ type: 'text', array: true })
  categorieen!: string[];

  /** Special categories (AVG art. 9). */
  @Column({ type: 'boolean' })
  bijzonder!: boolean;

  /** Criminal data (AVG art. 10). */
  @Column({ type: 'boolean' })
  strafrechtelijk!: boolean;

  @Column({ name: 'activiteit_id', type: 'text' })
  activiteitId!: string;

  @Column({ name: 'activiteit_versie', type: 'int' })
  activiteitVersie!: number;

  @Column({ type: 'text' })
  grondslag!: string;

  @Column({ type: 'bytea' })
  proportionaliteit!: Buffer;

  @Column({ type: 'bytea' })
  subsidiariteit!: Buffer;

  @Column({ type: 'bytea' })
  inhoud!: Buffer;

  @Column({ name: 'geregistreerd_op', type: 'timestamptz' })
  geregistreerdOp!: Date;
}

/** A recipient of an exchange and its acknowledgement. */
@Entity({ name: 'uitwisseling_ontvangst' })
export class UitwisselingOntvangstEntity {
  @PrimaryColumn({ name: 'uitwisseling_id', type: 'uuid' })
  uitwisselingId!: string;

  @PrimaryColumn({ type: 'text' })
  organisatie!: string;

  @Column({ name: 'ontvangen_op', type: 'timestamptz', nullable: true })
  ontvangenOp!: Date | null;

  @Column({ name: 'ontvangen_door', type: 'text', nullable: true })
  ontvangenDoor!: string | null;
}

export const CASUSSEN_ENTITIES = [
  CasusEntity,
  CasusBetrokkeneEntity,
  CasusDeelnemerEntity,
  CasusGebeurtenisEntity,
  UitwisselingEntity,
  UitwisselingOntvangstEntity,
];
