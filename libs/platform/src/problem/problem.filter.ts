import {
  Catch,
  HttpException,
  Logger,
  type ArgumentsHost,
  type ExceptionFilter,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { databaseOnbereikbaar } from './database-onbereikbaar.js';
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
 * 5xx errors (but 503) are logged with the request id. An error that means the database
 * cannot be reached (reset, outage, refused connections) is 503 with `Retry-After`, not 500:
 * the request may well succeed in a moment.
 */
export function sendProblem(
  req: Request,
  res: Response,
  exception: unknown,
  logger: Pick<Logger, 'error' | 'warn'> = fallbackLogger,
): void {
  const id = correlate(req as Request & CorrelatedRequest, res);
  const problem = toProblem(exception, `urn:uuid:${id}`);
  if (problem.status >= 500 && problem.status !== 503) {
    logger.error({ err: exception, requestId: id }, 'Unhandled error');
  } else if (problem.type === problemType(DATABASE_ONBEREIKBAAR)) {
    logger.warn({ requestId: id, fout: errorCode(exception) }, 'Database unreachable: 503');
  }
  if (res.headersSent) {
    res.end();
    return;
  }
  const retryAfter = (exception as { retryAfterS?: unknown } | null)?.retryAfterS;
  if (problem.status === 429 && typeof retryAfter === 'number') {
    res.setHeader('Retry-After', String(retryAfter));
  }
  if (problem.status === 503) res.setHeader('Retry-After', String(RETRY_AFTER_503_S));
  if (exception instanceof HttpException && problem.status === 405) {
    const allow = (exception.getResponse() as { allow?: string }).allow;
    if (allow) res.setHeader('Allow', allow);
  }
  res.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
}

const fallbackLogger = new Logger('ProblemFilter');

/** Problem code of a request that failed because the database could not be reached. */
export const DATABASE_ONBEREIKBAAR = 'database-onbereikbaar';

/** Seconds a client should wait before retrying after a 503. */
const RETRY_AFTER_503_S = 5;

/** The driver's error code (`57P01`, `ECONNREFUSED`), never its message (it may quote data). */
function errorCode(err: unknown): string | undefined {
  for (let e = err, i = 0; e && typeof e === 'object' && i < 5; i++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    e =
      (e as { driverError?: unknown; cause?: unknown }).driverError ??
      (e as { cause?: unknown }).cause;
  }
  return undefined;
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
  if (databaseOnbereikbaar(exception)) {
    return {
      type: problemType(DATABASE_ONBEREIKBAAR),
      title: 'Tijdelijk niet beschikbaar',
      status: 503,
      detail: 'De database is tijdelijk niet bereikbaar; probeer het zo opnieuw.',
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
