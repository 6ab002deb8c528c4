import { randomBytes, randomUUID } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { AuditService } from '@schakel/audit';
import type { Doel } from '@schakel/authz';
import type { Actor } from '@schakel/identity';
import { AppConfig, bezorgingEndpoints, QueueService } from '@schakel/platform';
import { PurposeService, type Verwerkingsactiviteit } from '@schakel/purpose';
import type { Job, JobResult } from 'pg-boss';
import { DataSource, type EntityManager } from 'typeorm';
import { backoffMs } from './backoff.js';
import { BezorgPush, Bezorging } from './bezorging.entity.js';
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

const nieuweTrace = (): Trace => ({
  traceId: randomBytes(16).toString('hex'),
  spanId: randomBytes(8).toString('hex'),
});

/** One push that went out: its id keys the completion step, which therefore runs once. */
export interface Push {
  id: string;
  start: Date;
  /** Failure code, or null when the receiver answered 2xx. */
  fout: string | null;
  weergave: Weergave;
  doel: Doel;
  /** The push's own trace: sent as `traceparent`, and in both logs. */
  trace: Trace;
}

/** What a batch looked up once for all its jobs. */
interface Vooraf {
  activiteiten?: Map<string, Promise<Verwerkingsactiviteit | null>>;
}

/** Seconds between a worker's heartbeats on its jobs; a job without one is failed and retried. */
export const HARTSLAG_S = 10;

/** Times a completion step is tried before its job fails (it is idempotent, so retrying is safe). */
const AFRONDEN_POGINGEN = 3;

/**
 * The worker: one attempt per job. It delivers to the receiver's inbox in Schakel (the source's
 * `ontvangen` hook, which hands out the feed position) and, where the receiver has an endpoint,
 * pushes the envelope signed, with an idempotency key, exponential backoff with full jitter and
 * a maximum of attempts, after which the delivery is `onbestelbaar` (a dead letter) until a
 * coordinator retries it.
 */
@Injectable()
export class Bezorger implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Bezorger');
  private readonly endpoints: Map<string, URL>;
  /** Keep-alive connections to the receivers, at most one per push in flight. */
  private readonly agents: { http: http.Agent; https: https.Agent };
  /** The last step in flight per delivery in this instance: a delivery's jobs run one by one. */
  private readonly lopend = new Map<string, Promise<unknown>>();

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
    const sockets = {
      keepAlive: true,
      maxSockets: config.BEZORGING_PARALLEL * config.BEZORGING_WORKERS,
    };
    this.agents = { http: new http.Agent(sockets), https: new https.Agent(sockets) };
  }

  onApplicationShutdown(): void {
    this.agents.http.destroy();
    this.agents.https.destroy();
  }

  async onApplicationBootstrap(): Promise<void> {
    // Creating the queue here also warms pg-boss's queue cache, so `send` inside a caller's
    // transaction never needs a connection of the queue's own pool.
    // A job of an instance that died (kill -9, OOM) is found by its missing heartbeat within
    // about HARTSLAG_S plus the queue's supervision interval and retried after a few seconds,
    // not only at its expiry (minutes): the attempt check makes the retry harmless (issue 13).
    const opties = {
      retryLimit: 3,
      retryDelay: 5,
      retryBackoff: true,
      expireInSeconds: Math.ceil(this.config.BEZORGING_TIMEOUT_MS / 1000) + 120,
      heartbeatSeconds: HARTSLAG_S,
    };
    await this.queue.boss.createQueue(WACHTRIJ, opties);
    // A queue made by an earlier version gets the same options.
    await this.queue.boss.updateQueue(WACHTRIJ, opties);
    // The `api` role only plans deliveries; the workers push them (ADR 0029).
    if (!this.config.achtergrondwerk) return;
    // Batches with burst fetching (a full batch fetches the next at once), several batches per
    // instance, and within a batch up to BEZORGING_PARALLEL deliveries at a time.
    await this.queue.boss.work<Taak>(
      WACHTRIJ,
      {
        pollingIntervalSeconds: this.config.BEZORGING_POLL_MS / 1000,
        batchSize: this.config.BEZORGING_BATCH,
        // A full batch means more are due: fetch the next at once rather than after the poll.
        burstWhenBatchFull: true,
        localConcurrency: this.config.BEZORGING_WORKERS,
        perJobResults: true,
      },
      (jobs) => this.verwerkPartij(jobs),
    );
  }

  /**
   * One batch: the jobs of one delivery run one after another in the order fetched (and after
   * any of its jobs still running in another batch of this instance), different deliveries side
   * by side, at most BEZORGING_PARALLEL at a time. Each job settles on its own, so one failure
   * does not retry the others.
   */
  async verwerkPartij(jobs: Pick<Job<Taak>, 'id' | 'data'>[]): Promise<JobResult[]> {
    const perBezorging = new Map<string, Pick<Job<Taak>, 'id' | 'data'>[]>();
    for (const job of jobs) {
      const lijst = perBezorging.get(job.data.id);
      if (lijst) lijst.push(job);
      else perBezorging.set(job.data.id, [job]);
    }
    const uitkomsten: JobResult[] = [];
    const rijen = [...perBezorging.entries()];
    // The activities once per batch. Each job reads its row when its turn comes (not before:
    // a step of the same delivery may have run in the meantime).
    const activiteiten = new Map<string, Promise<Verwerkingsactiviteit | null>>();
    const werker = async (): Promise<void> => {
      for (let volgende = rijen.shift(); volgende; volgende = rijen.shift()) {
        const [id, eigen] = volgende;
        for (const job of eigen) {
          try {
            await this.naElkaar(id, () => this.verwerk(job.data, { activiteiten }));
            uitkomsten.push({ id: job.id, status: 'completed' });
          } catch (err) {
            this.logger.warn({ bezorging: id, fout: (err as Error).name }, 'Delivery step failed');
            uitkomsten.push({
              id: job.id,
              status: 'failed',
              output: { fout: (err as Error).name },
            });
          }
        }
      }
    };
    const parallel = Math.min(this.config.BEZORGING_PARALLEL, rijen.length);
    await Promise.all(Array.from({ length: parallel }, werker));
    return uitkomsten;
  }

  /** Runs a step of a delivery after the steps of that delivery already in flight here. */
  private async naElkaar<T>(id: string, stap: () => Promise<T>): Promise<T> {
    const vorige = this.lopend.get(id) ?? Promise.resolve();
    const deze = vorige.catch(() => undefined).then(stap);
    this.lopend.set(id, deze);
    try {
      return await deze;
    } finally {
      if (this.lopend.get(id) === deze) this.lopend.delete(id);
    }
  }

  /** One attempt for one delivery (the job handler). Stale or duplicate jobs do nothing. */
  async verwerk(taak: Taak, vooraf: Vooraf = {}): Promise<void> {
    const rij = await this.dataSource.getRepository(Bezorging).findOneBy({ id: taak.id });
    if (!rij || !this.geldig(rij, taak)) return;
    const bron = this.uitgaand.bron(rij.soort);
    const activiteit = bron ? await this.activiteit(bron.activiteit, vooraf.activiteiten) : null;
    if (!bron || !activiteit) {
      await this.dataSource.transaction((m) =>
        this.afronden(m, taak, bron ? 'activiteit-onbekend' : 'bron-onbekend'),
      );
      return;
    }
    const doel = { id: activiteit.id, versie: activiteit.versie };
    const endpoint = this.endpoints.get(rij.ontvangerCode);

    // The render of the internal delivery (in its transaction) is also what is pushed.
    let weergave: Weergave | null = null;
    if (!rij.internBezorgdOp) {
      try {
        weergave = await this.dataSource.transaction((m) =>
          this.bezorgIntern(m, taak, bron, doel, !endpoint),
        );
      } catch (err) {
        this.logger.warn(
          { bezorging: taak.id, fout: (err as Error).name },
          'Internal delivery failed',
        );
        await this.dataSource.transaction((m) => this.afronden(m, taak, 'intern-mislukt'));
        return;
      }
      if (!weergave || !endpoint) return;
    }
    if (!endpoint) {
      // Delivered internally before, and the endpoint has since been removed: done.
      await this.dataSource.transaction((m) => this.afronden(m, taak, null));
      return;
    }

    if (!weergave) {
      try {
        weergave = await this.dataSource.transaction((m) => bron.render(m, rij.objectId));
      } catch (err) {
        this.logger.warn({ bezorging: taak.id, fout: (err as Error).name }, 'Rendering failed');
        await this.dataSource.transaction((m) => this.afronden(m, taak, 'bron-fout'));
        return;
      }
    }
    const start = new Date();
    const id = randomUUID();
    // The push is an action of its own trace; the receiver gets it as `traceparent`, and the
    // push's records in both logs carry the same trace and span (ADR 0021).
    const trace = nieuweTrace();
    const fout = await this.push(endpoint, rij, weergave, trace);
    await this.voltooiPush(taak, { id, start, fout, weergave, doel, trace });
  }

  /**
   * The completion step of a push: records it once, keyed by the push id, with its audit record
   * (both logs), and, while the attempt is still the delivery's current one, its outcome. Safe to
   * run twice (a retried commit, a job that ran again): the second run finds the push recorded
   * and does nothing. A push of an attempt that another run already completed (a duplicate job)
   * reached the receiver too, so it is audited as well, without changing the delivery.
   */
  async voltooiPush(taak: Taak, push: Push): Promise<void> {
    for (let poging = 1; ; poging++) {
      try {
        await this.dataSource.transaction((m) => this.legPushVast(m, taak, push));
        return;
      } catch (err) {
        if (poging >= AFRONDEN_POGINGEN) throw err;
        this.logger.warn(
          { bezorging: taak.id, push: push.id, fout: (err as Error).name },
          'Completing a push failed; trying again',
        );
      }
    }
  }

  private async legPushVast(m: EntityManager, taak: Taak, push: Push): Promise<void> {
    // The row lock orders completions of the same delivery; the push id makes them idempotent.
    const rij = await vergrendelOpId(m, taak.id);
    if (!rij) return;
    const [al] = await m.query<{ id: string }[]>('SELECT id FROM bezorging_push WHERE id = $1', [
      push.id,
    ]);
    if (al) return;
    if (this.geldig(rij, taak)) await this.legUitkomstVast(m, rij, push.fout, true);
    const auditId = await this.audit.record(m, {
      actor: BEZORGING_ACTOR,
      actie: 'bezorgen-extern',
      objectType: 'Bezorging',
      objectId: rij.id,
      resultaat: 'toegestaan',
      regel: 'platform:bezorging',
      doel: push.doel,
      trace: push.trace,
      betrokkenen: push.weergave.betrokkenen,
      verstrekker: push.weergave.verstrekker,
      status: push.fout === null ? 'geslaagd' : 'mislukt',
      reden: push.fout,
      startTijd: push.start,
    });
    // The primary key is the last guard: a concurrent second completion cannot commit.
    await m.insert(BezorgPush, {
      id: push.id,
      bezorgingId: rij.id,
      poging: taak.poging,
      fout: push.fout,
      auditId,
      startTijd: push.start,
    });
  }

  /** The current version of an activity, looked up once per batch. */
  private activiteit(
    id: string,
    cache?: Map<string, Promise<Verwerkingsactiviteit | null>>,
  ): Promise<Verwerkingsactiviteit | null> {
    if (!cache) return this.purpose.currentOf(id);
    let gevonden = cache.get(id);
    if (!gevonden) {
      gevonden = this.purpose.currentOf(id);
      cache.set(id, gevonden);
    }
    return gevonden;
  }

  private geldig(rij: Bezorging, taak: Taak): boolean {
    return rij.status === 'wachtend' && rij.pogingen === taak.poging;
  }

  private async vergrendel(m: EntityManager, taak: Taak): Promise<Bezorging | null> {
    const rij = await vergrendelOpId(m, taak.id);
    return rij && this.geldig(rij, taak) ? rij : null;
  }

  /**
   * Delivers into the receiver's Schakel inbox and gives the delivery its feed position. By
   * construction at most once per delivery: the conditional UPDATE that sets `intern_bezorgd_op`
   * (only while it is still empty and the attempt is the delivery's current one) takes the row
   * lock and decides; only the transaction whose UPDATE returned the row renders, runs the inbox
   * hook and writes the audit record, and they commit together or not at all (issue 16).
   */
  private async bezorgIntern(
    m: EntityManager,
    taak: Taak,
    bron: BezorgBron,
    doel: Doel,
    klaar: boolean,
  ): Promise<Weergave | null> {
    if (!/^[0-9a-f-]{36}$/i.test(taak.id)) return null;
    // The feed position is taken at commit, by the trigger `bezorging_feed_positie` (a counter
    // row locked from there to the end of the commit), so positions become visible in order.
    // TypeORM answers an UPDATE as [rows, count].
    const [[rij]] = await m.query<[{ id: string; object_id: string; ontvanger_code: string }[]]>(
      `UPDATE bezorging SET intern_bezorgd_op = now(), bijgewerkt_op = now()${
        klaar ? ", status = 'bezorgd', volgende_poging_op = NULL, laatste_fout = NULL" : ''
      }
        WHERE id = $1 AND intern_bezorgd_op IS NULL AND status = 'wachtend' AND pogingen = $2
        RETURNING id, object_id, ontvanger_code`,
      [taak.id, taak.poging],
    );
    if (!rij) return null;
    const weergave = await bron.render(m, rij.object_id);
    await bron.ontvangen?.(m, rij.object_id, rij.ontvanger_code);
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
    return weergave;
  }

  /** Records the outcome of an attempt without a push (internal or source failures). */
  private async afronden(m: EntityManager, taak: Taak, fout: string | null): Promise<void> {
    const rij = await this.vergrendel(m, taak);
    if (rij) await this.legUitkomstVast(m, rij, fout, false);
  }

  /**
   * The outcome of an attempt on the locked row: delivered, or the next attempt planned with
   * backoff (its job in the same transaction), or `onbestelbaar` after the last attempt.
   */
  private async legUitkomstVast(
    m: EntityManager,
    rij: Bezorging,
    fout: string | null,
    extern: boolean,
  ): Promise<void> {
    const nu = new Date();
    const pogingen = rij.pogingen + 1;
    if (fout === null) {
      await m.update(Bezorging, rij.id, {
        status: 'bezorgd',
        pogingen,
        externBezorgdOp: extern ? nu : rij.externBezorgdOp,
        volgendePogingOp: null,
        laatsteFout: null,
        bijgewerktOp: nu,
      });
    } else if (pogingen >= this.config.BEZORGING_MAX_POGINGEN) {
      await m.update(Bezorging, rij.id, {
        status: 'onbestelbaar',
        pogingen,
        volgendePogingOp: null,
        laatsteFout: fout,
        bijgewerktOp: nu,
      });
      this.logger.warn(
        { bezorging: rij.id, ontvanger: rij.ontvangerCode, fout, pogingen },
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
        laatsteFout: fout,
        bijgewerktOp: nu,
      });
      await this.uitgaand.stuurTaak(m, { id: rij.id, poging: pogingen }, volgende);
      this.logger.log(
        { bezorging: rij.id, fout, pogingen, wachtMs: wacht },
        'Delivery attempt failed; retry planned',
      );
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
    const body = Buffer.from(JSON.stringify(envelop(rij, weergave)));
    const handtekening = await this.ondertekening.onderteken(body, {
      idempotentieSleutel: rij.idempotentieSleutel,
      ontvanger: rij.ontvangerCode,
    });
    const beveiligd = endpoint.protocol === 'https:';
    const verzoek = beveiligd ? https.request : http.request;
    try {
      const status = await new Promise<number>((resolve, reject) => {
        // No redirects are followed: a 3xx is a failure like any other non-2xx.
        const req = verzoek(
          endpoint,
          {
            method: 'POST',
            agent: beveiligd ? this.agents.https : this.agents.http,
            headers: {
              'content-type': 'application/json',
              'content-length': String(body.length),
              'idempotency-key': rij.idempotentieSleutel,
              traceparent: `00-${trace.traceId}-${trace.spanId}-00`,
              [HANDTEKENING_HEADER]: handtekening,
            },
            signal: AbortSignal.timeout(this.config.BEZORGING_TIMEOUT_MS),
          },
          (res) => {
            // Drain the answer so the connection goes back to the pool.
            res.resume();
            res.on('end', () => {
              resolve(res.statusCode ?? 0);
            });
            res.on('error', reject);
          },
        );
        req.on('error', reject);
        req.end(body);
      });
      return status >= 200 && status < 300 ? null : `http-${String(status)}`;
    } catch (err) {
      const name = (err as Error).name;
      return name === 'TimeoutError' || name === 'AbortError' ? 'time-out' : 'verbinding-mislukt';
    }
  }
}
