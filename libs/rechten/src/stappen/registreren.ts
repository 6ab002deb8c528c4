import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AuditService } from '@schakel/audit';
import { GuardedStep, type StepContext } from '@schakel/authz';
import { PersonenService } from '@schakel/personen';
import type { NieuwVerzoek, VerzoekView } from '../dto/rechten.dto.js';
import { datumInToekomst } from '../rechten.fouten.js';
import { RechtenRepository, type Verzoek } from '../rechten.repository.js';
import { plusMaanden } from '../termijn.js';
import { vandaag, verzoekView } from './verzoek-stap.js';

/**
 * Registers a request of a data subject at the FG's rights desk. The BSN comes in the body and
 * is kept only as what the person is known by elsewhere: the person's id (found through the
 * blind index of libs/personen, when Schakel knows them) and the audit pseudonym (the keyed
 * hash the processing log names them by). The clock starts on the day of receipt.
 */
@Injectable()
export class Registreren {
  constructor(
    private readonly stap: GuardedStep,
    private readonly repo: RechtenRepository,
    private readonly personen: PersonenService,
    private readonly audit: AuditService,
  ) {}

  registreer(invoer: NieuwVerzoek, ctx: StepContext): Promise<VerzoekView> {
    const org = ctx.actor.organisatie.code;
    return this.stap.create(ctx, {
      actie: 'registreren',
      type: 'Rechtenverzoek',
      candidate: { organisatieCode: org, soort: invoer.soort },
      run: async (m) => {
        const persoonId = await this.personen.zoekOpBsn(m, invoer.bsn);
        const ontvangenOp = invoer.ontvangenOp ?? vandaag();
        if (ontvangenOp > vandaag()) datumInToekomst();
        const pseudoniem = this.audit.pseudonym(invoer.bsn);
        const v: Verzoek = {
          id: randomUUID(),
          organisatieCode: org,
          soort: invoer.soort,
          persoonId,
          betrokkene: pseudoniem,
          identiteitVastgesteld: invoer.identiteitVastgesteld,
          identiteitWijze: invoer.identiteitWijze,
          ontvangenOp,
          termijnUiterlijk: plusMaanden(ontvangenOp, 1),
          verlengdTot: null,
          verlengingReden: null,
          status: 'ontvangen',
          antwoord: null,
          afgehandeldOp: null,
          geregistreerdDoor: ctx.actor.id,
          geregistreerdOp: new Date(),
          wissing: null,
        };
        await this.repo.voegIn(m, v);
        return {
          result: verzoekView(v),
          log: {
            objectId: v.id,
            betrokkenen: [{ pseudoniem, categorieen: ['identificatie', 'verzoek en afhandeling'] }],
            reden: `verzoek:${invoer.soort}`,
          },
        };
      },
    });
  }
}
