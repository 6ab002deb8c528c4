import { createHash, timingSafeEqual } from 'node:crypto';
import type { AppConfig } from '../config/app-config.js';

/**
 * Whether a scrape may read the metrics: with METRICS_TOKEN only with that bearer token; on
 * the API's own port never when METRICS_PORT gives them a port of their own; without either
 * open outside production and off in production.
 */
export function metricsAccess(
  config: AppConfig,
  authorization: string | undefined,
  ownPort: boolean,
): 'ja' | 'token-nodig' | 'uit' {
  if (config.METRICS_PORT !== undefined && !ownPort) return 'uit';
  if (config.METRICS_TOKEN) {
    return tokenMatches(authorization, config.METRICS_TOKEN) ? 'ja' : 'token-nodig';
  }
  if (config.METRICS_PORT === undefined && config.NODE_ENV === 'production') return 'uit';
  return 'ja';
}

function tokenMatches(authorization: string | undefined, token: string): boolean {
  const m = /^Bearer ([^\s]+)$/i.exec(authorization ?? '');
  if (!m?.[1]) return false;
  // Compare hashes: equal length, so the comparison time says nothing about the token.
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(m[1]), digest(token));
}
