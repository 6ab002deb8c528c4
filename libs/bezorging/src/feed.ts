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
import { envelop, Uitgaand } from './uitgaand.js';

/**
 * The pull feed for the receiver's system clients: what reached the organisation's inbox in
 * Schakel, in feed order after a cursor, rendered and logged per item; and the acknowledgement
 * of receipt.
 */
@Injectable()
export class BezorgFeed {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly uitgaand: Uitgaand,
  ) {}

  /**
   * The receiver's feed: delivered items after the cursor, in feed order, rendered, filtered in
   * SQL by the ability; every item read is logged (both logs) in the same transaction.
   */
  async lees(
    ability: AppAbility,
    actor: Actor,
    na: string | undefined,
    limiet: number,
    ctx: Pick<StepContext, 'regel' | 'doel' | 'trace'>,
  ): Promise<{ items: Record<string, unknown>[]; volgende: string | null }> {
    return this.dataSource.transaction(async (m) => {
      let qb = m
        .getRepository(Bezorging)
        .createQueryBuilder('b')
        .where('b.feed_positie IS NOT NULL');
      if (na !== undefined) qb = qb.andWhere('b.feed_positie > :na', { na });
      const rijen = await applyAccessFilter(qb, ability, 'read', 'Bezorging', BEZORGING_KOLOMMEN)
        .orderBy('b.feed_positie', 'ASC')
        .take(limiet)
        .getMany();
      const items: Record<string, unknown>[] = [];
      for (const rij of rijen) {
        const bron = this.uitgaand.bron(rij.soort);
        if (!bron) throw new Error(`No delivery source registered for ${rij.soort}`);
        const weergave = await bron.render(m, rij.objectId);
        await this.audit.record(m, {
          actor,
          actie: 'read',
          objectType: 'Bezorging',
          objectId: rij.id,
          resultaat: 'toegestaan',
          regel: ctx.regel,
          doel: ctx.doel,
          trace: ctx.trace,
          betrokkenen: weergave.betrokkenen,
          verstrekker: weergave.verstrekker,
        });
        items.push({
          ...envelop(rij, weergave),
          bezorgdOp: rij.internBezorgdOp?.toISOString() ?? null,
          bevestigdOp: rij.bevestigdOp?.toISOString() ?? null,
          positie: rij.feedPositie,
        });
      }
      if (rijen.length === 0) {
        await this.audit.record(m, {
          actor,
          actie: 'read',
          objectType: 'Bezorging',
          resultaat: 'toegestaan',
          regel: ctx.regel,
          doel: ctx.doel,
          trace: ctx.trace,
        });
      }
      const laatste = rijen[rijen.length - 1];
      return { items, volgende: laatste?.feedPositie ?? na ?? null };
    });
  }

  /** Acknowledges receipt (idempotent); null when the delivery is not the actor's to see. */
  async bevestig(
    id: string,
    ability: AppAbility,
    actor: Actor,
    ctx: Pick<StepContext, 'regel' | 'doel' | 'trace'>,
  ): Promise<Bezorging | null> {
    return this.dataSource.transaction(async (m) => {
      const rij = await vergrendelOpId(m, id);
      // Only a delivery that reached the inbox (it has a feed position) can be acknowledged.
      const zichtbaar = !!rij?.feedPositie && ability.can('update', subject('Bezorging', rij));
      const bron = rij && zichtbaar ? this.uitgaand.bron(rij.soort) : undefined;
      const weergave = rij && bron ? await bron.render(m, rij.objectId) : undefined;
      if (rij && zichtbaar && !rij.bevestigdOp) {
        rij.bevestigdOp = new Date();
        await m.update(Bezorging, rij.id, { bevestigdOp: rij.bevestigdOp });
      }
      await this.audit.record(m, {
        actor,
        actie: 'ontvangst-bevestigen',
        objectType: 'Bezorging',
        objectId: rij ? rij.id : null,
        resultaat: zichtbaar ? 'toegestaan' : 'geweigerd',
        reden: zichtbaar ? null : 'niet-zichtbaar',
        regel: zichtbaar ? ctx.regel : null,
        doel: ctx.doel,
        trace: ctx.trace,
        betrokkenen: weergave?.betrokkenen ?? [],
        verstrekker: weergave?.verstrekker,
      });
      return zichtbaar ? rij : null;
    });
  }
}
