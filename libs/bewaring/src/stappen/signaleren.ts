import { Injectable } from '@nestjs/common';
import { GuardedStep, type StepContext } from '@schakel/authz';
import { DateTime } from 'luxon';
import { BewaringRepository } from '../bewaring.repository.js';
import type { SignaleringView } from '../dto/bewaring.dto.js';
import { Klok, ZONE } from '../klok.js';
import { BewaringWeergave } from '../weergave.js';

/** How far ahead the owning organisation is warned that a term ends (ADR 0027). */
export const SIGNALERING_VOORAF = { weeks: 8 };

/**
 * The warning list of the owning organisation: its records whose term ends within eight
 * weeks (or has ended) and that are on no list and under no hold or extension, so an
 * extension or a hold can still be set before the next list.
 */
@Injectable()
export class Signaleren {
  constructor(
    private readonly stap: GuardedStep,
    private readonly repo: BewaringRepository,
    private readonly weergave: BewaringWeergave,
    private readonly klok: Klok,
  ) {}

  async lijst(ctx: StepContext): Promise<SignaleringView[]> {
    const vandaag = this.klok.vandaag();
    const grens =
      DateTime.fromISO(vandaag, { zone: ZONE }).plus(SIGNALERING_VOORAF).toISODate() ?? vandaag;
    return this.stap.overMany(ctx, {
      actie: 'read',
      type: 'Bewaarsignalering',
      run: async (m) => {
        const termijnen = await this.repo.termijnen(m, vandaag);
        const namen = await this.weergave.activiteitNamen(m);
        const items = await this.repo.voorbijTermijn(
          m,
          termijnen,
          vandaag,
          grens,
          ctx.actor.organisatie.code,
        );
        return {
          result: items.map((k) => ({
            objectSoort: k.objectSoort,
            objectId: k.objectId,
            referentie: k.referentie,
            activiteitNaam: namen.get(k.termijn.activiteitId) ?? k.termijn.activiteitId,
            bewaartermijn: k.termijn.bewaartermijn,
            bewaartermijnVanaf: k.termijn.vanaf,
            bewaarTot: k.bewaarTot,
            verstreken: k.bewaarTot < vandaag,
          })),
          log: {},
        };
      },
    });
  }
}
