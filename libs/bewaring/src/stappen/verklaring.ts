import { Injectable } from '@nestjs/common';
import { GuardedStep, type StepContext } from '@schakel/authz';
import { nogNietVernietigd } from '../bewaring.fouten.js';
import { verklaringPdf } from '../verklaring.js';
import { BewaringWeergave, lijstSubject } from '../weergave.js';
import { itemsVan, laadLijst } from './lijsten.js';

/** The certificate of destruction of a destroyed list, as a PDF (409 before destruction). */
@Injectable()
export class VerklaringMaken {
  constructor(
    private readonly stap: GuardedStep,
    private readonly weergave: BewaringWeergave,
  ) {}

  async pdf(id: string, ctx: StepContext): Promise<{ nummer: string; pdf: Buffer }> {
    return this.stap.onRecord(ctx, {
      actie: 'verklaring',
      action: 'read',
      type: 'Vernietigingslijst',
      id,
      write: false,
      load: laadLijst,
      subject: lijstSubject,
      check: (l) => {
        if (l.status !== 'vernietigd') nogNietVernietigd();
      },
      run: async (m, l) => {
        const view = this.weergave.lijst(
          l,
          await itemsVan(m, l.id),
          ctx.ability,
          ctx.actor,
          await this.weergave.activiteitNamen(m),
        );
        return { result: { nummer: l.nummer, pdf: await verklaringPdf(view) }, log: {} };
      },
    });
  }
}
