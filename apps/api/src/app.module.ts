import { existsSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import { Module, type DynamicModule, type Type } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import { AuthzModule } from '@schakel/authz';
import { BezorgingModule } from '@schakel/bezorging';
import { IdentityModule } from '@schakel/identity';
import { PersonenModule } from '@schakel/personen';
import { PlatformModule, type AppConfig, type DatabaseRuntime } from '@schakel/platform';
import { PurposeModule } from '@schakel/purpose';
import { VerantwoordingModule } from '@schakel/verantwoording';
import { ZorgmeldingenModule } from '@schakel/zorgmeldingen';
import { CasussenModule } from '@schakel/casussen';
import { RechtenModule } from '@schakel/rechten';
import { CijfersModule } from '@schakel/cijfers';
import { BewaringModule } from '@schakel/bewaring';
import { WerkModule } from '@schakel/werk';

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
        VerantwoordingModule,
        ZorgmeldingenModule,
        CasussenModule,
        PersonenModule,
        BezorgingModule,
        RechtenModule,
        CijfersModule,
        BewaringModule,
        WerkModule,
        ...webApp(config),
        ...extra,
      ],
    };
  }
}

/** The built web app (apps/web/dist) at `/`, with index.html for every non-API path. */
function webApp(config: AppConfig): DynamicModule[] {
  const root = resolve(config.WEB_DIR);
  if (!config.dientApi || !existsSync(join(root, 'index.html'))) return [];
  return [
    ServeStaticModule.forRoot({
      rootPath: root,
      exclude: ['/api/{*path}', '/dev-idp/{*path}', '/metrics'],
      serveStaticOptions: {
        index: 'index.html',
        fallthrough: true,
        // Hashed assets forever; index.html always revalidated so a deploy takes effect.
        setHeaders: (res: ServerResponse, path: string) => {
          res.setHeader(
            'Cache-Control',
            /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
          );
        },
      },
    }),
  ];
}
