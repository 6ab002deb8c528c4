import { subject as asSubject } from '@casl/ability';
import { Injectable } from '@nestjs/common';
import { cutView, GuardedStep, type StepContext } from '@schakel/authz';
import type { EntityManager } from 'typeorm';
import { VernietigingslijstEntity, VernietigingslijstItemEntity } from '../bewaring.entity.js';
import { BewaringRepository } from '../bewaring.repository.js';
import type { LijstView } from '../dto/bewaring.dto.js';
import { Klok } from '../klok.js';
import { Vernietiger } from '../vernietiging.js';
import { BewaringWeergave, lijstSubject } from '../weergave.js';

/** Loads a list (a row lock for writes) for the guarded step. */
export function laadLijst(
  m: EntityManager,
  id: string,
  lock: boolean,
): Promise<VernietigingslijstEntity | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return Promise.resolve(null);
  return m.getRepository(VernietigingslijstEntity).findOne({
    where: { id },
    ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
  });
}

export const itemsVan = (m: EntityManager, lijstId: string) =>
  m
    .getRepository(VernietigingslijstItemEntity)
    .find({ where: { lijstId }, order: { bewaarTot: 'ASC', referentie: 'ASC' } });

/**
 * The destruction lists the actor may see (FG: their organisation's, and those waiting for a
 * second person; a VT coordinator: their requests), one list in full, and an FG's request to
 * propose a list for their organisation now (the daily job does the same every night).
 */
@Injectable()
export class LijstenLezen {
  constructor(
    private readonly stap: GuardedStep,
    private readonly weergave: BewaringWeergave,
    private readonly vernietiger: Vernietiger,
    private readonly repo: BewaringRepository,
    private readonly klok: Klok,
  ) {}

  async lijsten(ctx: StepContext): Promise<LijstView[]> {
    return this.stap.overMany(ctx, {
      actie: 'read',
      type: 'Vernietigingslijst',
      run: async (m) => {
        const alle = await m
          .getRepository(VernietigingslijstEntity)
          .find({ order: { voorgesteldOp: 'DESC', nummer: 'DESC' }, take: 500 });
        const zichtbaar = alle.filter((l) =>
          ctx.ability.can('read', asSubject('Vernietigingslijst', lijstSubject(l)) as never),
        );
        const views: LijstView[] = [];
        for (const l of zichtbaar) {
          const view = this.weergave.lijst(l, await itemsVan(m, l.id), ctx.ability, ctx.actor);
          views.push(
            cutView(
              ctx.ability,
              { type: 'Vernietigingslijst', subject: lijstSubject(l) },
              view,
            ) as LijstView,
          );
        }
        return { result: views, log: {} };
      },
    });
  }

  async lijst(id: string, ctx: StepContext): Promise<LijstView> {
    return this.stap.onRecord(ctx, {
      actie: 'read',
      action: 'read',
      type: 'Vernietigingslijst',
      id,
      write: false,
      load: laadLijst,
      subject: lijstSubject,
      run: async (m, l) => {
        const view = this.weergave.lijst(
          l,
          await itemsVan(m, l.id),
          ctx.ability,
          ctx.actor,
          await this.weergave.activiteitNamen(m),
        );
        return {
          result: cutView(
            ctx.ability,
            { type: 'Vernietigingslijst', subject: lijstSubject(l) },
            view,
          ) as LijstView,
          log: {},
        };
      },
    });
  }

  /** Proposes a list of what passed its term for the actor's organisation; null when nothing. */
  async voorstellen(ctx: StepContext): Promise<LijstView | null> {
    const organisatie = ctx.actor.organisatie.code;
    const peildatum = this.klok.vandaag();
    return this.stap.create(ctx, {
      actie: 'voorstellen',
      type: 'Vernietigingslijst',
      candidate: { organisatie },
      run: async (m) => {
        const termijnen = await this.repo.termijnen(m, peildatum);
        const items = await this.repo.voorbijTermijn(
          m,
          termijnen,
          peildatum,
          peildatum,
          organisatie,
        );
        if (items.length === 0) return { result: null, log: {} };
        const lijst = await this.vernietiger.lijstVoor(
          m,
          organisatie,
          items,
          peildatum,
          this.klok.nu(),
          ctx.actor.id,
        );
        const view = this.weergave.lijst(
          lijst,
          await itemsVan(m, lijst.id),
          ctx.ability,
          ctx.actor,
          await this.weergave.activiteitNamen(m),
        );
        return { result: view, log: { objectId: lijst.id } };
      },
    });
  }
}
