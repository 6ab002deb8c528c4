import { Injectable } from '@nestjs/common';
import type { StepContext } from '@schakel/authz';
import { IdentityService } from '@schakel/identity';
import { alDeelnemer, geenDeelnemer, onbekendeOrganisatie, regieBlijft } from '../casus.fouten.js';
import type { Casusdossier } from '../casus.repository.js';
import type { CasusView, Deelname } from '../dto/casus.dto.js';
import { CasusStap } from './casus-stap.js';

/**
 * The ZVH directs who takes part: invite an organisation with its need-to-know scope (the
 * first invitation activates the casus), change a scope (from now on; earlier exchanges stay
 * as registered), end a participation (access ends in the same transaction).
 */
@Injectable()
export class CasusDeelnemen {
  constructor(
    private readonly stap: CasusStap,
    private readonly identity: IdentityService,
  ) {}

  async nodigUit(id: string, invoer: Deelname, ctx: StepContext): Promise<CasusView> {
    const register = await this.stap.registerVoorWeergave();
    return this.stap.opCasus(ctx, {
      actie: 'uitnodigen',
      action: 'regisseren',
      id,
      write: true,
      overgang: 'uitnodigen',
      run: async (m, d) => {
        const bekend = this.identity
          .listOrganisaties()
          .some((o) => o.code === invoer.organisatie && o.type !== 'platform');
        if (!bekend) onbekendeOrganisatie();
        if (d.casus.deelnemers.includes(invoer.organisatie)) alDeelnemer();
        const now = new Date();
        await this.stap.repo.voegDeelnemerToe(
          m,
          d,
          invoer.organisatie,
          invoer.categorieen,
          ctx.actor.id,
          now,
        );
        const activeren = d.casus.status === 'geaccepteerd';
        await this.stap.repo.bewaar(m, d, {
          deelnemers: [...d.casus.deelnemers, invoer.organisatie],
          organisaties: [...new Set([...d.casus.organisaties, invoer.organisatie])],
          gewijzigdOp: now,
          ...(activeren ? { status: 'actief' as const } : {}),
        });
        if (activeren) await this.stap.repo.gebeurtenis(m, d, 'activeren', ctx.actor, now);
        return this.stap.uitkomst(m, ctx, d, register, {
          categorieen: ['identificatie'],
          reden: invoer.organisatie,
        });
      },
    });
  }

  async wijzigScope(
    id: string,
    organisatie: string,
    categorieen: string[],
    ctx: StepContext,
  ): Promise<CasusView> {
    const register = await this.stap.registerVoorWeergave();
    return this.stap.opCasus(ctx, {
      actie: 'scope-wijzigen',
      action: 'regisseren',
      id,
      write: true,
      overgang: 'deelname',
      run: async (m, d) => {
        const deelnemer = actieveDeelnemer(d, organisatie) ?? geenDeelnemer();
        await this.stap.repo.wijzigScope(m, deelnemer, categorieen);
        const now = new Date();
        await this.stap.repo.bewaar(m, d, { gewijzigdOp: now });
        await this.stap.repo.gebeurtenis(m, d, 'scope-wijzigen', ctx.actor, now);
        return this.stap.uitkomst(m, ctx, d, register, {
          categorieen: ['identificatie'],
          reden: organisatie,
        });
      },
    });
  }

  async beeindig(id: string, organisatie: string, ctx: StepContext): Promise<CasusView> {
    const register = await this.stap.registerVoorWeergave();
    return this.stap.opCasus(ctx, {
      actie: 'deelname-beeindigen',
      action: 'regisseren',
      id,
      write: true,
      overgang: 'deelname',
      run: async (m, d) => {
        if (organisatie === d.casus.regieOrganisatie) regieBlijft();
        if (!actieveDeelnemer(d, organisatie)) geenDeelnemer();
        const now = new Date();
        await this.stap.repo.beeindigDeelname(m, d, now, organisatie);
        await this.stap.repo.bewaar(m, d, {
          deelnemers: d.casus.deelnemers.filter((o) => o !== organisatie),
          gewijzigdOp: now,
        });
        await this.stap.repo.gebeurtenis(m, d, 'deelname-beeindigen', ctx.actor, now);
        return this.stap.uitkomst(m, ctx, d, register, {
          categorieen: ['identificatie'],
          reden: organisatie,
        });
      },
    });
  }
}

function actieveDeelnemer(d: Casusdossier, organisatie: string) {
  return d.deelnemers.find((x) => x.organisatie === organisatie && !x.beeindigdOp);
}
