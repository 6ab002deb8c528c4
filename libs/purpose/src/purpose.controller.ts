import { Body, Controller, Get, HttpCode, Param, Post, Put, Req, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import type { Actor } from '@schakel/identity';
import { ApiProblems, Policy, ProblemException, notFound, traceOf } from '@schakel/platform';
import type { Request, Response } from 'express';
import {
  DoelcompatibiliteitView,
  NieuweVerwerkingsactiviteit,
  RegisterBesluit,
  VerwerkingsactiviteitInhoud,
  VerwerkingsactiviteitView,
} from './dto/verwerkingsactiviteit.dto.js';
import { PurposeService, type Handeling } from './purpose.service.js';
import type { Verwerkingsactiviteit } from './verwerkingsactiviteit.entity.js';

/**
 * A version as the API shows it; with `namen` (the beheerder's and FG's screens) also who
 * recorded and decided it by name. Without, the name fields are absent, so the register's
 * list can be read and written back (`PUT`) as before.
 */
const view = (
  a: Verwerkingsactiviteit,
  namen?: ReadonlyMap<string, string>,
): VerwerkingsactiviteitView => ({
  ...(namen && {
    vastgelegdDoorNaam: namen.get(a.vastgelegdDoor) ?? null,
    beoordeeldDoorNaam: a.beoordeeldDoor ? (namen.get(a.beoordeeldDoor) ?? null) : null,
  }),
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
  bewaartermijnVanaf: a.bewaartermijnVanaf,
  geldigVanaf: a.geldigVanaf,
  toegestaneRollen: a.toegestaneRollen,
  vastgelegdDoor: a.vastgelegdDoor,
  vastgelegdOp: a.vastgelegdOp.toISOString(),
  status: a.status,
  beoordeeldDoor: a.beoordeeldDoor,
  beoordeeldOp: a.beoordeeldOp?.toISOString() ?? null,
  beoordelingToelichting: a.beoordelingToelichting,
});

/** What the guard left on the request (the authz lib depends on this one, not the reverse). */
type GuardedRequest = Request & {
  actor?: Actor;
  authz?: { doel?: { id: string; versie: number }; regel?: string; regelsVersie?: string };
};

function handeling(req: GuardedRequest): Handeling {
  if (!req.actor) {
    throw new ProblemException(
      401,
      'niet-aangemeld',
      'Niet aangemeld',
      'Meld u aan om deze bron te gebruiken.',
    );
  }
  return {
    actor: req.actor,
    doel: req.authz?.doel,
    regel: req.authz?.regel,
    regelsVersie: req.authz?.regelsVersie,
    trace: traceOf(req),
  };
}

/** Only the beheerder and the FG see versions that are not (or not yet) valid. */
const zietVoorstellen = (req: GuardedRequest): boolean =>
  req.actor?.rollen.some((r) => r === 'beheerder' || r === 'fg') ?? false;

@ApiTags('Verwerkingsregister')
@Controller()
export class PurposeController {
  constructor(private readonly purpose: PurposeService) {}

  /** One version with the names of who recorded and who decided it. */
  private async metNamen(versie: Verwerkingsactiviteit): Promise<VerwerkingsactiviteitView> {
    return view(versie, await this.purpose.namen([versie]));
  }

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
    return (await this.purpose.current()).map((a) => view(a));
  }

  @Get('verwerkingsactiviteiten/:id/versies')
  @Policy({ action: 'read', subject: 'Verwerkingsactiviteit', velden: true })
  @ApiOperation({
    operationId: 'listVersies',
    summary: 'Alle versies van een verwerkingsactiviteit',
    description:
      'Oude versies blijven leesbaar; vastleggingen noemen de versie waaronder ze zijn gedaan. Beheerder en FG zien ook voorgestelde, afgewezen en vervallen versies.',
  })
  @ApiParam({ name: 'id', example: 'zorgmelding-indienen' })
  @ApiOkResponse({ type: [VerwerkingsactiviteitView], description: 'Versies, oudste eerst' })
  @ApiProblems(401, 404)
  async versions(
    @Param('id') id: string,
    @Req() req: GuardedRequest,
  ): Promise<VerwerkingsactiviteitView[]> {
    const versies = await this.purpose.versions(id, zietVoorstellen(req));
    if (versies.length === 0) {
      throw notFound('Deze verwerkingsactiviteit bestaat niet.');
    }
    const namen = zietVoorstellen(req) ? await this.purpose.namen(versies) : undefined;
    return versies.map((v) => view(v, namen));
  }

  @Post('verwerkingsactiviteiten')
  @HttpCode(202)
  @Policy({ action: 'create', subject: 'Verwerkingsactiviteit' })
  @ApiOperation({
    operationId: 'createVerwerkingsactiviteit',
    summary: 'Verwerkingsactiviteit voorstellen',
    description:
      'Alleen voor beheerders; legt versie 1 vast als voorstel. Zij geldt pas als een andere persoon met de rol FG haar goedkeurt. Elke genoemde rol moet regels hebben onder deze activiteit in de code (anders 422 rol-zonder-regels).',
  })
  @ApiAcceptedResponse({ type: VerwerkingsactiviteitView, description: 'Voorgesteld' })
  @ApiProblems(400, 401, 403, 409, 415, 422)
  async create(
    @Body() body: NieuweVerwerkingsactiviteit,
    @Req() req: GuardedRequest,
  ): Promise<VerwerkingsactiviteitView> {
    return this.metNamen(await this.purpose.create(body, handeling(req)));
  }

  @Put('verwerkingsactiviteiten/:id')
  @Policy({ action: 'update', subject: 'Verwerkingsactiviteit' })
  @ApiOperation({
    operationId: 'updateVerwerkingsactiviteit',
    summary: 'Verwerkingsactiviteit wijzigen',
    description:
      'Alleen voor beheerders; legt een nieuwe versie vast, de vorige blijft leesbaar. Een wijziging die toegang verruimt (rol, grondslag, betrokkenen, gegevens of ontvangers erbij, langer bewaren) wordt een voorstel (202) dat pas geldt na goedkeuring door een andere persoon met de rol FG; een beperkende wijziging geldt direct (200). Elke genoemde rol moet regels hebben onder deze activiteit in de code (anders 422 rol-zonder-regels).',
  })
  @ApiParam({ name: 'id', example: 'zorgmelding-indienen' })
  @ApiOkResponse({ type: VerwerkingsactiviteitView, description: 'De nieuwe versie, van kracht' })
  @ApiAcceptedResponse({
    type: VerwerkingsactiviteitView,
    description: 'De nieuwe versie, voorgesteld: wacht op een FG',
  })
  @ApiProblems(400, 401, 403, 404, 415, 422)
  async update(
    @Param('id') id: string,
    @Body() body: VerwerkingsactiviteitInhoud,
    @Req() req: GuardedRequest,
    @Res({ passthrough: true }) res: Response,
  ): Promise<VerwerkingsactiviteitView> {
    const versie = await this.purpose.newVersion(id, body, handeling(req));
    if (versie.status === 'voorgesteld') res.status(202);
    return this.metNamen(versie);
  }

  @Get('verwerkingsactiviteiten/:id/versies/:versie')
  @Policy({ action: 'read', subject: 'Verwerkingsactiviteit', velden: true })
  @ApiOperation({
    operationId: 'getVersie',
    summary: 'Eén versie van een verwerkingsactiviteit',
    description:
      'Waar dpl.core.processing_activity_id in het Logboek Dataverwerkingen naar verwijst: de activiteit in de versie waaronder een verwerking gedaan is.',
  })
  @ApiParam({ name: 'id', example: 'zorgmelding-indienen' })
  @ApiParam({ name: 'versie', type: Number, example: 1 })
  @ApiOkResponse({ type: VerwerkingsactiviteitView, description: 'De versie' })
  @ApiProblems(401, 404)
  async version(
    @Param('id') id: string,
    @Param('versie') versie: string,
    @Req() req: GuardedRequest,
  ): Promise<VerwerkingsactiviteitView> {
    const gevonden = /^[1-9]\d{0,8}$/.test(versie)
      ? (await this.purpose.versions(id, zietVoorstellen(req))).find(
          (v) => v.versie === Number(versie),
        )
      : undefined;
    if (!gevonden) throw notFound('Deze versie van de verwerkingsactiviteit bestaat niet.');
    return zietVoorstellen(req) ? this.metNamen(gevonden) : view(gevonden);
  }

  @Get('verwerkingsactiviteiten/voorstellen')
  @Policy({ action: 'read', subject: 'Verwerkingsactiviteit', doelbinding: true, velden: true })
  @ApiOperation({
    operationId: 'listVoorstellen',
    summary: 'Voorstellen voor het verwerkingsregister',
    description:
      'Verruimende wijzigingen die op goedkeuring van een FG wachten, oudste eerst. Alleen voor de FG, onder verantwoording-toezicht.',
  })
  @ApiHeader({
    name: 'Verwerkingsactiviteit',
    required: true,
    description: 'verantwoording-toezicht',
  })
  @ApiOkResponse({ type: [VerwerkingsactiviteitView], description: 'Voorgestelde versies' })
  @ApiProblems(400, 401, 403)
  async voorstellen(@Req() req: GuardedRequest): Promise<VerwerkingsactiviteitView[]> {
    const voorstellen = await this.purpose.voorstellen(handeling(req));
    const namen = await this.purpose.namen(voorstellen);
    return voorstellen.map((v) => view(v, namen));
  }

  @Post('verwerkingsactiviteiten/:id/versies/:versie/goedkeuring')
  @HttpCode(200)
  @Policy({ action: 'read', subject: 'Verwerkingsactiviteit', doelbinding: true })
  @ApiOperation({
    operationId: 'beslisVoorstel',
    summary: 'Voorstel goedkeuren of afwijzen',
    description:
      'Een FG, niet degene die het voorstel deed, keurt een voorgestelde versie goed (zij geldt dan vanaf geldigVanaf) of wijst haar af, met toelichting. Het besluit en elke weigering worden vastgelegd in het auditspoor.',
  })
  @ApiHeader({
    name: 'Verwerkingsactiviteit',
    required: true,
    description: 'verantwoording-toezicht',
  })
  @ApiParam({ name: 'id', example: 'ketenpartner-deelname' })
  @ApiParam({ name: 'versie', type: 'integer', example: 2 })
  @ApiOkResponse({ type: VerwerkingsactiviteitView, description: 'De versie na het besluit' })
  @ApiProblems(400, 401, 403, 404, 409, 415, 422)
  async besluit(
    @Param('id') id: string,
    @Param('versie') versie: string,
    @Body() body: RegisterBesluit,
    @Req() req: GuardedRequest,
  ): Promise<VerwerkingsactiviteitView> {
    return this.metNamen(await this.purpose.besluit(id, versie, body, handeling(req)));
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
