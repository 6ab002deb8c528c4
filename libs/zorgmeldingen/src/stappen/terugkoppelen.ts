import { Injectable } from '@nestjs/common';
import { GuardedStep, refuse } from '@schakel/authz';
import type { ZorgmeldingVtView } from '../dto/zorgmelding.dto.js';
import { statusNaTerugkoppeling } from '../levenscyclus.js';
import { alTeruggekoppeld } from '../zorgmelding.fouten.js';
import { CATEGORIEEN_TERUGKOPPELING } from '../zorgmelding-betrokkenen.js';
import { ZorgmeldingInhoud } from '../zorgmelding-inhoud.js';
import { ZorgmeldingRepository } from '../zorgmelding.repository.js';
import { VtUitkomst } from './vt-uitkomst.js';
import { meldingStap, type StapContext } from './melding-stap.js';

/** Feedback to the police: status and outcome category, with an optional short message. */
@Injectable()
export class TerugkoppelenStap {
  constructor(
    private readonly stap: GuardedStep,
    private readonly repository: ZorgmeldingRepository,
    private readonly inhoud: ZorgmeldingInhoud,
    private readonly uitkomst: VtUitkomst,
  ) {}

  koppelTerug(
    id: string,
    bericht: string | undefined,
    ctx: StapContext,
  ): Promise<ZorgmeldingVtView> {
    return this.stap.onRecord(
      ctx,
      meldingStap(this.repository, {
        actie: 'terugkoppeling',
        action: 'terugkoppelen',
        id,
        write: true,
        overgang: 'terugkoppeling',
        run: async (m, melding) => {
          const rij = melding.rij;
          if (rij.terugkoppelingStatus === 'gegeven') {
            refuse('al-teruggekoppeld', alTeruggekoppeld());
          }
          const now = new Date();
          const sleutel = this.inhoud.sleutel(rij);
          const status = statusNaTerugkoppeling(rij.status);
          const wijziging = {
            terugkoppelingStatus: 'gegeven' as const,
            terugkoppelingCategorie: rij.uitkomst,
            terugkoppelingOp: now,
            terugkoppelingBericht:
              bericht === undefined
                ? null
                : this.inhoud.versleutel(sleutel, id, 'terugkoppeling-bericht', bericht),
            status,
            gewijzigdOp: now,
          };
          await this.uitkomst.schrijf(m, melding, ctx.actor, wijziging, {
            status,
            stap: 'terugkoppeling',
            tijd: now,
          });
          return this.uitkomst.van(m, ctx.ability, melding, CATEGORIEEN_TERUGKOPPELING);
        },
      }),
    );
  }
}
