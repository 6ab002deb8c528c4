import { Controller, Get, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { requireAuthz, type AuthorizedRequest } from '@schakel/authz';
import { ApiProblems, Policy, traceOf } from '@schakel/platform';
import { MijnWerkView } from './dto/mijn-werk.dto.js';
import { MijnWerk } from './mijn-werk.js';

/** The home page's work list, for every logged-in person. */
@ApiTags('Mijn werk')
@Controller('mijn-werk')
export class WerkController {
  constructor(private readonly werk: MijnWerk) {}

  @Get()
  @Policy({ action: 'read', subject: 'Profiel' })
  @ApiOperation({
    operationId: 'getMijnWerk',
    summary: 'Mijn werk',
    description:
      'Wat op u wacht, per stapel een aantal en de eerste (hoogstens 20): terugkoppeling op ' +
      'eigen zorgmeldingen, termijnen die verstreken zijn of binnen vijf werkdagen verstrijken, ' +
      'wat aan u is toegewezen, casussen per status, de triage, uitwisselingen om te bevestigen, ' +
      'doorbraken om te beoordelen. Elke stapel wordt gelezen onder de verwerkingsactiviteit ' +
      'van de lijst waar zij bij hoort, met dezelfde regels (in SQL), en vastgelegd in het ' +
      'auditspoor. Bevat geen persoonsgegevens.',
  })
  @ApiOkResponse({ type: MijnWerkView, description: 'Uw werk' })
  @ApiProblems(401, 403)
  mijnWerk(@Req() req: AuthorizedRequest): Promise<MijnWerkView> {
    return this.werk.voor(requireAuthz(req).actor, traceOf(req));
  }
}
