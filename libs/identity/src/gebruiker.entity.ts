import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Rol } from './actor.js';

/** A person known from the identity provider's claims, kept as of their last login. */
@Entity({ name: 'gebruiker' })
export class Gebruiker {
  /** OIDC subject. */
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'text' })
  naam!: string;

  @Column({ name: 'organisatie_code', type: 'text' })
  organisatieCode!: string;

  @Column({ type: 'text', array: true })
  rollen!: Rol[];

  @Column({ name: 'laatst_aangemeld', type: 'timestamptz' })
  laatstAangemeld!: Date;
}
