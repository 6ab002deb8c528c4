import { Injectable } from '@nestjs/common';
import { AuditQueryService, AuditSequencer, checkpointView } from '@schakel/audit';
import { GuardedStep, type StepContext } from '@schakel/authz';
import type { IntegriteitOordeel, IntegriteitView } from '../dto/zoeken.dto.js';

/** A full check older than this no longer vouches for the records sealed since. */
const CONTROLE_GELDIG_MS = 48 * 3_600_000;

/**
 * The FG's plain verdict: in order only when sealing runs, the last full check passed, and it
 * is recent; otherwise the first thing that is wrong, in one sentence.
 */
export function integriteitsoordeel(
  gestopt: boolean,
  verificatie: { tijd: Date; geslaagd: boolean } | null,
  nu = new Date(),
): IntegriteitOordeel {
  const laatsteControle = verificatie?.tijd.toISOString() ?? null;
  if (gestopt) {
    return {
      inOrde: false,
      toelichting: 'Niet in orde: het verzegelen van het auditspoor is gestopt.',
      laatsteControle,
    };
  }
  if (!verificatie) {
    return {
      inOrde: false,
      toelichting: 'Niet in orde: het auditspoor is nog nooit volledig gecontroleerd.',
      laatsteControle,
    };
  }
  if (!verificatie.geslaagd) {
    return {
      inOrde: false,
      toelichting: 'Niet in orde: de laatste controle vond een fout in het auditspoor.',
      laatsteControle,
    };
  }
  if (nu.getTime() - verificatie.tijd.getTime() > CONTROLE_GELDIG_MS) {
    return {
      inOrde: false,
      toelichting: 'Niet in orde: de laatste geslaagde controle is ouder dan twee dagen.',
      laatsteControle,
    };
  }
  return {
    inOrde: true,
    toelichting: 'In orde: het auditspoor wordt verzegeld en de laatste controle slaagde.',
    laatsteControle,
  };
}

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
      oordeel: integriteitsoordeel(gestopt !== null, verificatie),
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
