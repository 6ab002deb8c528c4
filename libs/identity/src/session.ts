import { randomBytes } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { localSecret, ProblemException, sendProblem, type AppConfig } from '@schakel/platform';
import connectPgSimple from 'connect-pg-simple';
import session from 'express-session';
import type { RequestHandler } from 'express';
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

/** How long a session without a logged-in actor (the login flow's state) is kept: 10 minutes. */
export const LOGIN_FLOW_TTL_S = 10 * 60;

/** How often expired sessions are deleted, in seconds. */
const PRUNE_INTERVAL_S = 60;

/**
 * Server-side sessions in PostgreSQL (table `sessie`, made by a migration), on the
 * application's own pool. The cookie is a session cookie (no `Expires`: it ends with the
 * browser), httpOnly, SameSite=Lax (Strict would drop it on the redirect back from an external
 * IdP) and Secure when Schakel is served over HTTPS. The idle timeout is the store's expiry,
 * moved on by every request; the absolute lifetime is checked per request.
 *
 * Only the login flow writes a session before login (its state, nonce and PKCE verifier);
 * such a row expires after {@link LOGIN_FLOW_TTL_S} and is pruned every minute. A session
 * that cannot be loaded (database down, connection reset) is answered 503 and kept: without
 * this, express-session (`unset: 'destroy'`) deletes it at the end of the failed request.
 */
export function sessionMiddleware(config: AppConfig, pool: Pool): RequestHandler {
  const PgStore = connectPgSimple(session);
  const idleS = config.SESSION_IDLE_MINUTES * 60;

  /** Expiry per session: the idle timeout once logged in, the login flow's short one before. */
  class SessieStore extends PgStore {
    override set(sid: string, sess: session.SessionData, fn?: (err?: unknown) => void): void {
      withTtl(this, sess, () => {
        super.set(sid, sess, fn);
      });
    }
    override touch(sid: string, sess: session.SessionData, fn?: () => void): void {
      // Every request moves the idle expiry on, which was one UPDATE per request (issue 16,
      // S2). A process writes it at most once per tenth of the idle timeout (at most 60 s) per
      // session: the session then ends at most that much before the idle timeout.
      const nu = Date.now();
      const vorige = aangeraakt.get(sid);
      if (sess.actor && vorige !== undefined && nu - vorige < aanrakenMs) {
        fn?.();
        return;
      }
      if (aangeraakt.size >= 50_000) aangeraakt.clear();
      aangeraakt.set(sid, nu);
      withTtl(this, sess, () => {
        super.touch(sid, sess, fn);
      });
    }
    override destroy(sid: string, fn?: (err?: unknown) => void): void {
      aangeraakt.delete(sid);
      super.destroy(sid, fn);
    }
  }
  /** When this process last wrote each session's expiry (ms), to write it less often. */
  const aangeraakt = new Map<string, number>();
  const aanrakenMs = Math.min(60_000, (idleS * 1000) / 10);
  // connect-pg-simple reads its public `ttl` synchronously when set/touch start.
  function withTtl(store: PgStoreWithTtl, sess: session.SessionData, run: () => void): void {
    store.ttl = sess.actor ? idleS : Math.min(LOGIN_FLOW_TTL_S, idleS);
    run();
  }

  const middleware = session({
    name: SESSION_COOKIE,
    secret: sessionSecret(config),
    store: new SessieStore({
      pool,
      tableName: 'sessie',
      createTableIfMissing: false,
      ttl: idleS,
      pruneSessionInterval: PRUNE_INTERVAL_S,
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
      path: '/',
    },
  });
  const logger = new Logger('Sessie');
  return (req, res, next) => {
    middleware(req, res, (err?: unknown) => {
      if (err === undefined) {
        next();
        return;
      }
      // Forget the session id for this response, so express-session does not destroy the
      // session it could not load; the next request finds it again.
      (req as { sessionID?: string }).sessionID = undefined;
      logger.warn({ err }, 'Session could not be loaded: 503, session kept');
      sendProblem(
        req,
        res,
        new ProblemException(
          503,
          'sessie-niet-beschikbaar',
          'Sessie tijdelijk niet beschikbaar',
          'Uw sessie kon nu niet worden gelezen; probeer het zo opnieuw. U blijft aangemeld.',
        ),
      );
    });
  };
}

type PgStoreWithTtl = InstanceType<ReturnType<typeof connectPgSimple>> & { ttl?: number };

/** SESSION_SECRET, or outside production one made once and kept in the data directory. */
function sessionSecret(config: AppConfig): string {
  return (
    config.SESSION_SECRET ??
    localSecret(config, '.session-secret', () => randomBytes(48).toString('base64url'))
  );
}
