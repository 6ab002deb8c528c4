import { Injectable } from '@nestjs/common';
import { GuardedStep, type StepContext } from '@schakel/authz';
import { PersonenService } from '@schakel/personen';
import { PurposeService } from '@schakel/purpose';
import type { BeperkingInvoer, VerzoekView } from '../dto/rechten.dto.js';
import {
  alAfgerond,
  onbekendeActiviteit,
  persoonOnbekend,
  verkeerdeSoort,
} from '../rechten.fouten.js';
import { RechtenRepository } from '../rechten.repository.js';
import { afgerond, verzoekStap, verzoekView } from './verzoek-stap.js';

/**
 * Restriction (AVG art. 18) and objection (art. 21): a flag on the person in libs/personen
 * that stops new exchanges and deliveries about them, except under the activities it allows
 * (the one check: `PersonenService.blokkerendeBeperking`). Lifting ends the flag, kept.
 */
@Injectable()
export class Beperken {
  constructor(
    private readonly stap: GuardedStep,
    private readonly repo: RechtenRepository,
    private readonly personen: PersonenService,
    private readonly purpose: PurposeService,
  ) {}

  zet(id: string, invoer: BeperkingInvoer, ctx: StepContext): Promise<VerzoekView> {
    return this.stap.onRecord(
      ctx,
      verzoekStap(this.repo, {
        actie: 'beperken',
        action: 'update',
        id,
        write: true,
        check: (v) => {
          if (afgerond(v)) alAfgerond();
          if (v.soort !== 'beperking' && v.soort !== 'bezwaar')
            verkeerdeSoort('beperking of bezwaar');
          if (!v.persoonId) persoonOnbekend();
        },
        run: async (m, v) => {
          const persoonId = v.persoonId ?? persoonOnbekend();
          const bekend = new Set((await this.purpose.current()).map((a) => a.id));
          if (invoer.toegestaneActiviteiten.some((a) => !bekend.has(a))) onbekendeActiviteit();
          await this.personen.zetBeperking(m, persoonId, {
            soort: v.soort === 'bezwaar' ? 'bezwaar' : 'beperking',
            toegestaneActiviteiten: [...new Set(invoer.toegestaneActiviteiten)],
            reden: invoer.reden,
            verzoekId: v.id,
            door: ctx.actor.id,
          });
          await this.repo.markeerInBehandeling(m, v.id);
          return {
            result: await this.view(m, v, persoonId),
            log: {
              betrokkenen: [{ pseudoniem: v.betrokkene, categorieen: ['verzoek en afhandeling'] }],
              reden: `${v.soort}-gezet`,
            },
          };
        },
      }),
    );
  }

  hefOp(id: string, ctx: StepContext): Promise<VerzoekView> {
    return this.stap.onRecord(
      ctx,
      verzoekStap(this.repo, {
        actie: 'beperking-opheffen',
        action: 'update',
        id,
        write: true,
        check: (v) => {
          if (v.soort !== 'beperking' && v.soort !== 'bezwaar')
            verkeerdeSoort('beperking of bezwaar');
          if (!v.persoonId) persoonOnbekend();
        },
        run: async (m, v) => {
          const persoonId = v.persoonId ?? persoonOnbekend();
          await this.personen.hefBeperkingOp(
            m,
            persoonId,
            v.soort === 'bezwaar' ? 'bezwaar' : 'beperking',
            ctx.actor.id,
          );
          return {
            result: await this.view(m, v, persoonId),
            log: {
              betrokkenen: [{ pseudoniem: v.betrokkene, categorieen: ['verzoek en afhandeling'] }],
              reden: `${v.soort}-opgeheven`,
            },
          };
        },
      }),
    );
  }

  private async view(
    m: Parameters<PersonenService['beperkingen']>[0],
    v: Parameters<typeof verzoekView>[0],
    persoonId: string,
  ): Promise<VerzoekView> {
    const beperkingen = await this.personen.beperkingen(m, persoonId);
    return Object.assign(
      verzoekView({ ...v, status: v.status === 'ontvangen' ? 'in-behandeling' : v.status }),
      {
        beperkingen: beperkingen.map((b) => ({
          soort: b.soort,
          toegestaneActiviteiten: b.toegestaneActiviteiten,
        })),
      },
    );
  }
}
