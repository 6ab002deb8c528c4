import { Injectable } from '@nestjs/common';
import { GuardedStep } from '@schakel/authz';
import type {
  InboxFilter,
  InboxItem,
  ZorgmeldingPolitieView,
  ZorgmeldingSamenvatting,
  ZorgmeldingVtView,
} from '../dto/zorgmelding.dto.js';
import { CATEGORIEEN_INHOUD, ZorgmeldingBetrokkenen } from '../zorgmelding-betrokkenen.js';
import { ZorgmeldingInhoud } from '../zorgmelding-inhoud.js';
import { ZorgmeldingWeergave } from '../zorgmelding-weergave.js';
import { ZorgmeldingRepository, type EigenFilter } from '../zorgmelding.repository.js';
import { meldingStap, type StapContext } from './melding-stap.js';

/**
 * Reading: the police's own list and report, VT's inbox and report (with its timeline). Reads
 * take no row lock, so readers of one report never queue behind each other or a writer.
 */
@Injectable()
export class LezenStap {
  constructor(
    private readonly stap: GuardedStep,
    private readonly repository: ZorgmeldingRepository,
    private readonly betrokkenen: ZorgmeldingBetrokkenen,
    private readonly inhoud: ZorgmeldingInhoud,
    private readonly weergave: ZorgmeldingWeergave,
  ) {}

  /** The officer's own reports, filtered in SQL by the same rules; no content. */
  eigen(ctx: StapContext, filter: Partial<EigenFilter> = {}): Promise<ZorgmeldingSamenvatting[]> {
    return this.stap.overMany(ctx, {
      actie: 'read',
      type: 'Zorgmelding',
      run: async (m) => ({
        result: (await this.repository.eigen(m, ctx.ability, filter)).map((r) =>
          this.weergave.samenvatting(ctx.ability, r),
        ),
        log: {},
      }),
    });
  }

  /** One own report with content, timeline and feedback, as the police's rules cut it. */
  voorPolitie(id: string, ctx: StapContext): Promise<ZorgmeldingPolitieView> {
    return this.stap.onRecord(
      ctx,
      meldingStap(this.repository, {
        actie: 'read',
        action: 'read',
        id,
        write: false,
        alleenLezen: true,
        run: async (m, melding) => {
          const rij = melding.rij;
          const bundel = await this.betrokkenen.laad(m, melding);
          return {
            result: this.weergave.politie(ctx.ability, melding, bundel, this.inhoud.sleutel(rij)),
            log: {
              betrokkenen: this.betrokkenen.audit(bundel, melding, CATEGORIEEN_INHOUD),
              // The feedback is Veilig Thuis's: its FG sees that the police read it.
              verstrekker:
                rij.terugkoppelingStatus === 'gegeven'
                  ? (rij.vtOrganisatie ?? undefined)
                  : undefined,
            },
          };
        },
      }),
    );
  }

  /** The own VT's inbox, filtered in SQL, soonest deadline first. */
  inbox(filter: InboxFilter, ctx: StapContext, nu = new Date()): Promise<InboxItem[]> {
    return this.stap.overMany(ctx, {
      actie: 'read',
      type: 'Zorgmelding',
      run: async (m) => ({
        result: (await this.repository.inbox(m, ctx.ability, filter, nu)).map((r) =>
          this.weergave.inboxItem(ctx.ability, r, nu),
        ),
        log: {},
      }),
    });
  }

  /**
   * The full report for the receiving VT (or a coordinator for an exception), as VT's rules
   * cut it; a break-the-glass grant (`inzien`) opens it too.
   */
  voorVt(id: string, ctx: StapContext): Promise<ZorgmeldingVtView> {
    return this.stap.onRecord(
      ctx,
      meldingStap(this.repository, {
        actie: 'read',
        action: ['beoordelen', 'inzien'],
        id,
        write: false,
        alleenLezen: true,
        run: async (m, melding) => {
          const bundel = await this.betrokkenen.laad(m, melding);
          return {
            result: this.weergave.vt(
              ctx.ability,
              melding,
              bundel,
              this.inhoud.sleutel(melding.rij),
            ),
            log: {
              betrokkenen: this.betrokkenen.audit(bundel, melding, CATEGORIEEN_INHOUD),
              verstrekker: melding.rij.opstellerOrganisatie,
            },
          };
        },
      }),
    );
  }
}
