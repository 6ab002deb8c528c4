import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  OneToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';

/**
 * A person (betrokkene). No readable identity here: the fields are AES-256-GCM envelopes
 * under the person's data key, and the BSN appears only as a keyed hash (blind index).
 */
@Entity({ name: 'persoon' })
export class Persoon {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /** HMAC-SHA256 of the BSN under PERSONEN_BSN_INDEX_KEY; null without BSN or once destroyed. */
  @Index('UQ_persoon_bsn_index', { unique: true })
  @Column({ name: 'bsn_index', type: 'bytea', nullable: true })
  bsnIndex!: Buffer | null;

  /** Field name -> base64 envelope (version, IV, tag, ciphertext). Absent fields are unknown. */
  @Column({ type: 'jsonb' })
  velden!: Record<string, string>;

  @CreateDateColumn({ name: 'aangemaakt_op', type: 'timestamptz' })
  aangemaaktOp!: Date;

  @Column({ name: 'gewijzigd_op', type: 'timestamptz' })
  gewijzigdOp!: Date;

  /** Set when the data key was destroyed (crypto-shredding): the content is gone for good. */
  @Column({ name: 'vernietigd_op', type: 'timestamptz', nullable: true })
  vernietigdOp!: Date | null;
}

/**
 * A person's data key, wrapped by a master key. Deleting this row is crypto-shredding: the
 * envelopes in `persoon` can no longer be opened, by anyone, from any copy.
 */
@Entity({ name: 'persoon_sleutel' })
export class PersoonSleutel {
  @PrimaryColumn({ name: 'persoon_id', type: 'uuid' })
  persoonId!: string;

  @OneToOne(() => Persoon, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'persoon_id' })
  persoon?: Relation<Persoon>;

  /** Id of the master key that wrapped it (PERSONEN_MASTER_KEYS). */
  @Index('IDX_persoon_sleutel_sleutel_id')
  @Column({ name: 'sleutel_id', type: 'text' })
  sleutelId!: string;

  /** The data key, AES-256-GCM under the master key, AAD = person id + master key id. */
  @Column({ type: 'bytea' })
  verpakt!: Buffer;

  @Column({ name: 'verpakt_op', type: 'timestamptz' })
  verpaktOp!: Date;
}

export const PERSONEN_ENTITIES = [Persoon, PersoonSleutel];
