import { RequestMethod, type INestApplication } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { ModulesContainer } from '@nestjs/core';
import { PUBLIC_ROUTE, ROUTE_POLICY, type RoutePolicy } from '@schakel/platform';

export interface DiscoveredRoute {
  /** e.g. `GET /verwerkingsactiviteiten/{id}/versies` (relative to /api/v1). */
  key: string;
  method: string;
  path: string;
  isPublic: boolean;
  policy?: RoutePolicy;
}

const join = (...parts: (string | undefined)[]) =>
  `/${parts
    .filter((p): p is string => !!p && p !== '/')
    .map((p) => p.replace(/^\/|\/$/g, ''))
    .filter(Boolean)
    .join('/')}`.replace(/:(\w+)/g, '{$1}');

/** Every route the app's controllers declare, with its public flag and policy. */
export function discoverRoutes(app: INestApplication): DiscoveredRoute[] {
  const routes: DiscoveredRoute[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const type = wrapper.metatype as (abstract new (...args: never[]) => unknown) | null;
      if (!type) continue;
      const base = Reflect.getMetadata(PATH_METADATA, type) as string | undefined;
      const classPublic = Reflect.getMetadata(PUBLIC_ROUTE, type) as boolean | undefined;
      const classPolicy = Reflect.getMetadata(ROUTE_POLICY, type) as RoutePolicy | undefined;
      const proto = type.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(proto)) {
        const handler = proto[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const path = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (path === undefined || method === undefined) continue;
        const full = join(base, path);
        routes.push({
          key: `${RequestMethod[method]} ${full}`,
          method: RequestMethod[method],
          path: full,
          isPublic: Boolean(
            (Reflect.getMetadata(PUBLIC_ROUTE, handler) as boolean | undefined) ?? classPublic,
          ),
          policy:
            (Reflect.getMetadata(ROUTE_POLICY, handler) as RoutePolicy | undefined) ?? classPolicy,
        });
      }
    }
  }
  return routes.sort((a, b) => a.key.localeCompare(b.key));
}
