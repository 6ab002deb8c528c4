import { subject } from '@casl/ability';
import { Injectable } from '@nestjs/common';
import { GuardedStep, refuse, type StepContext } from '@schakel/authz';
import { AppConfig, ProblemException } from '@schakel/platform';
import type { TijdvakVraag, VtCijfersView } from '../dto/cijfers.dto.js';
import { CijfersRepository } from '../cijfers.repository.js';
import { ongeldigTijdvak } from '../cijfers.fouten.js';
import { bouwTabellen, orgNaam, VT_TABELLEN } from '../cijfers.tabellen.js';
import { kwartaalGrenzen, perioden } from '../perioden.js';

/**
 * A Veilig Thuis's own deadlines and outcomes: safety assessments on time, days late,
 * outcomes and feedback, per period, protected like the regional picture. The rules decide
 * which VT (the coordinator's own).
 */
@Injectable()
export class VtTellen {
  constructor(
    private readonly stap: GuardedStep,
    private readonly repository: CijfersRepository,
    private readonly config: AppConfig,
  ) {}

  async tel(vraag: TijdvakVraag, ctx: StepContext): Promise<VtCijfersView> {
    const indeling = vraag.indeling ?? 'kwartaal';
    const lijst = perioden(vraag.van, vraag.tot, indeling);
    if (!lijst) throw ongeldigTijdvak();
    const vt = ctx.actor.organisatie.code;
    return this.stap.overMany(ctx, {
      actie: 'tellen',
      type: 'CijfersVeiligThuis',
      run: async (m) => {
        if (!ctx.ability.can('read', subject('CijfersVeiligThuis', { vtOrganisatie: vt }))) {
          refuse(
            'geen-regel',
            new ProblemException(
              403,
              'geen-toegang',
              'Geen toegang',
              'U mag deze cijfers niet zien.',
            ),
          );
        }
        const eerste = lijst[0]?.kwartalen[0] ?? '';
        const laatste = lijst[lijst.length - 1]?.kwartalen.at(-1) ?? '';
        const tijdvak = {
          van: kwartaalGrenzen(eerste).van,
          totNa: kwartaalGrenzen(laatste).totNa,
        };
        const { tellingen, teLaat } = await this.repository.beoordelingen(m, 'vt', [vt], tijdvak);
        const drempel = this.config.CIJFERS_DREMPEL;
        return {
          result: {
            organisatie: orgNaam(vt),
            perioden: lijst.map((p) => ({ sleutel: p.sleutel, naam: p.naam })),
            indeling,
            drempel,
            tabellen: bouwTabellen(VT_TABELLEN, vt, tellingen, teLaat, lijst, drempel),
          },
          log: { velden: ['periode', 'categorie', 'aantal'] },
        };
      },
    });
  }
}
