import { timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig, ProblemException } from '@schakel/platform';
import type { Request } from 'express';
import type { Actor } from './actor.js';
import { OidcService } from './oidc.service.js';

export type AuthenticatedVia = 'sessie' | 'token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Who is asking: a system client by bearer token, else a browser user by session. Enforces
 * the session's absolute lifetime and, for browser requests that change state, the CSRF
 * token (synchronizer token kept in the session, sent back in `X-CSRF-Token`).
 */
@Injectable()
export class ActorResolver {
  constructor(
    private readonly config: AppConfig,
    private readonly oidc: OidcService,
  ) {}

  async resolve(req: Request): Promise<{ actor: Actor; via: AuthenticatedVia } | undefined> {
    const herkomst = { ip: req.ip };
    const authorization = req.headers.authorization;
    if (authorization !== undefined) {
      const m = /^Bearer\s+([A-Za-z0-9._~+/-]+=*)$/i.exec(authorization);
      if (!m?.[1]) {
        throw new ProblemException(
          401,
          'ongeldig-token',
          'Ongeldig toegangstoken',
          'Stuur het toegangstoken als "Authorization: Bearer <token>".',
        );
      }
      return { actor: await this.oidc.actorFromBearer(m[1], herkomst), via: 'token' };
    }
    const session = req.session as Request['session'] | undefined;
    const actor = session?.actor;
    if (!session || !actor) return undefined;
    const maxMs = this.config.SESSION_MAX_HOURS * 3_600_000;
    if (Date.now() - (session.aangemeldOp ?? 0) > maxMs) {
      await new Promise<void>((done) => {
        session.destroy(() => {
          done();
        });
      });
      throw new ProblemException(
        401,
        'sessie-verlopen',
        'Sessie verlopen',
        'Uw sessie is verlopen; meld u opnieuw aan.',
      );
    }
    if (
      !SAFE_METHODS.has(req.method) &&
      !csrfMatches(session.csrfToken, req.headers['x-csrf-token'])
    ) {
      throw new ProblemException(
        403,
        'csrf-token-ongeldig',
        'CSRF-token ontbreekt of klopt niet',
        'Stuur bij wijzigingen het CSRF-token uit /api/v1/auth/me mee in de header X-CSRF-Token.',
      );
    }
    return { actor: { ...actor, herkomst }, via: 'sessie' };
  }
}

function csrfMatches(expected: string | undefined, given: unknown): boolean {
  if (!expected || typeof given !== 'string') return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
