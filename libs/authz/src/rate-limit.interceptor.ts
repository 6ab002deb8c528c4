import {
  BadRequestException,
  Injectable,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import {
  InvalidInputException,
  RATE_LIMIT,
  RateLimiter,
  RateLimitExceeded,
  ROUTE_POLICY,
  type Limiet,
  type RoutePolicy,
  type Teller,
} from '@schakel/platform';
import { catchError, defer, from, mergeMap, throwError, type Observable } from 'rxjs';
import type { AuthorizedRequest } from './authz.guard.js';
import { actorOf, RefusalAudit, type Geweigerd } from './refusal-audit.js';

/**
 * After the guard (the actor is known) and before validation (the body is still as sent):
 * the API's limit per actor, and the route's own limits per address and per actor. Any
 * request that carries a BSN (a `bsn` field in its body or query) counts as a lookup by BSN.
 * Refusals of the validation pipe are written to the actor audit log here too (ADR 0022).
 */
@Injectable()
export class RateLimitInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly limiter: RateLimiter,
    private readonly refusals: RefusalAudit,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const targets = [context.getHandler(), context.getClass()];
    const req = context.switchToHttp().getRequest<AuthorizedRequest>();
    const policy = this.reflector.getAllAndOverride<RoutePolicy | undefined>(ROUTE_POLICY, targets);
    const wat: Geweigerd | undefined = policy
      ? { actie: policy.action, objectType: policy.subject }
      : undefined;
    const limieten = new Set<Limiet>();
    const route = this.reflector.getAllAndOverride<Limiet | undefined>(RATE_LIMIT, targets);
    if (route) limieten.add(route);
    if (draagtBsn(req.body) || draagtBsn(req.query)) limieten.add('bsn');
    const adres = req.ip ?? req.socket.remoteAddress ?? '?';
    const actorId = actorOf(req)?.id;
    const tellers: Teller[] = actorId ? [{ limiet: 'api', soort: 'actor', waarde: actorId }] : [];
    for (const limiet of limieten) {
      tellers.push({ limiet, soort: 'adres', waarde: adres });
      if (actorId) tellers.push({ limiet, soort: 'actor', waarde: actorId });
    }
    return defer(() => this.check(tellers, req, wat)).pipe(
      mergeMap(() =>
        next
          .handle()
          .pipe(
            catchError((err: unknown) =>
              isInputRefusal(err)
                ? from(this.refusals.record(req, refusalCode(err), wat)).pipe(
                    mergeMap(() => throwError(() => err)),
                  )
                : throwError(() => err),
            ),
          ),
      ),
    );
  }

  private async check(
    tellers: Teller[],
    req: AuthorizedRequest,
    wat: Geweigerd | undefined,
  ): Promise<void> {
    try {
      await this.limiter.hit(tellers, req);
    } catch (err) {
      if (err instanceof RateLimitExceeded) await this.refusals.record(req, err.reden, wat);
      throw err;
    }
  }
}

/** The validation pipe's refusals (and Nest's own 400s of parameter pipes). */
function isInputRefusal(err: unknown): boolean {
  return err instanceof InvalidInputException || err instanceof BadRequestException;
}

function refusalCode(err: unknown): string {
  return err instanceof InvalidInputException ? err.code : 'ongeldig-verzoek';
}

/** Whether a body or query holds a non-empty `bsn` field (a few levels deep at most). */
export function draagtBsn(value: unknown, depth = 0): boolean {
  if (depth > 4 || typeof value !== 'object' || value === null) return false;
  const entries = Array.isArray(value)
    ? value.slice(0, 50).map((v): [string, unknown] => ['', v])
    : Object.entries(value as Record<string, unknown>).slice(0, 50);
  for (const [key, v] of entries) {
    if (key.toLowerCase() === 'bsn' && typeof v === 'string' && v.trim() !== '') return true;
    if (draagtBsn(v, depth + 1)) return true;
  }
  return false;
}
