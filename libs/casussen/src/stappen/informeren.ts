import { Injectable } from '@nestjs/common';
import type { StepContext } from '@schakel/authz';
import { InvalidInputException } from '@schakel/platform';
import { nietGevonden } from '../casus.fouten.js';
import type { CasusBetrokkeneEntity } from '../casus.entity.js';
import type { CasusView, Informeren } from '../dto/casus.dto.js';
import { CasusStap } from './casus-stap.js';

/** Records that and when a person was informed, or the reason not to (reviewed at closure). */
@Injectable()
export class CasusInformeren {
  constructor(private readonly stap: CasusStap) {}

  async informeer(
    id: string,
    persoonId: string,
    invoer: Informeren,
    ctx: StepContext,
  ): Promise<CasusView> {
    valideerInformeren(invoer, 'op');
    const register = await this.stap.registerVoorWeergave();
    return this.stap.opCasus(ctx, {
      actie: 'informeren',
      action: 'regisseren',
      id,
      write: true,
      overgang: 'informeren',
      run: async (m, d) => {
        const b =
          d.betrokkenen.find((x) => x.persoonId === persoonId) ??
          nietGevonden('onbekende-betrokkene');
        const now = new Date();
        this.zet(b, invoer, this.stap.sleutel(d.casus), now);
        await this.stap.repo.bewaarInformeren(m, b);
        await this.stap.repo.gebeurtenis(m, d, 'informeren', ctx.actor, now);
        return this.stap.uitkomst(m, ctx, d, register, {
          categorieen: ['identificatie'],
          persoonIds: [b.persoonId],
          reden: invoer.besluit,
        });
      },
    });
  }

  /** Sets a decision on the person's row (the caller writes it); the explanation encrypted. */
  zet(b: CasusBetrokkeneEntity, invoer: Informeren, sleutel: Buffer, now: Date): void {
    b.informerenBesluit = invoer.besluit;
    b.informerenBeslotenOp = now;
    if (invoer.besluit === 'geinformeerd') {
      b.geinformeerdOp = invoer.op ?? now.toISOString().slice(0, 10);
      b.informerenReden = null;
      b.informerenToelichting = null;
    } else {
      b.geinformeerdOp = null;
      b.informerenReden = invoer.reden ?? null;
      b.informerenToelichting = invoer.toelichting
        ? this.stap.versleutel(sleutel, b.casusId, `informeren/${b.persoonId}`, invoer.toelichting)
        : null;
    }
  }
}

/** 400 for a date of informing that has not come yet (Amsterdam time). */
export function valideerInformeren(invoer: Informeren, veld: string): void {
  const vandaag = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(
    new Date(),
  );
  if (invoer.besluit === 'geinformeerd' && invoer.op !== undefined && invoer.op > vandaag) {
    throw new InvalidInputException([{ field: veld, constraints: ['ligt in de toekomst'] }]);
  }
}
