import { Column, Entity, PrimaryColumn } from 'typeorm';

export type Objectsoort = 'zorgmelding' | 'casus';
export type Lijststatus = 'voorgesteld' | 'goedgekeurd' | 'vernietigen' | 'vernietigd';

/**
 * A destruction list (vernietigingslijst) of one owning organisation: proposed by the daily
 * job (or on an FG's request), approved by that organisation's FG, confirmed by a second,
 * different person, then destroyed item by item (ADR 0027). `verzoek` lists hold the one
 * zorgmelding a granted request destroys. Names of approvers are kept for the certificate.
 */
@Entity({ name: 'vernietigingslijst' })
export class VernietigingslijstEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /** `VL-2026-0001`: a reference, no personal data. */
  @Column({ type: 'text', unique: true })
  nummer!: string;

  @Column({ type: 'text' })
  organisatie!: string;

  @Column({ type: 'text' })
  /** By term, on a VT request, or for a granted erasure at the rights desk (AVG art. 17). */
  soort!: 'termijn' | 'verzoek' | 'wissing';

  @Column({ type: 'text' })
  status!: Lijststatus;

  /** The day the terms were checked against. */
  @Column({ type: 'date' })
  peildatum!: string;

  @Column({ name: 'voorgesteld_op', type: 'timestamptz' })
  voorgesteldOp!: Date;

  /** `bewaring-dagtaak` or the FG's id. */
  @Column({ name: 'voorgesteld_door', type: 'text' })
  voorgesteldDoor!: string;

  @Column({ name: 'goedgekeurd_door', type: 'text', nullable: true })
  goedgekeurdDoor!: string | null;

  @Column({ name: 'goedgekeurd_door_naam', type: 'text', nullable: true })
  goedgekeurdDoorNaam!: string | null;

  @Column({ name: 'goedgekeurd_op', type: 'timestamptz', nullable: true })
  goedgekeurdOp!: Date | null;

  @Column({ name: 'goedkeuring_toelichting', type: 'text', nullable: true })
  goedkeuringToelichting!: string | null;

  @Column({ name: 'bevestigd_door', type: 'text', nullable: true })
  bevestigdDoor!: string | null;

  @Column({ name: 'bevestigd_door_naam', type: 'text', nullable: true })
  bevestigdDoorNaam!: string | null;

  @Column({ name: 'bevestigd_op', type: 'timestamptz', nullable: true })
  bevestigdOp!: Date | null;

  @Column({ name: 'bevestiging_toelichting', type: 'text', nullable: true })
  bevestigingToelichting!: string | null;

  @Column({ name: 'vernietigd_op', type: 'timestamptz', nullable: true })
  vernietigdOp!: Date | null;
}

/** One record on a list: its reference and the term it passed, never its content. */
@Entity({ name: 'vernietigingslijst_item' })
export class VernietigingslijstItemEntity {
  @PrimaryColumn({ name: 'lijst_id', type: 'uuid' })
  lijstId!: string;

  @PrimaryColumn({ name: 'object_soort', type: 'text' })
  objectSoort!: Objectsoort;

  @PrimaryColumn({ name: 'object_id', type: 'uuid' })
  objectId!: string;

  /** Casus number or zorgmelding id: the references a certificate may name. */
  @Column({ type: 'text' })
  referentie!: string;

  @Column({ name: 'activiteit_id', type: 'text' })
  activiteitId!: string;

  @Column({ name: 'activiteit_versie', type: 'int' })
  activiteitVersie!: number;

  @Column({ type: 'text' })
  bewaartermijn!: string;

  @Column({ name: 'bewaartermijn_vanaf', type: 'text' })
  bewaartermijnVanaf!: string;

  /** The day the term counted from. */
  @Column({ type: 'date' })
  vanaf!: string;

  /** The last day of retention. */
  @Column({ name: 'bewaar_tot', type: 'date' })
  bewaarTot!: string;

  @Column({ type: 'text', default: 'voorgesteld' })
  status!: 'voorgesteld' | 'vernietigd' | 'uitgezonderd';

  /** Why an item was left out at destruction (`bewaarplicht`, `verlenging`, `termijn-niet-verstreken`). */
  @Column({ type: 'text', nullable: true })
  reden!: string | null;

  /** How many persons went with it (no live record needed them any more). */
  @Column({ type: 'int', default: 0 })
  personen!: number;

  @Column({ name: 'vernietigd_op', type: 'timestamptz', nullable: true })
  vernietigdOp!: Date | null;
}

/**
 * A legal hold (`bewaarplicht`: reason, who) or an extension (`verlenging`: who, why, until
 * when) on one record: while it stands, the record is not proposed and not destroyed.
 */
@Entity({ name: 'bewaar_blokkade' })
export class BewaarBlokkadeEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  soort!: 'verlenging' | 'bewaarplicht';

  @Column({ name: 'object_soort', type: 'text' })
  objectSoort!: Objectsoort;

  @Column({ name: 'object_id', type: 'uuid' })
  objectId!: string;

  @Column({ type: 'text' })
  organisatie!: string;

  @Column({ type: 'text' })
  reden!: string;

  /** Last day of an extension; null for a legal hold (until lifted). */
  @Column({ type: 'date', nullable: true })
  tot!: string | null;

  @Column({ name: 'gezet_door', type: 'text' })
  gezetDoor!: string;

  @Column({ name: 'gezet_door_naam', type: 'text' })
  gezetDoorNaam!: string;

  @Column({ name: 'gezet_op', type: 'timestamptz' })
  gezetOp!: Date;

  @Column({ name: 'opgeheven_door', type: 'text', nullable: true })
  opgehevenDoor!: string | null;

  @Column({ name: 'opgeheven_op', type: 'timestamptz', nullable: true })
  opgehevenOp!: Date | null;
}

/** A request to destroy a zorgmelding, as Veilig Thuis recorded it, and its decision. */
@Entity({ name: 'vernietigingsverzoek' })
export class VernietigingsverzoekEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'zorgmelding_id', type: 'uuid' })
  zorgmeldingId!: string;

  @Column({ type: 'text' })
  organisatie!: string;

  /** Who asked, as a category (`betrokkene`, `wettelijk-vertegenwoordiger`, `gemachtigde`). */
  @Column({ type: 'text' })
  verzoeker!: string;

  @Column({ name: 'ontvangen_op', type: 'date' })
  ontvangenOp!: string;

  @Column({ type: 'text' })
  besluit!: 'toegewezen' | 'afgewezen';

  @Column({ type: 'text' })
  motivering!: string;

  @Column({ name: 'besloten_door', type: 'text' })
  beslotenDoor!: string;

  @Column({ name: 'besloten_door_naam', type: 'text' })
  beslotenDoorNaam!: string;

  @Column({ name: 'besloten_op', type: 'timestamptz' })
  beslotenOp!: Date;

  /** The destruction list of a granted request. */
  @Column({ name: 'lijst_id', type: 'uuid', nullable: true })
  lijstId!: string | null;
}

export const BEWARING_ENTITIES = [
  VernietigingslijstEntity,
  VernietigingslijstItemEntity,
  BewaarBlokkadeEntity,
  VernietigingsverzoekEntity,
];
