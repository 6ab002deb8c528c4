import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig, QueueService } from '@schakel/platform';
import { randomBytes } from 'node:crypto';
import { Klok } from './klok.js';
import { DAGTAAK, Vernietiger } from './vernietiging.js';

export const BEWARING_QUEUE = 'bewaring-vernietigingslijst';
/** Every night at 02:30 (Europe/Amsterdam), after the audit purge. */
const BEWARING_CRON = '30 2 * * *';

/**
 * The daily job (pg-boss, one run per cluster): resumes destructions a crash interrupted,
 * then proposes a list per organisation of what passed its term. Both are idempotent.
 */
@Injectable()
export class BewaringTaak implements OnApplicationBootstrap {
  private readonly logger = new Logger('BewaringTaak');

  constructor(
    private readonly queue: QueueService,
    private readonly vernietiger: Vernietiger,
    private readonly klok: Klok,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // Background work runs on the workers only (SCHAKEL_ROL, ADR 0029).
    if (!this.config.achtergrondwerk) return;
    const boss = this.queue.boss;
    await boss.createQueue(BEWARING_QUEUE);
    await boss.schedule(BEWARING_QUEUE, BEWARING_CRON, null, { tz: 'Europe/Amsterdam' });
    await boss.work(BEWARING_QUEUE, async () => {
      const r = await this.draai();
      this.logger.log(r, 'Retention run done');
    });
  }

  /** One run: resume, then propose. */
  draai(): Promise<{ hervat: number; lijsten: number }> {
    return dagelijkseRun(this.vernietiger, this.klok);
  }
}

/** The daily run, for the job and `npm run retentie`: resume interrupted destructions, propose. */
export async function dagelijkseRun(
  vernietiger: Vernietiger,
  klok: Klok,
): Promise<{ hervat: number; lijsten: number }> {
  const peildatum = klok.vandaag();
  const onvoltooid = await vernietiger.onvoltooid();
  for (const id of onvoltooid) {
    await vernietiger.voerUit(
      id,
      {
        actor: DAGTAAK,
        regel: 'bewaring:dagtaak-hervatten',
        trace: { traceId: randomBytes(16).toString('hex'), spanId: randomBytes(8).toString('hex') },
      },
      peildatum,
      klok.nu(),
    );
  }
  const lijsten = await vernietiger.stelVoor(peildatum, klok.nu(), DAGTAAK.id);
  return { hervat: onvoltooid.length, lijsten: lijsten.length };
}
