import {
  RequestMethod,
  type DynamicModule,
  type INestApplication,
  type Type,
} from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import {
  API_PREFIX,
  API_VERSION,
  buildOpenApiDocument,
  createValidationPipe,
  OpenApiDocument,
  ProblemFilter,
  setupClientErrors,
  setupInputGuard,
  setupRol,
  setupSecurityHeaders,
  setupRateLimits,
  type AppConfig,
  type DatabaseRuntime,
} from '@schakel/platform';
import type { NextFunction, Request, Response } from 'express';
import { setupIdentity } from '@schakel/identity';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module.js';

/**
 * Creates and initialises the API on an opened database (not listening yet). Used by `main`
 * and by the tests, so both run the same wiring.
 */
export async function createApp(
  config: AppConfig,
  database: DatabaseRuntime,
  extra: (Type | DynamicModule)[] = [],
): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(config, database, extra),
    {
      bodyParser: false,
      bufferLogs: true,
      abortOnError: false,
    },
  );
  await configureApp(app, config);
  setupClientErrors(app.getHttpServer());
  await app.init();
  return app;
}

/** Wiring shared by the running app and the OpenAPI export. */
export async function configureApp(app: NestExpressApplication, config: AppConfig): Promise<void> {
  app.useLogger(app.get(Logger));
  app.disable('x-powered-by');
  setupSecurityHeaders(app, config);
  setupRol(app, config);
  setupInputGuard(app);
  app.use((_req: Request, res: Response, next: NextFunction) => {
    res.setHeader('API-Version', API_VERSION);
    next();
  });
  setupRateLimits(app);
  await setupIdentity(app, config);
  app.setGlobalPrefix(API_PREFIX, { exclude: [{ path: 'metrics', method: RequestMethod.GET }] });
  app.useGlobalFilters(new ProblemFilter());
  app.useGlobalPipes(createValidationPipe());
  app.get(OpenApiDocument).document = buildOpenApiDocument(app, config.PUBLIC_URL);
}
