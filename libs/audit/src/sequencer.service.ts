import {
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { AppConfig, GereedheidService, MetricsService } from '@schakel/platform';
import { Gauge } from 'prom-client';
import { DataSource, type EntityManager, type QueryRunner } from 'typeorm';
import { AuditCheckpoint } from './audit.entities.js';
import { CheckpointSigner } from './checkpoint-signer.js';
import { GetuigeWeigering, Getuigen } from './getuige/getuigen.service.js';
import { CompactRange, verifyConsistency } from './merkle/merkle.js';
import { groeiTegels } from './tegel-opslag.js';
import { voegToe } from './merkle/tegels.js';
import {
  bewaak,
  bewijsVan,
  laatsteFrontier,
  logGrootte,
  tegelsInhalen,
  Verzegelfout,
} from './boom-toestand.js';
import { ankerNa, BATCH, OUDE_BATCH } from './verzegel-sql.js';
import { type GenomenBatch, neemBatch, type Onderweg, rolTerug, wachtOp } from './neem-batch.js';

/** Arbitrary constant: the advisory lock that elects the one sequencer among replicas. */
const SEQUENCER_LOCK_KEY = 7_404_513_202;

/** What the sequencer knows of the trail: whether sealing stopped, and the last witnessing. */
export interface SequencerToestand {
  gestopt: { reden: string; positie: number; sinds: Date } | null;
  getuigd: { grootte: number; tijd: Date } | null;
}

/**
 * Gives committed log records their position, folds them into the Merkle tree (RFC 6962),
 * signs a checkpoint per batch (also as a C2SP signed note) and has the witnesses cosign it.
 * One leader (PostgreSQL advisory lock held on its own connection, with a statement timeout);
 * it works off the request path, from a queue the requests fill in their own transactions.
 *
 * Before it signs, it checks that the new tree extends the last checkpoint the local witness
 * cosigned, and on every pass that every witnessed checkpoint is still in the database with
 * the same root. If not (a rewrite, a rollback, a deleted checkpoint, a queue entry without
 * its record), it stops sealing and says why: log line, metric, readiness, the FG's screen.
 */
@Injectable()
export class AuditSequencer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('AuditSequencer');
  private timer?: NodeJS.Timeout;
  private leader?: QueryRunner;
  private frontier?: CompactRange;
  /** Whether the tiles hold every sealed position (checked once per leadership). */
  private tegelsBij = false;
  private running?: Promise<number>;
  private gestopt: SequencerToestand['gestopt'] = null;
  /**
   * Only for `npm run bench:audit`: seal the way it was done before issue 12's throughput work
   * (batches of 5,000, records joined to the queue in a way that let the planner hash-join the
   * whole log table per batch, leaf hashes read back for every proof), so one run measures old
   * against new. Produces the same leaves, positions and checkpoints.
   */
  oudeManier = false;
  /** Batches taken while the batch before them was still open, since the start (ADR 0038). */
  naastElkaar = 0;
  /** Later batches rolled back because the earlier one waited on their rows (`wachtOp`). */
  teruggenomen = 0;
  /** The database session of the leader's connections, once it has a second one. */
  private readonly pids = new WeakMap<QueryRunner, number>();

  constructor(
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly signer: CheckpointSigner,
    private readonly getuigen: Getuigen,
    metrics: MetricsService,
    gereedheid: GereedheidService,
  ) {
    const gestopt = () => this.gestopt;
    const leidt = () => this.leidt;
    const achterstand = () => this.achterstand();
    new Gauge({
      name: 'audit_verzegeling_gestopt',
      help: 'Of het verzegelen van het auditspoor gestopt is (1) omdat het log niet meer aansluit op wat een getuige medeondertekende',
      registers: [metrics.registry],
      collect() {
        this.set(gestopt() ? 1 : 0);
      },
    });
    new Gauge({
      name: 'audit_sequencer_leider',
      help: "Of dit proces de sequencer van het auditspoor leidt (1): precies een proces over alle replica's",
      registers: [metrics.registry],
      collect() {
        this.set(leidt() ? 1 : 0);
      },
    });
    new Gauge({
      name: 'audit_oudste_onverzegeld_seconden',
      help: 'Leeftijd van het oudste record dat nog niet verzegeld is (0 als er geen wacht)',
      registers: [metrics.registry],
      async collect() {
        this.set(await achterstand());
      },
    });
    new Gauge({
      name: 'audit_getuigd_grootte',
      help: 'Grootte van het laatste checkpoint dat de lokale getuige medeondertekende',
      registers: [metrics.registry],
      collect() {
        this.set(getuigen.laatste()?.grootte ?? 0);
      },
    });
    new Gauge({
      name: 'audit_getuige_fouten',
      help: 'Mislukte verzoeken aan externe getuigen sinds de start',
      registers: [metrics.registry],
      collect() {
        this.set(getuigen.fouten);
      },
    });
    gereedheid.registreer('auditspoor', async () => {
      if (this.gestopt) {
        return `verzegelen gestopt vanaf positie ${String(this.gestopt.positie)}: ${this.gestopt.reden}`;
      }
      const lag = await this.achterstand();
      return lag > this.config.AUDIT_MAX_LAG_S
        ? `het oudste onverzegelde record wacht al ${String(Math.round(lag))} s`
        : undefined;
    });
  }

  onApplicationBootstrap(): void {
    // The `api` role leaves sealing to the worker processes (ADR 0029).
    if (!this.config.achtergrondwerk) return;
    this.timer = setInterval(() => {
      this.sealNow().catch((err: unknown) => {
        this.logger.error({ err }, 'Sequencer pass failed');
      });
    }, this.config.AUDIT_SEQUENCER_INTERVAL_S * 1000);
    this.timer.unref();
  }

  /** A graceful stop seals what is queued first, so a stop opens no window for deletions. */
  async beforeApplicationShutdown(): Promise<void> {
    if (!this.config.achtergrondwerk) return;
    clearInterval(this.timer);
    await this.running?.catch(() => 0);
    await this.sealNow().catch((err: unknown) => {
      this.logger.error({ err }, 'Last sequencer pass before stopping failed');
    });
    await this.resign();
  }

  /** Seals everything queued now (when this instance leads); returns how many records. */
  sealNow(): Promise<number> {
    this.running ??= this.pass().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  /** Whether this process holds the sequencer's lock now. */
  get leidt(): boolean {
    return this.leader !== undefined && !this.leader.isReleased;
  }

  toestand(): SequencerToestand {
    const w = this.getuigen.laatste();
    return {
      gestopt: this.gestopt,
      getuigd: w ? { grootte: w.grootte, tijd: new Date(w.tijd * 1000) } : null,
    };
  }

  /** Seconds the oldest queued record has waited. */
  async achterstand(): Promise<number> {
    const [row] = await this.dataSource.query<{ s: number | null }[]>(
      'SELECT EXTRACT(EPOCH FROM now() - min(tijd))::float8 AS s FROM audit_wachtrij',
    );
    return Math.max(0, row?.s ?? 0);
  }

  private async pass(): Promise<number> {
    if (!(await this.lead())) return 0;
    const runner = this.leader;
    if (!runner) return 0;
    try {
      await bewaak(runner.manager, this.getuigen.getuigd());
      if (!this.tegelsBij) {
        await tegelsInhalen(runner.manager, (van, tot) => {
          this.logger.log({ van, tot }, 'Building the audit tiles');
        });
        this.tegelsBij = true;
      }
      const total = await this.sealAlles(runner);
      await this.getuigLaatste(runner.manager);
      if (this.gestopt) this.logger.log('Audit sealing resumed: the log agrees with its witnesses');
      this.gestopt = null;
      return total;
    } catch (err) {
      if (!(err instanceof Verzegelfout) && !(err instanceof GetuigeWeigering)) throw err;
      const positie = err instanceof Verzegelfout ? err.positie : await logGrootte(runner.manager);
      const reden = err instanceof Verzegelfout ? err.reden : err.message;
      if (this.gestopt?.reden !== reden) {
        this.logger.error({ positie, reden }, 'Audit sealing stopped');
      }
      this.gestopt = { reden, positie, sinds: this.gestopt?.sinds ?? new Date() };
      return 0;
    }
  }

  private async lead(): Promise<boolean> {
    if (this.leader && !this.leader.isReleased) return true;
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    const [row] = await runner.manager.query<{ ok: boolean }[]>(
      'SELECT pg_try_advisory_lock($1) AS ok',
      [SEQUENCER_LOCK_KEY],
    );
    if (!row?.ok) {
      await runner.release();
      return false;
    }
    await runner.query(
      `SET statement_timeout = ${String(this.config.AUDIT_SEQUENCER_STATEMENT_TIMEOUT_S * 1000)}`,
    );
    // A batch's estimated cost passes jit_above_cost, and compiling its leaf expressions takes
    // longer than evaluating them.
    await runner.query('SET jit = off');
    this.leader = runner;
    this.frontier = undefined; // reload from the latest checkpoint
    this.tegelsBij = false;
    this.logger.log('This instance is the audit sequencer');
    return true;
  }

  /**
   * A second connection for the leader, with the same settings, so the next batch's statement
   * runs in the database while this process folds, tiles and signs the batch before it. None on
   * the embedded database, whose connections share one session.
   */
  private async tweedeVerbinding(leader: QueryRunner): Promise<QueryRunner | undefined> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    const pid = 'SELECT pg_backend_pid() AS pid';
    const [a] = await leader.manager.query<{ pid: number }[]>(pid);
    const [b] = await runner.manager.query<{ pid: number }[]>(pid);
    if (!a || !b || a.pid === b.pid) {
      await runner.release();
      return undefined;
    }
    this.pids.set(leader, a.pid);
    this.pids.set(runner, b.pid);
    await runner.query(
      `SET statement_timeout = ${String(this.config.AUDIT_SEQUENCER_STATEMENT_TIMEOUT_S * 1000)}`,
    );
    await runner.query('SET jit = off');
    return runner;
  }

  /**
   * Whether the earlier batch's statement waits on a row lock of the later batch's
   * transaction (`pg_blocking_pids`, on a connection from the pool), for `wachtOp`.
   */
  private async wachtOpLater(eerste: Onderweg, later: Onderweg): Promise<boolean> {
    const [wachter, houder] = [this.pids.get(eerste.runner), this.pids.get(later.runner)];
    if (wachter === undefined || houder === undefined) return false;
    const [r] = await this.dataSource.query<{ ja: boolean }[]>(
      'SELECT $2::int = ANY(pg_blocking_pids($1::int)) AS ja',
      [wachter, houder],
    );
    return r?.ja === true;
  }

  private async resign(): Promise<void> {
    const runner = this.leader;
    this.leader = undefined;
    if (!runner || runner.isReleased) return;
    await runner
      .query('SELECT pg_advisory_unlock($1)', [SEQUENCER_LOCK_KEY])
      .catch(() => undefined);
    await runner.release();
  }

  /** Has the witnesses cosign the latest checkpoint when it is new, or as a heartbeat. */
  private async getuigLaatste(m: EntityManager): Promise<void> {
    const [c] = await m
      .getRepository(AuditCheckpoint)
      .find({ order: { treeSize: 'DESC' }, take: 1 });
    if (!c) return;
    const size = Number(c.treeSize);
    const w = this.getuigen.laatste();
    const stil = !w || Date.now() - w.tijd * 1000 >= this.config.AUDIT_HEARTBEAT_S * 1000;
    if (w && w.grootte >= size && !stil) return;
    await this.getuigen.getuig(c.notitie ?? this.signer.notitie(size, c.rootHash), (oud) =>
      bewijsVan(m, oud, size),
    );
  }

  /**
   * Seals the queue batch by batch, each batch in its own transaction: one statement
   * (`VERZEGEL_SQL`) gives the records their positions and leaf hashes, then this process folds
   * them into the tree, grows the tiles, checks consistency with the last witnessed checkpoint,
   * signs and stores the checkpoint, commits, and has the witnesses cosign. When a batch is
   * full, the next one's statement is already sent on the leader's second connection (for the
   * queue entries after the open batch's last one), so the database computes its leaf hashes
   * while this process does the work above: sealing then takes about as long as the database's
   * part alone (ADR 0038). Once the first batch is committed, its connection takes the batch
   * after the second while the second's statement still runs (the BATCH entries after the
   * second's BATCH-th), so the database works on two batches at once, one per core (ADR 0039).
   * Batches commit in position order; when one fails, those after it are rolled back with it,
   * and a batch taken on the guess that the one before would be full, which it was not, is
   * rolled back and taken afresh. Two batches' ranges may overlap where the later snapshot saw
   * more entries: the later batch's delete waits for the earlier one's commit and skips the
   * entries it took, or, when it got there first, it is rolled back (`wachtOp`). Entries
   * committed late with a lower queue id than an open batch's last are taken by the next batch
   * that does not overlap, at the latest in the next pass.
   */
  private async sealAlles(leider: QueryRunner): Promise<number> {
    const vol = this.oudeManier ? OUDE_BATCH : BATCH;
    // The second connection is taken from the pool only when a batch comes back full (a
    // backlog), and given back when the pass ends: a quiet log costs one connection, as before.
    let tweede: QueryRunner | undefined;
    let tweedeGevraagd = this.oudeManier;
    let frontier = this.frontier ?? (await laatsteFrontier(leider.manager));
    let total = 0;
    let impasses = 0;
    /** Batches taken and not yet completed, in position order: at most one per connection. */
    const onderweg: Onderweg[] = [];
    const neem = (runner: QueryRunner, van: number, na: string) => {
      const batch = neemBatch(runner, van, na, this.oudeManier);
      batch.catch(() => undefined);
      onderweg.push({ van, na, runner, batch });
    };
    neem(leider, frontier.size, '0');
    try {
      for (let eerste = onderweg.shift(); eerste; eerste = onderweg.shift()) {
        let batch: GenomenBatch;
        try {
          batch = await wachtOp(
            eerste,
            onderweg,
            (a, b) => this.wachtOpLater(a, b),
            (later) => {
              this.teruggenomen++;
              this.logger.warn(
                { van: later.van },
                'Audit sealing: two batches waited on each other; the later one is taken afresh',
              );
            },
          );
        } catch (err) {
          await rolTerug(onderweg);
          // Two batches whose ranges overlap, each waiting on the other's rows in the
          // database: PostgreSQL aborts one. Both are taken afresh, a few times at most.
          const impasse = (err as { code?: string }).code === '40P01' && impasses++ < 3;
          if (eerste.van === frontier.size && !impasse) throw err;
          // Or taken on the guess that the batch before it would be full, which it was not: its
          // entries (and what went wrong with them) go to a batch taken afresh.
          neem(leider, frontier.size, '0');
          continue;
        }
        if (batch.van !== frontier.size) {
          await batch.runner.rollbackTransaction();
          await rolTerug(onderweg);
          neem(leider, frontier.size, '0');
          continue;
        }
        const n = batch.hashes.length;
        if (n === vol && !tweedeGevraagd) {
          tweedeGevraagd = true;
          tweede = await this.tweedeVerbinding(leider);
        }
        // The other connection is free unless a batch was taken on it already.
        const vrij = tweede && (batch.runner === leider ? tweede : leider);
        if (n === vol && vrij && onderweg.length === 0) {
          neem(vrij, frontier.size + n, batch.tot);
          this.naastElkaar++;
        }
        try {
          frontier = await this.voltooiBatch(batch, frontier);
        } catch (err) {
          this.frontier = undefined;
          // The batches after it took positions that now do not follow: they go too.
          await rolTerug(onderweg);
          throw err;
        }
        total += n;
        if (n !== vol) continue;
        const laatste = onderweg.at(-1);
        if (!laatste) {
          neem(batch.runner, frontier.size, '0');
        } else if (!this.oudeManier) {
          // This connection is free while the other one's statement runs: take the batch after
          // that one here, so both statements run at once (ADR 0039). Its entries are the BATCH
          // after the other's BATCH-th, its positions follow on the guess that the other comes
          // back full; when it does not, this one is rolled back above.
          const anker = await this.anker(batch.runner.manager, laatste.na);
          if (anker) {
            neem(batch.runner, laatste.van + vol, anker);
            this.naastElkaar++;
          }
        }
      }
      return total;
    } finally {
      await rolTerug(onderweg);
      if (tweede && !tweede.isReleased) await tweede.release();
    }
  }

  /** The queue id after which the batch after the one taken after `na` starts (`ankerNa`). */
  protected anker(m: EntityManager, na: string): Promise<string | undefined> {
    return ankerNa(m, na);
  }

  /**
   * Folds a taken batch into the tree, grows the tiles, checks it extends the last witnessed
   * checkpoint, stores the signed checkpoint and commits; then the witnesses cosign.
   */
  private async voltooiBatch(batch: GenomenBatch, frontier: CompactRange): Promise<CompactRange> {
    const { runner, hashes } = batch;
    const m = runner.manager;
    try {
      if (batch.van !== frontier.size) {
        throw new Error(
          `batch starts at ${String(batch.van)}, the tree has ${String(frontier.size)}`,
        );
      }
      if (hashes.length === 0) {
        await runner.commitTransaction();
        return frontier;
      }
      const next = CompactRange.fromJSON(frontier.toJSON());
      // One hash per leaf folds the tree and gives the tiles' upper levels.
      const hoger = voegToe(next, hashes);
      const tegels = await groeiTegels(m, frontier.size, hashes, hoger);
      const root = next.root();
      // The consistency proof from the last witnessed size: checked here, then sent to the
      // witnesses (computed once, from the hashes of this batch when the witness is current).
      const bekend = this.oudeManier ? undefined : { van: frontier.size, hashes, tegels };
      const bewijzen = new Map<number, Promise<Buffer[]>>();
      const bewijs = (oud: number) => {
        let b = bewijzen.get(oud);
        if (!b) {
          b = bewijsVan(m, oud, next.size, bekend);
          if (!this.oudeManier) bewijzen.set(oud, b);
        }
        return b;
      };
      // Never sign a tree that does not extend the last witnessed checkpoint.
      const w = this.getuigen.laatste();
      if (w) {
        if (!verifyConsistency(w.grootte, next.size, w.wortel, root, await bewijs(w.grootte))) {
          throw new Verzegelfout(
            `de nieuwe boom van ${String(next.size)} posities is geen uitbreiding van het medeondertekende checkpoint ${String(w.grootte)}`,
            w.grootte,
          );
        }
      }
      const tijd = new Date();
      const notitie = this.signer.notitie(next.size, root);
      await m.insert(AuditCheckpoint, {
        treeSize: String(next.size),
        rootHash: root,
        tijd,
        keyId: this.signer.keyId,
        handtekening: this.signer.sign(next.size, root, tijd),
        frontier: next.toJSON() as unknown as object,
        notitie,
      });
      await runner.commitTransaction();
      this.frontier = next;
      await this.getuigen.getuig(notitie, bewijs);
      return next;
    } catch (err) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      throw err;
    }
  }
}
