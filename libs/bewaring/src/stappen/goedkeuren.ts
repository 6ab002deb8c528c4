import { Injectable } from '@nestjs/common';
import { GuardedStep, type StepContext } from '@schakel/authz';
import type { LijstBesluit, LijstView } from '../dto/bewaring.dto.js';
import { legeLijst } from '../bewaring.fouten.js';
import { Klok } from '../klok.js';
import { BewaringWeergave, lijstSubject } from '../weergave.js';
import { itemsVan, laadLijst } from './lijsten.js';

/**
 * The first of two people: the owning organisation's FG approves a proposed list (the rule
 * holds only for a list in status `voorgesteld` of their organisation). Nothing is destroyed
 * yet; the list waits for a second, different person.
 */
@Injectable()
export class LijstGoedkeuren {
  constructor(
    private readonly stap: GuardedStep,
    private readonly weergave: BewaringWeergave,
    private readonly klok: Klok,
  ) {}

  async keurGoed(id: string, body: LijstBesluit, ctx: StepContext): Promise<LijstView> {
    return this.stap.onRecord(ctx, {
      actie: 'goedkeuren',
      action: 'goedkeuren',
      type: 'Vernietigingslijst',
      id,
      write: true,
      load: laadLijst,
      subject: lijstSubject,
      run: async (m, l) => {
        const items = await itemsVan(m, l.id);
        if (!items.some((i) => i.status === 'voorgesteld')) legeLijst();
        Object.assign(l, {
          status: 'goedgekeurd',
          goedgekeurdDoor: ctx.actor.id,
          goedgekeurdDoorNaam: ctx.actor.naam ?? ctx.actor.id,
          goedgekeurdOp: this.klok.nu(),
          goedkeuringToelichting: body.toelichting ?? null,
        });
        await m.save(l);
        return {
          result: this.weergave.lijst(l, items, ctx.ability, ctx.actor),
          log: { reden: l.nummer },
        };
      },
    });
  }
}
