import { Body, Controller, Get, Param, Post, Req } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { ApiProblems, Policy, ProblemException, traceOf, notFound } from '@schakel/platform';
import { requireAuthz, type AuthorizedRequest } from './authz.guard.js';
import { DoorbraakService } from './doorbraak.service.js';
import {
  BeoordelingView,
  DoorbraakView,
  NieuweBeoordeling,
  NieuweDoorbraak,
} from './dto/doorbraak.dto.js';
import type { Doorbraak } from './doorbraak.entity.js';

const view = (d: Doorbraak, verantwoording: string): DoorbraakView => ({
  id: d.id,
  onderwerpType: d.onderwerpType,
  onderwerpId: d.onderwerpId,
  activiteit: d.activiteit,
  verantwoording,
  aangemaaktOp: d.aangemaaktOp.toISOString(),
  verlooptOp: d.verlooptOp.toISOString(),
});

@ApiTags('Doorbraak')
@Controller('doorbraken')
export class DoorbraakController {
  constructor(private readonly doorbraken: DoorbraakService) {}

  private view(d: Doorbraak): DoorbraakView {
    return view(d, this.doorbraken.tekst(d));
  }

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
    const { actor, doel, ability } = requireAuthz(req);
    if (!doel)
      throw new ProblemException(
        400,
        'doel-ontbreekt',
        'Verwerkingsactiviteit ontbreekt',
        'Noem de verwerkingsactiviteit in de header Verwerkingsactiviteit.',
      );
    return this.view(
      await this.doorbraken.create(ability, actor, doel, body, { trace: traceOf(req) }),
    );
  }

  @Get()
  @Policy({ action: 'read', subject: 'Doorbraak' })
  @ApiOperation({
    operationId: 'listDoorbraken',
    summary: 'Doorbraken',
    description:
      'Uw eigen doorbraken; een FG ziet die van de eigen organisatie. In SQL gefilterd op dezelfde regels als de losse toegangscontrole.',
  })
  @ApiOkResponse({ type: [DoorbraakView], description: 'Nieuwste eerst (hoogstens 200)' })
  @ApiProblems(401, 403)
  async list(@Req() req: AuthorizedRequest): Promise<DoorbraakView[]> {
    const { ability, actor, regel } = requireAuthz(req);
    return (await this.doorbraken.visible(ability, actor, { regel, trace: traceOf(req) })).map(
      (d) => this.view(d),
    );
  }

  @Get('te-beoordelen')
  @Policy({ action: 'read', subject: 'Doorbraak' })
  @ApiOperation({
    operationId: 'listTeBeoordelen',
    summary: 'Doorbraken ter beoordeling',
    description:
      'De wachtrij van de FG: doorbraken van de eigen organisatie zonder oordeel, oudste eerst.',
  })
  @ApiOkResponse({ type: [DoorbraakView], description: 'Oudste eerst (hoogstens 200)' })
  @ApiProblems(401, 403)
  async teBeoordelen(@Req() req: AuthorizedRequest): Promise<DoorbraakView[]> {
    const { ability, actor, regel } = requireAuthz(req);
    if (!actor.rollen.includes('fg')) {
      await this.doorbraken.recordDenial(actor, 'Doorbraak', 'alleen-fg', traceOf(req));
      throw new ProblemException(
        403,
        'geen-toegang',
        'Geen toegang',
        'Alleen de FG beoordeelt doorbraken.',
      );
    }
    return (await this.doorbraken.teBeoordelen(ability, actor, { regel, trace: traceOf(req) })).map(
      (d) => this.view(d),
    );
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
  async beoordeel(
    @Param('id') id: string,
    @Body() body: NieuweBeoordeling,
    @Req() req: AuthorizedRequest,
  ): Promise<BeoordelingView> {
    const { ability, actor, regel, doel } = requireAuthz(req);
    const b = await this.doorbraken.beoordeel(id, body, ability, actor, {
      doel,
      regel,
      trace: traceOf(req),
    });
    if (!b) throw notFound();
    return {
      id: b.id,
      doorbraakId: b.doorbraakId,
      oordeel: b.oordeel,
      toelichting: b.toelichting,
      tijd: b.tijd.toISOString(),
    };
  }

  @Get(':id')
  @Policy({ action: 'read', subject: 'Doorbraak' })
  @ApiOperation({
    operationId: 'getDoorbraak',
    summary: 'Eén doorbraak',
    description: 'Een doorbraak die u niet mag zien bestaat voor u niet (404).',
  })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: DoorbraakView, description: 'De doorbraak' })
  @ApiProblems(401, 403, 404)
  async get(@Param('id') id: string, @Req() req: AuthorizedRequest): Promise<DoorbraakView> {
    const { ability, actor, regel } = requireAuthz(req);
    const row = await this.doorbraken.findVisible(id, ability, actor, {
      regel,
      trace: traceOf(req),
    });
    if (!row) throw notFound();
    return this.view(row);
  }
}
