import { randomBytes, randomUUID } from 'node:crypto';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { subject } from '@casl/ability';
import { AuditService, type Betrokkene } from '@schakel/audit';
import { applyAccessFilter, BEZORGING_KOLOMMEN, type AppAbility, type Doel } from '@schakel/authz';
import type { Actor } from '@schakel/identity';
import { AppConfig, bezorgingEndpoints, QueueService } from '@schakel/platform';
import { PurposeService } from '@schakel/purpose';
import type { Db } from 'pg-boss';
import { DataSource, type EntityManager } from 'typeorm';
import { backoffMs } from './backoff.js';
import { Bezorging } from './bezorging.entity.js';
import { Ondertekening, HANDTEKENING_HEADER } from './ondertekening.js';

/** What a source makes of one of its objects when it is delivered or pulled. */
export interface Weergave {
  /** The content sent to the receiver (JSON). */
  payload: unknown;
  /** The persons the content is about, for the processing log. */
  betrokkenen: Betrokkene[];
  /** Organisation code of the provider of the data (e.g. `politie-rotterdam`). */
  verstrekker: string;
}

/** A kind of object that can be delivered (a context registers one per kind). */
export interface BezorgBron {
  /** The processing activity under which delivery discloses the data (e.g. `zorgmelding-indienen`). */
  activiteit: string;
  /** Renders the object, in the caller's transaction. */
  render(manager: EntityManager, objectId: string): Promise<Weergave>;
  /**
   * Internal delivery: the object arrives in the receiving organisation's inbox in Schakel.
   * Runs in the transaction that marks the delivery; it commits with it or not at all.
   */
  ontvangen?(manager: EntityManager, objectId: string, organisatie: string): Promise<void>;
}

/** One delivery to plan: which object, for which receiving organisation. */
export interface BezorgOpdracht {
  /** Organisation code of the receiver (e.g. `vt-rotterdam-rijnmond`). */
  ontvanger: string;
  soort: string;
  objectId: string;
  /** Sent as `Idempotency-Key`; planning the same key twice is a no-op. Default: the delivery id. */
  idempotentieSleutel?: string;
}

export const WACHTRIJ = 'bezorging';
/** Advisory lock that serialises the handing out of feed positions. */
const FEED_LOCK = 0x5bc0_0001;

interface Taak {
  id: string;
  poging: number;
}

interface Trace {
  traceId: string;
  spanId: string;
}

interface Context {
  regel?: string;
  doel?: Doel;
  trace: Trace;
}

/** The platform itself, as the actor of deliveries in the audit trail. */
export const BEZORGING_ACTOR: Actor = {
  soort: 'systeem',
  id: 'schakel-bezorging',
  organisatie: { code: 'schakel-beheer', naam: 'Schakel platformbeheer', type: 'platform' },
  rollen: ['systeem'],
  herkomst: { clientId: 'schakel-bezorging' },
};

const nieuweTrace = (): Trace => ({
  traceId: randomBytes(16).toString('hex'),
  spanId: randomBytes(8).toString('hex'),
});

/** pg-boss statements on the caller's transaction: the job commits with the data, or not at all. */
export function transactieDb(manager: EntityManager): Db {
  const runner = manager.queryRunner;
  if (!runner?.isTransactionActive) {
    throw new Error("Planning a delivery needs the caller's open transaction (its EntityManager)");
  }
  return {
    executeSql: async (text: string, values?: unknown[]) => {
      const result = await runner.query(text, values, true);
      return { rows: result.records };
    },
  };
}

/**
 * Reliable delivery (transactional outbox): `plan` writes the outbox row and its pg-boss job in
 * the caller's transaction; the worker delivers to the receiver's inbox in Schakel (the source's
 * `ontvangen` hook) and, where the receiver has an endpoint, pushes it signed, with an
 * idempotency key, exponential backoff with full jitter and a maximum of attempts, after which
 * the delivery is `onbestelbaar` until a coordinator retries it. System clients of the receiver
 * can also pull a feed and acknowledge.
 */
@Injectable()
export class BezorgingService implements OnApplicationBootstrap {
  private readonly logger = new Logger('BezorgingService');
  private readonly bronnen = new Map<string, BezorgBron>();
  private readonly endpoints: Map<string, URL>;

  constructor(
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly queue: QueueService,
    private readonly audit: AuditService,
    private readonly purpose: PurposeService,
    private readonly ondertekening: Ondertekening,
  ) {
    this.endpoints = bezorgingEndpoints(config);
  }

  /** Registers the renderer (and inbox hook) of a kind of object; once per kind. */
  registreerBron(soort: string, bron: BezorgBron): void {
    if (this.bronnen.has(soort)) throw new Error(`Delivery source ${soort} is already registered`);
    this.bronnen.set(soort, bron);
  }

  async onApplicationBootstrap(): Promise<void> {
    // Creating the queue here also warms pg-boss's queue cache, so `send` inside a caller's
    // transaction never needs a connection of the queue's own pool.
    await this.queue.boss.createQueue(WACHTRIJ, {
      retryLimit: 3,
      retryDelay: 30,
      retryBackoff: true,
      expireInSeconds: Math.ceil(this.config.BEZORGING_TIMEOUT_MS / 1000) + 120,
    });
    await this.queue.boss.work<Taak>(
      WACHTRIJ,
      {
        pollingIntervalSeconds: this.config.BEZORGING_POLL_MS / 1000,
        batchSize: 1,
        localConcurrency: 2,
      },
      async ([job]) => {
        if (job) await this.verwerk(job.data);
      },
    );
  }

  /**
   * Plans a delivery in the caller's transaction: the outbox row and the job commit together
   * with the caller's data (or roll back with it). Returns the delivery id; an idempotency key
   * planned before returns that delivery's id and plans nothing new.
   */
  async plan(manager: EntityManager, opdracht: BezorgOpdracht): Promise<string> {
    const db = transactieDb(manager);
    if (!this.bronnen.has(opdracht.soort)) {
      throw new Error(`No delivery source registered for ${opdracht.soort}`);
    }
    const id = randomUUID();
    const sleutel = opdracht.idempotentieSleutel ?? id;
    const inserted = await manager.query<{ id: string }[]>(
      `INSERT INTO bezorging (id, soort, object_id, ontvanger_code, idempotentie_sleutel)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (idempotentie_sleutel) DO NOTHING RETURNING id`,
      [id, opdracht.soort, opdracht.objectId, opdracht.ontvanger, sleutel],
    );
    if (inserted.length === 0) {
      const [bestaand] = await manager.query<{ id: string }[]>(
        'SELECT id FROM bezorging WHERE idempotentie_sleutel = $1',
        [sleutel],
      );
      return bestaand?.id ?? id;
    }
    await this.queue.boss.send(WACHTRIJ, { id, poging: 0 } satisfies Taak, { db });
    return id;
  }

  private async stuurTaak(manager: EntityManager, taak: Taak, startAfter?: Date): Promise<void> {
    await this.queue.boss.send(WACHTRIJ, taak, {
      db: transactieDb(manager),
      ...(startAfter ? { startAfter } : {}),
    });
  }

  /** One attempt for one delivery (the job handler). Stale or duplicate jobs do nothing. */
  async verwerk(taak: Taak): Promise<void> {
    const rij = await this.dataSource.getRepository(Bezorging).findOneBy({ id: taak.id });
    if (!rij || !this.geldig(rij, taak)) return;
    const bron = this.bronnen.get(rij.soort);
    const activiteit = bron ? await this.purpose.currentOf(bron.activiteit) : null;
    if (!bron || !activiteit) {
      await this.dataSource.transaction((m) =>
        this.afronden(m, taak, { fout: bron ? 'activiteit-onbekend' : 'bron-onbekend' }),
      );
      return;
    }
    const doel = { id: activiteit.id, versie: activiteit.versie };
    const endpoint = this.endpoints.get(rij.ontvangerCode);

    if (!rij.internBezorgdOp) {
      let gedaan: boolean;
      try {
        gedaan = await this.dataSource.transaction((m) =>
          this.bezorgIntern(m, taak, bron, doel, !endpoint),
        );
      } catch (err) {
        this.logger.warn(
          { bezorging: taak.id, fout: (err as Error).name },
          'Internal delivery failed',
        );
        await this.dataSource.transaction((m) =>
          this.afronden(m, taak, { fout: 'intern-mislukt' }),
        );
        return;
      }
      if (!gedaan || !endpoint) return;
    }
    if (!endpoint) {
      // Delivered internally before, and the endpoint has since been removed: done.
      await this.dataSource.transaction((m) => this.afronden(m, taak, { fout: null }));
      return;
    }

    let weergave: Weergave;
    try {
      weergave = await this.dataSource.transaction((m) => bron.render(m, rij.objectId));
    } catch (err) {
      this.logger.warn({ bezorging: taak.id, fout: (err as Error).name }, 'Rendering failed');
      await this.dataSource.transaction((m) => this.afronden(m, taak, { fout: 'bron-fout' }));
      return;
    }
    const start = new Date();
    const fout = await this.push(endpoint, rij, weergave);
    await this.dataSource.transaction((m) =>
      this.afronden(m, taak, {
        fout,
        extern: { weergave, doel, start },
      }),
    );
  }

  private geldig(rij: Bezorging, taak: Taak): boolean {
    return rij.status === 'wachtend' && rij.pogingen === taak.poging;
  }

  private async vergrendel(m: EntityManager, taak: Taak): Promise<Bezorging | null> {
    const rij = await vergrendelOpId(m, taak.id);
    return rij && this.geldig(rij, taak) ? rij : null;
  }

  /** Delivers into the receiver's Schakel inbox and gives the delivery its feed position. */
  private async bezorgIntern(
    m: EntityManager,
    taak: Taak,
    bron: BezorgBron,
    doel: Doel,
    klaar: boolean,
  ): Promise<boolean> {
    const rij = await this.vergrendel(m, taak);
    if (!rij || rij.internBezorgdOp) return false;
    const weergave = await bron.render(m, rij.objectId);
    await bron.ontvangen?.(m, rij.objectId, rij.ontvangerCode);
    // Positions are handed out one transaction at a time, so they commit in order.
    await m.query('SELECT pg_advisory_xact_lock($1)', [FEED_LOCK]);
    const [volgende] = await m.query<{ n: string }[]>(
      'SELECT COALESCE(MAX(feed_positie), 0) + 1 AS n FROM bezorging',
    );
    const nu = new Date();
    await m.update(Bezorging, rij.id, {
      internBezorgdOp: nu,
      feedPositie: volgende?.n ?? '1',
      bijgewerktOp: nu,
      ...(klaar ? { status: 'bezorgd' as const, volgendePogingOp: null, laatsteFout: null } : {}),
    });
    await this.audit.record(m, {
      actor: BEZORGING_ACTOR,
      actie: 'bezorgen-intern',
      objectType: 'Bezorging',
      objectId: rij.id,
      resultaat: 'toegestaan',
      regel: 'platform:bezorging',
      doel,
      trace: nieuweTrace(),
      betrokkenen: weergave.betrokkenen,
      verstrekker: weergave.verstrekker,
    });
    return true;
  }

  /**
   * Records the outcome of an attempt on the locked row: delivered, or the next attempt planned
   * with backoff (its job in the same transaction), or `onbestelbaar` after the last attempt.
   * A push is logged in both logs, whatever its outcome.
   */
  private async afronden(
    m: EntityManager,
    taak: Taak,
    uitkomst: {
      fout: string | null;
      extern?: { weergave: Weergave; doel: Doel; start: Date };
    },
  ): Promise<void> {
    const rij = await this.vergrendel(m, taak);
    if (!rij) return;
    const nu = new Date();
    const pogingen = rij.pogingen + 1;
    if (uitkomst.fout === null) {
      await m.update(Bezorging, rij.id, {
        status: 'bezorgd',
        pogingen,
        externBezorgdOp: uitkomst.extern ? nu : rij.externBezorgdOp,
        volgendePogingOp: null,
        laatsteFout: null,
        bijgewerktOp: nu,
      });
    } else if (pogingen >= this.config.BEZORGING_MAX_POGINGEN) {
      await m.update(Bezorging, rij.id, {
        status: 'onbestelbaar',
        pogingen,
        volgendePogingOp: null,
        laatsteFout: uitkomst.fout,
        bijgewerktOp: nu,
      });
      this.logger.warn(
        { bezorging: rij.id, ontvanger: rij.ontvangerCode, fout: uitkomst.fout, pogingen },
        'Delivery undeliverable after the last attempt',
      );
    } else {
      const wacht = backoffMs(pogingen, {
        basisMs: this.config.BEZORGING_BACKOFF_BASIS_MS,
        maxMs: this.config.BEZORGING_BACKOFF_MAX_MS,
      });
      const volgende = new Date(nu.getTime() + wacht);
      await m.update(Bezorging, rij.id, {
        pogingen,
        volgendePogingOp: volgende,
        laatsteFout: uitkomst.fout,
        bijgewerktOp: nu,
      });
      await this.stuurTaak(m, { id: rij.id, poging: pogingen }, volgende);
      this.logger.log(
        { bezorging: rij.id, fout: uitkomst.fout, pogingen, wachtMs: wacht },
        'Delivery attempt failed; retry planned',
      );
    }
    if (uitkomst.extern) {
      await this.audit.record(m, {
        actor: BEZORGING_ACTOR,
        actie: 'bezorgen-extern',
        objectType: 'Bezorging',
        objectId: rij.id,
        resultaat: 'toegestaan',
        regel: 'platform:bezorging',
        doel: uitkomst.extern.doel,
        trace: nieuweTrace(),
        betrokkenen: uitkomst.extern.weergave.betrokkenen,
        verstrekker: uitkomst.extern.weergave.verstrekker,
        status: uitkomst.fout === null ? 'geslaagd' : 'mislukt',
        reden: uitkomst.fout,
        startTijd: uitkomst.extern.start,
      });
    }
  }

  /** The envelope a receiver gets, pushed or pulled. */
  envelop(rij: Bezorging, weergave: Weergave): Record<string, unknown> {
    return {
      id: rij.id,
      soort: rij.soort,
      objectId: rij.objectId,
      verstrekker: weergave.verstrekker,
      ontvanger: rij.ontvangerCode,
      aangemaaktOp: rij.aangemaaktOp.toISOString(),
      gegevens: weergave.payload,
    };
  }

  /** POSTs the signed envelope; null on a 2xx, else a failure code without personal data. */
  private async push(endpoint: URL, rij: Bezorging, weergave: Weergave): Promise<string | null> {
    const body = new TextEncoder().encode(JSON.stringify(this.envelop(rij, weergave)));
    const handtekening = await this.ondertekening.onderteken(body, {
      idempotentieSleutel: rij.idempotentieSleutel,
      ontvanger: rij.ontvangerCode,
    });
    try {
      const res = await fetch(endpoint, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'idempotency-key': rij.idempotentieSleutel,
          [HANDTEKENING_HEADER]: handtekening,
        },
        body,
        redirect: 'error',
        signal: AbortSignal.timeout(this.config.BEZORGING_TIMEOUT_MS),
      });
      await res.body?.cancel();
      return res.ok ? null : `http-${String(res.status)}`;
    } catch (err) {
      const name = (err as Error).name;
      return name === 'TimeoutError' || name === 'AbortError' ? 'time-out' : 'verbinding-mislukt';
    }
  }

  // ---- The API: pull feed, acknowledgement, dead letters ----

  /**
   * The receiver's feed: delivered items after the cursor, in feed order, rendered, filtered in
   * SQL by the ability; every item read is logged (both logs) in the same transaction.
   */
  async feed(
    ability: AppAbility,
    actor: Actor,
    na: string | undefined,
    limiet: number,
    ctx: Context,
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
        const bron = this.bronnen.get(rij.soort);
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
          ...this.envelop(rij, weergave),
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
    ctx: Context,
  ): Promise<Bezorging | null> {
    return this.dataSource.transaction(async (m) => {
      const rij = await vergrendelOpId(m, id);
      // Only a delivery that reached the inbox (it has a feed position) can be acknowledged.
      const zichtbaar = !!rij?.feedPositie && ability.can('update', subject('Bezorging', rij));
      const bron = rij && zichtbaar ? this.bronnen.get(rij.soort) : undefined;
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

  /** Undeliverable deliveries the ability may see (filtered in SQL), oldest first; the read is logged. */
  async onbestelbaar(ability: AppAbility, actor: Actor, ctx: Context): Promise<Bezorging[]> {
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
    ctx: Context,
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
        await this.stuurTaak(m, { id: uitkomst.id, poging: 0 });
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

/** One delivery by id, locked for the caller's transaction; null for an unknown or malformed id. */
function vergrendelOpId(m: EntityManager, id: string): Promise<Bezorging | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return Promise.resolve(null);
  return m
    .getRepository(Bezorging)
    .createQueryBuilder('b')
    .setLock('pessimistic_write')
    .where('b.id = :id', { id })
    .getOne();
}
