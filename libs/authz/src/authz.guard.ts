import { Injectable, Logger, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuditService } from '@schakel/audit';
import { ActorResolver, type Actor } from '@schakel/identity';
import {
  ProblemException,
  PUBLIC_ROUTE,
  ROUTE_POLICY,
  traceOf,
  type RoutePolicy,
} from '@schakel/platform';
import { DataSource } from 'typeorm';
import { PurposeService } from '@schakel/purpose';
import type { Request } from 'express';
import {
  defineAbility,
  matchedRule,
  type Action,
  type AppAbility,
  type Doel,
  type SubjectType,
} from './abilities.js';
import { DoorbraakService } from './doorbraak.service.js';
import { REGELS_VERSIE } from './regels-versie.js';
import { actorOf } from './refusal-audit.js';

/** Header that names the processing activity a request serves. */
export const DOEL_HEADER = 'verwerkingsactiviteit';

/** What the guard decided, kept on the request for the service and the audit trail. */
export interface AuthzContext {
  actor: Actor;
  ability: AppAbility;
  doel?: Doel;
  /** Id of the rule that allowed the route. */
  regel?: string;
  /** The version of the rules that decided (ADR 0021). */
  regelsVersie: string;
}

export type AuthorizedRequest = Request & { actor?: Actor; authz?: AuthzContext };

/**
 * The global guard: deny by default. A route is open only when it is marked public or
 * declares a policy; the actor must be known (401), name a permitted activity when the route
 * touches personal data (400/403), and hold a rule for the action (403). Denials are logged.
 */
@Injectable()
export class AuthzGuard implements CanActivate {
  private readonly logger = new Logger('Authz');

  constructor(
    private readonly reflector: Reflector,
    private readonly resolver: ActorResolver,
    private readonly purpose: PurposeService,
    private readonly doorbraken: DoorbraakService,
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return false;
    const targets = [context.getHandler(), context.getClass()];
    const req = context.switchToHttp().getRequest<AuthorizedRequest>();
    if (this.reflector.getAllAndOverride<boolean | undefined>(PUBLIC_ROUTE, targets)) return true;
    const policy = this.reflector.getAllAndOverride<RoutePolicy | undefined>(ROUTE_POLICY, targets);
    if (!policy) {
      this.logger.error({ route: routeOf(req) }, 'Route declares no policy: denied');
      throw new ProblemException(
        403,
        'geen-toegang',
        'Geen toegang',
        'U heeft geen toegang tot deze bron voor dit doel.',
      );
    }
    const resolved = await this.resolver.resolve(req).catch(async (err: unknown) => {
      // A CSRF refusal has a known actor (the session's): it goes into the trail too.
      const actor = actorOf(req);
      if (err instanceof ProblemException && err.code === 'csrf-token-ongeldig' && actor) {
        await this.deny(actor, policy, req, err.code);
      }
      throw err;
    });
    if (!resolved) {
      throw new ProblemException(
        401,
        'niet-aangemeld',
        'Niet aangemeld',
        'Meld u aan om deze bron te gebruiken.',
      );
    }
    const actor = resolved.actor;
    req.actor = actor;
    let doel: Doel | undefined;
    if (policy.doelbinding) {
      const header = req.headers[DOEL_HEADER];
      try {
        doel = await this.purpose.bind(
          typeof header === 'string' ? header.trim() : undefined,
          actor.rollen,
        );
      } catch (err) {
        // Only a refusal is a denial; a failed lookup (the database away) is not (issue 13).
        if (err instanceof ProblemException) await this.deny(actor, policy, req, err.code);
        throw err;
      }
    }
    const ability = defineAbility(actor, doel, await this.doorbraken.active(actor));
    const action = policy.action as Action;
    const subject = policy.subject as SubjectType;
    if (!ability.can(action, subject)) {
      await this.deny(actor, policy, req, 'geen-regel', doel);
      throw new ProblemException(
        403,
        'geen-toegang',
        'Geen toegang',
        'U heeft geen toegang tot deze bron voor dit doel.',
      );
    }
    req.authz = {
      actor,
      ability,
      doel,
      regel: matchedRule(ability, action, subject),
      regelsVersie: REGELS_VERSIE,
    };
    return true;
  }

  /** Every denial goes into the actor audit log; if that write fails, the request fails. */
  private async deny(
    actor: Actor,
    policy: RoutePolicy,
    req: AuthorizedRequest,
    reden: string,
    doel?: Doel,
  ): Promise<void> {
    this.logger.warn(
      {
        organisatie: actor.organisatie.code,
        action: policy.action,
        subject: policy.subject,
        route: routeOf(req),
        reden,
      },
      'Access denied',
    );
    await this.dataSource.transaction((m) =>
      this.audit.record(m, {
        actor,
        actie: policy.action,
        objectType: policy.subject,
        resultaat: 'geweigerd',
        reden,
        doel,
        trace: traceOf(req),
        regelsVersie: REGELS_VERSIE,
      }),
    );
  }
}

function routeOf(req: Request): string {
  const path = (req.route as { path?: unknown } | undefined)?.path;
  return `${req.method} ${typeof path === 'string' ? path : '?'}`;
}

/** The guard's decision for this request; 401 when a route without a policy asks for it. */
export function requireAuthz(req: AuthorizedRequest): AuthzContext {
  if (!req.authz) {
    throw new ProblemException(
      401,
      'niet-aangemeld',
      'Niet aangemeld',
      'Meld u aan om deze bron te gebruiken.',
    );
  }
  return req.authz;
}
