import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { GuardedStep, type StepContext } from '@schakel/authz';
import { PersonenService, type Identiteit } from '@schakel/personen';
import type { Rectificatie, VerzoekView } from '../dto/rechten.dto.js';
import { alAfgerond, geenWijziging, persoonOnbekend, verkeerdeSoort } from '../rechten.fouten.js';
import { RechtenRepository } from '../rechten.repository.js';
import { afgerond, rectificatieView, verzoekStap, verzoekView } from './verzoek-stap.js';

/**
 * Rectification (AVG art. 16, 19): changes the person's identity through libs/personen, keeps
 * the fact (which fields, why, who, when; not the old values) and writes a notice per recipient
 * of the organisation's own disclosures about the person (the exchange register and the
 * deliveries), for the organisation to tell them.
 */
@Injectable()
export class Rectificeren {
  constructor(
    private readonly stap: GuardedStep,
    private readonly repo: RechtenRepository,
    private readonly personen: PersonenService,
  ) {}

  rectificeer(id: string, invoer: Rectificatie, ctx: StepContext): Promise<VerzoekView> {
    return this.stap.onRecord(
      ctx,
      verzoekStap(this.repo, {
        actie: 'rectificeren',
        action: 'update',
        id,
        write: true,
        check: (v) => {
          if (afgerond(v)) alAfgerond();
          if (v.soort !== 'rectificatie') verkeerdeSoort('rectificatie');
          if (!v.persoonId) persoonOnbekend();
        },
        run: async (m, v) => {
          const persoonId = v.persoonId ?? persoonOnbekend();
          const wijzigingen = Object.fromEntries(
            Object.entries(invoer.wijzigingen).filter(([, w]) => typeof w === 'string'),
          ) as Identiteit;
          const velden = Object.keys(wijzigingen);
          if (velden.length === 0) geenWijziging();
          await this.personen.wijzig(m, persoonId, wijzigingen);
          const org = ctx.actor.organisatie.code;
          const meldingen = await this.repo.ontvangersVanEigenVerstrekkingen(m, persoonId, org);
          const rectificatieId = randomUUID();
          const gemeld = await this.repo.rectificatie(
            m,
            {
              id: rectificatieId,
              verzoekId: v.id,
              persoonId,
              velden,
              reden: invoer.reden,
              door: ctx.actor.id,
              vanOrganisatie: org,
            },
            meldingen,
          );
          await this.repo.markeerInBehandeling(m, v.id);
          const rectificaties = await this.repo.rectificaties(m, v.id);
          return {
            result: Object.assign(
              verzoekView({
                ...v,
                status: v.status === 'ontvangen' ? 'in-behandeling' : v.status,
              }),
              {
                rectificaties: rectificaties.map(rectificatieView),
              },
            ),
            log: {},
            // One record for the rectification and one per notice to a recipient: each notice
            // is a disclosure of the fact (fields, never values) about the person.
            perObject: [
              {
                objectId: v.id,
                betrokkenen: [{ pseudoniem: v.betrokkene, categorieen: ['identificatie'] }],
                reden: `rectificatie:${rectificatieId}`,
                velden,
              },
              ...gemeld.map((x) => ({
                objectId: x.id,
                betrokkenen: [{ pseudoniem: v.betrokkene, categorieen: ['identificatie'] }],
                reden: `rectificatiemelding:${x.ontvanger}`,
                velden,
              })),
            ],
          };
        },
      }),
    );
  }
}
