import { randomBytes } from 'node:crypto';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig, QueueService } from '@schakel/platform';
import { DataSource } from 'typeorm';
import { AuditService } from './audit.service.js';

/** The pg-boss queue of the daily purge, and when it runs (Dutch time, at night). */
export const PURGE_QUEUE = 'audit-wissen';
const PURGE_CRON = '17 3 * * *';
const BATCH = 5000;

/**
 * Purges the log records whose retention has passed, in batches, each batch one transaction:
 * `audit_wis()` registers the records in `audit_wissing` and empties them, and an actor audit
 * record of the purge commits with it, so the purge is itself in the sealed trail. The leaf
 * hashes stay, so checkpoints, proofs and verify still hold (ADR 0012). The database decides
 * which records qualify and refuses anything younger than 5 years.
 */
export async function purgeAuditTrail(
  dataSource: DataSource,
  audit: AuditService,
  jaren: number,
  onProgress: (gewist: number) => void = () => undefined,
): Promise<{ gewist: number }> {
  let gewist = 0;
  for (;;) {
    const n = await dataSource.transaction(async (m) => {
      const [row] = await m.query<{ n: string }[]>('SELECT audit_wis($1, $2) AS n', [jaren, BATCH]);
      const count = Number(row?.n ?? 0);
      if (count === 0) return 0;
      const [range] = await m.query<{ van: string; tot: string }[]>(
        'SELECT min(positie) AS van, max(positie) AS tot FROM audit_wissing WHERE gewist_op = now()',
      );
      await audit.record(m, {
        actor: {
          soort: 'systeem',
          id: 'schakel-auditretentie',
          organisatie: { code: 'schakel-beheer', naam: 'Schakel platformbeheer', type: 'platform' },
          rollen: ['systeem'],
          herkomst: {},
        },
        actie: 'wissen',
        objectType: 'Auditspoor',
        objectId: `${range?.van ?? ''}-${range?.tot ?? ''}`,
        resultaat: 'toegestaan',
        regel: `bewaartermijn-${String(jaren)}-jaar`,
        velden: [`${String(count)} records`],
        trace: { traceId: randomBytes(16).toString('hex'), spanId: randomBytes(8).toString('hex') },
      });
      return count;
    });
    gewist += n;
    onProgress(gewist);
    if (n < BATCH) return { gewist };
  }
}

/** Runs `purgeAuditTrail` daily as a pg-boss job (one run per cluster, whichever replica). */
@Injectable()
export class AuditPurge implements OnApplicationBootstrap {
  private readonly logger = new Logger('AuditPurge');

  constructor(
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly queue: QueueService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // Scheduled and run by the worker processes only (ADR 0029).
    if (!this.config.achtergrondwerk) return;
    const boss = this.queue.boss;
    await boss.createQueue(PURGE_QUEUE);
    await boss.schedule(PURGE_QUEUE, PURGE_CRON, null, { tz: 'Europe/Amsterdam' });
    await boss.work(PURGE_QUEUE, async () => {
      const { gewist } = await this.purge();
      this.logger.log({ gewist }, 'Audit retention purge done');
    });
  }

  /** Purges everything past `AUDIT_RETENTION_YEARS` now; returns how many records. */
  purge(): Promise<{ gewist: number }> {
    return purgeAuditTrail(this.dataSource, this.audit, this.config.AUDIT_RETENTION_YEARS);
  }
}
