import { Injectable } from '@nestjs/common';
import { GuardedStep, type StepContext } from '@schakel/authz';
import type { Afhandeling, Verlenging, VerzoekView } from '../dto/rechten.dto.js';
import { alAfgerond, alVerlengd, termijnVerstreken } from '../rechten.fouten.js';
import { RechtenRepository } from '../rechten.repository.js';
import { dagenTussen, plusMaanden } from '../termijn.js';
import { afgerond, vandaag, verzoekStap, verzoekView } from './verzoek-stap.js';

/** The clock's extension (art. 12(3): once, up to two months, with reasons) and the answer. */
@Injectable()
export class Afhandelen {
  constructor(
    private readonly stap: GuardedStep,
    private readonly repo: RechtenRepository,
  ) {}

  verleng(id: string, invoer: Verlenging, ctx: StepContext): Promise<VerzoekView> {
    return this.stap.onRecord(
      ctx,
      verzoekStap(this.repo, {
        actie: 'termijn-verlengen',
        action: 'update',
        id,
        write: true,
        check: (v) => {
          if (afgerond(v)) alAfgerond();
          if (v.verlengdTot) alVerlengd();
          // The subject must hear of it within the first month (art. 12(3)).
          if (dagenTussen(vandaag(), v.termijnUiterlijk) < 0) termijnVerstreken();
        },
        run: async (m, v) => {
          const tot = plusMaanden(v.termijnUiterlijk, invoer.maanden);
          await this.repo.verleng(m, v.id, tot, invoer.reden);
          const na = { ...v, verlengdTot: tot, verlengingReden: invoer.reden };
          if (na.status === 'ontvangen') na.status = 'in-behandeling';
          return {
            result: verzoekView(na),
            log: {
              betrokkenen: [{ pseudoniem: v.betrokkene, categorieen: ['verzoek en afhandeling'] }],
              reden: `verlengd:${String(invoer.maanden)}`,
            },
          };
        },
      }),
    );
  }

  rond(id: string, invoer: Afhandeling, ctx: StepContext): Promise<VerzoekView> {
    return this.stap.onRecord(
      ctx,
      verzoekStap(this.repo, {
        actie: 'afhandelen',
        action: 'update',
        id,
        write: true,
        check: (v) => {
          if (afgerond(v)) alAfgerond();
        },
        run: async (m, v) => {
          await this.repo.rond(m, v.id, invoer.uitkomst, invoer.antwoord);
          return {
            result: verzoekView({
              ...v,
              status: invoer.uitkomst,
              antwoord: invoer.antwoord,
              afgehandeldOp: new Date(),
            }),
            log: {
              betrokkenen: [{ pseudoniem: v.betrokkene, categorieen: ['verzoek en afhandeling'] }],
              reden: invoer.uitkomst,
            },
          };
        },
      }),
    );
  }
}
