import { Injectable } from '@nestjs/common';
import { GuardedStep, WERK_LIJST_MAX, type StepContext, type Werkonderdeel } from '@schakel/authz';
import type { RectificatiemeldingView } from '../dto/rechten.dto.js';
import { alBevestigd } from '../rechten.fouten.js';
import { RechtenRepository, type MeldingVoorOntvanger } from '../rechten.repository.js';
import { VELDNAMEN } from './inzage.js';
import { organisatieNaam } from './verzoek-stap.js';

const DATUM = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/Amsterdam',
});

/** How many notices the recipient's list shows (the newest; unacknowledged first). */
const LIJST_MAX = 200;

const view = (x: MeldingVoorOntvanger): RectificatiemeldingView => ({
  id: x.id,
  van: organisatieNaam(x.vanOrganisatie),
  bron: x.bron,
  referentie: x.referentie,
  velden: x.velden.map((v) => VELDNAMEN[v] ?? v),
  status: x.status,
  gemeldOp: new Date(x.gemeldOp).toISOString(),
  bevestigdOp: x.bevestigdOp ? new Date(x.bevestigdOp).toISOString() : null,
  bevestigdDoorNaam: x.bevestigdDoorNaam,
});

/**
 * Rectification reaches the recipients (AVG art. 19, ADR 0035): the notices to the actor's
 * organisation under the activity it received the data for (the rules filter in SQL), and the
 * acknowledgement, each a guarded step in both logs. A notice names the kinds of data corrected
 * and the disclosure; the corrected values are read, if at all, through the recipient's own
 * screens under its own rules.
 */
@Injectable()
export class Rectificatiemeldingen {
  constructor(
    private readonly stap: GuardedStep,
    private readonly repo: RechtenRepository,
  ) {}

  lijst(ctx: StepContext): Promise<RectificatiemeldingView[]> {
    return this.stap.overMany(ctx, {
      actie: 'read',
      type: 'Rectificatiemelding',
      run: async (m) => {
        const { rijen } = await this.repo.meldingenVoor(m, ctx.ability, LIJST_MAX, false);
        return { result: rijen.map(view), log: {} };
      },
    });
  }

  /**
   * The pile of "mijn werk": unacknowledged notices under this activity (none: no pile), read
   * and audited as the list is (its own record type, so its own audit record).
   */
  async stapel(ctx: StepContext): Promise<Werkonderdeel[]> {
    const activiteit = ctx.doel?.id ?? '';
    return this.stap.overMany(ctx, {
      actie: 'read',
      type: 'Rectificatiemelding',
      run: async (m) => {
        const { aantal, rijen } = await this.repo.meldingenVoor(
          m,
          ctx.ability,
          WERK_LIJST_MAX,
          true,
        );
        const onderdelen: Werkonderdeel[] =
          aantal === 0
            ? []
            : [
                {
                  soort: `rectificaties-${activiteit}`,
                  titel: 'Rectificaties om te verwerken',
                  activiteit,
                  aantal,
                  items: rijen.map((x) => ({
                    id: x.id,
                    titel: `Rectificatie in ${x.referentie} door ${organisatieNaam(x.vanOrganisatie)}`,
                    toelichting: `${x.velden.map((v) => VELDNAMEN[v] ?? v).join(', ')}; gemeld op ${DATUM.format(new Date(x.gemeldOp))}`,
                    link: `/rectificaties/${activiteit}#melding-${x.id}`,
                  })),
                  lijst: `/rectificaties/${activiteit}`,
                },
              ];
        return { result: onderdelen, log: {} };
      },
    });
  }

  bevestig(id: string, ctx: StepContext): Promise<RectificatiemeldingView> {
    return this.stap.onRecord(ctx, {
      actie: 'bevestigen',
      action: 'bevestigen',
      type: 'Rectificatiemelding',
      id,
      write: true,
      load: (m, mid, lock) => this.repo.laadMelding(m, mid, lock),
      subject: (x) => ({ id: x.id, ontvangerCode: x.ontvangerCode, bron: x.bron }),
      check: (x) => {
        if (x.status === 'bevestigd') alBevestigd();
      },
      run: async (m, x) => {
        await this.repo.bevestigMelding(m, x.id, {
          id: ctx.actor.id,
          naam: ctx.actor.naam ?? ctx.actor.id,
        });
        const na = await this.repo.laadMelding(m, x.id, false);
        return {
          result: view(na ?? x),
          log: {
            betrokkenen: [{ pseudoniem: x.betrokkene, categorieen: ['identificatie'] }],
            verstrekker: x.vanOrganisatie,
            reden: 'rectificatie-verwerkt',
            velden: x.velden,
          },
        };
      },
    });
  }
}
