import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { MetricsService } from './metrics.service.js';

/** Times every request; labels by route pattern (never the concrete path, which may hold ids). */
@Injectable()
export class MetricsMiddleware implements NestMiddleware {
  constructor(private readonly metrics: MetricsService) {}

  use(req: Request, res: Response, next: NextFunction): void {
    const end = this.metrics.httpDuration.startTimer();
    res.once('finish', () => {
      const path = (req.route as { path?: unknown } | undefined)?.path;
      // Nest's not-found handler is a catch-all route (`*path`): count it as unmatched.
      const route = typeof path === 'string' && !path.includes('*') ? path : 'unmatched';
      end({ method: req.method, route, status: String(res.statusCode) });
    });
    next();
  }
}
