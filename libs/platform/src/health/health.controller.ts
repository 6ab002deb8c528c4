import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { ApiProblems } from '../openapi/openapi.js';
import { ProblemException } from '../problem/problem.js';
import { QueueService } from '../queue/queue.service.js';
import { Public } from '../http/route-policy.js';
import { GereedheidService } from './gereedheid.service.js';

const CHECK_TIMEOUT_MS = 2000;

export class Gezondheid {
  @ApiProperty({ enum: ['UP'], example: 'UP', description: 'UP: de dienst draait' })
  status!: 'UP';
}

export class Gereedheid extends Gezondheid {
  @ApiProperty({
    example: { database: 'UP', wachtrij: 'UP' },
    description: 'Uitkomst per afhankelijkheid',
    type: 'object',
    additionalProperties: { type: 'string', enum: ['UP', 'DOWN'] },
  })
  checks!: Record<string, 'UP' | 'DOWN'>;
}

@ApiTags('Gezondheid')
@Controller('health')
@Public()
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queue: QueueService,
    private readonly gereedheid: GereedheidService,
  ) {}

  @Get('live')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    operationId: 'getLiveness',
    summary: 'Leeft de dienst?',
    description: 'Antwoordt zolang het proces verzoeken kan aannemen; raakt geen afhankelijkheden.',
  })
  @ApiOkResponse({ type: Gezondheid, description: 'Het proces leeft.' })
  live(): Gezondheid {
    return { status: 'UP' };
  }

  @Get('ready')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    operationId: 'getReadiness',
    summary: 'Is de dienst gereed?',
    description:
      'Gereed als de database en de taakwachtrij antwoorden en het auditspoor wordt verzegeld (niet gestopt, geen achterstand).',
  })
  @ApiOkResponse({ type: Gereedheid, description: 'Database en wachtrij zijn bereikbaar.' })
  @ApiProblems(503)
  async ready(): Promise<Gereedheid> {
    const checks: Record<string, 'UP' | 'DOWN'> = {
      database: await probe(() => this.dataSource.query('SELECT 1')),
      wachtrij: this.queue.isRunning ? await probe(() => this.queue.ping()) : 'DOWN',
    };
    const redenen: string[] = [];
    for (const [naam, check] of this.gereedheid.entries()) {
      const reden = await check().catch((err: unknown) =>
        err instanceof Error ? err.message : 'controle mislukt',
      );
      checks[naam] = reden === undefined ? 'UP' : 'DOWN';
      if (reden !== undefined) redenen.push(`${naam}: ${reden}`);
    }
    const down = Object.entries(checks)
      .filter(([k, v]) => v === 'DOWN' && !this.gereedheid.entries().some(([n]) => n === k))
      .map(([k]) => `${k} antwoordt niet`);
    if (down.length + redenen.length > 0) {
      throw new ProblemException(
        503,
        'niet-gereed',
        'Niet gereed',
        `Niet gereed: ${[...down, ...redenen].join('; ')}.`,
      );
    }
    return { status: 'UP', checks };
  }
}

async function probe(check: () => Promise<unknown>): Promise<'UP' | 'DOWN'> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      check(),
      new Promise((_, reject) => {
        timer = setTimeout(() => {
          reject(new Error('timeout'));
        }, CHECK_TIMEOUT_MS);
      }),
    ]);
    return 'UP';
  } catch {
    return 'DOWN';
  } finally {
    clearTimeout(timer);
  }
}
