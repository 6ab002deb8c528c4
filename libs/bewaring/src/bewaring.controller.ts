import { Body, Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import {
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
  BlokkadeView,
  LijstBesluit,
  LijstView,
  NieuweBlokkade,
  NieuwVernietigingsverzoek,
  SignaleringView,
  VernietigingsverzoekView,
} from './dto/bewaring.dto.js';
import { LijstBevestigen } from './stappen/bevestigen.js';
import { Blokkeren } from './stappen/blokkeren.js';
import { LijstGoedkeuren } from './stappen/goedkeuren.js';
import { LijstenLezen } from './stappen/lijsten.js';
import { Signaleren } from './stappen/signaleren.js';
import { VerklaringMaken } from './stappen/verklaring.js';
import { Vernietigingsverzoeken } from './stappen/verzoek.js';

function stapContext(req: AuthorizedRequest): StepContext {
  const { actor, ability, doel, regel } = requireAuthz(req);
  return { actor, ability, doel, regel, trace: traceOf(req) };
}

const DOEL = () =>
  ApiHeader({
    name: 'Verwerkingsactiviteit',
    required: true,
    description: 'bewaring-vernietiging',
  });

/**
 * Retention and destruction (ADR 0027): destruction lists (propose, approve, confirm by a
 * second person, certificate), legal holds and extensions, the warnings before a term ends,
 * and destruction on request. Everything under `bewaring-vernietiging`.
 */
@ApiTags('Bewaring')
@Controller('bewaring')
export class BewaringController {
  constructor(
    private readonly lezen: LijstenLezen,
    private readonly goedkeuren: LijstGoedkeuren,
    private readonly bevestigen: LijstBevestigen,
    private readonly verklaring: VerklaringMaken,
    private readonly blokkeren: Blokkeren,
    private readonly signaleren: Signaleren,
    private readonly verzoeken: Vernietigingsverzoeken,
  ) {}

  @Get('vernietigingslijsten')
  @Policy({ action: 'read', subject: 'Vernietigingslijst', doelbinding: true })
  @ApiOperation({
    operationId: 'getVernietigingslijsten',
    summary: 'Vernietigingslijsten',
    description:
      'De lijsten van uw organisatie, en (FG) de lijsten die op een tweede persoon wachten. Alleen kenmerken, termijnen en aantallen.',
  })
  @DOEL()
  @ApiOkResponse({ type: [LijstView], description: 'Nieuwste eerst' })
  @ApiProblems(400, 401, 403)
  lijsten(@Req() req: AuthorizedRequest): Promise<LijstView[]> {
    return this.lezen.lijsten(stapContext(req));
  }

  @Post('vernietigingslijsten')
  @HttpCode(200)
  @Policy({ action: 'create', subject: 'Vernietigingslijst', doelbinding: true })
  @ApiOperation({
    operationId: 'stelVernietigingslijstVoor',
    summary: 'Nu een vernietigingslijst voorstellen',
    description:
      'Stelt voor uw organisatie een lijst voor van wat zijn bewaartermijn voorbij is en op geen open lijst staat, zonder bewaarplicht of verlenging (de dagtaak doet dit elke nacht). Antwoordt null als er niets te vernietigen is.',
  })
  @DOEL()
  @ApiOkResponse({ type: LijstView, description: 'De nieuwe lijst, of null' })
  @ApiProblems(400, 401, 403)
  async voorstellen(@Req() req: AuthorizedRequest): Promise<LijstView | null> {
    return this.lezen.voorstellen(stapContext(req));
  }

  @Get('vernietigingslijsten/:id')
  @Policy({ action: 'read', subject: 'Vernietigingslijst', doelbinding: true })
  @ApiOperation({
    operationId: 'getVernietigingslijst',
    summary: 'Eén vernietigingslijst',
    description:
      'De lijst met per dossier het kenmerk, de verwerkingsactiviteit, de bewaartermijn en de stand; of u mag goedkeuren of bevestigen.',
  })
  @DOEL()
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: LijstView, description: 'De lijst met zijn dossiers' })
  @ApiProblems(400, 401, 403, 404)
  lijst(@Param('id') id: string, @Req() req: AuthorizedRequest): Promise<LijstView> {
    return this.lezen.lijst(id, stapContext(req));
  }

  @Post('vernietigingslijsten/:id/goedkeuring')
  @HttpCode(200)
  @Policy({ action: 'goedkeuren', subject: 'Vernietigingslijst', doelbinding: true })
  @ApiOperation({
    operationId: 'keurVernietigingslijstGoed',
    summary: 'Vernietigingslijst goedkeuren (eerste persoon)',
    description:
      'De FG van de organisatie die de dossiers beheert keurt een voorgestelde lijst goed. Er wordt nog niets vernietigd: een tweede, andere persoon bevestigt.',
  })
  @DOEL()
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: LijstView, description: 'De goedgekeurde lijst' })
  @ApiProblems(400, 401, 403, 404, 409)
  keurGoed(
    @Param('id') id: string,
    @Body() body: LijstBesluit,
    @Req() req: AuthorizedRequest,
  ): Promise<LijstView> {
    return this.goedkeuren.keurGoed(id, body, stapContext(req));
  }

  @Post('vernietigingslijsten/:id/bevestiging')
  @HttpCode(200)
  @Policy({ action: 'bevestigen', subject: 'Vernietigingslijst', doelbinding: true })
  @ApiOperation({
    operationId: 'bevestigVernietigingslijst',
    summary: 'Vernietigingslijst bevestigen en vernietigen (tweede persoon)',
    description:
      'Een andere FG dan wie goedkeurde bevestigt; daarna wordt elk dossier vernietigd dat nog steeds zijn termijn voorbij is en geen bewaarplicht of verlenging heeft. Dezelfde persoon twee keer: 409.',
  })
  @DOEL()
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: LijstView, description: 'De lijst na vernietiging' })
  @ApiProblems(400, 401, 403, 404, 409)
  bevestig(
    @Param('id') id: string,
    @Body() body: LijstBesluit,
    @Req() req: AuthorizedRequest,
  ): Promise<LijstView> {
    return this.bevestigen.bevestig(id, body, stapContext(req));
  }

  @Get('vernietigingslijsten/:id/verklaring')
  @Policy({ action: 'read', subject: 'Vernietigingslijst', doelbinding: true })
  @ApiOperation({
    operationId: 'getVerklaringVanVernietiging',
    summary: 'Verklaring van vernietiging (PDF)',
    description:
      'Wat onder welke termijn en welk besluit is vernietigd. Alleen kenmerken van dossiers; personen als aantal.',
  })
  @DOEL()
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiResponse({
    status: 200,
    description: 'De verklaring',
    content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiProblems(400, 401, 403, 404, 409)
  async verklaringPdf(
    @Param('id') id: string,
    @Req() req: AuthorizedRequest,
    @Res() res: Response,
  ): Promise<void> {
    const { nummer, pdf } = await this.verklaring.pdf(id, stapContext(req));
    res
      .status(200)
      .type('application/pdf')
      .setHeader('Content-Disposition', `inline; filename="verklaring-${nummer}.pdf"`)
      .send(pdf);
  }

  @Get('blokkades')
  @Policy({ action: 'read', subject: 'BewaarBlokkade', doelbinding: true })
  @ApiOperation({
    operationId: 'getBewaarBlokkades',
    summary: 'Bewaarplichten en verlengingen',
    description: 'Van uw organisatie: wie, waarom, tot wanneer, en of ze nog gelden.',
  })
  @DOEL()
  @ApiOkResponse({ type: [BlokkadeView], description: 'Geldende eerst' })
  @ApiProblems(400, 401, 403)
  blokkades(@Req() req: AuthorizedRequest): Promise<BlokkadeView[]> {
    return this.blokkeren.lijst(stapContext(req));
  }

  @Post('blokkades')
  @Policy({ action: 'create', subject: 'BewaarBlokkade', doelbinding: true })
  @ApiOperation({
    operationId: 'zetBewaarBlokkade',
    summary: 'Bewaarplicht of verlenging vastleggen',
    description:
      'Een bewaarplicht (met reden) of een verlenging (waarom en tot wanneer) op een dossier van uw organisatie: zolang die geldt wordt het niet vernietigd.',
  })
  @DOEL()
  @ApiResponse({ status: 201, type: BlokkadeView, description: 'Vastgelegd' })
  @ApiProblems(400, 401, 403, 404, 415, 422)
  zet(@Body() body: NieuweBlokkade, @Req() req: AuthorizedRequest): Promise<BlokkadeView> {
    return this.blokkeren.zet(body, stapContext(req));
  }

  @Post('blokkades/:id/opheffing')
  @HttpCode(200)
  @Policy({ action: 'update', subject: 'BewaarBlokkade', doelbinding: true })
  @ApiOperation({
    operationId: 'hefBewaarBlokkadeOp',
    summary: 'Bewaarplicht of verlenging opheffen',
    description: 'Daarna kan het dossier weer op een vernietigingslijst komen. Wordt vastgelegd.',
  })
  @DOEL()
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: BlokkadeView, description: 'Opgeheven' })
  @ApiProblems(400, 401, 403, 404)
  hefOp(@Param('id') id: string, @Req() req: AuthorizedRequest): Promise<BlokkadeView> {
    return this.blokkeren.hefOp(id, stapContext(req));
  }

  @Get('signaleringen')
  @Policy({ action: 'read', subject: 'Bewaarsignalering', doelbinding: true })
  @ApiOperation({
    operationId: 'getBewaarsignaleringen',
    summary: 'Termijnen die binnenkort verlopen',
    description:
      'Dossiers van uw organisatie waarvan de bewaartermijn binnen acht weken eindigt (of al eindigde) en die nog op geen lijst staan: tijd om te verlengen of een bewaarplicht vast te leggen.',
  })
  @DOEL()
  @ApiOkResponse({ type: [SignaleringView], description: 'Eerst verlopend eerst' })
  @ApiProblems(400, 401, 403)
  signaleringen(@Req() req: AuthorizedRequest): Promise<SignaleringView[]> {
    return this.signaleren.lijst(stapContext(req));
  }

  @Get('vernietigingsverzoeken')
  @Policy({ action: 'read', subject: 'Vernietigingsverzoek', doelbinding: true })
  @ApiOperation({
    operationId: 'getVernietigingsverzoeken',
    summary: 'Verzoeken tot vernietiging',
    description: 'De verzoeken van uw organisatie met het besluit en, bij toewijzing, de lijst.',
  })
  @DOEL()
  @ApiOkResponse({ type: [VernietigingsverzoekView], description: 'Nieuwste eerst' })
  @ApiProblems(400, 401, 403)
  verzoekenLijst(@Req() req: AuthorizedRequest): Promise<VernietigingsverzoekView[]> {
    return this.verzoeken.lijst(stapContext(req));
  }

  @Post('vernietigingsverzoeken')
  @Policy({ action: 'create', subject: 'Vernietigingsverzoek', doelbinding: true })
  @ApiOperation({
    operationId: 'legVernietigingsverzoekVast',
    summary: 'Verzoek tot vernietiging en besluit vastleggen',
    description:
      'Veilig Thuis legt een verzoek vast om een zorgmelding te vernietigen, met het besluit. Toegewezen: de zorgmelding wordt meteen vernietigd en er is een verklaring van vernietiging. Een bewaarplicht weigert (409).',
  })
  @DOEL()
  @ApiResponse({ status: 201, type: VernietigingsverzoekView, description: 'Vastgelegd' })
  @ApiProblems(400, 401, 403, 404, 409, 415)
  verzoek(
    @Body() body: NieuwVernietigingsverzoek,
    @Req() req: AuthorizedRequest,
  ): Promise<VernietigingsverzoekView> {
    return this.verzoeken.leg(body, stapContext(req));
  }
}
