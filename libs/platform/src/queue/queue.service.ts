import {
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import { PgBoss, type QueueResult } from 'pg-boss';
import { AppConfig } from '../config/app-config.js';
import { DatabaseConnection } from '../database/database-connection.js';

/** How often pg-boss looks for expired jobs and jobs whose heartbeat stopped, in seconds. */
export const QUEUE_SUPERVISIE_S = 10;

/**
 * The job queue (pg-boss) on Schakel's own database, with a pool of its own so that jobs and
 * requests never wait for each other's connections. Started with the module, stopped
 * gracefully before the database closes.
 */
@Injectable()
export class QueueService implements OnModuleInit, BeforeApplicationShutdown {
  private readonly logger = new Logger('QueueService');
  readonly boss: PgBoss;
  private running = false;

  constructor(
    private readonly config: AppConfig,
    connection: DatabaseConnection,
  ) {
    this.boss = new PgBoss({
      connectionString: connection.url,
      max: config.QUEUE_POOL_SIZE,
      application_name: 'schakel-queue',
      schema: 'pgboss',
      // NOTIFY does not cross connections on the embedded database; polling always works.
      useListenNotify: false,
      openTelemetry: { enabled: false },
      // Expired jobs and jobs whose heartbeat stopped (a killed instance) are failed and retried
      // within these intervals (pg-boss's default is a minute each).
      superviseIntervalSeconds: QUEUE_SUPERVISIE_S,
      monitorIntervalSeconds: QUEUE_SUPERVISIE_S,
    });
    this.boss.on('error', (err: unknown) => {
      this.logger.error({ err }, 'Job queue error');
    });
  }

  async onModuleInit(): Promise<void> {
    await this.boss.start();
    this.running = true;
    this.logger.log('Job queue started');
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    await this.boss.stop({ graceful: true, close: true, timeout: this.config.SHUTDOWN_TIMEOUT_MS });
    this.logger.log('Job queue stopped');
  }

  get isRunning(): boolean {
    return this.running;
  }

  /** Round trip over the queue's own pool. */
  async ping(): Promise<void> {
    await this.boss.getDb().executeSql('SELECT 1');
  }

  queues(): Promise<QueueResult[]> {
    return this.boss.getQueues();
  }
}
