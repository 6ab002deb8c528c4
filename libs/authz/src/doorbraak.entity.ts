import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Break the glass: one actor opened one record outside the normal rules, with a written
 * justification, for a limited time. Every one lands in the FG's review queue.
 */
@Entity({ name: 'doorbraak' })
@Index('IDX_doorbraak_actor', ['actorId', 'verlooptOp'])
export class Doorbraak {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'actor_id', type: 'text' })
  actorId!: string;

  @Column({ name: 'organisatie_code', type: 'text' })
  organisatieCode!: string;

  @Column({ type: 'text' })
  rol!: string;

  @Column({ type: 'text' })
  activiteit!: string;

  @Column({ name: 'onderwerp_type', type: 'text' })
  onderwerpType!: string;

  @Column({ name: 'onderwerp_id', type: 'text' })
  onderwerpId!: string;

  /** Plain text of grants from before encryption; NULL once encrypted (at start-up). */
  @Column({ type: 'text', nullable: true })
  verantwoording!: string | null;

  /** The justification, AES-256-GCM under the grant's own data key (`doorbraak/<id>`). */
  @Column({ name: 'verantwoording_envelop', type: 'bytea', nullable: true })
  verantwoordingEnvelop!: Buffer | null;

  @Column({ name: 'sleutel_id', type: 'text', nullable: true })
  sleutelId!: string | null;

  @Column({ name: 'verpakte_sleutel', type: 'bytea', nullable: true })
  verpakteSleutel!: Buffer | null;

  /** The organisation that provided the data opened (its FG finds the access too). */
  @Column({ name: 'verstrekker_code', type: 'text', nullable: true })
  verstrekkerCode!: string | null;

  @Column({ name: 'aangemaakt_op', type: 'timestamptz', default: () => 'now()' })
  aangemaaktOp!: Date;

  @Column({ name: 'verloopt_op', type: 'timestamptz' })
  verlooptOp!: Date;
}

/** The FG's verdict on a break-the-glass access: justified or not, with a note. */
@Entity({ name: 'doorbraak_beoordeling' })
@Index('IDX_doorbraak_beoordeling_doorbraak', ['doorbraakId'])
export class DoorbraakBeoordeling {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'doorbraak_id', type: 'uuid' })
  doorbraakId!: string;

  @Column({ name: 'fg_id', type: 'text' })
  fgId!: string;

  @Column({ name: 'organisatie_code', type: 'text' })
  organisatieCode!: string;

  @Column({ type: 'text' })
  oordeel!: 'terecht' | 'onterecht';

  @Column({ type: 'text' })
  toelichting!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  tijd!: Date;
}
