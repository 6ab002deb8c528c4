import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  Param,
  Post,
  Query,
  Req,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
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
  Zoekvraag,
} from './dto/zorgmelding.dto.js';
import { AfdrukkenStap } from './stappen/afdrukken.js';
import { ZoekenStap } from './stappen/zoeken.js';
import { BeoordelenStap } from './stappen/beoordelen.js';
import { LezenStap } from './stappen/lezen.js';
import { OntvangenStap } from './stappen/ontvangen.js';
import { TerugkoppelenStap } from './stappen/terugkoppelen.js';
import { ToewijzenStap } from './stappen/toewijzen.js';
import { pdf, stapContext } from './zorgmeldingen.controller.js';

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
    private readonly zoeken: ZoekenStap,
    private readonly afdrukken: AfdrukkenStap,
  ) {}

  @Get('inbox')
  @Policy({ action: 'beoordelen', subject: 'Zorgmelding', doelbinding: true })
  @ApiOperation({
    operationId: 'getVtInbox',
    summary: 'Inbox van het eigen Veilig Thuis',
    description:
      'Zorgmeldingen die naar uw Veilig Thuis zijn gerouteerd, met kenmerk en termijnstatus ' +
      '(op-tijd, bijna-verlopen, verlopen). Sortering termijn (standaard: open meldingen met de ' +
      'eerst verlopende termijn voorop), nieuwste of oudste (op ontvangst). Volgende pagina: ' +
      '`na` = id van de laatste. In SQL gefilterd.',
  })
  @ApiHeader(DOEL_BEOORDELEN)
  @ApiOkResponse({ type: [InboxItem], description: 'Een pagina van de inbox' })
  @ApiProblems(400, 401, 403)
  inbox(@Query() filter: InboxFilter, @Req() req: AuthorizedRequest): Promise<InboxItem[]> {
    return this.lezen.inbox(filter, stapContext(req));
  }

  @Post('zoeken')
  @HttpCode(200)
  @Policy({ action: 'beoordelen', subject: 'Zorgmelding', doelbinding: true })
  @ApiOperation({
    operationId: 'zoekVtZorgmeldingen',
    summary: 'Zoeken in de inbox',
    description:
      'Zoekt in de meldingen van uw Veilig Thuis op kenmerk, op (een deel van) de naam of op het ' +
      'BSN van een betrokkene; alle opgegeven criteria moeten kloppen. Naam en BSN alleen in de ' +
      'body, nooit in een URL. Vastgelegd in het auditspoor.',
  })
  @ApiHeader(DOEL_BEOORDELEN)
  @ApiOkResponse({ type: [InboxItem], description: 'De gevonden meldingen' })
  @ApiProblems(400, 401, 403, 415)
  zoek(@Body() vraag: Zoekvraag, @Req() req: AuthorizedRequest): Promise<InboxItem[]> {
    return this.zoeken.inbox(vraag, stapContext(req));
  }

  @Get('collegas')
  @Policy({ action: 'read', subject: 'Collega', doelbinding: true })
  @ApiOperation({
    operationId: 'listVtCollegas',
    summary: "Collega's van uw Veilig Thuis",
    description:
      'De medewerkers en coördinatoren van uw eigen Veilig Thuis (id en naam, zoals bij hun ' +
      'laatste aanmelding): de enigen aan wie een VT-coördinator een melding kan toewijzen, en ' +
      'de namen die een VT-medewerker ziet bij "toegewezen aan".',
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

  @Get('zorgmeldingen/:id/pdf')
  @Header('Cache-Control', 'no-store')
  @Policy({ action: 'beoordelen', subject: 'Zorgmelding', doelbinding: true })
  @ApiOperation({
    operationId: 'getVtZorgmeldingPdf',
    summary: 'Zorgmelding als PDF (dossier Veilig Thuis)',
    description:
      'De melding zoals Veilig Thuis haar ziet, als PDF voor het dossier: in het Nederlands, met ' +
      'namen in plaats van codes en de volledige RiHG per signaal. Vastgelegd als verstrekking.',
  })
  @ApiHeader(DOEL_BEOORDELEN)
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiProduces('application/pdf')
  @ApiOkResponse({
    description: 'De PDF',
    content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiProblems(400, 401, 403, 404)
  async afdruk(@Param('id') id: string, @Req() req: AuthorizedRequest): Promise<StreamableFile> {
    return pdf(await this.afdrukken.voorVt(id, stapContext(req)), 'zorgmelding.pdf');
  }

  @Post('zorgmeldingen/:id/oppakken')
  @HttpCode(200)
  @Policy({ action: 'beoordelen', subject: 'Zorgmelding', doelbinding: true })
  @ApiOperation({
    operationId: 'pakZorgmeldingOp',
    summary: 'Melding oppakken (aan uzelf toewijzen)',
    description:
      'Een medewerker of coördinator van het eigen Veilig Thuis wijst een ontvangen melding aan ' +
      'zichzelf toe. Al aan een ander toegewezen: 409 (een coördinator kan opnieuw toewijzen).',
  })
  @ApiHeader(DOEL_BEOORDELEN)
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: ZorgmeldingVtView, description: 'De zorgmelding' })
  @ApiProblems(400, 401, 403, 404, 409)
  oppakken(@Param('id') id: string, @Req() req: AuthorizedRequest): Promise<ZorgmeldingVtView> {
    return this.toewijzen.oppakken(id, stapContext(req));
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
