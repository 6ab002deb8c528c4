import { isUtf8 } from 'node:buffer';
import type { INestApplication } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { InvalidInputException, ProblemException } from '../problem/problem.js';
import { sendProblem } from '../problem/problem.filter.js';

/** Deepest nesting of arrays and objects that a JSON body may have. */
export const MAX_JSON_DEPTH = 32;

/**
 * Field names that may be named in a refusal: a letter first and no run of digits (a key such
 * as a BSN is data, not a name).
 */
export const SAFE_NAME = /^(?!.*\d{4})[A-Za-z_][A-Za-z0-9_.-]{0,63}$/;

/** A high surrogate not followed by a low one, or a low one without a high one before it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const refuse = (field: string, constraint: string) =>
  new InvalidInputException([{ field, constraints: [constraint] }]);

/** What is wrong with one text value, if anything: a NUL character or a lone surrogate. */
function textProblem(text: string): string | undefined {
  if (text.includes('\0')) return 'geen NUL-teken';
  if (LONE_SURROGATE.test(text)) return 'geen geldige Unicode';
  return undefined;
}

/**
 * Checks the raw bytes of a JSON body before it is parsed: valid UTF-8, and no nesting deeper
 * than {@link MAX_JSON_DEPTH} (one pass, no recursion), so a body nested thousands deep never
 * reaches the parser or class-transformer. Used as body-parser's `verify`.
 */
export function checkJsonBytes(buf: Buffer): void {
  if (!isUtf8(buf)) throw guardError(refuse('(body)', 'geen geldige UTF-8'));
  let depth = 0;
  let inString = false;
  for (let i = 0; i < buf.length; i++) {
    const c = buf[i];
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > MAX_JSON_DEPTH) {
        throw guardError(
          new ProblemException(
            400,
            'te-diep-genest',
            'Te diep genest',
            `De body mag niet dieper dan ${String(MAX_JSON_DEPTH)} niveaus genest zijn.`,
          ),
        );
      }
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
    }
  }
}

/**
 * Checks a parsed JSON body: no `null` (Schakel's API has no nullable input: leave a field
 * out instead), no NUL character and no lone surrogate in any key or text. Names the field,
 * never the value. Depth is bounded by {@link checkJsonBytes}, so recursion is safe here.
 */
export function checkJsonValue(value: unknown, path = ''): void {
  const name = path || '(body)';
  if (value === null) throw refuse(name, 'geen null');
  if (typeof value === 'string') {
    const problem = textProblem(value);
    if (problem) throw refuse(name, problem);
    return;
  }
  if (typeof value !== 'object') return;
  if (Array.isArray(value)) {
    value.forEach((item: unknown, i) => {
      checkJsonValue(item, `${path}[${String(i)}]`);
    });
    return;
  }
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    const keyProblem = textProblem(key);
    if (keyProblem) throw refuse(path || '(body)', keyProblem);
    checkJsonValue(item, SAFE_NAME.test(key) ? (path ? `${path}.${key}` : key) : '(veld)');
  }
}

/** Refuses a path or query string with bad percent-encoding, a NUL or a lone surrogate. */
export function checkUrl(url: string): void {
  const q = url.indexOf('?');
  const path = q === -1 ? url : url.slice(0, q);
  const query = q === -1 ? '' : url.slice(q + 1);
  checkUrlPart(path, '(pad)');
  for (const pair of query.split('&')) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    const rawKey = eq === -1 ? pair : pair.slice(0, eq);
    const key = decode(rawKey.replace(/\+/g, ' '), '(query)');
    checkUrlPart(key, '(query)');
    if (eq !== -1)
      checkUrlPart(pair.slice(eq + 1).replace(/\+/g, ' '), SAFE_NAME.test(key) ? key : '(query)');
  }
}

function checkUrlPart(raw: string, field: string): void {
  const problem = textProblem(decode(raw, field));
  if (problem) throw refuse(field, problem);
}

function decode(raw: string, field: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    throw refuse(field, 'geen geldige URL-codering');
  }
}

/** An error body-parser passes on with its own `type`, for the body middleware to unwrap. */
function guardError(
  problem: ProblemException,
): Error & { type: string; problem: ProblemException } {
  return Object.assign(new Error(problem.title), { type: 'entity.input.guard', problem });
}

/**
 * The input guard in front of every route (before sessions, body parsing and validation): a
 * path or query with a NUL, a lone surrogate or broken percent-encoding is answered 400
 * problem+json at once. Bodies are guarded by the body middleware ({@link checkJsonBytes},
 * {@link checkJsonValue}).
 */
export function setupInputGuard(app: INestApplication): void {
  app.use((req: Request, res: Response, next: NextFunction) => {
    try {
      checkUrl(req.originalUrl);
    } catch (err) {
      sendProblem(req, res, err);
      return;
    }
    next();
  });
}
