import { Injectable } from '@nestjs/common';
import { AuditQueryService, AuditSequencer, checkpointView } from '@schakel/audit';
import { GuardedStep, type StepContext } from '@schakel/authz';
import type { IntegriteitView } from '../dto/zoeken.dto.js';

/**
 * The integrity of the audit trail: whether sealing runs or stopped (and why, from which
 * position), what the witness cosigned last, the last signed checkpoint, the last
 * verification and its outcome, and how many records still wait to be sealed. The read is logged first, so
 * the queue it reports includes its own record (as it always did).
 */
@Injectable()
export class Integriteit {
  constructor(
    private readonly stap: GuardedStep,
    private readonly query: AuditQueryService,
    private readonly sequencer: AuditSequencer,
  ) {}

  async status(ctx: StepContext): Promise<IntegriteitView> {
    const { checkpoint, verificatie, wachtrij } = await this.stap.overMany(ctx, {
      actie: 'read',
      type: 'AuditRecord',
      objectType: 'AuditIntegriteit',
      logFirst: {},
      run: async (m) => ({ result: await this.query.integrity(m), log: {} }),
    });
    const { gestopt, getuigd } = this.sequencer.toestand();
    return {
      verzegeling: {
        gestopt: gestopt !== null,
        reden: gestopt?.reden ?? null,
        positie: gestopt?.positie ?? null,
        sinds: gestopt?.sinds.toISOString() ?? null,
        getuigdTot: getuigd?.grootte ?? null,
        getuigdOp: getuigd?.tijd.toISOString() ?? null,
      },
      laatsteCheckpoint: checkpoint ? checkpointView(checkpoint) : null,
      laatsteVerificatie: verificatie
        ? {
            tijd: verificatie.tijd.toISOString(),
            geslaagd: verificatie.geslaagd,
            records: Number(verificatie.records),
            checkpoints: verificatie.checkpoints,
            eersteFoutPositie:
              verificatie.eersteFoutPositie === null ? null : Number(verificatie.eersteFoutPositie),
            reden: verificatie.reden,
          }
        : null,
      wachtrij,
    };
  }
}
