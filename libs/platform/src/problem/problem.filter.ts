import {
  Catch,
  HttpException,
  Logger,
  type ArgumentsHost,
  type ExceptionFilter,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { correlate, type CorrelatedRequest } from '../logging/correlation.js';
import {
  defaultProblem,
  PROBLEM_CONTENT_TYPE,
  ProblemException,
  problemType,
  type ProblemDetails,
} from './problem.js';

/**
 * Turns every error into `application/problem+json` (RFC 9457). Titles and details come from
 * Schakel's own texts or from a {@link ProblemException}, never from a framework or driver
 * message, so no path, value or stack reaches the client. 5xx errors are logged with the
 * request id, which is also the problem's `instance`.
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    sendProblem(ctx.getRequest<Request>(), ctx.getResponse<Response>(), exception, this.logger);
  }
}

/**
 * Answers `exception` as problem+json; for middleware that runs outside Nest's filters too.
 * 5xx errors (but 503) are logged with the request id.
 */
export function sendProblem(
  req: Request,
  res: Response,
  exception: unknown,
  logger: Pick<Logger, 'error'> = fallbackLogger,
): void {
  const id = correlate(req as Request & CorrelatedRequest, res);
  const unavailable = isDatabaseUnavailable(exception);
  const problem = toProblem(unavailable ? new DatabaseUnavailable() : exception, `urn:uuid:${id}`);
  if (unavailable) {
    logger.error({ err: exception, requestId: id }, 'Database unavailable: 503');
  } else if (problem.status >= 500 && problem.status !== 503) {
    logger.error({ err: exception, requestId: id }, 'Unhandled error');
  }
  if (res.headersSent) {
    res.end();
    return;
  }
  const retryAfter = (exception as { retryAfterS?: unknown } | null)?.retryAfterS;
  if (problem.status === 429 && typeof retryAfter === 'number') {
    res.setHeader('Retry-After', String(retryAfter));
  }
  if (unavailable) res.setHeader('Retry-After', String(DATABASE_RETRY_AFTER_S));
  if (exception instanceof HttpException && problem.status === 405) {
    const allow = (exception.getResponse() as { allow?: string }).allow;
    if (allow) res.setHeader('Allow', allow);
  }
  res.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
}

const fallbackLogger = new Logger('ProblemFilter');

const DATABASE_RETRY_AFTER_S = 5;

/** 503: the database cannot take the request now (all connections busy, restarting, reset). */
class DatabaseUnavailable extends ProblemException {
  constructor() {
    super(
      503,
      'niet-beschikbaar',
      'Niet beschikbaar',
      'De dienst is tijdelijk overbelast of niet bereikbaar; probeer het later opnieuw.',
    );
  }
}

/**
 * Whether an error says the database cannot serve the request now rather than that the request
 * or the code is wrong: no free connection within the pool's timeout, a connection that was
 * reset or refused, PostgreSQL's connection exceptions (class 08), insufficient resources
 * (class 53), shutdown or restart (57P0x) and a statement cancelled by its timeout (57014).
 * Such a request may succeed later: 503 with Retry-After, not 500 (issue 13's fuzzer found the
 * 500 under load).
 */
export function isDatabaseUnavailable(exception: unknown): boolean {
  const e = exception as {
    message?: unknown;
    code?: unknown;
    driverError?: { code?: unknown; message?: unknown };
  } | null;
  if (!e || typeof e !== 'object' || exception instanceof HttpException) return false;
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  const message = text(e.driverError?.message) || text(e.message);
  const code = text(e.driverError?.code) || text(e.code);
  return (
    message === 'timeout exceeded when trying to connect' ||
    message.startsWith('Connection terminated') ||
    ['ECONNREFUSED', 'ECONNRESET', 'EPIPE', '57014'].includes(code) ||
    /^(08|53|57P0)/.test(code)
  );
}

export function toProblem(exception: unknown, instance: string): ProblemDetails {
  if (exception instanceof ProblemException) {
    return {
      type: problemType(exception.code),
      title: exception.title,
      status: exception.getStatus(),
      detail: exception.detail,
      instance,
    };
  }
  const status = statusOf(exception);
  const d = defaultProblem(status);
  return { type: problemType(d.code), title: d.title, status, detail: d.detail, instance };
}

function statusOf(exception: unknown): number {
  if (exception instanceof HttpException) return exception.getStatus();
  // body-parser and similar middleware errors carry an HTTP status of their own
  const e = exception as { status?: unknown; statusCode?: unknown; expose?: unknown } | null;
  const s = e?.status ?? e?.statusCode;
  if (typeof s === 'number' && s >= 400 && s < 500 && e?.expose === true) return s;
  return 500;
}
