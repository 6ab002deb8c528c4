import { Module, type DynamicModule, type Type } from '@nestjs/common';
import { PlatformModule, type AppConfig, type DatabaseRuntime } from '@schakel/platform';

/** Composes Schakel's bounded contexts into the API. */
@Module({})
export class AppModule {
  static forRoot(
    config: AppConfig,
    database: DatabaseRuntime,
    extra: (Type | DynamicModule)[] = [],
  ): DynamicModule {
    return {
      module: AppModule,
      imports: [PlatformModule.forRoot(config, database), ...extra],
    };
  }
}
