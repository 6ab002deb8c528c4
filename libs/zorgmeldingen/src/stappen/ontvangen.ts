import { Injectable } from '@nestjs/common';
import { GuardedStep, refuse } from '@schakel/authz';
import type { ZorgmeldingVtView } from '../dto/zorgmelding.dto.js';
import { magStap } from '../levenscyclus.js';
import { ongeldigeOvergang } from '../zorgmelding.fouten.js';
import { CATEGORIEEN_STAP } from '../zorgmelding-betrokkenen.js';
import { ZorgmeldingRepository } from '../zorgmelding.repository.js';
import { VtUitkomst } from './vt-uitkomst.js';
import { meldingStap, type StapContext } from './melding-stap.js';

/** Veilig Thuis acknowledges receipt; acknowledging again changes nothing (and is logged). */
@Injectable()
export class OntvangenStap {
  constructor(
    private readonly stap: GuardedStep,
    private readonly repository: ZorgmeldingRepository,
    private readonly uitkomst: VtUitkomst,
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
            await this.uitkomst.schrijf(
              m,
              melding,
              ctx.actor,
              { status: 'ontvangen', ontvangstBevestigdOp: now, gewijzigdOp: now },
              { status: 'ontvangen', stap: 'ontvangst', tijd: now },
            );
          }
          return this.uitkomst.van(
            m,
            ctx.ability,
            melding,
            CATEGORIEEN_STAP,
            herhaald ? 'herhaald' : null,
          );
        },
      }),
    );
  }
}
