import { randomUUID } from 'node:crypto';
import { subject as asSubject } from '@casl/ability';
import { Injectable } from '@nestjs/common';
import { GuardedStep, refuse, type StepContext } from '@schakel/authz';
import { notFound } from '@schakel/platform';
import type { EntityManager } from 'typeorm';
import { BewaarBlokkadeEntity } from '../bewaring.entity.js';
import { ongeldigeBlokkade } from '../bewaring.fouten.js';
import { BewaringRepository } from '../bewaring.repository.js';
import type { BlokkadeView, NieuweBlokkade } from '../dto/bewaring.dto.js';
import { Klok } from '../klok.js';
import { BewaringWeergave } from '../weergave.js';

const blokkadeSubject = (b: BewaarBlokkadeEntity) => ({ organisatie: b.organisatie });

/** The reference of a record a hold names: a casus number, or the zorgmelding's id. */
async function referentie(m: EntityManager, b: BewaarBlokkadeEntity): Promise<string> {
  if (b.objectSoort === 'zorgmelding') return b.objectId;
  const [c] = await m.query<{ nummer: string }[]>('SELECT nummer FROM casus WHERE id = $1', [
    b.objectId,
  ]);
  const [i] = c
    ? [c]
    : await m.query<{ nummer: string }[]>(
        "SELECT referentie AS nummer FROM vernietigingslijst_item WHERE object_soort = 'casus' AND object_id = $1 LIMIT 1",
        [b.objectId],
      );
  return i?.nummer ?? b.objectId;
}

/**
 * Legal holds and extensions (ADR 0027): the owning organisation's FG sets one on a record
 * (a hold with its reason; an extension with why and until when), lists them, and lifts one.
 * While one stands the record is not proposed, and an approved list leaves it out.
 */
@Injectable()
export class Blokkeren {
  constructor(
    private readonly stap: GuardedStep,
    private readonly repo: BewaringRepository,
    private readonly weergave: BewaringWeergave,
    private readonly klok: Klok,
  ) {}

  async zet(body: NieuweBlokkade, ctx: StepContext): Promise<BlokkadeView> {
    const vandaag = this.klok.vandaag();
    if ((body.soort === 'verlenging') !== (body.tot !== undefined)) {
      return this.weiger(ctx);
    }
    if (body.tot !== undefined && body.tot < vandaag) return this.weiger(ctx);
    return this.stap.create(ctx, {
      actie: 'blokkeren',
      type: 'BewaarBlokkade',
      candidate: async (m) => {
        const organisatie = await this.repo.eigenaar(m, body.objectSoort, body.objectId);
        if (!organisatie) refuse('niet-zichtbaar', notFound());
        return { organisatie };
      },
      refusal: { reden: 'niet-zichtbaar', fout: notFound() },
      run: async (m) => {
        const organisatie = (await this.repo.eigenaar(m, body.objectSoort, body.objectId)) ?? '';
        const b = m.getRepository(BewaarBlokkadeEntity).create({
          id: randomUUID(),
          soort: body.soort,
          objectSoort: body.objectSoort,
          objectId: body.objectId,
          organisatie,
          reden: body.reden,
          tot: body.tot ?? null,
          gezetDoor: ctx.actor.id,
          gezetDoorNaam: ctx.actor.naam ?? ctx.actor.id,
          gezetOp: this.klok.nu(),
          opgehevenDoor: null,
          opgehevenOp: null,
        });
        await m.insert(BewaarBlokkadeEntity, b);
        return {
          result: this.weergave.blokkade(b, await referentie(m, b), vandaag),
          log: { objectId: body.objectId, reden: body.soort },
        };
      },
    });
  }

  /** The holds and extensions of the actor's organisation, standing ones first. */
  async lijst(ctx: StepContext): Promise<BlokkadeView[]> {
    const vandaag = this.klok.vandaag();
    return this.stap.overMany(ctx, {
      actie: 'read',
      type: 'BewaarBlokkade',
      run: async (m) => {
        const alle = await m
          .getRepository(BewaarBlokkadeEntity)
          .find({ order: { gezetOp: 'DESC' }, take: 1000 });
        const views: BlokkadeView[] = [];
        for (const b of alle) {
          if (!ctx.ability.can('read', asSubject('BewaarBlokkade', blokkadeSubject(b)))) continue;
          views.push(this.weergave.blokkade(b, await referentie(m, b), vandaag));
        }
        views.sort((a, b) => Number(b.actief) - Number(a.actief));
        return { result: views, log: {} };
      },
    });
  }

  async hefOp(id: string, ctx: StepContext): Promise<BlokkadeView> {
    const vandaag = this.klok.vandaag();
    return this.stap.onRecord(ctx, {
      actie: 'opheffen',
      action: 'update',
      type: 'BewaarBlokkade',
      id,
      write: true,
      load: (m, i, lock) =>
        /^[0-9a-f-]{36}$/i.test(i)
          ? m.getRepository(BewaarBlokkadeEntity).findOne({
              where: { id: i },
              ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
            })
          : Promise.resolve(null),
      subject: blokkadeSubject,
      run: async (m, b) => {
        if (!b.opgehevenOp) {
          b.opgehevenDoor = ctx.actor.id;
          b.opgehevenOp = this.klok.nu();
          await m.save(b);
        }
        return {
          result: this.weergave.blokkade(b, await referentie(m, b), vandaag),
          log: { objectId: b.objectId, reden: b.soort },
        };
      },
    });
  }

  /** 422 for an extension without a future last day or a hold with one (logged). */
  private weiger(ctx: StepContext): Promise<never> {
    return this.stap.create(ctx, {
      actie: 'blokkeren',
      type: 'BewaarBlokkade',
      candidate: { organisatie: ctx.actor.organisatie.code },
      run: () => ongeldigeBlokkade(),
    });
  }
}
