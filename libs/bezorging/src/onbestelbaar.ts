import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import { AuditService } from '@schakel/audit';
import {
  applyAccessFilter,
  BEZORGING_KOLOMMEN,
  type AppAbility,
  type StepContext,
} from '@schakel/authz';
import type { Actor } from '@schakel/identity';
import { DataSource } from 'typeorm';
import { Bezorging } from './bezorging.entity.js';
import { vergrendelOpId } from './bezorging.repository.js';
import { Uitgaand } from './uitgaand.js';

/**
 * The dead letters: the receiving organisation's coordinator lists the deliveries that were
 * still undeliverable after the last attempt, and retries one once the receiver is back.
 */
@Injectable()
export class Onbestelbaar {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly uitgaand: Uitgaand,
  ) {}

  /** Undeliverable deliveries the ability may see (filtered in SQL), oldest first; the read is logged. */
  async lijst(
    ability: AppAbility,
    actor: Actor,
    ctx: Pick<StepContext, 'regel' | 'doel' | 'trace'>,
  ): Promise<Bezorging[]> {
    return this.dataSource.transaction(async (m) => {
      const qb = m
        .getRepository(Bezorging)
        .createQueryBuilder('b')
        .where("b.status = 'onbestelbaar'");
      const rijen = await applyAccessFilter(
        qb,
        ability,
        'read',
        'OnbestelbareBezorging',
        BEZORGING_KOLOMMEN,
      )
        .orderBy('b.aangemaakt_op', 'ASC')
        .addOrderBy('b.id', 'ASC')
        .take(500)
        .getMany();
      await this.audit.record(m, {
        actor,
        actie: 'read',
        objectType: 'OnbestelbareBezorging',
        resultaat: 'toegestaan',
        regel: ctx.regel,
        doel: ctx.doel,
        velden: ['id', 'soort', 'objectId', 'ontvanger', 'pogingen', 'laatsteFout'],
        trace: ctx.trace,
      });
      return rijen;
    });
  }

  /**
   * A coordinator retries an undeliverable delivery: attempts start again from zero, with a job
   * in the same transaction. `niet-zichtbaar` (404) or `niet-onbestelbaar` (409) otherwise.
   */
  async opnieuw(
    id: string,
    ability: AppAbility,
    actor: Actor,
    ctx: Pick<StepContext, 'regel' | 'doel' | 'trace'>,
  ): Promise<Bezorging | 'niet-zichtbaar' | 'niet-onbestelbaar'> {
    return this.dataSource.transaction(async (m) => {
      const rij = await vergrendelOpId(m, id);
      const zichtbaar =
        rij !== null && ability.can('update', subject('OnbestelbareBezorging', rij));
      const uitkomst =
        !rij || !zichtbaar
          ? 'niet-zichtbaar'
          : rij.status !== 'onbestelbaar'
            ? 'niet-onbestelbaar'
            : rij;
      if (typeof uitkomst !== 'string') {
        const nu = new Date();
        await m.update(Bezorging, uitkomst.id, {
          status: 'wachtend',
          pogingen: 0,
          volgendePogingOp: nu,
          bijgewerktOp: nu,
        });
        Object.assign(uitkomst, { status: 'wachtend', pogingen: 0, volgendePogingOp: nu });
        await this.uitgaand.stuurTaak(m, { id: uitkomst.id, poging: 0 });
      }
      await this.audit.record(m, {
        actor,
        actie: 'opnieuw-bezorgen',
        objectType: 'OnbestelbareBezorging',
        objectId: rij ? rij.id : null,
        resultaat: typeof uitkomst === 'string' ? 'geweigerd' : 'toegestaan',
        reden: typeof uitkomst === 'string' ? uitkomst : null,
        regel: typeof uitkomst === 'string' ? null : ctx.regel,
        doel: ctx.doel,
        trace: ctx.trace,
      });
      return uitkomst;
    });
  }
}
