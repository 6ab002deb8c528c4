import { Injectable } from '@nestjs/common';
import { GuardedStep, refuse } from '@schakel/authz';
import type { ZorgmeldingVtView } from '../dto/zorgmelding.dto.js';
import { statusNaTerugkoppeling } from '../levenscyclus.js';
import { alTeruggekoppeld } from '../zorgmelding.fouten.js';
import { CATEGORIEEN_TERUGKOPPELING, ZorgmeldingBetrokkenen } from '../zorgmelding-betrokkenen.js';
import { ZorgmeldingInhoud } from '../zorgmelding-inhoud.js';
import { ZorgmeldingWeergave } from '../zorgmelding-weergave.js';
import { ZorgmeldingRepository } from '../zorgmelding.repository.js';
import { meldingStap, type StapContext } from './melding-stap.js';

/** Feedback to the police: status and outcome category, with an optional short message. */
@Injectable()
export class TerugkoppelenStap {
  constructor(
    private readonly stap: GuardedStep,
    private readonly repository: ZorgmeldingRepository,
    private readonly betrokkenen: ZorgmeldingBetrokkenen,
    private readonly inhoud: ZorgmeldingInhoud,
    private readonly weergave: ZorgmeldingWeergave,
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
          Object.assign(rij, wijziging);
          await this.repository.werkBij(m, id, wijziging);
          await this.repository.gebeurtenissen(m, melding, ctx.actor, [
            { status, stap: 'terugkoppeling', tijd: now },
          ]);
          const bundel = await this.betrokkenen.laad(m, melding);
          return {
            result: this.weergave.vt(ctx.ability, melding, bundel, sleutel),
            log: {
              betrokkenen: this.betrokkenen.audit(bundel, melding, CATEGORIEEN_TERUGKOPPELING),
              verstrekker: rij.opstellerOrganisatie,
            },
          };
        },
      }),
    );
  }
}
