import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import { requireAuthz, type AuthorizedRequest, type StepContext } from '@schakel/authz';
import { ApiProblems, Policy, traceOf } from '@schakel/platform';
import type { Response } from 'express';
import {
  Afhandeling,
  BeperkingInvoer,
  Inzagerapport,
  NieuwVerzoek,
  Rectificatie,
  RectificatiemeldingView,
  RegisterExportVraag,
  Verlenging,
  VerzoekView,
} from './dto/rechten.dto.js';
import { inzagePdf } from './inzage-pdf.js';
import { Afhandelen } from './stappen/afhandelen.js';
import { Beperken } from './stappen/beperken.js';
import { Inzage } from './stappen/inzage.js';
import { Lezen } from './stappen/lezen.js';
import { Rectificatiemeldingen } from './stappen/rectificatiemeldingen.js';
import { Rectificeren } from './stappen/rectificeren.js';
import { RegisterExporteren } from './stappen/register-exporteren.js';
import { Registreren } from './stappen/registreren.js';
import { Wissen } from './stappen/wissen.js';

function stapContext(req: AuthorizedRequest): StepContext {
  const { actor, ability, doel, regel } = requireAuthz(req);
  return { actor, ability, doel, regel, trace: traceOf(req) };
}

const DOEL = { name: 'Verwerkingsactiviteit', required: true, description: 'rechten-betrokkenen' };
const ID = { name: 'id', format: 'uuid' } as const;

/**
 * The FG's rights desk (AVG art. 12-21, ADR 0028): requests of data subjects with their
 * clock, the access report (JSON and PDF), rectification, restriction and objection. The BSN
 * travels only in a POST body; every step goes through GuardedStep and is logged.
 */
@ApiTags('Rechten van betrokkenen')
@Controller()
export class RechtenController {
  constructor(
    private readonly registreren: Registreren,
    private readonly lezen: Lezen,
    private readonly afhandelen: Afhandelen,
    private readonly inzage: Inzage,
    private readonly rectificeren: Rectificeren,
    private readonly beperken: Beperken,
    private readonly registerExport: RegisterExporteren,
    private readonly meldingen: Rectificatiemeldingen,
    private readonly wissen: Wissen,
  ) {}

  @Post('rechten/verzoeken')
  @Policy({ action: 'create', subject: 'Rechtenverzoek', doelbinding: true })
  @ApiOperation({
    operationId: 'registreerVerzoek',
    summary: 'Verzoek van een betrokkene registreren',
    description:
      'Inzage (AVG art. 15), rectificatie (16), wissing (17), beperking (18) of bezwaar (21). Het BSN gaat in de body en wordt niet bewaard: alleen het pseudoniem en, als Schakel de persoon kent, de verwijzing naar de persoon. De termijn van een maand begint op de dag van ontvangst.',
  })
  @ApiHeader(DOEL)
  @ApiCreatedResponse({ type: VerzoekView, description: 'Het geregistreerde verzoek' })
  @ApiProblems(400, 401, 403, 415, 422)
  registreer(@Body() body: NieuwVerzoek, @Req() req: AuthorizedRequest): Promise<VerzoekView> {
    return this.registreren.registreer(body, stapContext(req));
  }

  @Get('rechten/verzoeken')
  @Policy({ action: 'read', subject: 'Rechtenverzoek', doelbinding: true })
  @ApiOperation({
    operationId: 'listVerzoeken',
    summary: 'Verzoeken van betrokkenen',
    description:
      'De verzoeken aan de eigen organisatie: open verzoeken eerst, op uiterste datum; dan de afgeronde, nieuwste eerst.',
  })
  @ApiHeader(DOEL)
  @ApiOkResponse({ type: [VerzoekView], description: 'De verzoeken' })
  @ApiProblems(400, 401, 403)
  lijst(@Req() req: AuthorizedRequest): Promise<VerzoekView[]> {
    return this.lezen.lijst(stapContext(req));
  }

  @Get('rechten/verzoeken/:id')
  @Policy({ action: 'read', subject: 'Rechtenverzoek', doelbinding: true })
  @ApiOperation({
    operationId: 'getVerzoek',
    summary: 'Eén verzoek met termijn',
    description: 'Het verzoek, de termijn, beperkingen en rectificaties.',
  })
  @ApiHeader(DOEL)
  @ApiParam(ID)
  @ApiOkResponse({ type: VerzoekView, description: 'Het verzoek' })
  @ApiProblems(400, 401, 403, 404)
  een(@Param('id') id: string, @Req() req: AuthorizedRequest): Promise<VerzoekView> {
    return this.lezen.een(id, stapContext(req));
  }

  @Post('rechten/verzoeken/:id/verlenging')
  @HttpCode(200)
  @Policy({ action: 'update', subject: 'Rechtenverzoek', doelbinding: true })
  @ApiOperation({
    operationId: 'verlengTermijn',
    summary: 'Termijn verlengen',
    description:
      'Eén keer, met ten hoogste twee maanden, met redenen, binnen de eerste maand (AVG art. 12 lid 3).',
  })
  @ApiHeader(DOEL)
  @ApiParam(ID)
  @ApiOkResponse({ type: VerzoekView, description: 'Het verzoek met de nieuwe termijn' })
  @ApiProblems(400, 401, 403, 404, 409, 415, 422)
  verleng(
    @Param('id') id: string,
    @Body() body: Verlenging,
    @Req() req: AuthorizedRequest,
  ): Promise<VerzoekView> {
    return this.afhandelen.verleng(id, body, stapContext(req));
  }

  @Post('rechten/verzoeken/:id/afhandeling')
  @HttpCode(200)
  @Policy({ action: 'update', subject: 'Rechtenverzoek', doelbinding: true })
  @ApiOperation({
    operationId: 'handelVerzoekAf',
    summary: 'Verzoek afhandelen of afwijzen',
    description: 'Legt het antwoord aan de betrokkene vast en stopt de termijn.',
  })
  @ApiHeader(DOEL)
  @ApiParam(ID)
  @ApiOkResponse({ type: VerzoekView, description: 'Het afgeronde verzoek' })
  @ApiProblems(400, 401, 403, 404, 409, 415)
  rond(
    @Param('id') id: string,
    @Body() body: Afhandeling,
    @Req() req: AuthorizedRequest,
  ): Promise<VerzoekView> {
    return this.afhandelen.rond(id, body, stapContext(req));
  }

  @Post('rechten/verzoeken/:id/inzage')
  @HttpCode(200)
  @Policy({ action: 'read', subject: 'Rechtenverzoek', doelbinding: true })
  @ApiOperation({
    operationId: 'maakInzagerapport',
    summary: 'Inzagerapport opstellen (AVG art. 15)',
    description:
      'Per context de gegevens waarvoor de eigen organisatie verantwoordelijk is, ontsleuteld onder rechten-betrokkenen, met doelen, grondslagen, ontvangers, bewaartermijnen, herkomst en de verwerkingen uit het verwerkingslog. Achtergehouden gegevens worden geteld en met hun grond genoemd. Het opstellen wordt vastgelegd.',
  })
  @ApiHeader(DOEL)
  @ApiParam(ID)
  @ApiOkResponse({ type: Inzagerapport, description: 'Het rapport' })
  @ApiProblems(400, 401, 403, 404)
  rapport(@Param('id') id: string, @Req() req: AuthorizedRequest): Promise<Inzagerapport> {
    return this.inzage.rapport(id, stapContext(req));
  }

  @Post('rechten/verzoeken/:id/inzage/pdf')
  @HttpCode(200)
  @Policy({ action: 'read', subject: 'Rechtenverzoek', doelbinding: true })
  @ApiOperation({
    operationId: 'maakInzagePdf',
    summary: 'Inzagerapport als pdf',
    description: 'Hetzelfde rapport als leesbare Nederlandse pdf; het opstellen wordt vastgelegd.',
  })
  @ApiHeader(DOEL)
  @ApiParam(ID)
  @ApiResponse({
    status: 200,
    description: 'De pdf',
    content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiProblems(400, 401, 403, 404)
  async pdf(
    @Param('id') id: string,
    @Req() req: AuthorizedRequest,
    @Res() res: Response,
  ): Promise<void> {
    const rapport = await this.inzage.rapport(id, stapContext(req), 'inzage-pdf');
    const pdf = await inzagePdf(rapport);
    res
      .status(200)
      .type('application/pdf')
      .setHeader('Content-Disposition', 'inline; filename="inzage.pdf"')
      .setHeader('Cache-Control', 'no-store')
      .send(pdf);
  }

  @Post('rechten/verzoeken/:id/rectificatie')
  @HttpCode(200)
  @Policy({ action: 'update', subject: 'Rechtenverzoek', doelbinding: true })
  @ApiOperation({
    operationId: 'rectificeer',
    summary: 'Gegevens rectificeren (AVG art. 16 en 19)',
    description:
      'Wijzigt de identiteitsgegevens, legt vast welke velden en waarom (niet de oude waarden) en maakt per ontvanger uit het uitwisselingsregister en de bezorgingen een melding.',
  })
  @ApiHeader(DOEL)
  @ApiParam(ID)
  @ApiOkResponse({ type: VerzoekView, description: 'Het verzoek met de rectificaties' })
  @ApiProblems(400, 401, 403, 404, 409, 410, 415, 422)
  rectificeer(
    @Param('id') id: string,
    @Body() body: Rectificatie,
    @Req() req: AuthorizedRequest,
  ): Promise<VerzoekView> {
    return this.rectificeren.rectificeer(id, body, stapContext(req));
  }

  @Post('rechten/verzoeken/:id/wissing')
  @HttpCode(200)
  @Policy({ action: 'update', subject: 'Rechtenverzoek', doelbinding: true })
  @ApiOperation({
    operationId: 'bereidWissingVoor',
    summary: 'Toegewezen wissing voorbereiden (AVG art. 17)',
    description:
      'Zet de dossiers van de betrokkene waarvan de eigen organisatie eigenaar is en die geen wettelijke plicht bewaart op een vernietigingslijst (soort wissing): de FG keurt die goed en een tweede persoon bevestigt, met een verklaring van vernietiging. Wat blijft, staat er met de grond bij. Eén keer per verzoek.',
  })
  @ApiHeader(DOEL)
  @ApiParam(ID)
  @ApiOkResponse({ type: VerzoekView, description: 'Het verzoek met de wissing' })
  @ApiProblems(400, 401, 403, 404, 409, 422)
  wis(@Param('id') id: string, @Req() req: AuthorizedRequest): Promise<VerzoekView> {
    return this.wissen.bereidVoor(id, stapContext(req));
  }

  @Post('rechten/verzoeken/:id/beperking')
  @HttpCode(200)
  @Policy({ action: 'update', subject: 'Rechtenverzoek', doelbinding: true })
  @ApiOperation({
    operationId: 'zetBeperking',
    summary: 'Beperking of bezwaar vastleggen (AVG art. 18 en 21)',
    description:
      'Zolang de vlag staat, worden nieuwe uitwisselingen en bezorgingen over de betrokkene geweigerd (422), behalve onder de genoemde verwerkingsactiviteiten.',
  })
  @ApiHeader(DOEL)
  @ApiParam(ID)
  @ApiOkResponse({ type: VerzoekView, description: 'Het verzoek met de beperkingen' })
  @ApiProblems(400, 401, 403, 404, 409, 410, 415, 422)
  beperk(
    @Param('id') id: string,
    @Body() body: BeperkingInvoer,
    @Req() req: AuthorizedRequest,
  ): Promise<VerzoekView> {
    return this.beperken.zet(id, body, stapContext(req));
  }

  @Post('rechten/verzoeken/:id/beperking/opheffing')
  @HttpCode(200)
  @Policy({ action: 'update', subject: 'Rechtenverzoek', doelbinding: true })
  @ApiOperation({
    operationId: 'hefBeperkingOp',
    summary: 'Beperking of bezwaar opheffen',
    description: 'Beëindigt de vlag van dit soort verzoek; de vlag blijft bewaard.',
  })
  @ApiHeader(DOEL)
  @ApiParam(ID)
  @ApiOkResponse({ type: VerzoekView, description: 'Het verzoek' })
  @ApiProblems(400, 401, 403, 404, 422)
  hefOp(@Param('id') id: string, @Req() req: AuthorizedRequest): Promise<VerzoekView> {
    return this.beperken.hefOp(id, stapContext(req));
  }

  @Get('rectificatiemeldingen')
  @Policy({ action: 'read', subject: 'Rectificatiemelding', doelbinding: true })
  @ApiOperation({
    operationId: 'listRectificatiemeldingen',
    summary: 'Rectificaties van ontvangen gegevens (AVG art. 19)',
    description:
      'Meldingen aan de eigen organisatie dat gegevens die zij ontving zijn verbeterd: welke soort gegevens, in welke verstrekking, door wie. Nooit de oude of nieuwe waarde. Onder de verwerkingsactiviteit waaronder de gegevens zijn ontvangen: ketenpartner-deelname of casusregie-zvh (uitwisselingen), zorgmelding-ontvangen-beoordelen (bezorgde zorgmeldingen). Onbevestigde eerst.',
  })
  @ApiHeader({
    ...DOEL,
    description: 'ketenpartner-deelname, casusregie-zvh of zorgmelding-ontvangen-beoordelen',
  })
  @ApiOkResponse({ type: [RectificatiemeldingView], description: 'De meldingen' })
  @ApiProblems(400, 401, 403)
  rectificatiemeldingen(@Req() req: AuthorizedRequest): Promise<RectificatiemeldingView[]> {
    return this.meldingen.lijst(stapContext(req));
  }

  @Post('rectificatiemeldingen/:id/bevestiging')
  @HttpCode(200)
  @Policy({ action: 'bevestigen', subject: 'Rectificatiemelding', doelbinding: true })
  @ApiOperation({
    operationId: 'bevestigRectificatiemelding',
    summary: 'Rectificatie bevestigen',
    description:
      'De ontvanger bevestigt dat de melding is verwerkt (de eigen gegevens zijn nagelopen). De organisatie die rectificeerde ziet wie bevestigde en wanneer.',
  })
  @ApiHeader({
    ...DOEL,
    description: 'ketenpartner-deelname, casusregie-zvh of zorgmelding-ontvangen-beoordelen',
  })
  @ApiParam(ID)
  @ApiOkResponse({ type: RectificatiemeldingView, description: 'De bevestigde melding' })
  @ApiProblems(400, 401, 403, 404, 409)
  bevestigRectificatie(
    @Param('id') id: string,
    @Req() req: AuthorizedRequest,
  ): Promise<RectificatiemeldingView> {
    return this.meldingen.bevestig(id, stapContext(req));
  }

  @Get('verwerkingsregister/export')
  @Policy({ action: 'read', subject: 'Verwerkingsactiviteit' })
  @ApiOperation({
    operationId: 'exportVerwerkingsregister',
    summary: 'Verwerkingsregister exporteren (AVG art. 30)',
    description:
      'Alle versies van alle verwerkingsactiviteiten, als JSON of CSV. Wie een versie vastlegde, zien alleen de beheerder en de FG. De export wordt vastgelegd.',
  })
  @ApiResponse({
    status: 200,
    description: 'Het register',
    content: {
      'application/json': { schema: { type: 'object' } },
      'text/csv': { schema: { type: 'string' } },
    },
  })
  @ApiProblems(400, 401)
  async export(
    @Query() vraag: RegisterExportVraag,
    @Req() req: AuthorizedRequest,
    @Res() res: Response,
  ): Promise<void> {
    const x = await this.registerExport.exporteer(vraag.formaat ?? 'json', stapContext(req));
    res
      .status(200)
      .type(x.type)
      .setHeader('Content-Disposition', `attachment; filename="${x.bestand}"`)
      .send(x.inhoud);
  }
}
