import { createHash } from 'node:crypto';
import { Injectable, Logger, SetMetadata } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { correlate } from '../logging/correlation.js';
import { toProblem } from '../problem/problem.filter.js';
import { PROBLEM_CONTENT_TYPE, ProblemException } from '../problem/problem.js';

/** The limits of ADR 0022; each counts per client address and per actor. */
export type Limiet = 'api' | 'login' | 'bsn' | 'zoeken' | 'bewijs' | 'schema';

export const RATE_LIMIT = 'schakel:limiet';

/** Puts a route (or a controller) under a limit, on top of the API's limit. */
export const RateLimit = (limiet: Limiet): MethodDecorator & ClassDecorator =>
  SetMetadata(RATE_LIMIT, limiet);

/** 429: a limit was reached. `Retry-After` says when its window ends. */
export class RateLimitExceeded extends ProblemException {
  constructor(
    readonly limiet: Limiet,
    readonly retryAfterS: number,
  ) {
    super(
      429,
      'te-veel-verzoeken',
      'Te veel verzoeken',
      'Er zijn te veel verzoeken gedaan; probeer het later opnieuw.',
    );
  }

  /** The reason code in the audit trail and the log. */
  get reden(): string {
    return `limiet-${this.limiet}`;
  }
}

/** One counter to raise: a limit for one key (client address or actor id). */
export interface Teller {
  limiet: Limiet;
  soort: 'adres' | 'actor';
  waarde: string;
}

/**
 * Fixed-window counters in PostgreSQL, shared by every replica: one upsert statement raises
 * all counters of a request and says which are over their limit. The database's clock sets
 * the windows, so replicas agree on them. Keys are hashed: no address or id is stored.
 */
@Injectable()
export class RateLimiter {
  private readonly logger = new Logger('RateLimit');
  private teller = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  limit(limiet: Limiet): number {
    const c = this.config;
    const limits: Record<Limiet, number> = {
      api: c.RATE_LIMIT_API,
      login: c.RATE_LIMIT_LOGIN,
      bsn: c.RATE_LIMIT_BSN,
      zoeken: c.RATE_LIMIT_ZOEKEN,
      bewijs: c.RATE_LIMIT_BEWIJS,
      schema: c.RATE_LIMIT_SCHEMA,
    };
    return limits[limiet];
  }

  /** Counts the request; throws {@link RateLimitExceeded} for the first limit it exceeds. */
  async hit(tellers: Teller[], req: Request): Promise<void> {
    if (tellers.length === 0) return;
    const window = this.config.RATE_LIMIT_WINDOW_S;
    const keys = tellers.map((t) => sleutel(t));
    const rows: { sleutel: string; aantal: number; rest: number }[] = await this.dataSource.query(
      `INSERT INTO verzoeklimiet (sleutel, venster_eind, aantal)
       SELECT k, to_timestamp((floor(extract(epoch FROM now()) / $2) + 1) * $2), 1
         FROM unnest($1::text[]) AS k
       ON CONFLICT (sleutel) DO UPDATE
          SET aantal = CASE WHEN verzoeklimiet.venster_eind = EXCLUDED.venster_eind
                            THEN verzoeklimiet.aantal + 1 ELSE 1 END,
              venster_eind = EXCLUDED.venster_eind
       RETURNING sleutel, aantal, ceil(extract(epoch FROM venster_eind - now()))::int AS rest`,
      [keys, window],
    );
    if (++this.teller % 1000 === 0) this.prune();
    const byKey = new Map(rows.map((r) => [r.sleutel, r]));
    for (const t of tellers) {
      const row = byKey.get(sleutel(t));
      if (row && row.aantal > this.limit(t.limiet)) {
        const retryAfter = Math.max(1, row.rest);
        this.logger.warn(
          { limiet: t.limiet, per: t.soort, route: `${req.method} ${routeLabel(req)}` },
          'Rate limit reached',
        );
        throw new RateLimitExceeded(t.limiet, retryAfter);
      }
    }
  }

  /** Drops the counters of windows that have ended (now and then, off the answer's path). */
  private prune(): void {
    this.dataSource.query('DELETE FROM verzoeklimiet WHERE venster_eind < now()').catch(() => {
      // A later request prunes again.
    });
  }
}

function sleutel(t: Teller): string {
  const hash = createHash('sha256').update(`${t.soort}\u0000${t.waarde}`).digest('base64url');
  return `${t.limiet}:${hash.slice(0, 32)}`;
}

/** The route pattern when known; never the path itself (it may hold a BSN). */
export function routeLabel(req: Request): string {
  const path = (req.route as { path?: unknown } | undefined)?.path;
  return typeof path === 'string' ? path : '?';
}

const LOGIN_PATHS = [/^\/api\/v1\/auth\/login\/?$/, /^\/dev-idp\/interaction\/[^/]+\/login\/?$/];

/**
 * The first line of the limits, in Express before the session is read: every API and
 * development IdP request per client address, and logins per address, so a flood costs one
 * statement per request and never a session row. No actor is known yet, so these refusals
 * are logged only. The limits per actor and per route follow after the guard
 * (`RateLimitInterceptor` of the authz context), which also writes their refusals to the trail.
 */
export function setupRateLimits(app: NestExpressApplication): void {
  const limiter = app.get(RateLimiter);
  app.use((req: Request, res: Response, next: NextFunction) => {
    const path = req.path;
    // Health probes stay out: a limited probe would restart a healthy replica.
    const limited = path.startsWith('/api/') || path.startsWith('/dev-idp/');
    if (!limited || path.startsWith('/api/v1/health/')) {
      next();
      return;
    }
    const adres = req.ip ?? req.socket.remoteAddress ?? '?';
    const tellers: Teller[] = [{ limiet: 'api', soort: 'adres', waarde: adres }];
    if (LOGIN_PATHS.some((p) => p.test(path)) && ['GET', 'POST'].includes(req.method)) {
      tellers.push({ limiet: 'login', soort: 'adres', waarde: adres });
    }
    limiter.hit(tellers, req).then(
      () => {
        next();
      },
      (err: unknown) => {
        if (err instanceof RateLimitExceeded) answer429(req, res, err);
        else next(err);
      },
    );
  });
}

/** 429 problem+json with Retry-After, straight from Express (Nest's filter is not reached). */
function answer429(req: Request, res: Response, err: RateLimitExceeded): void {
  const id = correlate(req, res);
  res
    .status(429)
    .setHeader('Retry-After', String(err.retryAfterS))
    .type(PROBLEM_CONTENT_TYPE)
    .send(JSON.stringify(toProblem(err, `urn:uuid:${id}`)));
}
