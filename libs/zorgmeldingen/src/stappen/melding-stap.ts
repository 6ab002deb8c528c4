import { refuse, type RecordStep, type StepContext } from '@schakel/authz';
import type { EntityManager } from 'typeorm';
import { magStap, type Stap } from '../levenscyclus.js';
import { ongeldigeOvergang } from '../zorgmelding.fouten.js';
import { onderwerp } from '../zorgmelding-weergave.js';
import type { Melding, ZorgmeldingRepository } from '../zorgmelding.repository.js';

/** What every zorgmelding step needs: the actor, its ability and purpose, the trace. */
export type StapContext = StepContext;

/**
 * A step on one report for the guarded step (`GuardedStep.onRecord`): loaded through the
 * repository (a row lock only when `write`), decided on the report's attributes, and, for a
 * step of the lifecycle, refused with 409 (logged) when it does not fit the status.
 */
export function meldingStap<T>(
  repository: ZorgmeldingRepository,
  stap: {
    actie: string;
    action: RecordStep<Melding, T>['action'];
    id: string;
    write: boolean;
    /** Only reads: no transaction, the audit record one statement (RecordStep.alleenLezen). */
    alleenLezen?: true;
    overgang?: Stap;
    /** The submit's Idempotency-Key: which report carries it is read with the report. */
    sleutel?: { opstellerId: string; sleutel: string };
    run: RecordStep<Melding, T>['run'];
  },
): RecordStep<Melding, T> {
  return {
    actie: stap.actie,
    action: stap.action,
    type: 'Zorgmelding',
    id: stap.id,
    write: stap.write,
    ...(stap.alleenLezen ? { alleenLezen: true as const } : {}),
    load: (m: EntityManager, id: string, lock: boolean) =>
      repository.laad(m, id, lock, stap.sleutel),
    subject: (melding) => onderwerp(melding.rij),
    check: (melding) => {
      if (stap.overgang && !magStap(stap.overgang, melding.rij.status)) {
        refuse('ongeldige-statusovergang', ongeldigeOvergang());
      }
    },
    run: stap.run,
  };
}
