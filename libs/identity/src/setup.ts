import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AppConfig } from '@schakel/platform';
import passport from 'passport';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { createDevIdp, DEV_IDP_PATH, type DevIdp } from './dev-idp/dev-idp.js';
import { OidcService } from './oidc.service.js';
import { sessionMiddleware } from './session.js';

/**
 * Express-level wiring of identity, run before Nest initialises: sessions, passport, and
 * (without an external issuer) the development identity provider at /dev-idp.
 */
export async function setupIdentity(
  app: NestExpressApplication,
  config: AppConfig,
): Promise<DevIdp | undefined> {
  if (config.TRUST_PROXY > 0) app.set('trust proxy', config.TRUST_PROXY);
  const pool = (app.get(DataSource).driver as unknown as { master: Pool }).master;
  app.use(sessionMiddleware(config, pool));
  app.use(passport.initialize());
  if (!config.devIdentityProvider) return undefined;
  const devIdp = await createDevIdp({
    publicUrl: config.PUBLIC_URL,
    apiAudience: config.apiAudience,
    dataDir: config.DATA_DIR,
    production: config.NODE_ENV === 'production',
    trustProxy: config.TRUST_PROXY > 0,
  });
  app.use(DEV_IDP_PATH, devIdp.router);
  app.get(OidcService).useDevIdp(devIdp.issuer, devIdp.webClientSecret);
  return devIdp;
}
