import { Injectable } from '@nestjs/common';
import type { StepContext } from '@schakel/authz';
import { informerenNietHerbeoordeeld } from '../casus.fouten.js';
import type { Afsluiting, CasusView } from '../dto/casus.dto.js';
import { CasusStap } from './casus-stap.js';
import { CasusInformeren, valideerInformeren } from './informeren.js';

/**
 * Closes the casus: every decision not to inform is reviewed again (and every person decided);
 * all participations end; the retention clock starts (the theme activity's term).
 */
@Injectable()
export class CasusAfsluiten {
  constructor(
    private readonly stap: CasusStap,
    private readonly informeren: CasusInformeren,
  ) {}

  async sluitAf(id: string, invoer: Afsluiting, ctx: StepContext): Promise<CasusView> {
    for (const [i, h] of invoer.herbeoordelingen.entries()) {
      valideerInformeren(h, `herbeoordelingen[${String(i)}].op`);
    }
    const register = await this.stap.register();
    return this.stap.opCasus(ctx, {
      actie: 'afsluiten',
      action: 'regisseren',
      id,
      write: true,
      overgang: 'afsluiten',
      run: async (m, d) => {
        const herbeoordeling = new Map(invoer.herbeoordelingen.map((h) => [h.persoonId, h]));
        const onbekend = [...herbeoordeling.keys()].filter(
          (p) => !d.betrokkenen.some((b) => b.persoonId === p),
        );
        const open = d.betrokkenen.filter(
          (b) => b.informerenBesluit !== 'geinformeerd' && !herbeoordeling.has(b.persoonId),
        );
        if (onbekend.length > 0 || open.length > 0) {
          informerenNietHerbeoordeeld(open.length, onbekend.length);
        }
        const now = new Date();
        const sleutel = this.stap.sleutel(d.casus);
        for (const b of d.betrokkenen) {
          const h = herbeoordeling.get(b.persoonId);
          if (!h) continue;
          this.informeren.zet(b, h, sleutel, now);
          b.herbeoordeeldOp = now;
          await this.stap.repo.bewaarInformeren(m, b);
        }
        await this.stap.repo.beeindigDeelname(m, d, now);
        await this.stap.repo.bewaar(m, d, {
          deelnemers: [],
          status: 'afgesloten',
          afsluitReden: this.stap.versleutel(sleutel, d.id, 'afsluit-reden', invoer.reden),
          afgeslotenOp: now,
          bewaarTot: this.stap.bewaarTot(d.casus, register, now),
          gewijzigdOp: now,
        });
        await this.stap.repo.gebeurtenis(m, d, 'afsluiten', ctx.actor, now);
        return this.stap.uitkomst(m, ctx, d, register, { categorieen: ['identificatie'] });
      },
    });
  }
}
