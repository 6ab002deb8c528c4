import { Logger, Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource, type DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import type { DatabaseConnection } from './database-connection.js';
import { dataSourceOptions } from './data-source-options.js';
import { runMigrationsLocked } from './migrate.js';

/**
 * The TypeORM data source on the process's database, whichever mode runs it. Migrations run
 * while the data source is created, so the schema is current before any module's
 * `onModuleInit` (the job queue, workers, seeders) runs.
 */
@Module({})
export class DatabaseModule {
  static forRoot(config: AppConfig, connection: DatabaseConnection): DynamicModule {
    const logger = new Logger('Database');
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => ({
            ...dataSourceOptions(connection.url, config.DATABASE_POOL_SIZE),
            entities: [],
            autoLoadEntities: true,
            retryAttempts: 2,
            retryDelay: 1000,
          }),
          dataSourceFactory: async (options?: DataSourceOptions) => {
            if (!options) throw new Error('TypeORM options missing');
            const dataSource = await new DataSource(options).initialize();
            if (!config.MIGRATIONS_RUN) {
              logger.log('Migrations at start-up are off (MIGRATIONS_RUN=false)');
              return dataSource;
            }
            const ran = await runMigrationsLocked(dataSource);
            logger.log(
              ran.length
                ? `Ran ${String(ran.length)} migration(s): ${ran.map((m) => m.name).join(', ')}`
                : 'Database schema is up to date',
            );
            return dataSource;
          },
        }),
      ],
    };
  }
}
