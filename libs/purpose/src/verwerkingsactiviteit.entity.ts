import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** The events a retention term can count from (ADR 0027). */
export const BEWAARTERMIJN_VANAF = ['afsluiting', 'laatste-activiteit', 'aanmaak'] as const;
export type BewaartermijnVanaf = (typeof BEWAARTERMIJN_VANAF)[number];

/** A data category an activity processes, flagged for AVG art. 9 and art. 10. */
export interface Gegevenscategorie {
  naam: string;
  /** Special category (AVG art. 9), e.g. health. */
  bijzonder: boolean;
  /** Criminal data (AVG art. 10). */
  strafrechtelijk: boolean;
}

/**
 * State of a version: `geldig` (approved or never needing approval; in force from
 * `geldigVanaf`), `voorgesteld` (a widening change waiting for an FG), `afgewezen` (an FG
 * refused it) or `vervallen` (a later change replaced it before a decision). Only `geldig`
 * versions are ever used for purpose binding.
 */
export const VERSIE_STATUSSEN = ['geldig', 'voorgesteld', 'afgewezen', 'vervallen'] as const;
export type VersieStatus = (typeof VERSIE_STATUSSEN)[number];

/**
 * One version of a processing activity of the register (AVG art. 30). A change makes a new
 * version; old versions stay readable, and records name the version they were made under.
 */
@Entity({ name: 'verwerkingsactiviteit' })
@Check(
  'CHK_verwerkingsactiviteit_status',
  `"status" IN ('geldig', 'voorgesteld', 'afgewezen', 'vervallen')`,
)
@Index('IDX_verwerkingsactiviteit_geldig', ['id', 'versie'], { where: `"status" = 'geldig'` })
export class Verwerkingsactiviteit {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @PrimaryColumn({ type: 'int' })
  versie!: number;

  @Column({ type: 'text' })
  naam!: string;

  @Column({ type: 'text' })
  verwerkingsverantwoordelijke!: string;

  @Column({ type: 'text' })
  doel!: string;

  @Column({ type: 'text' })
  grondslag!: string;

  @Column({ name: 'grondslag_toelichting', type: 'text' })
  grondslagToelichting!: string;

  @Column({ name: 'categorieen_betrokkenen', type: 'text', array: true })
  categorieenBetrokkenen!: string[];

  @Column({ name: 'categorieen_gegevens', type: 'jsonb' })
  categorieenGegevens!: Gegevenscategorie[];

  @Column({ type: 'text', array: true })
  ontvangers!: string[];

  /** ISO 8601 duration, e.g. P20Y. */
  @Column({ type: 'text' })
  bewaartermijn!: string;

  /**
   * The event the retention term counts from (ADR 0027): `afsluiting` (closure), the
   * `laatste-activiteit` (last change) or the `aanmaak` (creation) of the record.
   */
  @Column({ name: 'bewaartermijn_vanaf', type: 'text', default: 'afsluiting' })
  bewaartermijnVanaf!: BewaartermijnVanaf;

  @Column({ name: 'geldig_vanaf', type: 'date' })
  geldigVanaf!: string;

  /** Roles that may act under this activity (purpose binding). */
  @Column({ name: 'toegestane_rollen', type: 'text', array: true })
  toegestaneRollen!: string[];

  @Column({ name: 'vastgelegd_door', type: 'text' })
  vastgelegdDoor!: string;

  @Column({ name: 'vastgelegd_op', type: 'timestamptz', default: () => 'now()' })
  vastgelegdOp!: Date;

  @Column({ type: 'text', default: 'geldig' })
  status!: VersieStatus;

  /** The FG who approved or rejected a proposed version (never the one who proposed it). */
  @Column({ name: 'beoordeeld_door', type: 'text', nullable: true })
  beoordeeldDoor!: string | null;

  @Column({ name: 'beoordeeld_op', type: 'timestamptz', nullable: true })
  beoordeeldOp!: Date | null;

  @Column({ name: 'beoordeling_toelichting', type: 'text', nullable: true })
  beoordelingToelichting!: string | null;
}

/** Which purposes may use data collected under which others (AVG art. 6(4)). */
@Entity({ name: 'doelcompatibiliteit' })
export class Doelcompatibiliteit {
  /** Activity under which the data was collected. */
  @PrimaryColumn({ name: 'van_activiteit', type: 'text' })
  vanActiviteit!: string;

  /** Activity that may use it. */
  @PrimaryColumn({ name: 'naar_activiteit', type: 'text' })
  naarActiviteit!: string;

  @Column({ type: 'text' })
  toelichting!: string;
}
