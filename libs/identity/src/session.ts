import { randomBytes } from 'node:crypto';
import { localSecret, type AppConfig } from '@schakel/platform';
import connectPgSimple from 'connect-pg-simple';
import session from 'express-session';
import type { Pool } from 'pg';
import type { Actor } from './actor.js';

declare module 'express-session' {
  interface SessionData {
    actor?: Actor;
    csrfToken?: string;
    /** Epoch ms of login: the absolute lifetime counts from here. */
    aangemeldOp?: number;
    /** Where to go after login (a path of this site). */
    terug?: string;
  }
}

export const SESSION_COOKIE = 'schakel.sid';

/**
 * Server-side sessions in PostgreSQL (table `sessie`, made by a migration), on the
 * application's own pool. The cookie is httpOnly, SameSite=Lax (Strict would drop it on the
 * redirect back from an external IdP) and Secure when Schakel is served over HTTPS. Idle
 * timeout by a rolling cookie and store expiry; the absolute lifetime is checked per request.
 */
export function sessionMiddleware(config: AppConfig, pool: Pool) {
  const PgStore = connectPgSimple(session);
  const idleMs = config.SESSION_IDLE_MINUTES * 60_000;
  return session({
    name: SESSION_COOKIE,
    secret: sessionSecret(config),
    store: new PgStore({
      pool,
      tableName: 'sessie',
      createTableIfMissing: false,
      ttl: idleMs / 1000,
      pruneSessionInterval: 15 * 60,
      errorLog: () => undefined,
    }),
    resave: false,
    saveUninitialized: false,
    rolling: true,
    unset: 'destroy',
    proxy: config.TRUST_PROXY > 0,
    cookie: {
      httpOnly: true,
      sameSite: 'lax',
      secure: config.PUBLIC_URL.startsWith('https://'),
      maxAge: idleMs,
      path: '/',
    },
  });
}

/** SESSION_SECRET, or outside production one made once and kept in the data directory. */
function sessionSecret(config: AppConfig): string {
  return (
    config.SESSION_SECRET ??
    localSecret(config, '.session-secret', () => randomBytes(48).toString('base64url'))
  );
}
