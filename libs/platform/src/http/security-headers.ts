import type { INestApplication } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import type { AppConfig } from '../config/app-config.js';

/**
 * Strict headers for the web app and the API (helmet): a content security policy that lets
 * no other site frame Schakel (`frame-ancestors 'none'`), and HSTS and
 * `upgrade-insecure-requests` only on a request that came in over HTTPS (PUBLIC_URL https, or
 * `X-Forwarded-Proto: https` from a trusted proxy). Over plain http they would pin a browser
 * to an https site that is not there.
 */
export function setupSecurityHeaders(app: INestApplication, config: AppConfig): void {
  const headers = (https: boolean) =>
    helmet({
      contentSecurityPolicy: {
        directives: {
          'frame-ancestors': ["'none'"],
          'upgrade-insecure-requests': https ? [] : null,
        },
      },
      strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    });
  const overHttps = headers(true);
  const overHttp = headers(false);
  const publicHttps = config.PUBLIC_URL.startsWith('https://');
  app.use((req: Request, res: Response, next: NextFunction) => {
    // `req.secure` follows X-Forwarded-Proto only when `trust proxy` is set (TRUST_PROXY).
    const https = publicHttps || (config.TRUST_PROXY > 0 && req.secure);
    (https ? overHttps : overHttp)(req, res, next);
  });
}
