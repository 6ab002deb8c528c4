import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One row per start of an API process: which version ran when, on which database mode. */
@Entity({ name: 'instance_start' })
export class InstanceStart {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @CreateDateColumn({ name: 'started_at', type: 'timestamptz' })
  startedAt!: Date;

  @Column({ name: 'app_version', type: 'text' })
  appVersion!: string;

  @Column({ name: 'database_mode', type: 'text' })
  databaseMode!: string;

  @Column({ name: 'node_version', type: 'text' })
  nodeVersion!: string;
}
