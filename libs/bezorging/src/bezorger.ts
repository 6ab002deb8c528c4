import { randomBytes } from 'node:crypto';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { AuditService } from '@schakel/audit';
import type { Doel } from '@schakel/authz';
import type { Actor } from '@schakel/identity';
import { AppConfig, bezorgingEndpoints, QueueService } from '@schakel/platform';
import { PurposeService } from '@schakel/purpose';
import { DataSource, type EntityManager } from 'typeorm';
import { backoffMs } from './backoff.js';
import { Bezorging } from './bezorging.entity.js';
import { vergrendelOpId } from './bezorging.repository.js';
import { Ondertekening, HANDTEKENING_HEADER } from './ondertekening.js';
import {
  envelop,
  Uitgaand,
  WACHTRIJ,
  type BezorgBron,
  type Taak,
  type Weergave,
} from './uitgaand.js';

interface Trace {
  traceId: string;
  spanId: string;
}

/** The platform itself, as the actor of deliveries in the audit trail. */
export const BEZORGING_ACTOR: Actor = {
  soort: 'systeem',
  id: 'schakel-bezorging',
  organisatie: { code: 'schakel-beheer', naam: 'Schakel platformbeheer', type: 'platform' },
  rollen: ['systeem'],
  herkomst: { clientId: 'schakel-bezorging' },
};

/** Advisory lock that serialises the handing out of feed positions. */
const FEED_LOCK = 0x5bc0_0001;

const nieuweTrace = (): Trace => ({
  traceId: randomBytes(16).toString('hex'),
  spanId: randomBytes(8).toString('hex'),
});

/**
 * The worker: one attempt per job. It delivers to the receiver's inbox in Schakel (the source's
 * `ontvangen` hook, which hands out the feed position) and, where the receiver has an endpoint,
 * pushes the envelope signed, with an idempotency key, exponential backoff with full jitter and
 * a maximum of attempts, after which the delivery is `onbestelbaar` (a dead letter) until a
 * coordinator retries it.
 */
@Injectable()
export class Bezorger implements OnApplicationBootstrap {
  private readonly logger = new Logger('Bezorger');
  private readonly endpoints: Map<string, URL>;

  constructor(
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly queue: QueueService,
    private readonly audit: AuditService,
    private readonly purpose: PurposeService,
    private readonly ondertekening: Ondertekening,
    private readonly uitgaand: Uitgaand,
  ) {
    this.endpoints = bezorgingEndpoints(config);
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

  /** One attempt for one delivery (the job handler). Stale or duplicate jobs do nothing. */
  async verwerk(taak: Taak): Promise<void> {
    const rij = await this.dataSource.getRepository(Bezorging).findOneBy({ id: taak.id });
    if (!rij || !this.geldig(rij, taak)) return;
    const bron = this.uitgaand.bron(rij.soort);
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
    // The push is an action of its own trace; the receiver gets it as `traceparent`, and the
    // push's records in both logs carry the same trace and span (ADR 0021).
    const trace = nieuweTrace();
    const fout = await this.push(endpoint, rij, weergave, trace);
    await this.dataSource.transaction((m) =>
      this.afronden(m, taak, {
        fout,
        extern: { weergave, doel, start, trace },
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
      extern?: { weergave: Weergave; doel: Doel; start: Date; trace: Trace };
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
      await this.uitgaand.stuurTaak(m, { id: rij.id, poging: pogingen }, volgende);
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
        trace: uitkomst.extern.trace,
        betrokkenen: uitkomst.extern.weergave.betrokkenen,
        verstrekker: uitkomst.extern.weergave.verstrekker,
        status: uitkomst.fout === null ? 'geslaagd' : 'mislukt',
        reden: uitkomst.fout,
        startTijd: uitkomst.extern.start,
      });
    }
  }

  /**
   * POSTs the signed envelope with the push's W3C `traceparent`; null on a 2xx, else a failure
   * code without personal data.
   */
  private async push(
    endpoint: URL,
    rij: Bezorging,
    weergave: Weergave,
    trace: Trace,
  ): Promise<string | null> {
    const body = new TextEncoder().encode(JSON.stringify(envelop(rij, weergave)));
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
          traceparent: `00-${trace.traceId}-${trace.spanId}-00`,
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
}
