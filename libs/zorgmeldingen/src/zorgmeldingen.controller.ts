import { Body, Controller, Get, Headers, HttpCode, Param, Post, Put, Req } from '@nestjs/common';
import {
  ApiBody,
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { requireAuthz, type AuthorizedRequest } from '@schakel/authz';
import { ApiProblems, Policy, traceOf } from '@schakel/platform';
import {
  Herroutering,
  RouteringsuitzonderingView,
  ZorgmeldingPolitieView,
  ZorgmeldingSamenvatting,
  ZorgmeldingVtView,
} from './dto/zorgmelding.dto.js';
import { ZorgmeldingValidatiePipe } from './zorgmelding-validatie.pipe.js';
import type { Zorgmelding } from './zorgmelding.js';
import { ConceptStap } from './stappen/concept.js';
import { IndienenStap } from './stappen/indienen.js';
import { LezenStap } from './stappen/lezen.js';
import type { StapContext } from './stappen/melding-stap.js';
import { RouterenStap } from './stappen/routeren.js';

const MELDING_BODY = {
  description:
    'Een zorgmelding volgens het JSON Schema zorgmelding v1 (GET /schemas/zorgmelding/v1). ' +
    'Fouten noemen het veld, nooit de waarde.',
  schema: { type: 'object' as const, additionalProperties: true },
};

export const DOEL_INDIENEN = {
  name: 'Verwerkingsactiviteit',
  required: true,
  description: 'zorgmelding-indienen',
};

export function stapContext(req: AuthorizedRequest): StapContext {
  const { actor, ability, doel, regel } = requireAuthz(req);
  return { actor, ability, doel, regel, trace: traceOf(req) };
}

/** The police officer's zorgmeldingen, and the coordinators' routing exception queue. */
@ApiTags('Zorgmeldingen')
@Controller('zorgmeldingen')
export class ZorgmeldingenController {
  constructor(
    private readonly concept: ConceptStap,
    private readonly indienen: IndienenStap,
    private readonly routeren: RouterenStap,
    private readonly lezen: LezenStap,
  ) {}

  @Post()
  @Policy({ action: 'create', subject: 'Zorgmelding', doelbinding: true })
  @ApiOperation({
    operationId: 'maakZorgmeldingConcept',
    summary: 'Concept van een zorgmelding opslaan',
    description:
      'Slaat een concept op (status concept; mag onvolledig zijn). Betrokkenen worden versleuteld ' +
      'vastgelegd; de rest van de inhoud ook.',
  })
  @ApiHeader(DOEL_INDIENEN)
  @ApiBody(MELDING_BODY)
  @ApiCreatedResponse({ type: ZorgmeldingPolitieView, description: 'Het opgeslagen concept' })
  @ApiProblems(400, 401, 403, 413, 415)
  maak(
    @Body(ZorgmeldingValidatiePipe) melding: Zorgmelding,
    @Req() req: AuthorizedRequest,
  ): Promise<ZorgmeldingPolitieView> {
    return this.concept.maak(melding, stapContext(req));
  }

  @Get()
  @Policy({ action: 'read', subject: 'Zorgmelding', doelbinding: true })
  @ApiOperation({
    operationId: 'listEigenZorgmeldingen',
    summary: 'Eigen zorgmeldingen',
    description:
      'De zorgmeldingen die u zelf opstelde, nieuwste eerst (hoogstens 200), zonder inhoud. In SQL ' +
      'gefilterd op dezelfde regels als de losse toegangscontrole.',
  })
  @ApiHeader(DOEL_INDIENEN)
  @ApiOkResponse({ type: [ZorgmeldingSamenvatting], description: 'Uw zorgmeldingen' })
  @ApiProblems(400, 401, 403)
  lijst(@Req() req: AuthorizedRequest): Promise<ZorgmeldingSamenvatting[]> {
    return this.lezen.eigen(stapContext(req));
  }

  @Get('routeringsuitzonderingen')
  @Policy({ action: 'herrouteren', subject: 'Zorgmelding', doelbinding: true })
  @ApiOperation({
    operationId: 'listRouteringsuitzonderingen',
    summary: 'Routeringsuitzonderingen',
    description:
      'Zorgmeldingen die de routering aan geen Veilig Thuis kon toewijzen (onbekende of ' +
      'buiten de eenheid gelegen gemeente, geen woonplaats), oudste eerst. Voor de ' +
      'VT-coördinatoren van de eenheid; zonder inhoud.',
  })
  @ApiHeader({ ...DOEL_INDIENEN, description: 'zorgmelding-ontvangen-beoordelen' })
  @ApiOkResponse({ type: [RouteringsuitzonderingView], description: 'De wachtrij' })
  @ApiProblems(400, 401, 403)
  uitzonderingen(@Req() req: AuthorizedRequest): Promise<RouteringsuitzonderingView[]> {
    return this.routeren.uitzonderingen(stapContext(req));
  }

  @Get(':id')
  @Policy({ action: 'read', subject: 'Zorgmelding', doelbinding: true })
  @ApiOperation({
    operationId: 'getEigenZorgmelding',
    summary: 'Eén eigen zorgmelding',
    description:
      'De inhoud, de statustijdlijn en de terugkoppeling van Veilig Thuis (status, ' +
      'uitkomstcategorie, bericht); nooit de interne notities van Veilig Thuis. Een melding die ' +
      'u niet mag zien bestaat voor u niet (404).',
  })
  @ApiHeader({
    ...DOEL_INDIENEN,
    description: 'zorgmelding-indienen of zorgmelding-terugkoppeling',
  })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: ZorgmeldingPolitieView, description: 'De zorgmelding' })
  @ApiProblems(400, 401, 403, 404)
  lees(@Param('id') id: string, @Req() req: AuthorizedRequest): Promise<ZorgmeldingPolitieView> {
    return this.lezen.voorPolitie(id, stapContext(req));
  }

  @Put(':id')
  @Policy({ action: 'update', subject: 'Zorgmelding', doelbinding: true })
  @ApiOperation({
    operationId: 'wijzigZorgmeldingConcept',
    summary: 'Concept wijzigen',
    description: 'Vervangt de inhoud van een eigen concept. Een ingediende melding: 409.',
  })
  @ApiHeader(DOEL_INDIENEN)
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiBody(MELDING_BODY)
  @ApiOkResponse({ type: ZorgmeldingPolitieView, description: 'Het gewijzigde concept' })
  @ApiProblems(400, 401, 403, 404, 409, 413, 415)
  wijzig(
    @Param('id') id: string,
    @Body(ZorgmeldingValidatiePipe) melding: Zorgmelding,
    @Req() req: AuthorizedRequest,
  ): Promise<ZorgmeldingPolitieView> {
    return this.concept.wijzig(id, melding, stapContext(req));
  }

  @Post(':id/indienen')
  @HttpCode(200)
  @Policy({ action: 'indienen', subject: 'Zorgmelding', doelbinding: true })
  @ApiOperation({
    operationId: 'dienZorgmeldingIn',
    summary: 'Zorgmelding indienen',
    description:
      'Dient een eigen concept in met de definitieve inhoud (status ingediend, volledig) en ' +
      'routeert het naar het Veilig Thuis van de woonplaats van het kind of slachtoffer, of naar ' +
      'de wachtrij routeringsuitzonderingen. Idempotent: dezelfde Idempotency-Key met dezelfde ' +
      'inhoud geeft hetzelfde antwoord en routeert niet opnieuw; dezelfde sleutel met andere ' +
      'inhoud of voor een andere melding geeft 422.',
  })
  @ApiHeader(DOEL_INDIENEN)
  @ApiHeader({
    name: 'Idempotency-Key',
    required: true,
    description: 'Unieke sleutel per indiening (8-128 tekens), gelijk bij een herhaalde poging',
  })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiBody(MELDING_BODY)
  @ApiOkResponse({ type: ZorgmeldingPolitieView, description: 'De ingediende melding' })
  @ApiProblems(400, 401, 403, 404, 409, 413, 415, 422)
  dienIn(
    @Param('id') id: string,
    @Headers('idempotency-key') sleutel: string | undefined,
    @Body(ZorgmeldingValidatiePipe) melding: Zorgmelding,
    @Req() req: AuthorizedRequest,
  ): Promise<ZorgmeldingPolitieView> {
    return this.indienen.dienIn(id, melding, sleutel, stapContext(req));
  }

  @Post(':id/herrouteren')
  @HttpCode(200)
  @Policy({ action: 'herrouteren', subject: 'Zorgmelding', doelbinding: true })
  @ApiOperation({
    operationId: 'herrouteerZorgmelding',
    summary: 'Routeringsuitzondering toewijzen aan een Veilig Thuis',
    description:
      'Een VT-coördinator plaatst een routeringsuitzondering in de inbox van een Veilig Thuis, ' +
      'met reden. De termijn van de veiligheidsbeoordeling begint dan.',
  })
  @ApiHeader({ ...DOEL_INDIENEN, description: 'zorgmelding-ontvangen-beoordelen' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: ZorgmeldingVtView, description: 'De gerouteerde melding' })
  @ApiProblems(400, 401, 403, 404, 409, 415)
  herrouteer(
    @Param('id') id: string,
    @Body() body: Herroutering,
    @Req() req: AuthorizedRequest,
  ): Promise<ZorgmeldingVtView> {
    return this.routeren.herrouteer(id, body, stapContext(req));
  }
}
