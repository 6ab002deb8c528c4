import { Controller, Get, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AppConfig } from '../config/app-config.js';
import { Public } from '../http/route-policy.js';
import { notFound, ProblemException } from '../problem/problem.js';
import { metricsAccess } from './metrics-access.js';
import { MetricsService } from './metrics.service.js';

/** Prometheus scrape endpoint at `/metrics` (outside the API prefix and its document). */
@ApiExcludeController()
@Controller('metrics')
@Public()
export class MetricsController {
  constructor(
    private readonly metrics: MetricsService,
    private readonly config: AppConfig,
  ) {}

  @Get()
  async scrape(@Req() req: Request, @Res() res: Response): Promise<void> {
    const access = metricsAccess(this.config, req.headers.authorization, false);
    if (access === 'uit') throw notFound();
    if (access === 'token-nodig') {
      res.setHeader('WWW-Authenticate', 'Bearer realm="metrics"');
      throw new ProblemException(
        401,
        'niet-aangemeld',
        'Niet aangemeld',
        'De metrics vragen om het metrics-token (Authorization: Bearer).',
      );
    }
    res.type(this.metrics.registry.contentType).send(await this.metrics.registry.metrics());
  }
}
