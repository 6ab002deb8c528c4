import { Injectable } from '@nestjs/common';
import type { StepContext } from '@schakel/authz';
import { IdentityService } from '@schakel/identity';
import { criteriaNietVoldaan } from '../casus.fouten.js';
import type { CasusView, Opschaling } from '../dto/casus.dto.js';
import { criteriaVoldaan, type Criteria } from '../referentie.js';
import { CasusStap } from './casus-stap.js';

/** Escalation to the ZVH, checked against the national criteria; a motivation is required. */
@Injectable()
export class CasusOpschalen {
  constructor(
    private readonly stap: CasusStap,
    private readonly identity: IdentityService,
  ) {}

  async schaalOp(id: string, invoer: Opschaling, ctx: StepContext): Promise<CasusView> {
    // Before triage there are no exchanges: the view needs no activity names.
    const register = CasusStap.geenRegister;
    return this.stap.opCasus(ctx, {
      actie: 'opschalen',
      action: 'opschalen',
      id,
      write: true,
      overgang: 'opschalen',
      run: async (m, d) => {
        const c = invoer.criteria;
        const criteria: Criteria = {
          meerdereLeefdomeinen: c.meerdereLeefdomeinen,
          meerdereKetens: c.meerdereKetens,
          impactOmgeving: c.impactOmgeving,
          ernstigeVeiligheidsproblemen: c.ernstigeVeiligheidsproblemen,
        };
        if (!criteriaVoldaan(criteria)) criteriaNietVoldaan();
        const zvh = this.identity
          .listOrganisaties()
          .find((o) => o.type === 'zorg-en-veiligheidshuis');
        if (!zvh) throw new Error('Geen Zorg- en Veiligheidshuis in de referentiedata');
        const now = new Date();
        const sleutel = this.stap.sleutel(d.casus);
        await this.stap.repo.bewaar(m, d, {
          opschalingCriteria: criteria,
          opschalingMotivering: this.stap.versleutel(
            sleutel,
            d.id,
            'motivering',
            invoer.motivering,
          ),
          opgeschaaldOp: now,
          regieOrganisatie: zvh.code,
          organisaties: [...new Set([...d.casus.organisaties, zvh.code])],
          status: 'in-triage',
          gewijzigdOp: now,
        });
        await this.stap.repo.gebeurtenis(m, d, 'opschalen', ctx.actor, now);
        return this.stap.uitkomst(m, ctx, d, register, { categorieen: ['identificatie'] });
      },
    });
  }
}
