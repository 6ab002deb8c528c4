import { Injectable } from '@nestjs/common';
import { BEWAARGRONDEN, Wissing } from '@schakel/bewaring';
import { GuardedStep, type StepContext } from '@schakel/authz';
import type { VerzoekView, WissingView } from '../dto/rechten.dto.js';
import {
  alAfgerond,
  persoonOnbekend,
  verkeerdeSoort,
  wissingAlVoorbereid,
} from '../rechten.fouten.js';
import { RechtenRepository } from '../rechten.repository.js';
import { afgerond, verzoekStap, verzoekView } from './verzoek-stap.js';
import type { WissingVoorstel } from '@schakel/bewaring';

/** An erasure's outcome for the FG, with the list's state now. */
export function wissingView(w: WissingVoorstel, lijstStatus: string | null): WissingView {
  return {
    lijstId: w.lijst?.id ?? null,
    lijstNummer: w.lijst?.nummer ?? null,
    lijstStatus,
    dossiers: w.dossiers.map((d) => ({
      soort: d.soort,
      referentie: d.referentie,
      bewaard: d.grond !== null,
      grond: d.grond ? BEWAARGRONDEN[d.grond] : null,
    })),
  };
}

/**
 * A granted erasure (AVG art. 17, ADR 0035): the person's records that the FG's organisation
 * owns and that no legal duty keeps go on a destruction list of kind `wissing` (libs/bewaring:
 * the own FG approves, a second person confirms, with a certificate); the rest is kept, each
 * with its ground, which the request records for the answer to the person. Once per request.
 */
@Injectable()
export class Wissen {
  constructor(
    private readonly stap: GuardedStep,
    private readonly repo: RechtenRepository,
    private readonly wissing: Wissing,
  ) {}

  bereidVoor(id: string, ctx: StepContext): Promise<VerzoekView> {
    return this.stap.onRecord(
      ctx,
      verzoekStap(this.repo, {
        actie: 'wissen',
        action: 'update',
        id,
        write: true,
        check: (v) => {
          if (afgerond(v)) alAfgerond();
          if (v.soort !== 'wissing') verkeerdeSoort('wissing');
          if (!v.persoonId) persoonOnbekend();
          if (v.wissing) wissingAlVoorbereid();
        },
        run: async (m, v) => {
          const voorstel = await this.wissing.bereidVoor(m, {
            persoonId: v.persoonId ?? persoonOnbekend(),
            organisatie: ctx.actor.organisatie.code,
            verzoekId: v.id,
            door: ctx.actor.id,
          });
          await this.repo.legWissingVast(m, v.id, voorstel);
          const status = v.status === 'ontvangen' ? 'in-behandeling' : v.status;
          return {
            result: Object.assign(verzoekView({ ...v, status, wissing: voorstel }), {
              wissing: wissingView(voorstel, voorstel.lijst ? 'voorgesteld' : null),
            }),
            log: {
              betrokkenen: [{ pseudoniem: v.betrokkene, categorieen: ['verzoek en afhandeling'] }],
              reden: `wissing:${voorstel.lijst?.nummer ?? 'geen-lijst'}`,
            },
          };
        },
      }),
    );
  }
}
