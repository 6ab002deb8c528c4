import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Post,
  Put,
  Query,
  Req,
} from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { requireAuthz, type AuthorizedRequest, type StepContext } from '@schakel/authz';
import { ApiProblems, Policy, RateLimit, traceOf } from '@schakel/platform';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import {
  Afsluiting,
  BsnZoekvraag,
  Casusreferentie,
  CasusSamenvatting,
  CasusView,
  Deelname,
  Informeren,
  NieuweCasus,
  NieuweUitwisseling,
  Opschaling,
  PersoonCasus,
  ProcesregisseurView,
  ScopeWijziging,
  Triage,
  UitwisselingView,
} from './dto/casus.dto.js';
import { CASUS_STATUSSEN } from './referentie.js';
import { CasusAfsluiten } from './stappen/afsluiten.js';
import { CasusDeelnemen } from './stappen/deelnemen.js';
import { CasusInformeren } from './stappen/informeren.js';
import { CasusLezen, CasusReferentie } from './stappen/lezen.js';
import { CasusOpschalen } from './stappen/opschalen.js';
import { CasusRegistreren } from './stappen/registreren.js';
import { CasusTriageren } from './stappen/triageren.js';
import { CasusUitwisselen } from './stappen/uitwisselen.js';

export function casusContext(req: AuthorizedRequest): StepContext {
  const { actor, ability, doel, regel } = requireAuthz(req);
  return { actor, ability, doel, regel, trace: traceOf(req) };
}

const doelHeader = (description: string) => ({
  name: 'Verwerkingsactiviteit',
  required: true,
  description,
});
const WIJKTEAM = doelHeader('casus-signalering-opschaling');
const ZVH = doelHeader('casusregie-zvh');
const ALLE = doelHeader(
  'casus-signalering-opschaling (wijkteam), casusregie-zvh (Zorg- en Veiligheidshuis) of ketenpartner-deelname (deelnemer)',
);
const ZVH_OF_DEELNEMER = doelHeader('casusregie-zvh of ketenpartner-deelname');

export class CasusFilter {
  @ApiPropertyOptional({ enum: CASUS_STATUSSEN })
  @IsOptional()
  @IsIn(CASUS_STATUSSEN)
  status?: string;
}

/** Path parameters of a participant: the casus id (checked by the service) and the organisation. */
export class DeelnemerParams {
  @ApiProperty({ format: 'uuid' }) @IsString() @MaxLength(64) id!: string;
  @ApiProperty()
  @Matches(/^[a-z0-9-]{2,64}$/, { message: 'organisatie moet een organisatiecode zijn' })
  organisatie!: string;
}

/** Casussen of wijkteams and the Zorg- en Veiligheidshuis, participants and exchanges. */
@ApiTags('Casussen')
@Controller('casussen')
export class CasussenController {
  constructor(
    private readonly referentiedata: CasusReferentie,
    private readonly lezen: CasusLezen,
    private readonly registreren: CasusRegistreren,
    private readonly opschalen: CasusOpschalen,
    private readonly triageren: CasusTriageren,
    private readonly deelnemen: CasusDeelnemen,
    private readonly uitwisseling: CasusUitwisselen,
    private readonly informeren: CasusInformeren,
    private readonly afsluiten: CasusAfsluiten,
  ) {}

  @Get('referentie')
  @Policy({ action: 'read', subject: 'Casusthema' })
  @ApiOperation({
    operationId: 'getCasusreferentie',
    summary: "Thema's, leefdomeinen, gegevenscategorieën en organisaties",
    description:
      "Referentiedata voor casussen: de thema's met hun verwerkingsactiviteit, grondslag en " +
      'bewaartermijn, de leefdomeinen, de gegevenscategorieën (AVG art. 9 en 10 gemarkeerd), ' +
      'de statussen en de organisaties. Bevat geen persoonsgegevens.',
  })
  @ApiOkResponse({ type: Casusreferentie, description: 'De referentiedata' })
  @ApiProblems(401, 403)
  referentie(): Promise<Casusreferentie> {
    return this.referentiedata.referentie();
  }

  @Post()
  @Policy({ action: 'create', subject: 'Casus', doelbinding: true })
  @ApiOperation({
    operationId: 'registreerCasus',
    summary: 'Casus (signaal) registreren',
    description:
      'Een medewerker van een sociaal wijkteam registreert een signaal over een of meer personen, ' +
      'met aanleiding en leefdomeinen. Het wijkteam wordt sleutelpartner. Personen worden ' +
      'versleuteld vastgelegd (één persoonsregister), de aanleiding ook.',
  })
  @ApiHeader(WIJKTEAM)
  @ApiCreatedResponse({ type: CasusView, description: 'De geregistreerde casus (aangemeld)' })
  @ApiProblems(400, 401, 403, 413, 415)
  registreer(@Body() body: NieuweCasus, @Req() req: AuthorizedRequest): Promise<CasusView> {
    return this.registreren.registreer(body, casusContext(req));
  }

  @Get()
  @Policy({ action: 'read', subject: 'Casus', doelbinding: true })
  @ApiOperation({
    operationId: 'listCasussen',
    summary: 'Mijn casussen',
    description:
      'De casussen die u onder deze verwerkingsactiviteit mag zien, laatst gewijzigd eerst ' +
      '(hoogstens 200), zonder namen: het wijkteam die van zijn eigen team, het Zorg- en ' +
      'Veiligheidshuis die het regisseert, een deelnemer die waaraan het nu deelneemt. In SQL ' +
      'gefilterd op dezelfde regels als de losse toegangscontrole.',
  })
  @ApiHeader(ALLE)
  @ApiOkResponse({ type: [CasusSamenvatting], description: 'De casussen' })
  @ApiProblems(400, 401, 403)
  lijst(@Query() filter: CasusFilter, @Req() req: AuthorizedRequest): Promise<CasusSamenvatting[]> {
    return this.lezen.lijst(casusContext(req), filter.status);
  }

  @Get('triage')
  @Policy({ action: 'triageren', subject: 'Casus', doelbinding: true })
  @ApiOperation({
    operationId: 'listTriage',
    summary: 'Triagewachtrij',
    description:
      'Opgeschaalde casussen die op een besluit van het Zorg- en Veiligheidshuis wachten, oudste eerst.',
  })
  @ApiHeader(ZVH)
  @ApiOkResponse({ type: [CasusSamenvatting], description: 'De wachtrij' })
  @ApiProblems(400, 401, 403)
  triage(@Req() req: AuthorizedRequest): Promise<CasusSamenvatting[]> {
    return this.lezen.triagelijst(casusContext(req));
  }

  @Get('procesregisseurs')
  @Policy({ action: 'triageren', subject: 'Casus', doelbinding: true })
  @ApiOperation({
    operationId: 'listProcesregisseurs',
    summary: 'Procesregisseurs van uw Zorg- en Veiligheidshuis',
    description:
      'De collega’s met de rol procesregisseur bij uw eigen Zorg- en Veiligheidshuis (zoals bij ' +
      'hun laatste aanmelding bekend), om bij accepteren een procesregisseur te kiezen. Een ' +
      'ander dan deze wordt bij triage geweigerd (422).',
  })
  @ApiHeader(ZVH)
  @ApiOkResponse({ type: [ProcesregisseurView], description: 'De procesregisseurs (id en naam)' })
  @ApiProblems(400, 401, 403)
  procesregisseurs(@Req() req: AuthorizedRequest): Promise<ProcesregisseurView[]> {
    return this.triageren.procesregisseurs(casusContext(req));
  }

  @Post('personen/tijdlijn')
  @RateLimit('bsn')
  @HttpCode(200)
  @Policy({ action: 'read', subject: 'Casus', doelbinding: true })
  @ApiOperation({
    operationId: 'zoekPersoonTijdlijn',
    summary: 'Tijdlijn van een persoon over casussen',
    description:
      'De casussen en uitwisselingen over een persoon (gezocht op BSN in de body, nooit in de ' +
      'URL) die u mag zien, alleen als identificatie binnen uw scope valt. Het zoeken wordt ' +
      'gelogd, ook als niets wordt gevonden.',
  })
  @ApiHeader(ALLE)
  @ApiOkResponse({ type: [PersoonCasus], description: 'Casussen met uitwisselingen (metadata)' })
  @ApiProblems(400, 401, 403, 415)
  tijdlijn(@Body() body: BsnZoekvraag, @Req() req: AuthorizedRequest): Promise<PersoonCasus[]> {
    return this.lezen.tijdlijn(body.bsn, casusContext(req));
  }

  @Get(':id')
  @Policy({ action: 'read', subject: 'Casus', doelbinding: true })
  @ApiOperation({
    operationId: 'getCasus',
    summary: 'Eén casus',
    description:
      'De casus zoals u die mag zien: een deelnemer ziet van personen alleen de velden binnen ' +
      'zijn scope en alleen uitwisselingen die hij verstrekte of ontving; de aanleiding en de ' +
      'triage alleen sleutelpartner en Zorg- en Veiligheidshuis. Een casus die u niet mag zien ' +
      'bestaat voor u niet (404).',
  })
  @ApiHeader(ALLE)
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: CasusView, description: 'De casus' })
  @ApiProblems(400, 401, 403, 404)
  lees(@Param('id') id: string, @Req() req: AuthorizedRequest): Promise<CasusView> {
    return this.lezen.lees(id, casusContext(req));
  }

  @Post(':id/opschaling')
  @HttpCode(200)
  @Policy({ action: 'opschalen', subject: 'Casus', doelbinding: true })
  @ApiOperation({
    operationId: 'schaalCasusOp',
    summary: 'Opschalen naar het Zorg- en Veiligheidshuis',
    description:
      'Aanmelding bij het Zorg- en Veiligheidshuis, getoetst aan de landelijke criteria voor ' +
      'complexe casuïstiek: (meerdere leefdomeinen en meerdere ketens en impact op de omgeving) ' +
      'of ernstige lokale veiligheidsproblemen; 422 als daar niet aan is voldaan.',
  })
  @ApiHeader(WIJKTEAM)
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: CasusView, description: 'De casus (in triage)' })
  @ApiProblems(400, 401, 403, 404, 409, 415, 422)
  schaalOp(
    @Param('id') id: string,
    @Body() body: Opschaling,
    @Req() req: AuthorizedRequest,
  ): Promise<CasusView> {
    return this.opschalen.schaalOp(id, body, casusContext(req));
  }

  @Post(':id/triage')
  @HttpCode(200)
  @Policy({ action: 'triageren', subject: 'Casus', doelbinding: true })
  @ApiOperation({
    operationId: 'trieerCasus',
    summary: 'Triagebesluit',
    description:
      'Accepteren (met procesregisseur; het Zorg- en Veiligheidshuis en de sleutelpartner gaan ' +
      'deelnemen) of afwijzen met reden. De sleutelpartner ziet de uitkomst.',
  })
  @ApiHeader(ZVH)
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: CasusView, description: 'De casus' })
  @ApiProblems(400, 401, 403, 404, 409, 415, 422)
  trieer(
    @Param('id') id: string,
    @Body() body: Triage,
    @Req() req: AuthorizedRequest,
  ): Promise<CasusView> {
    return this.triageren.trieer(id, body, casusContext(req));
  }

  @Post(':id/deelnemers')
  @Policy({ action: 'regisseren', subject: 'Casus', doelbinding: true })
  @ApiOperation({
    operationId: 'nodigDeelnemerUit',
    summary: 'Deelnemer uitnodigen',
    description:
      'Nodigt een organisatie uit met haar need-to-know: de gegevenscategorieën die zij mag ' +
      'zien. De eerste uitnodiging maakt de casus actief.',
  })
  @ApiHeader(ZVH)
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiCreatedResponse({ type: CasusView, description: 'De casus' })
  @ApiProblems(400, 401, 403, 404, 409, 415, 422)
  nodigUit(
    @Param('id') id: string,
    @Body() body: Deelname,
    @Req() req: AuthorizedRequest,
  ): Promise<CasusView> {
    return this.deelnemen.nodigUit(id, body, casusContext(req));
  }

  @Put(':id/deelnemers/:organisatie')
  @Policy({ action: 'regisseren', subject: 'Casus', doelbinding: true })
  @ApiOperation({
    operationId: 'wijzigDeelnemerScope',
    summary: 'Scope van een deelnemer wijzigen',
    description: 'Vervangt de gegevenscategorieën die de deelnemer vanaf nu mag zien.',
  })
  @ApiHeader(ZVH)
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiParam({ name: 'organisatie' })
  @ApiOkResponse({ type: CasusView, description: 'De casus' })
  @ApiProblems(400, 401, 403, 404, 409, 415)
  wijzigScope(
    @Param() param: DeelnemerParams,
    @Body() body: ScopeWijziging,
    @Req() req: AuthorizedRequest,
  ): Promise<CasusView> {
    return this.deelnemen.wijzigScope(
      param.id,
      param.organisatie,
      body.categorieen,
      casusContext(req),
    );
  }

  @Delete(':id/deelnemers/:organisatie')
  @Policy({ action: 'regisseren', subject: 'Casus', doelbinding: true })
  @ApiOperation({
    operationId: 'beeindigDeelname',
    summary: 'Deelname beëindigen',
    description:
      'De organisatie ziet de casus vanaf nu niet meer; haar deelname blijft in de historie.',
  })
  @ApiHeader(ZVH)
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiParam({ name: 'organisatie' })
  @ApiOkResponse({ type: CasusView, description: 'De casus' })
  @ApiProblems(400, 401, 403, 404, 409)
  beeindig(@Param() param: DeelnemerParams, @Req() req: AuthorizedRequest): Promise<CasusView> {
    return this.deelnemen.beeindig(param.id, param.organisatie, casusContext(req));
  }

  @Post(':id/uitwisselingen')
  @Policy({ action: 'create', subject: 'Uitwisseling', doelbinding: true })
  @ApiOperation({
    operationId: 'registreerUitwisseling',
    summary: 'Uitwisseling van persoonsgegevens vastleggen',
    description:
      'Legt vast wie welke gegevens over wie aan wie verstrekt, met doel, grondslag en de ' +
      'afweging van proportionaliteit en subsidiariteit. Een ontvanger buiten wiens scope een ' +
      'categorie valt, of die niet deelneemt, maakt de uitwisseling onmogelijk (422, met uitleg).',
  })
  @ApiHeader(ZVH_OF_DEELNEMER)
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiCreatedResponse({ type: UitwisselingView, description: 'De vastgelegde uitwisseling' })
  @ApiProblems(400, 401, 403, 404, 409, 415, 422)
  uitwisselen(
    @Param('id') id: string,
    @Body() body: NieuweUitwisseling,
    @Req() req: AuthorizedRequest,
  ): Promise<UitwisselingView> {
    return this.uitwisseling.registreer(id, body, casusContext(req));
  }

  @Post(':id/uitwisselingen/:uitwisselingId/ontvangst')
  @HttpCode(200)
  @Policy({ action: 'bevestigen', subject: 'Uitwisseling', doelbinding: true })
  @ApiOperation({
    operationId: 'bevestigOntvangst',
    summary: 'Ontvangst van een uitwisseling bevestigen',
    description: 'De ontvangende organisatie bevestigt de ontvangst; 409 als dat al gebeurde.',
  })
  @ApiHeader(doelHeader('ketenpartner-deelname'))
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiParam({ name: 'uitwisselingId', format: 'uuid' })
  @ApiOkResponse({ type: UitwisselingView, description: 'De uitwisseling' })
  @ApiProblems(400, 401, 403, 404, 409)
  bevestig(
    @Param('id') id: string,
    @Param('uitwisselingId') uitwisselingId: string,
    @Req() req: AuthorizedRequest,
  ): Promise<UitwisselingView> {
    return this.uitwisseling.bevestig(id, uitwisselingId, casusContext(req));
  }

  @Post(':id/betrokkenen/:persoonId/informeren')
  @HttpCode(200)
  @Policy({ action: 'regisseren', subject: 'Casus', doelbinding: true })
  @ApiOperation({
    operationId: 'legInformerenVast',
    summary: 'Informeren van de persoon vastleggen',
    description:
      'Dat en wanneer de persoon over de casus is geïnformeerd, of de reden om dat niet te doen ' +
      '(lopend strafrechtelijk onderzoek, veiligheidsrisico) met toelichting; bij afsluiten ' +
      'opnieuw beoordeeld.',
  })
  @ApiHeader(ZVH)
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiParam({ name: 'persoonId', format: 'uuid' })
  @ApiOkResponse({ type: CasusView, description: 'De casus' })
  @ApiProblems(400, 401, 403, 404, 409, 415)
  informeer(
    @Param('id') id: string,
    @Param('persoonId') persoonId: string,
    @Body() body: Informeren,
    @Req() req: AuthorizedRequest,
  ): Promise<CasusView> {
    return this.informeren.informeer(id, persoonId, body, casusContext(req));
  }

  @Post(':id/afsluiting')
  @HttpCode(200)
  @Policy({ action: 'regisseren', subject: 'Casus', doelbinding: true })
  @ApiOperation({
    operationId: 'sluitCasusAf',
    summary: 'Casus afsluiten',
    description:
      'Sluit de casus af: elk besluit om een persoon niet te informeren wordt opnieuw beoordeeld ' +
      '(422 zonder), alle deelnames eindigen en de bewaartermijn van het thema begint.',
  })
  @ApiHeader(ZVH)
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: CasusView, description: 'De afgesloten casus' })
  @ApiProblems(400, 401, 403, 404, 409, 415, 422)
  sluitAf(
    @Param('id') id: string,
    @Body() body: Afsluiting,
    @Req() req: AuthorizedRequest,
  ): Promise<CasusView> {
    return this.afsluiten.sluitAf(id, body, casusContext(req));
  }
}
