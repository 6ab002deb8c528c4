import { Injectable } from '@nestjs/common';
import { GuardedStep, refuse } from '@schakel/authz';
import type { ZorgmeldingVtView } from '../dto/zorgmelding.dto.js';
import { magStap } from '../levenscyclus.js';
import { ongeldigeOvergang } from '../zorgmelding.fouten.js';
import { CATEGORIEEN_STAP, ZorgmeldingBetrokkenen } from '../zorgmelding-betrokkenen.js';
import { ZorgmeldingInhoud } from '../zorgmelding-inhoud.js';
import { ZorgmeldingWeergave } from '../zorgmelding-weergave.js';
import { ZorgmeldingRepository } from '../zorgmelding.repository.js';
import { meldingStap, type StapContext } from './melding-stap.js';

/** Veilig Thuis acknowledges receipt; acknowledging again changes nothing (and is logged). */
@Injectable()
export class OntvangenStap {
  constructor(
    private readonly stap: GuardedStep,
    private readonly repository: ZorgmeldingRepository,
    private readonly betrokkenen: ZorgmeldingBetrokkenen,
    private readonly inhoud: ZorgmeldingInhoud,
    private readonly weergave: ZorgmeldingWeergave,
  ) {}

  bevestig(id: string, ctx: StapContext): Promise<ZorgmeldingVtView> {
    return this.stap.onRecord(
      ctx,
      meldingStap(this.repository, {
        actie: 'ontvangst',
        action: 'beoordelen',
        id,
        write: true,
        run: async (m, melding) => {
          const rij = melding.rij;
          const herhaald = rij.ontvangstBevestigdOp !== null;
          if (!herhaald) {
            if (!magStap('ontvangst', rij.status)) {
              refuse('ongeldige-statusovergang', ongeldigeOvergang());
            }
            const now = new Date();
            const wijziging = {
              status: 'ontvangen' as const,
              ontvangstBevestigdOp: now,
              gewijzigdOp: now,
            };
            Object.assign(rij, wijziging);
            await this.repository.werkBij(m, id, wijziging);
            await this.repository.gebeurtenissen(m, melding, ctx.actor, [
              { status: 'ontvangen', stap: 'ontvangst', tijd: now },
            ]);
          }
          const bundel = await this.betrokkenen.laad(m, melding);
          return {
            result: this.weergave.vt(ctx.ability, melding, bundel, this.inhoud.sleutel(rij)),
            log: {
              reden: herhaald ? 'herhaald' : null,
              betrokkenen: this.betrokkenen.audit(bundel, melding, CATEGORIEEN_STAP),
              verstrekker: rij.opstellerOrganisatie,
            },
          };
        },
      }),
    );
  }
}
