import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Server-side browser sessions (the table connect-pg-simple uses; created by a migration). */
@Entity({ name: 'sessie' })
export class Sessie {
  @PrimaryColumn({ type: 'varchar' })
  sid!: string;

  @Column({ type: 'json' })
  sess!: object;

  @Index('IDX_sessie_expire')
  @Column({ type: 'timestamp', precision: 6 })
  expire!: Date;
}
