import {
  Global,
  Module,
  type DynamicModule,
  type MiddlewareConsumer,
  type NestModule,
} from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { DatabaseConnection } from './database/database-connection.js';
import { DatabaseModule } from './database/database.module.js';
import type { DatabaseRuntime } from './database/embedded-postgres.js';
import { InstanceStart } from './database/instance-start.entity.js';
import { InstanceStartService } from './database/instance-start.service.js';
import { GereedheidService } from './health/gereedheid.service.js';
import { HealthController } from './health/health.controller.js';
import { BodyMiddleware } from './http/body.middleware.js';
import { LoggingModule } from './logging/logging.module.js';
import { MetricsController } from './metrics/metrics.controller.js';
import { MetricsMiddleware } from './metrics/metrics.middleware.js';
import { MetricsService } from './metrics/metrics.service.js';
import { OpenApiController, OpenApiDocument } from './openapi/openapi.controller.js';
import { QueueService } from './queue/queue.service.js';
import { RateLimiter } from './http/rate-limit.js';

/**
 * Request middleware (metrics, JSON bodies). Imported after the logging module so that
 * pino-http's middleware runs first and also logs requests the body parser rejects.
 */
@Module({})
class HttpPipelineModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(MetricsMiddleware, BodyMiddleware).forRoutes('{*path}');
  }
}

/** Provides where the database is (opened before Nest starts). */
@Module({})
class DatabaseConnectionModule {}

/**
 * Config, database, logging, problem+json, health, metrics and the job queue: what every
 * context of Schakel stands on. The database runtime is opened before Nest starts (see the
 * app's bootstrap) and handed in, so embedded and external PostgreSQL share one code path.
 */
@Global()
@Module({})
export class PlatformModule {
  static forRoot(config: AppConfig, database: DatabaseRuntime): DynamicModule {
    const connection = new DatabaseConnection(database.url, database.mode);
    const connectionModule: DynamicModule = {
      module: DatabaseConnectionModule,
      global: true,
      providers: [{ provide: DatabaseConnection, useValue: connection }],
      exports: [DatabaseConnection],
    };
    return {
      module: PlatformModule,
      imports: [
        ConfigModule.forRoot(config),
        connectionModule,
        LoggingModule,
        HttpPipelineModule,
        DatabaseModule.forRoot(config, connection),
        TypeOrmModule.forFeature([InstanceStart]),
      ],
      controllers: [HealthController, OpenApiController, MetricsController],
      providers: [
        QueueService,
        MetricsService,
        OpenApiDocument,
        InstanceStartService,
        GereedheidService,
        RateLimiter,
      ],
      exports: [
        QueueService,
        MetricsService,
        OpenApiDocument,
        InstanceStartService,
        GereedheidService,
        RateLimiter,
      ],
    };
  }
}
