import {
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { AppConfig } from '@schakel/platform';
import { DataSource, type EntityManager, type QueryRunner } from 'typeorm';
import { AuditCheckpoint } from './audit.entities.js';
import { CheckpointSigner } from './checkpoint-signer.js';
import { leafDataSql, logColumns, type LogColumns, type LogTable } from './log-records.js';
import { CompactRange } from './merkle/merkle.js';

/** Arbitrary constant: the advisory lock that elects the one sequencer among replicas. */
const SEQUENCER_LOCK_KEY = 7_404_513_202;
const BATCH = 5000;

/**
 * Gives committed log records their position, folds them into the Merkle tree (RFC 6962) and
 * signs a checkpoint per batch. One leader (PostgreSQL advisory lock held on its own
 * connection); it works off the request path, from a queue the requests fill in their own
 * transactions, so no request ever waits for it.
 */
@Injectable()
export class AuditSequencer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('AuditSequencer');
  private timer?: NodeJS.Timeout;
  private leader?: QueryRunner;
  private frontier?: CompactRange;
  private running?: Promise<number>;
  private columns?: LogColumns;

  constructor(
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly signer: CheckpointSigner,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.sealNow().catch((err: unknown) => {
        this.logger.error({ err }, 'Sequencer pass failed');
      });
    }, this.config.AUDIT_SEQUENCER_INTERVAL_S * 1000);
    this.timer.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running?.catch(() => 0);
    await this.resign();
  }

  /** Seals everything queued now (when this instance leads); returns how many records. */
  sealNow(): Promise<number> {
    this.running ??= this.pass().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async pass(): Promise<number> {
    if (!(await this.lead())) return 0;
    let total = 0;
    for (;;) {
      const n = await this.sealBatch();
      total += n;
      if (n < BATCH) return total;
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
    this.leader = runner;
    this.frontier = undefined; // reload from the latest checkpoint
    this.logger.log('This instance is the audit sequencer');
    return true;
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

  private async loadFrontier(m: EntityManager): Promise<CompactRange> {
    const latest = await m
      .getRepository(AuditCheckpoint)
      .find({ order: { treeSize: 'DESC' }, take: 1 });
    return latest[0] ? CompactRange.fromJSON(latest[0].frontier) : CompactRange.empty();
  }

  /**
   * One batch in one transaction and one statement: take entries off the queue in queue
   * order, give them the next positions, and store the leaf hash that PostgreSQL computes
   * from each record (`leafDataSql`, the same bytes as `leafData`). Only the leaf hashes come
   * back, to fold into the frontier and sign.
   */
  private async sealBatch(): Promise<number> {
    const runner = this.leader;
    if (!runner) return 0;
    await runner.startTransaction();
    try {
      const m = runner.manager;
      const frontier = this.frontier ?? (await this.loadFrontier(m));
      const columns = (this.columns ??= await logColumns(m));
      const leaf = (tabel: LogTable, alias: string) =>
        `sha256('\\x00'::bytea || convert_to(${leafDataSql(columns, tabel, alias, 'n.positie')}, 'UTF8'))`;
      const sealed = await m.query<{ positie: string; leaf_hash: Buffer }[]>(
        `WITH queued AS (
           DELETE FROM audit_wachtrij
            WHERE id IN (SELECT id FROM audit_wachtrij ORDER BY id LIMIT ${String(BATCH)})
        RETURNING id, tabel, record_id),
         n AS (
           SELECT $1::bigint + row_number() OVER (ORDER BY id) - 1 AS positie, tabel, record_id
             FROM queued)
         INSERT INTO audit_positie (positie, tabel, record_id, leaf_hash)
         SELECT n.positie, n.tabel, n.record_id,
                CASE n.tabel WHEN 'actor_audit' THEN ${leaf('actor_audit', 'a')}
                             WHEN 'verwerkingslog' THEN ${leaf('verwerkingslog', 'v')} END
           FROM n
           LEFT JOIN actor_audit a ON n.tabel = 'actor_audit' AND a.id = n.record_id
           LEFT JOIN verwerkingslog v ON n.tabel = 'verwerkingslog' AND v.id = n.record_id
        RETURNING positie, leaf_hash`,
        [frontier.size],
      );
      if (sealed.length === 0) {
        await runner.commitTransaction();
        return 0;
      }
      // A missing record yields a NULL leaf hash, which the NOT NULL column refuses.
      const hashes: Buffer[] = new Array<Buffer>(sealed.length);
      for (const r of sealed) hashes[Number(r.positie) - frontier.size] = r.leaf_hash;
      const next = CompactRange.fromJSON(frontier.toJSON());
      for (const h of hashes) next.append(h);
      const tijd = new Date();
      const root = next.root();
      await m.insert(AuditCheckpoint, {
        treeSize: String(next.size),
        rootHash: root,
        tijd,
        keyId: this.signer.keyId,
        handtekening: this.signer.sign(next.size, root, tijd),
        frontier: next.toJSON() as unknown as object,
      });
      await runner.commitTransaction();
      this.frontier = next;
      return sealed.length;
    } catch (err) {
      await runner.rollbackTransaction();
      this.frontier = undefined;
      throw err;
    }
  }
}
