import { Body, Controller, Get, Param, Post, Put, Req } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { ApiProblems, Policy, notFound } from '@schakel/platform';
import type { Request } from 'express';
import {
  DoelcompatibiliteitView,
  NieuweVerwerkingsactiviteit,
  VerwerkingsactiviteitInhoud,
  VerwerkingsactiviteitView,
} from './dto/verwerkingsactiviteit.dto.js';
import { PurposeService } from './purpose.service.js';
import type { Verwerkingsactiviteit } from './verwerkingsactiviteit.entity.js';

const view = (a: Verwerkingsactiviteit): VerwerkingsactiviteitView => ({
  id: a.id,
  versie: a.versie,
  naam: a.naam,
  verwerkingsverantwoordelijke: a.verwerkingsverantwoordelijke,
  doel: a.doel,
  grondslag: a.grondslag,
  grondslagToelichting: a.grondslagToelichting,
  categorieenBetrokkenen: a.categorieenBetrokkenen,
  categorieenGegevens: a.categorieenGegevens,
  ontvangers: a.ontvangers,
  bewaartermijn: a.bewaartermijn,
  geldigVanaf: a.geldigVanaf,
  toegestaneRollen: a.toegestaneRollen,
  vastgelegdDoor: a.vastgelegdDoor,
  vastgelegdOp: a.vastgelegdOp.toISOString(),
});

const actorId = (req: Request): string =>
  (req as Request & { actor?: { id: string } }).actor?.id ?? 'onbekend';

@ApiTags('Verwerkingsregister')
@Controller()
export class PurposeController {
  constructor(private readonly purpose: PurposeService) {}

  @Get('verwerkingsactiviteiten')
  @Policy({ action: 'read', subject: 'Verwerkingsactiviteit', velden: true })
  @ApiOperation({
    operationId: 'listVerwerkingsactiviteiten',
    summary: 'Verwerkingsregister',
    description: 'De verwerkingsactiviteiten in hun geldende versie (AVG art. 30).',
  })
  @ApiOkResponse({ type: [VerwerkingsactiviteitView], description: 'Geldende versies' })
  @ApiProblems(401)
  async list(): Promise<VerwerkingsactiviteitView[]> {
    return (await this.purpose.current()).map(view);
  }

  @Get('verwerkingsactiviteiten/:id/versies')
  @Policy({ action: 'read', subject: 'Verwerkingsactiviteit', velden: true })
  @ApiOperation({
    operationId: 'listVersies',
    summary: 'Alle versies van een verwerkingsactiviteit',
    description:
      'Oude versies blijven leesbaar; vastleggingen noemen de versie waaronder ze zijn gedaan.',
  })
  @ApiParam({ name: 'id', example: 'zorgmelding-indienen' })
  @ApiOkResponse({ type: [VerwerkingsactiviteitView], description: 'Versies, oudste eerst' })
  @ApiProblems(401, 404)
  async versions(@Param('id') id: string): Promise<VerwerkingsactiviteitView[]> {
    const versies = await this.purpose.versions(id);
    if (versies.length === 0) {
      throw notFound('Deze verwerkingsactiviteit bestaat niet.');
    }
    return versies.map(view);
  }

  @Post('verwerkingsactiviteiten')
  @Policy({ action: 'create', subject: 'Verwerkingsactiviteit' })
  @ApiOperation({
    operationId: 'createVerwerkingsactiviteit',
    summary: 'Verwerkingsactiviteit toevoegen',
    description: 'Alleen voor beheerders; maakt versie 1.',
  })
  @ApiCreatedResponse({ type: VerwerkingsactiviteitView, description: 'Toegevoegd' })
  @ApiProblems(400, 401, 403, 409, 415)
  async create(
    @Body() body: NieuweVerwerkingsactiviteit,
    @Req() req: Request,
  ): Promise<VerwerkingsactiviteitView> {
    return view(await this.purpose.create(body, actorId(req)));
  }

  @Put('verwerkingsactiviteiten/:id')
  @Policy({ action: 'update', subject: 'Verwerkingsactiviteit' })
  @ApiOperation({
    operationId: 'updateVerwerkingsactiviteit',
    summary: 'Verwerkingsactiviteit wijzigen',
    description: 'Alleen voor beheerders; legt een nieuwe versie vast, de vorige blijft leesbaar.',
  })
  @ApiParam({ name: 'id', example: 'zorgmelding-indienen' })
  @ApiOkResponse({ type: VerwerkingsactiviteitView, description: 'De nieuwe versie' })
  @ApiProblems(400, 401, 403, 404, 415)
  async update(
    @Param('id') id: string,
    @Body() body: VerwerkingsactiviteitInhoud,
    @Req() req: Request,
  ): Promise<VerwerkingsactiviteitView> {
    return view(await this.purpose.newVersion(id, body, actorId(req)));
  }

  @Get('doelcompatibiliteit')
  @Policy({ action: 'read', subject: 'Doelcompatibiliteit' })
  @ApiOperation({
    operationId: 'listDoelcompatibiliteit',
    summary: 'Verenigbare doelen',
    description:
      'Welke doelen gegevens mogen gebruiken die onder welke andere zijn verzameld (AVG art. 6 lid 4).',
  })
  @ApiOkResponse({ type: [DoelcompatibiliteitView], description: 'De tabel' })
  @ApiProblems(401)
  async compatibility(): Promise<DoelcompatibiliteitView[]> {
    return (await this.purpose.compatibilityTable()).map((c) => ({
      vanActiviteit: c.vanActiviteit,
      naarActiviteit: c.naarActiviteit,
      toelichting: c.toelichting,
    }));
  }
}
