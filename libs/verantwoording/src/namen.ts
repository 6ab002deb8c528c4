import { Injectable } from '@nestjs/common';
import type { ActorAudit } from '@schakel/audit';
import { IdentityService } from '@schakel/identity';
import { PurposeService } from '@schakel/purpose';
import type { EntityManager } from 'typeorm';
import type { Namen } from './stappen/auditspoor.js';

/**
 * Names beside the codes in the FG's answers: the actors of these records from the user
 * directory (one query), organisations and activities from the reference data and register.
 */
@Injectable()
export class Namenlijst {
  constructor(
    private readonly identity: IdentityService,
    private readonly purpose: PurposeService,
  ) {}

  async voor(m: EntityManager, records: readonly ActorAudit[]): Promise<Namen> {
    // One after another: `m` may be one transaction's connection (one query at a time).
    const actor = await this.identity.namen(
      m,
      records.map((r) => r.actorId),
    );
    const activiteiten = await this.purpose.current(m);
    return {
      actor,
      organisatie: (code) => this.identity.organisatieNaam(code),
      activiteit: new Map(activiteiten.map((a) => [a.id, a.naam])),
    };
  }
}
