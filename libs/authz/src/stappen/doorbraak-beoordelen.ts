import { subject } from '@casl/ability';
import { Injectable } from '@nestjs/common';
import { matchedRule } from '../abilities.js';
import { DoorbraakBeoordeling } from '../doorbraak.entity.js';
import { doorbraakOnderwerp, DoorbraakService } from '../doorbraak.service.js';
import type { BeoordelingView, NieuweBeoordeling } from '../dto/doorbraak.dto.js';
import { GuardedStep, type StepContext } from '../step/guarded-step.js';

/**
 * The FG's verdict on a grant it may see (404 otherwise, logged): was breaking the glass
 * justified? The verdict and its audit record are written together.
 */
@Injectable()
export class DoorbraakBeoordelen {
  constructor(
    private readonly stap: GuardedStep,
    private readonly doorbraken: DoorbraakService,
  ) {}

  beoordeel(id: string, input: NieuweBeoordeling, ctx: StepContext): Promise<BeoordelingView> {
    return this.stap.onRecord(ctx, {
      actie: 'beoordelen',
      // The grant must be one the FG may see ...
      action: 'read',
      type: 'Doorbraak',
      id,
      write: false,
      load: (m, grantId) => this.doorbraken.laad(m, grantId),
      subject: doorbraakOnderwerp,
      run: async (m, grant) => {
        const b = await m.save(
          m.create(DoorbraakBeoordeling, {
            doorbraakId: grant.id,
            fgId: ctx.actor.id,
            organisatieCode: ctx.actor.organisatie.code,
            oordeel: input.oordeel,
            toelichting: input.toelichting,
          }),
        );
        return {
          result: {
            id: b.id,
            doorbraakId: b.doorbraakId,
            oordeel: b.oordeel,
            toelichting: b.toelichting,
            tijd: b.tijd.toISOString(),
          },
          // ... and the verdict is the FG's rule for verdicts.
          log: {
            regel: matchedRule(
              ctx.ability,
              'create',
              subject('DoorbraakBeoordeling', { doorbraakId: grant.id }),
            ),
          },
        };
      },
    });
  }
}
