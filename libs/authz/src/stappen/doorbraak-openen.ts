import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { notFound, ProblemException } from '@schakel/platform';
import { DOORBRAAK_ROLLEN } from '../abilities.js';
import { Doorbraak } from '../doorbraak.entity.js';
import { DoorbraakService, type DoorbraakOnderwerp } from '../doorbraak.service.js';
import type { DoorbraakView, NieuweDoorbraak } from '../dto/doorbraak.dto.js';
import { GuardedStep, refuse, type StepContext } from '../step/guarded-step.js';

/**
 * Breaking the glass: a grant is written only for a record that exists (its owning context
 * resolves it, 404 `onderwerp-onbekend` otherwise) and lies within the actor's own domain for
 * this activity (the `create Doorbraak` rules decide on the record's attributes, 404
 * `buiten-domein` otherwise). The justification is encrypted under the grant's own data key;
 * the grant and its audit record name the provider of the data.
 */
@Injectable()
export class DoorbraakOpenen {
  constructor(
    private readonly stap: GuardedStep,
    private readonly doorbraken: DoorbraakService,
  ) {}

  async open(input: NieuweDoorbraak, ctx: StepContext): Promise<DoorbraakView> {
    const { actor, doel } = ctx;
    if (!doel) {
      throw new ProblemException(
        400,
        'doel-ontbreekt',
        'Verwerkingsactiviteit ontbreekt',
        'Noem de verwerkingsactiviteit in de header Verwerkingsactiviteit.',
      );
    }
    const rol = actor.rollen.find((r) => DOORBRAAK_ROLLEN.includes(r)) ?? actor.rollen[0] ?? '';
    let onderwerp: DoorbraakOnderwerp | null = null;
    return this.stap.create(ctx, {
      actie: 'create',
      type: 'Doorbraak',
      // The candidate is the record the grant would open, as its owning context knows it.
      candidate: async (m) => {
        onderwerp = await this.doorbraken.onderwerp(m, input.onderwerpType, input.onderwerpId);
        if (!onderwerp) refuse('onderwerp-onbekend', notFound());
        return { ...onderwerp.attributen, onderwerpType: input.onderwerpType };
      },
      refusal: { reden: 'buiten-domein', fout: notFound() },
      run: async (m) => {
        const verstrekker = onderwerp?.verstrekker ?? null;
        const id = randomUUID();
        const saved = await m.save(
          m.create(Doorbraak, {
            id,
            actorId: actor.id,
            organisatieCode: actor.organisatie.code,
            rol,
            activiteit: doel.id,
            onderwerpType: input.onderwerpType,
            onderwerpId: input.onderwerpId,
            verantwoording: null,
            ...this.doorbraken.verzegel(id, input.verantwoording),
            verstrekkerCode:
              verstrekker && verstrekker !== actor.organisatie.code ? verstrekker : null,
            verlooptOp: new Date(Date.now() + input.duurMinuten * 60_000),
          }),
        );
        return {
          result: await this.doorbraken.weergaveVan(m, saved),
          // The justification stays with the grant, encrypted; the log refers to the grant.
          log: { objectId: saved.id, doorbraak: true, verstrekker: verstrekker ?? undefined },
        };
      },
    });
  }
}
