import { SetMetadata } from '@nestjs/common';

export const PUBLIC_ROUTE = 'schakel:public';
export const ROUTE_POLICY = 'schakel:policy';

/**
 * What a route needs: an action on a subject type, and whether it touches personal data
 * (then the request must name its processing activity: purpose binding).
 */
export interface RoutePolicy {
  action: string;
  subject: string;
  /** The request must name a processing activity (header `Verwerkingsactiviteit`). */
  doelbinding?: boolean;
  /** Shape the response by the actor's field-level rules for `subject` (read routes). */
  velden?: boolean;
}

/** Marks a route as open to everyone, logged in or not. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_ROUTE, true);

/** Declares the policy a route needs; the global guard denies every route without one. */
export const Policy = (policy: RoutePolicy): MethodDecorator & ClassDecorator =>
  SetMetadata(ROUTE_POLICY, policy);
