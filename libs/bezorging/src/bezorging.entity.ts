import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

export const BEZORG_STATUSSEN = ['wachtend', 'bezorgd', 'onbestelbaar'] as const;
export type BezorgStatus = (typeof BEZORG_STATUSSEN)[number];

/**
 * The outbox: one row per object to deliver to one receiving organisation, written in the
 * transaction that made the object. It holds references and delivery state, never the content
 * (the source renders that when it is delivered or pulled).
 */
@Entity({ name: 'bezorging' })
@Index('IDX_bezorging_feed', ['ontvangerCode', 'feedPositie'])
@Index('IDX_bezorging_status', ['status', 'ontvangerCode', 'aangemaaktOp'])
export class Bezorging {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The kind of object, as its source registered it (e.g. `zorgmelding`). */
  @Column({ type: 'text' })
  soort!: string;

  @Column({ name: 'object_id', type: 'text' })
  objectId!: string;

  @Column({ name: 'ontvanger_code', type: 'text' })
  ontvangerCode!: string;

  /** Sent as `Idempotency-Key`; receivers deduplicate on it. Unique: planning twice is a no-op. */
  @Index('UQ_bezorging_idempotentie_sleutel', { unique: true })
  @Column({ name: 'idempotentie_sleutel', type: 'text' })
  idempotentieSleutel!: string;

  @Column({ type: 'text', default: 'wachtend' })
  status!: BezorgStatus;

  @Column({ type: 'int', default: 0 })
  pogingen!: number;

  @Column({ name: 'volgende_poging_op', type: 'timestamptz', nullable: true })
  volgendePogingOp!: Date | null;

  /** Code of the last failure (`http-503`, `time-out`, ...); never a message or personal data. */
  @Column({ name: 'laatste_fout', type: 'text', nullable: true })
  laatsteFout!: string | null;

  /** When the source's own inbox received it (the internal delivery). */
  @Column({ name: 'intern_bezorgd_op', type: 'timestamptz', nullable: true })
  internBezorgdOp!: Date | null;

  /** When the receiver's external endpoint accepted it. */
  @Column({ name: 'extern_bezorgd_op', type: 'timestamptz', nullable: true })
  externBezorgdOp!: Date | null;

  /**
   * Position in the receiver's pull feed, given when the internal delivery commits (trigger
   * `bezorging_feed_positie`, one commit at a time) so that positions become visible in order (a
   * keyset cursor never skips a late commit).
   */
  @Index('UQ_bezorging_feed_positie', { unique: true })
  @Column({ name: 'feed_positie', type: 'bigint', nullable: true })
  feedPositie!: string | null;

  @Column({ name: 'bevestigd_op', type: 'timestamptz', nullable: true })
  bevestigdOp!: Date | null;

  @Column({ name: 'aangemaakt_op', type: 'timestamptz', default: () => 'now()' })
  aangemaaktOp!: Date;

  @Column({ name: 'bijgewerkt_op', type: 'timestamptz', default: () => 'now()' })
  bijgewerktOp!: Date;
}

/**
 * One push that went out to a receiver, written by its completion step with its audit record:
 * the push id is the key that makes the completion idempotent, so a push is audited exactly
 * once however often its completion runs.
 */
@Entity({ name: 'bezorging_push' })
@Index('IDX_bezorging_push_bezorging', ['bezorgingId'])
export class BezorgPush {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_bezorging_push' })
  id!: string;

  @Column({ name: 'bezorging_id', type: 'uuid' })
  bezorgingId!: string;

  /** The attempt the push was made for (the job's `poging`). */
  @Column({ type: 'int' })
  poging!: number;

  /** Failure code, or null when the receiver answered 2xx. */
  @Column({ type: 'text', nullable: true })
  fout!: string | null;

  /** The actor audit record of the push. */
  @Column({ name: 'audit_id', type: 'uuid' })
  auditId!: string;

  @Column({ name: 'start_tijd', type: 'timestamptz' })
  startTijd!: Date;

  @Column({ name: 'vastgelegd_op', type: 'timestamptz', default: () => 'now()' })
  vastgelegdOp!: Date;
}

/**
 * The last feed position handed out (one row). The deferred trigger `bezorging_feed_positie`
 * takes the next one when the internal delivery commits; the row lock is held from there to the
 * end of the commit, so positions are handed out one commit at a time and become visible in order.
 */
@Entity({ name: 'bezorging_feed_teller' })
export class FeedTeller {
  @PrimaryColumn({ type: 'int', primaryKeyConstraintName: 'PK_bezorging_feed_teller' })
  id!: number;

  @Column({ type: 'bigint' })
  laatste!: string;
}
