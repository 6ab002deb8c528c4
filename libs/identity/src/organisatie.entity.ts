import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { OrganisatieType } from './actor.js';

/** A partner organisation (reference data from data/organisaties.json). */
@Entity({ name: 'organisatie' })
export class Organisatie {
  @PrimaryColumn({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  naam!: string;

  @Column({ type: 'text' })
  type!: OrganisatieType;

  /** CBS code of the municipality a sociaal wijkteam works for. */
  @Column({ name: 'gemeente_code', type: 'text', nullable: true })
  gemeenteCode!: string | null;

  @Column({ type: 'boolean', default: true })
  actief!: boolean;
}
