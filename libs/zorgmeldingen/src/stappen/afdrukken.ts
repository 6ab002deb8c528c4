import { Injectable } from '@nestjs/common';
import { GuardedStep } from '@schakel/authz';
import { IdentityService } from '@schakel/identity';
import { CATEGORIEEN_INHOUD, ZorgmeldingBetrokkenen } from '../zorgmelding-betrokkenen.js';
import { ZorgmeldingInhoud } from '../zorgmelding-inhoud.js';
import { zorgmeldingPdf, type AfdrukInhoud } from '../zorgmelding-pdf.js';
import { ZorgmeldingWeergave } from '../zorgmelding-weergave.js';
import { ZorgmeldingRepository } from '../zorgmelding.repository.js';
import { meldingStap, type StapContext } from './melding-stap.js';

/** Why a print is in the processing log: a disclosure of the report to a file outside Schakel. */
export const AFDRUK_REDEN = 'verstrekking: afdruk (pdf) voor het dossier';

/**
 * A zorgmelding as a PDF for the file: the police's print of their own report, VT's print of a
 * report routed to it. Decided like reading it (the same rules), built from the view those rules
 * cut, and logged as a disclosure (audit and processing log, with the persons it holds).
 */
@Injectable()
export class AfdrukkenStap {
  constructor(
    private readonly stap: GuardedStep,
    private readonly repository: ZorgmeldingRepository,
    private readonly betrokkenen: ZorgmeldingBetrokkenen,
    private readonly inhoud: ZorgmeldingInhoud,
    private readonly weergave: ZorgmeldingWeergave,
    private readonly identity: IdentityService,
  ) {}

  voorPolitie(id: string, ctx: StapContext): Promise<Buffer> {
    return this.afdruk(id, ctx, 'politie');
  }

  voorVt(id: string, ctx: StapContext): Promise<Buffer> {
    return this.afdruk(id, ctx, 'vt');
  }

  private async afdruk(id: string, ctx: StapContext, voor: 'politie' | 'vt'): Promise<Buffer> {
    const inhoud = await this.stap.onRecord(
      ctx,
      meldingStap(this.repository, {
        actie: 'afdrukken',
        action: voor === 'politie' ? 'read' : ['beoordelen', 'inzien'],
        id,
        write: false,
        run: async (m, melding) => {
          const bundel = await this.betrokkenen.laad(m, melding);
          const sleutel = this.inhoud.sleutel(melding.rij);
          const view =
            voor === 'politie'
              ? this.weergave.politie(ctx.ability, melding, bundel, sleutel)
              : this.weergave.vt(ctx.ability, melding, bundel, sleutel);
          let toegewezenAan: string | null = null;
          if ('toegewezenAan' in view && view.toegewezenAan) {
            const collegas = await this.identity.gebruikersMetRol(
              m,
              melding.rij.vtOrganisatie ?? '',
              ['vt-medewerker', 'vt-coordinator'],
            );
            toegewezenAan =
              collegas.find((c) => c.id === view.toegewezenAan)?.naam ?? 'Een collega';
          }
          const afdruk: AfdrukInhoud = {
            ...(view as unknown as Omit<AfdrukInhoud, 'voor'>),
            voor,
            toegewezenAan,
            afgedruktDoor: ctx.actor.naam ?? ctx.actor.id,
            afgedruktOp: new Date(),
          };
          return {
            result: afdruk,
            log: {
              reden: AFDRUK_REDEN,
              betrokkenen: this.betrokkenen.audit(bundel, melding, CATEGORIEEN_INHOUD),
              verstrekker: voor === 'vt' ? melding.rij.opstellerOrganisatie : undefined,
            },
          };
        },
      }),
    );
    return zorgmeldingPdf(inhoud);
  }
}
