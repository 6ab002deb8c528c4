import type { INestApplication } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import type { AppConfig } from '../config/app-config.js';
import { notFound } from '../problem/problem.js';
import { sendProblem } from '../problem/problem.filter.js';

/** What a worker process answers over HTTP: liveness, readiness and metrics, nothing else. */
const WORKER_PADEN = new Set(['/api/v1/health/live', '/api/v1/health/ready', '/metrics']);

/**
 * In the `worker` role (ADR 0029) the process serves only health, readiness and metrics: every
 * other request gets 404 problem+json before it reaches sessions, login or a controller, so a
 * worker cannot be used as an API replica by mistake. Other roles are left as they are.
 */
export function setupRol(app: INestApplication, config: AppConfig): void {
  if (config.dientApi) return;
  app.use((req: Request, res: Response, next: NextFunction) => {
    const pad = req.path.replace(/\/+$/, '');
    if ((req.method === 'GET' || req.method === 'HEAD') && WORKER_PADEN.has(pad)) {
      next();
      return;
    }
    sendProblem(
      req,
      res,
      notFound('Dit proces is een worker; het beantwoordt geen API-verzoeken.'),
    );
  });
}
