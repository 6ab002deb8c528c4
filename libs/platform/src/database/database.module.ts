import { Injectable, Logger, Module, type OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { DatabaseConnection } from './database-connection.js';
import { dataSourceOptions } from './data-source-options.js';
import { runMigrationsLocked } from './migrate.js';

/** Brings the schema up to date before any other module starts (when MIGRATIONS_RUN). */
@Injectable()
export class MigrateAtStart implements OnModuleInit {
  private readonly logger = new Logger('Database');

  constructor(
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {}

  async onModuleInit(): Promise<void> {
    if (!this.config.MIGRATIONS_RUN) {
      this.logger.log('Migrations at start-up are off (MIGRATIONS_RUN=false)');
      return;
    }
    const ran = await runMigrationsLocked(this.dataSource);
    this.logger.log(
      ran.length
        ? `Ran ${String(ran.length)} migration(s): ${ran.map((m) => m.name).join(', ')}`
        : 'Database schema is up to date',
    );
  }
}

/** The TypeORM data source on the process's database, whichever mode runs it. */
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig, DatabaseConnection],
      useFactory: (config: AppConfig, connection: DatabaseConnection) => ({
        ...dataSourceOptions(connection.url, config.DATABASE_POOL_SIZE),
        entities: [],
        autoLoadEntities: true,
        retryAttempts: 2,
        retryDelay: 1000,
      }),
    }),
  ],
  providers: [MigrateAtStart],
})
export class DatabaseModule {}
