import { Injectable } from '@nestjs/common';
import {
  applyAccessFilter,
  BEZORGING_KOLOMMEN,
  GuardedStep,
  refuse,
  type StepContext,
  type StepLog,
} from '@schakel/authz';
import { notFound } from '@schakel/platform';
import { Bezorging } from './bezorging.entity.js';
import { bezorgingOnderwerp, vergrendelOpId } from './bezorging.repository.js';
import { envelop, Uitgaand } from './uitgaand.js';

/**
 * The pull feed for the receiver's system clients: what reached the organisation's inbox in
 * Schakel, in feed order after a cursor, rendered and logged per item; and the acknowledgement
 * of receipt. Both through the one guarded step.
 */
@Injectable()
export class BezorgFeed {
  constructor(
    private readonly stap: GuardedStep,
    private readonly uitgaand: Uitgaand,
  ) {}

  /**
   * The receiver's feed: delivered items after the cursor, in feed order, rendered, filtered in
   * SQL by the ability; every item read gets its own audit record (both logs), an empty page
   * one record, in the same transaction.
   */
  lees(
    na: string | undefined,
    limiet: number,
    ctx: StepContext,
  ): Promise<{ items: Record<string, unknown>[]; volgende: string | null }> {
    return this.stap.overMany(ctx, {
      actie: 'read',
      type: 'Bezorging',
      run: async (m) => {
        let qb = m
          .getRepository(Bezorging)
          .createQueryBuilder('b')
          .where('b.feed_positie IS NOT NULL');
        if (na !== undefined) qb = qb.andWhere('b.feed_positie > :na', { na });
        const rijen = await applyAccessFilter(
          qb,
          ctx.ability,
          'read',
          'Bezorging',
          BEZORGING_KOLOMMEN,
        )
          .orderBy('b.feed_positie', 'ASC')
          .take(limiet)
          .getMany();
        const items: Record<string, unknown>[] = [];
        const perObject: StepLog[] = [];
        for (const rij of rijen) {
          const bron = this.uitgaand.bron(rij.soort);
          if (!bron) throw new Error(`No delivery source registered for ${rij.soort}`);
          const weergave = await bron.render(m, rij.objectId);
          perObject.push({
            objectId: rij.id,
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
        const laatste = rijen[rijen.length - 1];
        return {
          result: { items, volgende: laatste?.feedPositie ?? na ?? null },
          log: {},
          perObject,
        };
      },
    });
  }

  /**
   * Acknowledges receipt (idempotent: the first moment stays); 404 when the delivery is not the
   * actor's to see or has not reached the inbox.
   */
  bevestig(id: string, ctx: StepContext): Promise<{ id: string; bevestigdOp: string }> {
    return this.stap.onRecord(ctx, {
      actie: 'ontvangst-bevestigen',
      action: 'update',
      type: 'Bezorging',
      id,
      write: true,
      load: (m, bezorgingId) => vergrendelOpId(m, bezorgingId),
      subject: bezorgingOnderwerp,
      // Only a delivery that reached the inbox (it has a feed position) can be acknowledged.
      check: (rij) => {
        if (!rij.feedPositie) refuse('niet-zichtbaar', notFound());
      },
      run: async (m, rij) => {
        const bron = this.uitgaand.bron(rij.soort);
        const weergave = bron ? await bron.render(m, rij.objectId) : undefined;
        const bevestigdOp = rij.bevestigdOp ?? new Date();
        if (!rij.bevestigdOp) await m.update(Bezorging, rij.id, { bevestigdOp });
        return {
          result: { id: rij.id, bevestigdOp: bevestigdOp.toISOString() },
          log: { betrokkenen: weergave?.betrokkenen ?? [], verstrekker: weergave?.verstrekker },
        };
      },
    });
  }
}
