import { Body, Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { AuthorizedRequest } from '@schakel/authz';
import { ApiProblems, Policy } from '@schakel/platform';
import {
  Beoordeling,
  Collega,
  InboxFilter,
  InboxItem,
  Terugkoppeling,
  Toewijzing,
  ZorgmeldingVtView,
} from './dto/zorgmelding.dto.js';
import { BeoordelenStap } from './stappen/beoordelen.js';
import { LezenStap } from './stappen/lezen.js';
import { OntvangenStap } from './stappen/ontvangen.js';
import { TerugkoppelenStap } from './stappen/terugkoppelen.js';
import { ToewijzenStap } from './stappen/toewijzen.js';
import { stapContext } from './zorgmeldingen.controller.js';

const DOEL_BEOORDELEN = {
  name: 'Verwerkingsactiviteit',
  required: true,
  description: 'zorgmelding-ontvangen-beoordelen',
};

/** The Veilig Thuis side: inbox, the full report, and the steps of the Handelingsprotocol. */
@ApiTags('Veilig Thuis')
@Controller('vt')
export class VtController {
  constructor(
    private readonly lezen: LezenStap,
    private readonly ontvangen: OntvangenStap,
    private readonly toewijzen: ToewijzenStap,
    private readonly beoordelen: BeoordelenStap,
    private readonly terugkoppelen: TerugkoppelenStap,
  ) {}

  @Get('inbox')
  @Policy({ action: 'beoordelen', subject: 'Zorgmelding', doelbinding: true })
  @ApiOperation({
    operationId: 'getVtInbox',
    summary: 'Inbox van het eigen Veilig Thuis',
    description:
      'Zorgmeldingen die naar uw Veilig Thuis zijn gerouteerd, de eerst verlopende termijn ' +
      'voorop, met de termijnstatus (op-tijd, bijna-verlopen, verlopen). In SQL gefilterd.',
  })
  @ApiHeader(DOEL_BEOORDELEN)
  @ApiOkResponse({ type: [InboxItem], description: 'Een pagina van de inbox' })
  @ApiProblems(400, 401, 403)
  inbox(@Query() filter: InboxFilter, @Req() req: AuthorizedRequest): Promise<InboxItem[]> {
    return this.lezen.inbox(filter, stapContext(req));
  }

  @Get('collegas')
  @Policy({ action: 'toewijzen', subject: 'Zorgmelding', doelbinding: true })
  @ApiOperation({
    operationId: 'listVtCollegas',
    summary: "Collega's om aan toe te wijzen",
    description:
      'De medewerkers en coördinatoren van uw eigen Veilig Thuis (id en naam, zoals bij hun ' +
      'laatste aanmelding): de enigen aan wie een VT-coördinator een melding kan toewijzen.',
  })
  @ApiHeader(DOEL_BEOORDELEN)
  @ApiOkResponse({ type: [Collega], description: "De collega's, op naam" })
  @ApiProblems(400, 401, 403)
  collegas(@Req() req: AuthorizedRequest): Promise<Collega[]> {
    return this.toewijzen.collegas(stapContext(req));
  }

  @Get('zorgmeldingen/:id')
  @Policy({ action: 'beoordelen', subject: 'Zorgmelding', doelbinding: true })
  @ApiOperation({
    operationId: 'getVtZorgmelding',
    summary: 'Eén zorgmelding, volledig',
    description:
      'De volledige, ontsleutelde inhoud met de betrokkenen, de RiHG-samenvatting, de ' +
      'tijdlijn en de interne notitie. Een melding van een ander Veilig Thuis: 404.',
  })
  @ApiHeader(DOEL_BEOORDELEN)
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: ZorgmeldingVtView, description: 'De zorgmelding' })
  @ApiProblems(400, 401, 403, 404)
  lees(@Param('id') id: string, @Req() req: AuthorizedRequest): Promise<ZorgmeldingVtView> {
    return this.lezen.voorVt(id, stapContext(req));
  }

  @Post('zorgmeldingen/:id/ontvangst')
  @HttpCode(200)
  @Policy({ action: 'beoordelen', subject: 'Zorgmelding', doelbinding: true })
  @ApiOperation({
    operationId: 'bevestigOntvangstZorgmelding',
    summary: 'Ontvangst bevestigen',
    description: 'Bevestigt de ontvangst; nogmaals bevestigen verandert niets.',
  })
  @ApiHeader(DOEL_BEOORDELEN)
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: ZorgmeldingVtView, description: 'De zorgmelding' })
  @ApiProblems(400, 401, 403, 404, 409)
  ontvangst(@Param('id') id: string, @Req() req: AuthorizedRequest): Promise<ZorgmeldingVtView> {
    return this.ontvangen.bevestig(id, stapContext(req));
  }

  @Post('zorgmeldingen/:id/toewijzing')
  @HttpCode(200)
  @Policy({ action: 'toewijzen', subject: 'Zorgmelding', doelbinding: true })
  @ApiOperation({
    operationId: 'wijsZorgmeldingToe',
    summary: 'Toewijzen aan een medewerker',
    description:
      'Een VT-coördinator wijst een ontvangen melding toe (of wijst opnieuw toe) aan een collega ' +
      'met een VT-rol van het eigen Veilig Thuis (GET /vt/collegas); iemand anders: 422.',
  })
  @ApiHeader(DOEL_BEOORDELEN)
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: ZorgmeldingVtView, description: 'De zorgmelding' })
  @ApiProblems(400, 401, 403, 404, 409, 415, 422)
  toewijzing(
    @Param('id') id: string,
    @Body() body: Toewijzing,
    @Req() req: AuthorizedRequest,
  ): Promise<ZorgmeldingVtView> {
    return this.toewijzen.wijsToe(id, body.medewerker, stapContext(req));
  }

  @Post('zorgmeldingen/:id/beoordeling')
  @HttpCode(200)
  @Policy({ action: 'beoordelen', subject: 'Zorgmelding', doelbinding: true })
  @ApiOperation({
    operationId: 'beoordeelZorgmelding',
    summary: 'Veiligheidsbeoordeling vastleggen',
    description:
      'Uitkomst (overdracht lokaal veld of betrokken professional, omzetten naar advies, ' +
      'afsluiten, of VT onderzoekt: termijn 10 weken), datum en een interne notitie.',
  })
  @ApiHeader(DOEL_BEOORDELEN)
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: ZorgmeldingVtView, description: 'De zorgmelding' })
  @ApiProblems(400, 401, 403, 404, 409, 415)
  beoordeling(
    @Param('id') id: string,
    @Body() body: Beoordeling,
    @Req() req: AuthorizedRequest,
  ): Promise<ZorgmeldingVtView> {
    return this.beoordelen.beoordeel(id, body, stapContext(req));
  }

  @Post('zorgmeldingen/:id/terugkoppeling')
  @HttpCode(200)
  @Policy({ action: 'terugkoppelen', subject: 'Zorgmelding', doelbinding: true })
  @ApiOperation({
    operationId: 'koppelZorgmeldingTerug',
    summary: 'Terugkoppeling aan de politie',
    description:
      'Informeert de melder: status en uitkomstcategorie, met een optioneel kort bericht. ' +
      'Interne notities gaan nooit mee.',
  })
  @ApiHeader({ ...DOEL_BEOORDELEN, description: 'zorgmelding-terugkoppeling' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: ZorgmeldingVtView, description: 'De zorgmelding' })
  @ApiProblems(400, 401, 403, 404, 409, 415)
  terugkoppeling(
    @Param('id') id: string,
    @Body() body: Terugkoppeling,
    @Req() req: AuthorizedRequest,
  ): Promise<ZorgmeldingVtView> {
    return this.terugkoppelen.koppelTerug(id, body.bericht, stapContext(req));
  }
}
