import {
  Body,
  Controller,
  Delete,
  Get,
  Header,
  Headers,
  HttpCode,
  Param,
  Post,
  Put,
  Query,
  Req,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiBody,
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiNoContentResponse,
  ApiParam,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { requireAuthz, type AuthorizedRequest } from '@schakel/authz';
import { ApiProblems, Policy, traceOf } from '@schakel/platform';
import {
  EigenZorgmeldingenFilter,
  Herroutering,
  RouteringsuitzonderingView,
  ZorgmeldingPolitieView,
  ZorgmeldingSamenvatting,
  ZorgmeldingVtView,
  Zoekvraag,
} from './dto/zorgmelding.dto.js';
import { ZorgmeldingValidatiePipe } from './zorgmelding-validatie.pipe.js';
import type { Zorgmelding } from './zorgmelding.js';
import { ConceptStap } from './stappen/concept.js';
import { IndienenStap } from './stappen/indienen.js';
import { LezenStap } from './stappen/lezen.js';
import type { StapContext } from './stappen/melding-stap.js';
import { RouterenStap } from './stappen/routeren.js';
import { AfdrukkenStap } from './stappen/afdrukken.js';
import { ZoekenStap } from './stappen/zoeken.js';

/** A PDF answer: shown in the browser, never cached. */
export function pdf(buffer: Buffer, naam: string): StreamableFile {
  return new StreamableFile(buffer, {
    type: 'application/pdf',
    disposition: `inline; filename="${naam}"`,
    length: buffer.length,
  });
}

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
    private readonly zoeken: ZoekenStap,
    private readonly afdrukken: AfdrukkenStap,
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
      'De zorgmeldingen die u zelf opstelde (ook concepten), nieuwste of oudste eerst, een pagina ' +
      'van hoogstens 200, zonder inhoud. Volgende pagina: `na` = id van de laatste. In SQL ' +
      'gefilterd op dezelfde regels als de losse toegangscontrole.',
  })
  @ApiHeader(DOEL_INDIENEN)
  @ApiOkResponse({ type: [ZorgmeldingSamenvatting], description: 'Uw zorgmeldingen' })
  @ApiProblems(400, 401, 403)
  lijst(
    @Query() filter: EigenZorgmeldingenFilter,
    @Req() req: AuthorizedRequest,
  ): Promise<ZorgmeldingSamenvatting[]> {
    return this.lezen.eigen(stapContext(req), filter);
  }

  @Post('zoeken')
  @HttpCode(200)
  @Policy({ action: 'read', subject: 'Zorgmelding', doelbinding: true })
  @ApiOperation({
    operationId: 'zoekEigenZorgmeldingen',
    summary: 'Eigen zorgmeldingen zoeken',
    description:
      'Zoekt in uw eigen zorgmeldingen op kenmerk, op (een deel van) de naam of op het BSN van ' +
      'een betrokkene; alle opgegeven criteria moeten kloppen. Naam en BSN alleen in de body, ' +
      'nooit in een URL. Zonder inhoud; vastgelegd in het auditspoor.',
  })
  @ApiHeader(DOEL_INDIENEN)
  @ApiOkResponse({ type: [ZorgmeldingSamenvatting], description: 'De gevonden zorgmeldingen' })
  @ApiProblems(400, 401, 403, 415)
  zoek(
    @Body() vraag: Zoekvraag,
    @Req() req: AuthorizedRequest,
  ): Promise<ZorgmeldingSamenvatting[]> {
    return this.zoeken.eigen(vraag, stapContext(req));
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

  @Delete(':id')
  @HttpCode(204)
  @Policy({ action: 'update', subject: 'Zorgmelding', doelbinding: true })
  @ApiOperation({
    operationId: 'verwijderZorgmeldingConcept',
    summary: 'Concept verwijderen',
    description:
      'Verwijdert een eigen concept voorgoed, met de personen die alleen dit concept noemde. ' +
      'Een ingediende melding: 409.',
  })
  @ApiHeader(DOEL_INDIENEN)
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiNoContentResponse({ description: 'Het concept is verwijderd' })
  @ApiProblems(400, 401, 403, 404, 409)
  verwijder(@Param('id') id: string, @Req() req: AuthorizedRequest): Promise<void> {
    return this.concept.verwijder(id, stapContext(req));
  }

  @Get(':id/pdf')
  @Header('Cache-Control', 'no-store')
  @Policy({ action: 'read', subject: 'Zorgmelding', doelbinding: true })
  @ApiOperation({
    operationId: 'getEigenZorgmeldingPdf',
    summary: 'Eigen zorgmelding als PDF (politiedossier)',
    description:
      'De melding zoals u haar ziet, als PDF voor het politiedossier: in het Nederlands, met ' +
      'namen in plaats van codes en de volledige RiHG. Vastgelegd als verstrekking.',
  })
  @ApiHeader({
    ...DOEL_INDIENEN,
    description: 'zorgmelding-indienen of zorgmelding-terugkoppeling',
  })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiProduces('application/pdf')
  @ApiOkResponse({
    description: 'De PDF',
    content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiProblems(400, 401, 403, 404)
  async afdruk(@Param('id') id: string, @Req() req: AuthorizedRequest): Promise<StreamableFile> {
    return pdf(await this.afdrukken.voorPolitie(id, stapContext(req)), 'zorgmelding.pdf');
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
