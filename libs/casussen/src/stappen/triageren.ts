import { Injectable } from '@nestjs/common';
import { cutView, type StepContext } from '@schakel/authz';
import { IdentityService, type Rol } from '@schakel/identity';
import { onbekendeProcesregisseur } from '../casus.fouten.js';
import type { CasusEntity } from '../casus.entity.js';
import type { CasusView, ProcesregisseurView, Triage } from '../dto/casus.dto.js';
import { CATEGORIE_CODES, SCOPE_SLEUTELPARTNER } from '../referentie.js';
import { CasusStap } from './casus-stap.js';

const PROCESREGISSEUR: Rol = 'zvh-procesregisseur';

/**
 * The ZVH's triage: accept (naming a procesregisseur; the ZVH and the sleutelpartner take
 * part from then on) or decline with a reason. Also the list of procesregisseurs to name.
 */
@Injectable()
export class CasusTriageren {
  constructor(
    private readonly stap: CasusStap,
    private readonly identity: IdentityService,
  ) {}

  async trieer(id: string, invoer: Triage, ctx: StepContext): Promise<CasusView> {
    const register = await this.stap.register();
    return this.stap.opCasus(ctx, {
      actie: 'triageren',
      action: 'triageren',
      id,
      write: true,
      overgang: 'triageren',
      run: async (m, d) => {
        const now = new Date();
        const org = ctx.actor.organisatie.code;
        const wijziging: Partial<CasusEntity> = { triageOp: now, gewijzigdOp: now };
        if (invoer.besluit === 'accepteren') {
          const regisseurId = invoer.procesregisseurId ?? ctx.actor.id;
          // The acting procesregisseur names themself; anyone else must be a known colleague.
          const regisseur =
            regisseurId === ctx.actor.id
              ? { organisatieCode: org, rollen: ctx.actor.rollen as string[] }
              : await this.stap.repo.gebruiker(m, regisseurId);
          if (regisseur?.organisatieCode !== org || !regisseur.rollen.includes(PROCESREGISSEUR)) {
            onbekendeProcesregisseur();
          }
          // The ZVH (every category) and the sleutelpartner take part from acceptance on.
          const deelnemers = [...d.casus.deelnemers];
          for (const [organisatie, scope] of [
            [org, CATEGORIE_CODES],
            [d.casus.sleutelpartner, SCOPE_SLEUTELPARTNER],
          ] as const) {
            if (deelnemers.includes(organisatie)) continue;
            await this.stap.repo.voegDeelnemerToe(m, d, organisatie, scope, ctx.actor.id, now);
            deelnemers.push(organisatie);
          }
          Object.assign(wijziging, {
            procesregisseurId: regisseurId,
            triageBesluit: 'geaccepteerd',
            status: 'geaccepteerd',
            deelnemers,
            organisaties: [...new Set([...d.casus.organisaties, ...deelnemers])],
          } satisfies Partial<CasusEntity>);
        } else {
          Object.assign(wijziging, {
            triageBesluit: 'afgewezen',
            status: 'afgewezen',
            bewaarTot: this.stap.bewaarTot(d.casus, register, now),
          } satisfies Partial<CasusEntity>);
        }
        wijziging.triageReden = invoer.reden
          ? this.stap.versleutel(this.stap.sleutel(d.casus), d.id, 'triage-reden', invoer.reden)
          : null;
        await this.stap.repo.bewaar(m, d, wijziging);
        const stap = invoer.besluit === 'accepteren' ? 'accepteren' : 'afwijzen';
        await this.stap.repo.gebeurtenis(m, d, stap, ctx.actor, now);
        return this.stap.uitkomst(m, ctx, d, register, {
          categorieen: ['identificatie'],
          reden: invoer.besluit,
        });
      },
    });
  }

  /** The procesregisseurs of the actor's own ZVH (as of their last login), to name one. */
  procesregisseurs(ctx: StepContext): Promise<ProcesregisseurView[]> {
    const org = ctx.actor.organisatie.code;
    return this.stap.guarded.overMany(ctx, {
      actie: 'read',
      type: 'Collega',
      run: async (m) => ({
        result: (await this.identity.gebruikersMetRol(m, org, [PROCESREGISSEUR])).map(
          (g) =>
            cutView(
              ctx.ability,
              { type: 'Collega', subject: { organisatieCode: org } },
              g,
            ) as ProcesregisseurView,
        ),
        log: { reden: 'procesregisseurs' },
      }),
    });
  }
}
