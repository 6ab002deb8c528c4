import {
  Injectable,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { subject as asSubject } from '@casl/ability';
import { permittedFieldsOf } from '@casl/ability/extra';
import { ROUTE_POLICY, type RoutePolicy } from '@schakel/platform';
import { map, type Observable } from 'rxjs';
import type { Action, AppAbility, SubjectType } from './abilities.js';
import type { AuthorizedRequest } from './authz.guard.js';

/**
 * Field-level rules shape the responses of routes whose policy asks for it (`velden`): each
 * returned record of the policy's subject keeps only the fields the actor's rules permit
 * (`permittedFieldsOf`), with conditions evaluated against the record itself.
 */
@Injectable()
export class FieldsInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const policy = this.reflector.getAllAndOverride<RoutePolicy | undefined>(ROUTE_POLICY, [
      context.getHandler(),
      context.getClass(),
    ]);
    const req = context.switchToHttp().getRequest<AuthorizedRequest>();
    const ability = req.authz?.ability;
    if (!policy?.velden || !ability) return next.handle();
    return next
      .handle()
      .pipe(map((body: unknown) => shape(ability, 'read', policy.subject as SubjectType, body)));
  }
}

/** Keeps only permitted fields of a record (or of each record in an array). */
export function shape(
  ability: AppAbility,
  action: Action,
  type: SubjectType,
  body: unknown,
): unknown {
  if (Array.isArray(body)) return body.map((item) => shape(ability, action, type, item));
  if (body === null || typeof body !== 'object') return body;
  const record = body as Record<string, unknown>;
  const all = Object.keys(record);
  const fields = permittedFieldsOf(
    ability,
    action,
    asSubject(type as string, { ...record }) as never,
    {
      fieldsFrom: (rule) => rule.fields ?? all,
    },
  );
  const allowed = new Set(fields);
  return Object.fromEntries(Object.entries(record).filter(([k]) => allowed.has(k)));
}
