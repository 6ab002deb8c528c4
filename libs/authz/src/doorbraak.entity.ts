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

  @Column({ type: 'text' })
  verantwoording!: string;

  @Column({ name: 'aangemaakt_op', type: 'timestamptz', default: () => 'now()' })
  aangemaaktOp!: Date;

  @Column({ name: 'verloopt_op', type: 'timestamptz' })
  verlooptOp!: Date;
}
