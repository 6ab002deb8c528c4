import { Injectable } from '@nestjs/common';
import {
  applyAccessFilter,
  BEZORGING_KOLOMMEN,
  GuardedStep,
  refuse,
  type StepContext,
} from '@schakel/authz';
import { ProblemException } from '@schakel/platform';
import { Bezorging } from './bezorging.entity.js';
import { bezorgingOnderwerp, vergrendelOpId } from './bezorging.repository.js';
import type { OnbestelbareBezorging } from './dto/bezorging.dto.js';
import { Uitgaand } from './uitgaand.js';

/** The fields of the coordinator's list (references and error codes, never content). */
const VELDEN = ['id', 'soort', 'objectId', 'ontvanger', 'pogingen', 'laatsteFout'];

const weergave = (b: Bezorging): OnbestelbareBezorging => ({
  id: b.id,
  soort: b.soort,
  objectId: b.objectId,
  ontvanger: b.ontvangerCode,
  status: b.status,
  pogingen: b.pogingen,
  laatsteFout: b.laatsteFout,
  aangemaaktOp: b.aangemaaktOp.toISOString(),
  bijgewerktOp: b.bijgewerktOp.toISOString(),
});

/**
 * The dead letters: the receiving organisation's coordinator lists the deliveries that were
 * still undeliverable after the last attempt, and retries one once the receiver is back. Both
 * through the one guarded step.
 */
@Injectable()
export class Onbestelbaar {
  constructor(
    private readonly stap: GuardedStep,
    private readonly uitgaand: Uitgaand,
  ) {}

  /** Undeliverable deliveries the ability may see (filtered in SQL), oldest first (at most 500). */
  lijst(ctx: StepContext): Promise<OnbestelbareBezorging[]> {
    return this.stap.overMany(ctx, {
      actie: 'read',
      type: 'OnbestelbareBezorging',
      run: async (m) => {
        const qb = m
          .getRepository(Bezorging)
          .createQueryBuilder('b')
          .where("b.status = 'onbestelbaar'");
        const rijen = await applyAccessFilter(
          qb,
          ctx.ability,
          'read',
          'OnbestelbareBezorging',
          BEZORGING_KOLOMMEN,
        )
          .orderBy('b.aangemaakt_op', 'ASC')
          .addOrderBy('b.id', 'ASC')
          .take(500)
          .getMany();
        return { result: rijen.map(weergave), log: { velden: VELDEN } };
      },
    });
  }

  /**
   * A coordinator retries an undeliverable delivery: attempts start again from zero, with a job
   * in the same transaction. 404 `niet-zichtbaar` or 409 `niet-onbestelbaar` otherwise (logged).
   */
  opnieuw(id: string, ctx: StepContext): Promise<OnbestelbareBezorging> {
    return this.stap.onRecord(ctx, {
      actie: 'opnieuw-bezorgen',
      action: 'update',
      type: 'OnbestelbareBezorging',
      id,
      write: true,
      load: (m, bezorgingId) => vergrendelOpId(m, bezorgingId),
      subject: bezorgingOnderwerp,
      check: (rij) => {
        if (rij.status !== 'onbestelbaar') {
          refuse(
            'niet-onbestelbaar',
            new ProblemException(
              409,
              'niet-onbestelbaar',
              'Niet onbestelbaar',
              'Deze bezorging is niet onbestelbaar; alleen een onbestelbare bezorging kan opnieuw.',
            ),
          );
        }
      },
      run: async (m, rij) => {
        const nu = new Date();
        await m.update(Bezorging, rij.id, {
          status: 'wachtend',
          pogingen: 0,
          volgendePogingOp: nu,
          bijgewerktOp: nu,
        });
        Object.assign(rij, { status: 'wachtend', pogingen: 0, volgendePogingOp: nu });
        await this.uitgaand.stuurTaak(m, { id: rij.id, poging: 0 });
        return { result: weergave(rij), log: {} };
      },
    });
  }
}
