import { Injectable } from '@nestjs/common';
import { cutView, GuardedStep, refuse } from '@schakel/authz';
import { IdentityService, type Rol } from '@schakel/identity';
import type { EntityManager } from 'typeorm';
import type { Collega, ZorgmeldingVtView } from '../dto/zorgmelding.dto.js';
import { alToegewezen, geenCollega } from '../zorgmelding.fouten.js';
import { CATEGORIEEN_STAP } from '../zorgmelding-betrokkenen.js';
import { ZorgmeldingRepository } from '../zorgmelding.repository.js';
import { VtUitkomst } from './vt-uitkomst.js';
import { meldingStap, type StapContext } from './melding-stap.js';

/** Who may be assigned a report: the VT's own staff. */
const VT_ROLLEN: readonly Rol[] = ['vt-medewerker', 'vt-coordinator'];

/**
 * A VT coordinator assigns a report (again: reassigns) to a colleague of the same Veilig Thuis
 * with a VT role, chosen from the list of colleagues; anyone else is refused (422, logged).
 */
@Injectable()
export class ToewijzenStap {
  constructor(
    private readonly stap: GuardedStep,
    private readonly repository: ZorgmeldingRepository,
    private readonly uitkomst: VtUitkomst,
    private readonly identity: IdentityService,
  ) {}

  /** The coordinator's colleagues who may be assigned a report (id and name), by name. */
  collegas(ctx: StapContext): Promise<Collega[]> {
    const org = ctx.actor.organisatie.code;
    return this.stap.overMany(ctx, {
      actie: 'read',
      type: 'Collega',
      run: async (m) => ({
        result: (await this.kandidaten(m, org)).map(
          (c) =>
            cutView(
              ctx.ability,
              { type: 'Collega', subject: { organisatieCode: org } },
              c,
            ) as Collega,
        ),
        log: {},
      }),
    });
  }

  wijsToe(id: string, medewerker: string, ctx: StapContext): Promise<ZorgmeldingVtView> {
    return this.stap.onRecord(
      ctx,
      meldingStap(this.repository, {
        actie: 'toewijzing',
        action: 'toewijzen',
        id,
        write: true,
        overgang: 'toewijzing',
        run: async (m, melding) => {
          // The rule let the coordinator assign reports of its own VT only: its colleagues.
          const kandidaten = await this.kandidaten(m, ctx.actor.organisatie.code);
          if (!kandidaten.some((c) => c.id === medewerker))
            refuse('geen-vt-collega', geenCollega());
          const now = new Date();
          await this.uitkomst.schrijf(
            m,
            melding,
            ctx.actor,
            {
              status: 'toegewezen',
              toegewezenAan: medewerker,
              toegewezenOp: now,
              gewijzigdOp: now,
            },
            { status: 'toegewezen', stap: 'toewijzing', tijd: now },
          );
          return this.uitkomst.van(m, ctx.ability, melding, CATEGORIEEN_STAP);
        },
      }),
    );
  }

  /**
   * A VT worker takes a received report (assigns it to themself): decided by the rule that
   * lets them assess the reports of their own VT; a report assigned to someone else is 409.
   */
  oppakken(id: string, ctx: StapContext): Promise<ZorgmeldingVtView> {
    return this.stap.onRecord(
      ctx,
      meldingStap(this.repository, {
        actie: 'oppakken',
        action: 'beoordelen',
        id,
        write: true,
        overgang: 'toewijzing',
        run: async (m, melding) => {
          const wie = melding.rij.toegewezenAan;
          if (wie && wie !== ctx.actor.id) refuse('al-toegewezen', alToegewezen());
          if (!VT_ROLLEN.some((r) => ctx.actor.rollen.includes(r))) {
            refuse('geen-vt-collega', geenCollega());
          }
          if (wie !== ctx.actor.id) {
            const now = new Date();
            await this.uitkomst.schrijf(
              m,
              melding,
              ctx.actor,
              {
                status: 'toegewezen',
                toegewezenAan: ctx.actor.id,
                toegewezenOp: now,
                gewijzigdOp: now,
              },
              { status: 'toegewezen', stap: 'toewijzing', tijd: now },
            );
          }
          return this.uitkomst.van(m, ctx.ability, melding, CATEGORIEEN_STAP, 'zelf opgepakt');
        },
      }),
    );
  }

  private kandidaten(m: EntityManager, organisatieCode: string): Promise<Collega[]> {
    return this.identity.gebruikersMetRol(m, organisatieCode, VT_ROLLEN);
  }
}
