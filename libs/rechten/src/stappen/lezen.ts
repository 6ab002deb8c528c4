import { subject } from '@casl/ability';
import { Injectable } from '@nestjs/common';
import { GuardedStep, type StepContext } from '@schakel/authz';
import { PersonenService } from '@schakel/personen';
import type { VerzoekView } from '../dto/rechten.dto.js';
import { RechtenRepository } from '../rechten.repository.js';
import { rectificatieView, verzoekStap, verzoekView } from './verzoek-stap.js';
import { wissingView } from './wissen.js';

/** The rights desk's list (own organisation, open first by deadline) and one request. */
@Injectable()
export class Lezen {
  constructor(
    private readonly stap: GuardedStep,
    private readonly repo: RechtenRepository,
    private readonly personen: PersonenService,
  ) {}

  lijst(ctx: StepContext): Promise<VerzoekView[]> {
    return this.stap.overMany(ctx, {
      actie: 'read',
      type: 'Rechtenverzoek',
      run: async (m) => ({
        result: (await this.repo.lijst(m, ctx.actor.organisatie.code))
          .filter((v) =>
            ctx.ability.can(
              'read',
              subject('Rechtenverzoek', { organisatieCode: v.organisatieCode }),
            ),
          )
          .map((v) => verzoekView(v)),
        log: {},
      }),
    });
  }

  een(id: string, ctx: StepContext): Promise<VerzoekView> {
    return this.stap.onRecord(
      ctx,
      verzoekStap(this.repo, {
        actie: 'read',
        action: 'read',
        id,
        write: false,
        run: async (m, v) => {
          const beperkingen = v.persoonId ? await this.personen.beperkingen(m, v.persoonId) : [];
          const rectificaties = await this.repo.rectificaties(m, v.id);
          const wissing = v.wissing
            ? wissingView(
                v.wissing,
                v.wissing.lijst ? await this.repo.lijststatus(m, v.wissing.lijst.id) : null,
              )
            : undefined;
          return {
            result: Object.assign(verzoekView(v), {
              beperkingen: beperkingen.map((b) => ({
                soort: b.soort,
                toegestaneActiviteiten: b.toegestaneActiviteiten,
              })),
              rectificaties: rectificaties.map(rectificatieView),
              ...(wissing ? { wissing } : {}),
            }),
            log: {
              betrokkenen: [{ pseudoniem: v.betrokkene, categorieen: ['verzoek en afhandeling'] }],
            },
          };
        },
      }),
    );
  }
}
