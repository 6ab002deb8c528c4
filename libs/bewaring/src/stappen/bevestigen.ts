import { Injectable } from '@nestjs/common';
import { GuardedStep, type StepContext } from '@schakel/authz';
import type { LijstBesluit, LijstView } from '../dto/bewaring.dto.js';
import { zelfdePersoon } from '../bewaring.fouten.js';
import { Klok } from '../klok.js';
import { Vernietiger } from '../vernietiging.js';
import { laadLijst } from './lijsten.js';
import { LijstenLezen } from './lijsten.js';
import { lijstSubject } from '../weergave.js';

/**
 * The second person: an FG other than the approver confirms an approved list (same person
 * twice: 409, logged), which sets it to `vernietigen`; then every item is destroyed, each in
 * its own transaction (Vernietiger). Answers the list as it stands afterwards.
 */
@Injectable()
export class LijstBevestigen {
  constructor(
    private readonly stap: GuardedStep,
    private readonly vernietiger: Vernietiger,
    private readonly lezen: LijstenLezen,
    private readonly klok: Klok,
  ) {}

  async bevestig(id: string, body: LijstBesluit, ctx: StepContext): Promise<LijstView> {
    let regel = 'fg:vernietigingslijst-bevestigen';
    const lijst = await this.stap.onRecord(ctx, {
      actie: 'bevestigen',
      action: 'bevestigen',
      type: 'Vernietigingslijst',
      id,
      write: true,
      load: laadLijst,
      subject: lijstSubject,
      check: (l) => {
        if (l.goedgekeurdDoor === ctx.actor.id) zelfdePersoon();
      },
      run: async (m, l, r) => {
        regel = r;
        Object.assign(l, {
          status: 'vernietigen',
          bevestigdDoor: ctx.actor.id,
          bevestigdDoorNaam: ctx.actor.naam ?? ctx.actor.id,
          bevestigdOp: this.klok.nu(),
          bevestigingToelichting: body.toelichting ?? null,
        });
        await m.save(l);
        return { result: l, log: { reden: l.nummer } };
      },
    });
    await this.vernietiger.voerUit(
      lijst.id,
      { actor: ctx.actor, regel, trace: ctx.trace },
      this.klok.vandaag(),
      this.klok.nu(),
    );
    return this.lezen.lijst(lijst.id, ctx);
  }
}
