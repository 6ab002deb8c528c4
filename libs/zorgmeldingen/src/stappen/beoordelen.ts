import { Injectable } from '@nestjs/common';
import { GuardedStep, refuse } from '@schakel/authz';
import type { Beoordeling, ZorgmeldingVtView } from '../dto/zorgmelding.dto.js';
import { statusNaBeoordeling } from '../levenscyclus.js';
import { amsterdamDatum, termijnOnderzoek } from '../termijnen.js';
import { beoordelingsdatumOngeldig } from '../zorgmelding.fouten.js';
import { CATEGORIEEN_STAP } from '../zorgmelding-betrokkenen.js';
import { ZorgmeldingInhoud } from '../zorgmelding-inhoud.js';
import { ZorgmeldingRepository } from '../zorgmelding.repository.js';
import { VtUitkomst } from './vt-uitkomst.js';
import { meldingStap, type StapContext } from './melding-stap.js';

/** Veilig Thuis records the veiligheidsbeoordeling: outcome, date and an internal note. */
@Injectable()
export class BeoordelenStap {
  constructor(
    private readonly stap: GuardedStep,
    private readonly repository: ZorgmeldingRepository,
    private readonly inhoud: ZorgmeldingInhoud,
    private readonly uitkomst: VtUitkomst,
  ) {}

  beoordeel(id: string, invoer: Beoordeling, ctx: StapContext): Promise<ZorgmeldingVtView> {
    const vandaag = amsterdamDatum(new Date()).datum;
    if (invoer.datum > vandaag) throw beoordelingsdatumOngeldig('toekomst');
    return this.stap.onRecord(
      ctx,
      meldingStap(this.repository, {
        actie: 'beoordeling',
        action: 'beoordelen',
        id,
        write: true,
        overgang: 'beoordeling',
        run: async (m, melding) => {
          const rij = melding.rij;
          const ontvangen = rij.ontvangenOp ? amsterdamDatum(rij.ontvangenOp).datum : vandaag;
          if (invoer.datum < ontvangen) {
            refuse('ongeldige-datum', beoordelingsdatumOngeldig('voor-ontvangst'));
          }
          const now = new Date();
          const sleutel = this.inhoud.sleutel(rij);
          const status = statusNaBeoordeling(invoer.uitkomst);
          const wijziging = {
            uitkomst: invoer.uitkomst,
            uitkomstDatum: invoer.datum,
            beoordeeldDoor: ctx.actor.id,
            status,
            onderzoekUiterlijk:
              invoer.uitkomst === 'vt-onderzoekt'
                ? termijnOnderzoek(new Date(`${invoer.datum}T12:00:00Z`)).uiterlijk
                : null,
            ...(invoer.notitie === undefined
              ? {}
              : { vtNotitie: this.inhoud.versleutel(sleutel, id, 'vt-notitie', invoer.notitie) }),
            gewijzigdOp: now,
          };
          await this.uitkomst.schrijf(m, melding, ctx.actor, wijziging, {
            status,
            stap: 'beoordeling',
            tijd: now,
          });
          return this.uitkomst.van(m, ctx.ability, melding, CATEGORIEEN_STAP);
        },
      }),
    );
  }
}
