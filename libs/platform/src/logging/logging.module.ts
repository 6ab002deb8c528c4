import type { IncomingMessage, ServerResponse } from 'node:http';
import { Module } from '@nestjs/common';
import { isGeldigBsn } from '@schakel/regels';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig } from '../config/app-config.js';
import { correlate, type CorrelatedRequest } from './correlation.js';
import { redactDeep } from './redact.js';

/**
 * Path without query string (query strings may carry search terms, never log them), with
 * every BSN-shaped number (9 digits passing the 11-proef) that a client put in it masked.
 */
export function pathOnly(url: string | undefined): string {
  if (!url) return '';
  const q = url.indexOf('?');
  const path = q === -1 ? url : url.slice(0, q);
  return path.replace(/(?<!\d)\d{9}(?!\d)/g, (digits) => (isGeldigBsn(digits) ? '[bsn]' : digits));
}

/**
 * Only the technical parts of an error; drivers attach values (`detail`, `parameters`).
 * Accepts real errors and the plain copies that the redaction step makes of them.
 */
export function serializeError(err: unknown): Record<string, unknown> {
  if (err === null || typeof err !== 'object') return { type: typeof err };
  const e = err as {
    type?: unknown;
    message?: unknown;
    code?: unknown;
    status?: unknown;
    stack?: unknown;
  };
  const type =
    err instanceof Error ? err.constructor.name : typeof e.type === 'string' ? e.type : 'Object';
  return {
    type,
    ...(typeof e.message === 'string' ? { message: scrub(e.message) } : {}),
    ...(typeof e.code === 'string' ? { code: e.code } : {}),
    ...(typeof e.status === 'number' ? { status: e.status } : {}),
    ...(typeof e.stack === 'string' ? { stack: scrub(e.stack) } : {}),
  };
}

/** Masks BSN-shaped numbers and e-mail addresses that a library put in a message. */
function scrub(text: string): string {
  return text
    .replace(/\b\d{9}\b/g, '[9 cijfers]')
    .replace(/\b[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b/g, '[e-mail]');
}

/** pino options shared by the HTTP logger and stand-alone loggers (CLI, bootstrap). */
export function pinoOptions(level: string) {
  return {
    level,
    base: { service: 'schakel' },
    messageKey: 'msg',
    timestamp: () => `,"time":"${new Date().toISOString()}"`,
    formatters: {
      level: (label: string) => ({ level: label }),
      log: (object: Record<string, unknown>) => redactDeep(object),
    },
    serializers: { err: serializeError, error: serializeError },
  };
}

function requestLine(req: IncomingMessage, res: ServerResponse): string {
  const url = (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url;
  return `${req.method ?? ''} ${pathOnly(url)} ${String(res.statusCode)}`;
}

@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        forRoutes: ['{*path}'],
        pinoHttp: {
          ...pinoOptions(config.LOG_LEVEL),
          genReqId: (req: IncomingMessage, res: ServerResponse) => correlate(req, res),
          customProps: (req: IncomingMessage) => {
            const t = (req as CorrelatedRequest).trace;
            return t ? { traceId: t.traceId, spanId: t.spanId } : {};
          },
          // Never headers (authorization, cookies), bodies or query strings.
          serializers: {
            req: (req: {
              id?: string;
              method?: string;
              url?: string;
              raw?: { originalUrl?: string };
            }) => ({
              id: req.id,
              method: req.method,
              path: pathOnly(req.raw?.originalUrl ?? req.url),
            }),
            res: (res: { statusCode?: number | null; raw?: { statusCode?: number } }) => ({
              statusCode: res.raw?.statusCode ?? res.statusCode,
            }),
            err: serializeError,
          },
          customLogLevel: (_req: IncomingMessage, res: ServerResponse, err?: Error) =>
            err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
          customSuccessMessage: requestLine,
          customErrorMessage: requestLine,
        },
      }),
    }),
  ],
})
export class LoggingModule {}
