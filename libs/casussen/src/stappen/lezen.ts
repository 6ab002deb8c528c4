import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Action, StepContext } from '@schakel/authz';
import { IdentityService } from '@schakel/identity';
import { PurposeService } from '@schakel/purpose';
import { zichtbareCategorieen } from '../casus-onderwerp.js';
import type {
  Casusreferentie,
  CasusSamenvatting,
  CasusView,
  PersoonCasus,
} from '../dto/casus.dto.js';
import {
  CATEGORIEEN,
  LEVENSDOMEINEN,
  REDENEN_NIET_INFORMEREN,
  STATUS_NAMEN,
  THEMAS,
} from '../referentie.js';
import { CasusStap } from './casus-stap.js';

/**
 * Reading casussen: one casus, the lists (filtered in SQL by the rules), the ZVH's triage
 * queue and a person's timeline by BSN. Reads take no row locks; every answer is cut by the
 * rules.
 */
@Injectable()
export class CasusLezen {
  constructor(private readonly stap: CasusStap) {}

  /** One casus as the actor may see it; logged with the persons' categories it sees. */
  async lees(id: string, ctx: StepContext): Promise<CasusView> {
    const register = await this.stap.registerVoorWeergave();
    return this.stap.opCasus(ctx, {
      actie: 'read',
      action: 'read',
      id,
      write: false,
      run: (m, d) =>
        this.stap.uitkomst(m, ctx, d, register, {
          categorieen: zichtbareCategorieen(ctx.ability, d),
        }),
    });
  }

  /** The cases the actor may see under the request's activity; no names. */
  lijst(ctx: StepContext, status?: string): Promise<CasusSamenvatting[]> {
    return this.lijstVoor(ctx, 'read', status);
  }

  /** The ZVH's triage queue: escalated cases awaiting a decision, oldest first. */
  triagelijst(ctx: StepContext): Promise<CasusSamenvatting[]> {
    return this.lijstVoor(ctx, 'triageren', 'in-triage');
  }

  private lijstVoor(
    ctx: StepContext,
    action: Action,
    status: string | undefined,
  ): Promise<CasusSamenvatting[]> {
    return this.stap.guarded.overMany(ctx, {
      actie: 'read',
      type: 'Casus',
      run: async (m) => {
        const rijen = await this.stap.repo.lijst(
          m,
          ctx.ability,
          action,
          ctx.actor.organisatie.code,
          {
            status,
            volgorde: action === 'triageren' ? 'opgeschaald' : 'gewijzigd',
          },
        );
        return { result: this.stap.weergave.samenvattingen(rijen, ctx.ability), log: {} };
      },
    });
  }

  /**
   * A person's cases and the exchanges about them, as far as the actor may see them: a casus
   * counts only if the actor's view of it includes identificatie. Logged with the person's
   * pseudonym, also when nothing is found.
   *
   * The same statements run whether or not the BSN is known (an unknown BSN is looked up as a
   * person id that exists nowhere), so the time of the answer does not tell a caller that a
   * person they may not see is in a report or a case. The log names the person by the BSN
   * asked for: the same pseudonym as their record's, without decrypting it.
   */
  async tijdlijn(bsn: string, ctx: StepContext): Promise<PersoonCasus[]> {
    const register = await this.stap.registerVoorWeergave();
    return this.stap.guarded.overMany(ctx, {
      actie: 'zoeken',
      type: 'Casus',
      run: async (m) => {
        const gevonden = await this.stap.personen.zoekOpBsn(m, bsn);
        const persoonId = gevonden ?? randomUUID();
        const dossiers = (await this.stap.repo.vanPersoon(m, ctx.ability, persoonId)).filter((d) =>
          zichtbareCategorieen(ctx.ability, d).includes('identificatie'),
        );
        const personen = await this.stap.personen.laad(m, [persoonId]);
        const kijker = {
          ability: ctx.ability,
          organisatie: ctx.actor.organisatie.code,
          personen,
          register,
        };
        return {
          result: dossiers.map((d) => this.stap.weergave.persoonCasus(d, persoonId, kijker)),
          log: {
            reden: `gevonden:${String(dossiers.length)}`,
            betrokkenen: [{ identificatie: bsn, categorieen: ['identificatie'] }],
          },
        };
      },
    });
  }
}

/** The reference lists of casussen: themes with activity and retention, no personal data. */
@Injectable()
export class CasusReferentie {
  constructor(
    private readonly purpose: PurposeService,
    private readonly identity: IdentityService,
  ) {}

  async referentie(): Promise<Casusreferentie> {
    const activiteiten = new Map((await this.purpose.current()).map((a) => [a.id, a]));
    return {
      themas: THEMAS.map((t) => {
        const a = activiteiten.get(t.activiteit);
        return {
          id: t.id,
          naam: t.naam,
          activiteit: { id: t.activiteit, naam: a?.naam ?? t.activiteit, grondslag: a?.grondslag },
          bewaartermijn: a?.bewaartermijn ?? 'P5Y',
        };
      }),
      levensdomeinen: Object.entries(LEVENSDOMEINEN).map(([code, naam]) => ({ code, naam })),
      categorieen: Object.entries(CATEGORIEEN).map(([code, c]) => ({
        code,
        naam: c.naam,
        avgArtikel: c.avgArtikel,
      })),
      statussen: Object.entries(STATUS_NAMEN).map(([code, naam]) => ({ code, naam })),
      redenenNietInformeren: Object.entries(REDENEN_NIET_INFORMEREN).map(([code, naam]) => ({
        code,
        naam,
      })),
      organisaties: this.identity
        .listOrganisaties()
        .filter((o) => o.type !== 'platform')
        .map((o) => ({ code: o.code, naam: o.naam, type: o.type })),
    };
  }
}
