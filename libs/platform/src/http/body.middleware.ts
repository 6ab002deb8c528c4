import { Injectable, type NestMiddleware } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import express, { type NextFunction, type Request, type Response } from 'express';
import { AppConfig } from '../config/app-config.js';
import { ProblemException } from '../problem/problem.js';
import { checkJsonBytes, checkJsonValue } from './input-guard.js';
import { findRecorder, passRefusal } from './refusals.js';

const JSON_TYPES = ['application/json', 'application/*+json'];

/**
 * Parses JSON bodies and rejects every other body with 415. Body-parser failures become
 * problem exceptions so that the global filter answers them (400 malformed, 413 too large).
 * The input guard runs on the raw bytes (UTF-8, nesting depth) and on the parsed value (no
 * `null`, NUL or lone surrogate), so validation only ever sees a bounded, clean value.
 */
@Injectable()
export class BodyMiddleware implements NestMiddleware {
  private readonly parse: express.RequestHandler;

  constructor(
    config: AppConfig,
    private readonly moduleRef: ModuleRef,
  ) {
    this.parse = express.json({
      limit: `${String(config.BODY_LIMIT_KB)}kb`,
      type: JSON_TYPES,
      strict: true,
      verify: (_req, _res, buf) => {
        checkJsonBytes(buf);
      },
    });
  }

  use(req: Request, res: Response, done: NextFunction): void {
    // A refused body is written to the actor audit log when the actor is known (ADR 0022).
    const next = (err?: unknown): void => {
      if (err === undefined) done();
      else passRefusal(findRecorder(this.moduleRef), req, err, done);
    };
    if (hasBody(req) && !req.is(JSON_TYPES)) {
      next(
        new ProblemException(
          415,
          'mediatype-niet-ondersteund',
          'Mediatype niet ondersteund',
          'Stuur de body als application/json (UTF-8).',
        ),
      );
      return;
    }
    this.parse(req, res, (err?: unknown) => {
      if (err !== undefined) {
        next(bodyProblem(err));
        return;
      }
      try {
        if (req.body !== undefined) checkJsonValue(req.body);
      } catch (problem) {
        next(problem);
        return;
      }
      next();
    });
  }
}

function hasBody(req: Request): boolean {
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

function bodyProblem(err: unknown): unknown {
  const type = (err as { type?: unknown }).type;
  switch (type) {
    case 'entity.input.guard':
      return (err as { problem: unknown }).problem;
    case 'entity.parse.failed':
      return new ProblemException(
        400,
        'ongeldige-json',
        'Ongeldige JSON',
        'De body is geen geldige JSON.',
      );
    case 'entity.too.large':
      return new ProblemException(
        413,
        'verzoek-te-groot',
        'Verzoek te groot',
        'De body van het verzoek is groter dan toegestaan.',
      );
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new ProblemException(
        415,
        'mediatype-niet-ondersteund',
        'Mediatype niet ondersteund',
        'Stuur de body als application/json (UTF-8).',
      );
    case 'request.aborted':
    case 'request.size.invalid':
      return new ProblemException(
        400,
        'onvolledig-verzoek',
        'Onvolledig verzoek',
        'De body van het verzoek kwam niet volledig aan.',
      );
    default:
      return err;
  }
}
