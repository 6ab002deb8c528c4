import { Module, type DynamicModule, type Type } from '@nestjs/common';
import { AuthzModule } from '@schakel/authz';
import { IdentityModule } from '@schakel/identity';
import { PlatformModule, type AppConfig, type DatabaseRuntime } from '@schakel/platform';
import { PurposeModule } from '@schakel/purpose';

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
      imports: [
        PlatformModule.forRoot(config, database),
        IdentityModule,
        PurposeModule,
        AuthzModule,
        ...extra,
      ],
    };
  }
}
