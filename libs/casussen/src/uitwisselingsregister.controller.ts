import { Controller, Get, Query, Req } from '@nestjs/common';
import {
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import type { AuthorizedRequest } from '@schakel/authz';
import { ApiProblems, Policy } from '@schakel/platform';
import { IsISO8601, IsOptional } from 'class-validator';
import { casusContext } from './casussen.controller.js';
import { Uitwisselingsregister } from './dto/casus.dto.js';
import { CasusRegister } from './stappen/register.js';

export class RegisterFilter {
  @ApiPropertyOptional({ format: 'date-time', description: 'Vanaf (inclusief)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  vanaf?: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'Tot (exclusief)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  tot?: string;
}

/** The FG's view of the exchange register: metadata and flows, never content. */
@ApiTags('Verantwoording')
@Controller('uitwisselingsregister')
export class UitwisselingsregisterController {
  constructor(private readonly casussen: CasusRegister) {}

  @Get()
  @Policy({ action: 'read', subject: 'Uitwisselingsregister', doelbinding: true })
  @ApiOperation({
    operationId: 'getUitwisselingsregister',
    summary: 'Uitwisselingsregister (metadata en stromen)',
    description:
      'Voor de functionaris gegevensbescherming: de uitwisselingen in casussen waaraan uw ' +
      'organisatie deelneemt of deelnam (wie, aan wie, welke categorieën, doel en grondslag), ' +
      'nieuwste eerst (hoogstens 1000), en de stromen tussen organisaties per categorie. Nooit de ' +
      'inhoud, de afweging of de personen.',
  })
  @ApiHeader({
    name: 'Verwerkingsactiviteit',
    required: true,
    description: 'verantwoording-toezicht',
  })
  @ApiOkResponse({ type: Uitwisselingsregister, description: 'Het register' })
  @ApiProblems(400, 401, 403)
  register(
    @Query() filter: RegisterFilter,
    @Req() req: AuthorizedRequest,
  ): Promise<Uitwisselingsregister> {
    return this.casussen.register(
      casusContext(req),
      filter.vanaf ? new Date(filter.vanaf) : undefined,
      filter.tot ? new Date(filter.tot) : undefined,
    );
  }
}
