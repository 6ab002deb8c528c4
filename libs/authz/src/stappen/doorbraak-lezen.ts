import { Injectable } from '@nestjs/common';
import { ProblemException } from '@schakel/platform';
import type { EntityManager } from 'typeorm';
import { Doorbraak } from '../doorbraak.entity.js';
import { DOORBRAAK_VELDEN, doorbraakOnderwerp, DoorbraakService } from '../doorbraak.service.js';
import type { DoorbraakView } from '../dto/doorbraak.dto.js';
import { applyAccessFilter } from '../sql/casl-to-sql.js';
import { DOORBRAAK_KOLOMMEN } from '../sql/kolommen.js';
import { GuardedStep, refuse, type StepContext } from '../step/guarded-step.js';

/**
 * Reading grants: the holder's own, the FG's of the own organisation and of data it provided
 * (filtered in SQL by the same rules as `can()`), one grant (404 when it may not be seen), and
 * the FG's review queue. Every read is logged with the fields returned.
 */
@Injectable()
export class DoorbraakLezen {
  constructor(
    private readonly stap: GuardedStep,
    private readonly doorbraken: DoorbraakService,
  ) {}

  /** The grants this ability may read, newest first (at most 200). */
  lijst(ctx: StepContext): Promise<DoorbraakView[]> {
    return this.stap.overMany(ctx, {
      actie: 'read',
      type: 'Doorbraak',
      run: async (m) => ({
        result: await this.zichtbaar(m, ctx, 'DESC', false),
        log: { velden: DOORBRAAK_VELDEN },
      }),
    });
  }

  /** One grant the ability may read; one that does not exist or may not be seen is 404. */
  een(id: string, ctx: StepContext): Promise<DoorbraakView> {
    return this.stap.onRecord(ctx, {
      actie: 'read',
      action: 'read',
      type: 'Doorbraak',
      id,
      write: false,
      load: (m, grantId) => this.doorbraken.laad(m, grantId),
      subject: doorbraakOnderwerp,
      run: async (m, d) => ({
        result: await this.doorbraken.weergaveVan(m, d),
        log: { velden: DOORBRAAK_VELDEN },
      }),
    });
  }

  /**
   * The FG's review queue: grants of the FG's organisation (as the ability filters them) that
   * have no verdict yet, oldest first; anyone else is refused (403 `alleen-fg`, logged).
   */
  teBeoordelen(ctx: StepContext): Promise<DoorbraakView[]> {
    return this.stap.overMany(ctx, {
      actie: 'read',
      type: 'Doorbraak',
      run: async (m) => {
        if (!ctx.actor.rollen.includes('fg')) {
          refuse(
            'alleen-fg',
            new ProblemException(
              403,
              'geen-toegang',
              'Geen toegang',
              'Alleen de FG beoordeelt doorbraken.',
            ),
          );
        }
        return {
          result: await this.zichtbaar(m, ctx, 'ASC', true),
          log: { velden: DOORBRAAK_VELDEN },
        };
      },
    });
  }

  /** A list filtered in SQL by the ability (at most 200). */
  private async zichtbaar(
    m: EntityManager,
    ctx: StepContext,
    order: 'ASC' | 'DESC',
    onlyUnreviewed: boolean,
  ): Promise<DoorbraakView[]> {
    let qb = m.getRepository(Doorbraak).createQueryBuilder('d');
    if (onlyUnreviewed) {
      qb = qb.where(
        'NOT EXISTS (SELECT 1 FROM doorbraak_beoordeling b WHERE b.doorbraak_id = d.id)',
      );
    }
    const rows = await applyAccessFilter(qb, ctx.ability, 'read', 'Doorbraak', DOORBRAAK_KOLOMMEN)
      .orderBy('d.aangemaakt_op', order)
      .take(200)
      .getMany();
    return this.doorbraken.weergaven(m, rows);
  }
}
