import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Betrokkene } from '@schakel/audit';
import { refuse } from '@schakel/authz';
import { PersonenService, verwerkingBeperkt } from '@schakel/personen';
import { QueueService } from '@schakel/platform';
import type { Db } from 'pg-boss';
import type { EntityManager } from 'typeorm';
import type { Bezorging } from './bezorging.entity.js';

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
  /**
   * The persons (PersonenService ids) the object is about: a new delivery is refused (422)
   * while one of them has a restriction or objection flag that does not allow `activiteit`.
   */
  personen?(manager: EntityManager, objectId: string): Promise<string[]>;
}

/** One delivery to plan: which object, for which receiving organisation. */
export interface BezorgOpdracht {
  /** Organisation code of the receiver (e.g. `vt-rotterdam-rijnmond`). */
  ontvanger: string;
  soort: string;
  objectId: string;
  /** Sent as `Idempotency-Key`; planning the same key twice is a no-op. Default: the delivery id. */
  idempotentieSleutel?: string;
  /**
   * The persons the object is about, when the caller has them at hand (saves the source's
   * query); otherwise the source's `personen` reads them.
   */
  personen?: readonly string[];
}

export const WACHTRIJ = 'bezorging';

/** The job of one attempt: the delivery and the attempt it is for (stale jobs do nothing). */
export interface Taak {
  id: string;
  poging: number;
}

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

/** The envelope a receiver gets, pushed or pulled. */
export function envelop(rij: Bezorging, weergave: Weergave): Record<string, unknown> {
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

/**
 * The outbox (transactional outbox, ADR 0015): contexts register what they deliver
 * (`registreerBron`) and `plan` writes the outbox row and its pg-boss job in the caller's
 * transaction, so both commit with the caller's data or not at all. The worker
 * (`Bezorger`) takes it from there.
 */
@Injectable()
export class Uitgaand {
  private readonly bronnen = new Map<string, BezorgBron>();

  constructor(
    private readonly queue: QueueService,
    private readonly personen: PersonenService,
  ) {}

  /** Registers the renderer (and inbox hook) of a kind of object; once per kind. */
  registreerBron(soort: string, bron: BezorgBron): void {
    if (this.bronnen.has(soort)) throw new Error(`Delivery source ${soort} is already registered`);
    this.bronnen.set(soort, bron);
  }

  /** The registered source of a kind of object, if any. */
  bron(soort: string): BezorgBron | undefined {
    return this.bronnen.get(soort);
  }

  /**
   * Plans a delivery in the caller's transaction: the outbox row and the job commit together
   * with the caller's data (or roll back with it). Returns the delivery id; an idempotency key
   * planned before returns that delivery's id and plans nothing new.
   */
  async plan(manager: EntityManager, opdracht: BezorgOpdracht): Promise<string> {
    const db = transactieDb(manager);
    const bron = this.bronnen.get(opdracht.soort);
    if (!bron) throw new Error(`No delivery source registered for ${opdracht.soort}`);
    // Restriction and objection (AVG art. 18, 21) stop new deliveries about the person (ADR 0028).
    if (opdracht.personen || bron.personen) {
      const ids = opdracht.personen ?? (await bron.personen?.(manager, opdracht.objectId)) ?? [];
      if (await this.personen.blokkerendeBeperking(manager, ids, bron.activiteit)) {
        refuse('verwerking-beperkt', verwerkingBeperkt());
      }
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

  /** Plans one more attempt (a retry, or a coordinator's restart) in the caller's transaction. */
  async stuurTaak(manager: EntityManager, taak: Taak, startAfter?: Date): Promise<void> {
    await this.queue.boss.send(WACHTRIJ, taak, {
      db: transactieDb(manager),
      ...(startAfter ? { startAfter } : {}),
    });
  }
}
