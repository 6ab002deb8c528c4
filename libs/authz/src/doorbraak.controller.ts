import { Body, Controller, Get, Param, Post, Req } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { ApiProblems, Policy, traceOf } from '@schakel/platform';
import { requireAuthz, type AuthorizedRequest } from './authz.guard.js';
import {
  BeoordelingView,
  DoorbraakView,
  NieuweBeoordeling,
  NieuweDoorbraak,
} from './dto/doorbraak.dto.js';
import { DoorbraakBeoordelen } from './stappen/doorbraak-beoordelen.js';
import { DoorbraakLezen } from './stappen/doorbraak-lezen.js';
import { DoorbraakOpenen } from './stappen/doorbraak-openen.js';
import type { StepContext } from './step/guarded-step.js';

/** What the guard decided and the request's trace, for the step. */
function stapContext(req: AuthorizedRequest): StepContext {
  const { actor, ability, doel, regel } = requireAuthz(req);
  return { actor, ability, doel, regel, trace: traceOf(req) };
}

@ApiTags('Doorbraak')
@Controller('doorbraken')
export class DoorbraakController {
  constructor(
    private readonly openen: DoorbraakOpenen,
    private readonly lezen: DoorbraakLezen,
    private readonly beoordelen: DoorbraakBeoordelen,
  ) {}

  @Post()
  @Policy({ action: 'create', subject: 'Doorbraak', doelbinding: true })
  @ApiOperation({
    operationId: 'createDoorbraak',
    summary: 'De glazen breken',
    description:
      'Spoedeisende toegang tot één dossier buiten de normale regels, met schriftelijke verantwoording en voor beperkte tijd. Elke doorbraak komt bij de FG ter beoordeling.',
  })
  @ApiHeader({
    name: 'Verwerkingsactiviteit',
    required: true,
    description: 'De verwerkingsactiviteit (doel) waarvoor de toegang nodig is',
  })
  @ApiCreatedResponse({
    type: DoorbraakView,
    description: 'Toegang verleend tot het verloopmoment',
  })
  @ApiProblems(400, 401, 403, 404, 415)
  async create(
    @Body() body: NieuweDoorbraak,
    @Req() req: AuthorizedRequest,
  ): Promise<DoorbraakView> {
    return this.openen.open(body, stapContext(req));
  }

  @Get()
  @Policy({ action: 'read', subject: 'Doorbraak', doelbinding: true })
  @ApiHeader({
    name: 'Verwerkingsactiviteit',
    required: true,
    description:
      'Doelbinding: de verwerkingsactiviteit waaronder de doorbraak is verleend, of verantwoording-toezicht voor de FG',
  })
  @ApiOperation({
    operationId: 'listDoorbraken',
    summary: 'Doorbraken',
    description:
      'Uw eigen doorbraken onder de gevraagde verwerkingsactiviteit; een FG ziet onder verantwoording-toezicht die van de eigen organisatie. In SQL gefilterd op dezelfde regels als de losse toegangscontrole.',
  })
  @ApiOkResponse({ type: [DoorbraakView], description: 'Nieuwste eerst (hoogstens 200)' })
  @ApiProblems(400, 401, 403)
  list(@Req() req: AuthorizedRequest): Promise<DoorbraakView[]> {
    return this.lezen.lijst(stapContext(req));
  }

  @Get('te-beoordelen')
  @Policy({ action: 'read', subject: 'Doorbraak', doelbinding: true })
  @ApiHeader({
    name: 'Verwerkingsactiviteit',
    required: true,
    description: 'verantwoording-toezicht',
  })
  @ApiOperation({
    operationId: 'listTeBeoordelen',
    summary: 'Doorbraken ter beoordeling',
    description:
      'De wachtrij van de FG: doorbraken van de eigen organisatie zonder oordeel, oudste eerst.',
  })
  @ApiOkResponse({ type: [DoorbraakView], description: 'Oudste eerst (hoogstens 200)' })
  @ApiProblems(400, 401, 403)
  teBeoordelen(@Req() req: AuthorizedRequest): Promise<DoorbraakView[]> {
    return this.lezen.teBeoordelen(stapContext(req));
  }

  @Post(':id/beoordeling')
  @Policy({ action: 'create', subject: 'DoorbraakBeoordeling', doelbinding: true })
  @ApiOperation({
    operationId: 'beoordeelDoorbraak',
    summary: 'Doorbraak beoordelen',
    description:
      'De FG oordeelt of een doorbraak van de eigen organisatie terecht was, met toelichting. Het oordeel wordt vastgelegd en gelogd.',
  })
  @ApiHeader({
    name: 'Verwerkingsactiviteit',
    required: true,
    description: 'verantwoording-toezicht',
  })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiCreatedResponse({ type: BeoordelingView, description: 'Het oordeel' })
  @ApiProblems(400, 401, 403, 404, 415)
  beoordeel(
    @Param('id') id: string,
    @Body() body: NieuweBeoordeling,
    @Req() req: AuthorizedRequest,
  ): Promise<BeoordelingView> {
    return this.beoordelen.beoordeel(id, body, stapContext(req));
  }

  @Get(':id')
  @Policy({ action: 'read', subject: 'Doorbraak', doelbinding: true })
  @ApiHeader({
    name: 'Verwerkingsactiviteit',
    required: true,
    description:
      'Doelbinding: de verwerkingsactiviteit waaronder de doorbraak is verleend, of verantwoording-toezicht voor de FG',
  })
  @ApiOperation({
    operationId: 'getDoorbraak',
    summary: 'Eén doorbraak',
    description: 'Een doorbraak die u niet mag zien bestaat voor u niet (404).',
  })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: DoorbraakView, description: 'De doorbraak' })
  @ApiProblems(400, 401, 403, 404)
  get(@Param('id') id: string, @Req() req: AuthorizedRequest): Promise<DoorbraakView> {
    return this.lezen.een(id, stapContext(req));
  }
}
