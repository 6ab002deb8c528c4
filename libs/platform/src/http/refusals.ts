import type { NextFunction, Request } from 'express';
import { ProblemException } from '../problem/problem.js';

/**
 * Writes a refusal to the actor audit log when the request's actor is known (ADR 0022). The
 * authz context provides it; the platform only calls it.
 */
export abstract class RefusalRecorder {
  /** Records the refusal in a transaction of its own; rejects when that write fails. */
  abstract record(req: Request, reden: string): Promise<void>;
}

/** Finds the recorder, if the app has one (the OpenAPI export and some tests do not). */
export function findRecorder(app: {
  get(token: unknown, options: { strict: boolean }): unknown;
}): RefusalRecorder | undefined {
  try {
    return app.get(RefusalRecorder, { strict: false }) as RefusalRecorder;
  } catch {
    return undefined;
  }
}

/**
 * Passes a middleware's error on; a refusal of the request's input (a 4xx problem) is first
 * written to the actor audit log with its code as the reason. If that write fails, the
 * request fails with it.
 */
export function passRefusal(
  recorder: RefusalRecorder | undefined,
  req: Request,
  err: unknown,
  next: NextFunction,
): void {
  if (!recorder || !(err instanceof ProblemException) || err.getStatus() >= 500) {
    next(err);
    return;
  }
  recorder.record(req, err.code).then(() => {
    next(err);
  }, next);
}
