import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import { requireAuthz, type AuthorizedRequest, type StepContext } from '@schakel/authz';
import { ApiProblems, Policy, RateLimit, traceOf } from '@schakel/platform';
import type { Response } from 'express';
import {
  ExportOpdracht,
  IntegriteitView,
  Toelichting,
  ZoekOpdracht,
  ZoekResultaat,
} from './dto/zoeken.dto.js';
import { StatistiekenView, StatistiekenVraag } from './dto/statistieken.dto.js';
import { LdvLeesVraag, LdvVerwerkingen } from './dto/ldv.dto.js';
import { Exporteren } from './stappen/exporteren.js';
import { Integriteit } from './stappen/integriteit.js';
import { Lezen } from './stappen/lezen.js';
import { Statistieken } from './stappen/statistieken.js';
import { Toelichten } from './stappen/toelichten.js';
import { Zoeken } from './stappen/zoeken.js';

/** What the guard decided and the request's trace, for the step. */
function stapContext(req: AuthorizedRequest): StepContext {
  const { actor, ability, doel, regel } = requireAuthz(req);
  return { actor, ability, doel, regel, trace: traceOf(req) };
}

/**
 * The FG's workplace: search the actor audit log (by person, actor, organisation, activity,
 * result, time) within the FG's scope, and explain one access. Every search is itself logged.
 */
@ApiTags('Verantwoording')
@Controller('verantwoording')
export class VerantwoordingController {
  constructor(
    private readonly zoekStap: Zoeken,
    private readonly toelichtStap: Toelichten,
    private readonly integriteitStap: Integriteit,
    private readonly statistiekStap: Statistieken,
    private readonly exportStap: Exporteren,
    private readonly leesStap: Lezen,
  ) {}

  @Post('zoeken')
  @RateLimit('zoeken')
  @HttpCode(200)
  @Policy({ action: 'read', subject: 'AuditRecord', doelbinding: true })
  @ApiOperation({
    operationId: 'zoekAuditspoor',
    summary: 'Auditspoor doorzoeken',
    description:
      'Zoekt in het actor-auditlog binnen uw bereik (FG: de actoren van de eigen organisatie). Het BSN gaat in de body en wordt via de sleutelhash gezocht; de zoekvraag zelf wordt vastgelegd.',
  })
  @ApiHeader({
    name: 'Verwerkingsactiviteit',
    required: true,
    description: 'verantwoording-toezicht',
  })
  @ApiOkResponse({ type: ZoekResultaat, description: 'Nieuwste eerst' })
  @ApiProblems(400, 401, 403, 415)
  zoeken(@Body() body: ZoekOpdracht, @Req() req: AuthorizedRequest): Promise<ZoekResultaat> {
    return this.zoekStap.zoek(body, stapContext(req));
  }

  @Get('records/:id')
  @Policy({ action: 'read', subject: 'AuditRecord', doelbinding: true })
  @ApiOperation({
    operationId: 'getToelichting',
    summary: 'Waarom had deze persoon toegang?',
    description:
      'Rol, organisatie, verwerkingsactiviteit met grondslag, de regel die toegang gaf en een eventuele doorbraakverantwoording.',
  })
  @ApiHeader({
    name: 'Verwerkingsactiviteit',
    required: true,
    description: 'verantwoording-toezicht',
  })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: Toelichting, description: 'De toelichting' })
  @ApiProblems(400, 401, 403, 404)
  toelichting(@Param('id') id: string, @Req() req: AuthorizedRequest): Promise<Toelichting> {
    return this.toelichtStap.toelichting(id, stapContext(req));
  }

  @Get('integriteit')
  @Policy({ action: 'read', subject: 'AuditRecord', doelbinding: true })
  @ApiOperation({
    operationId: 'getIntegriteit',
    summary: 'Integriteit van het auditspoor',
    description:
      'Het laatste ondertekende checkpoint, de laatste controle (npm run audit:verify) met uitkomst, en hoeveel records nog verzegeld moeten worden.',
  })
  @ApiHeader({
    name: 'Verwerkingsactiviteit',
    required: true,
    description: 'verantwoording-toezicht',
  })
  @ApiOkResponse({ type: IntegriteitView, description: 'De status' })
  @ApiProblems(400, 401, 403)
  integriteit(@Req() req: AuthorizedRequest): Promise<IntegriteitView> {
    return this.integriteitStap.status(stapContext(req));
  }

  @Get('statistieken')
  @Policy({ action: 'read', subject: 'AuditRecord', doelbinding: true })
  @ApiOperation({
    operationId: 'getStatistieken',
    summary: 'Toegang en weigeringen in de tijd',
    description:
      'Aantallen uit het actor-auditlog binnen uw bereik (hetzelfde bereik als zoeken), per dag of per week: toegestane handelingen per organisatie en per verwerkingsactiviteit, en weigeringen. Alleen datums in de vraag, nooit persoonsgegevens. De vraag zelf wordt vastgelegd.',
  })
  @ApiHeader({
    name: 'Verwerkingsactiviteit',
    required: true,
    description: 'verantwoording-toezicht',
  })
  @ApiOkResponse({ type: StatistiekenView, description: 'De aantallen per periode' })
  @ApiProblems(400, 401, 403)
  statistieken(
    @Query() vraag: StatistiekenVraag,
    @Req() req: AuthorizedRequest,
  ): Promise<StatistiekenView> {
    return this.statistiekStap.tel(vraag, stapContext(req));
  }

  @Post('ldv/processing-activities')
  @HttpCode(200)
  @Policy({ action: 'read', subject: 'AuditRecord', doelbinding: true })
  @ApiOperation({
    operationId: 'leesVerwerkingen',
    summary: 'Verwerkingen lezen (Logboek Dataverwerkingen, leesextensie)',
    description:
      'De verwerkingen binnen uw bereik bij één trace, één verwerkingsactiviteit (URI in het register, met of zonder versie) of één betrokkene, zoals de leesextensie van Logboek Dataverwerkingen 1.0 ze beschrijft. Het BSN gaat in de body en wordt via de sleutelhash gezocht; antwoorden noemen alleen pseudoniemen. Hoogstens 1000 verwerkingen; de vraag zelf wordt vastgelegd.',
  })
  @ApiHeader({
    name: 'Verwerkingsactiviteit',
    required: true,
    description: 'verantwoording-toezicht',
  })
  @ApiOkResponse({ type: LdvVerwerkingen, description: 'Oudste eerst' })
  @ApiProblems(400, 401, 403, 415)
  leesVerwerkingen(
    @Body() vraag: LdvLeesVraag,
    @Req() req: AuthorizedRequest,
  ): Promise<LdvVerwerkingen> {
    return this.leesStap.lees(vraag, stapContext(req));
  }

  @Post('export')
  @RateLimit('zoeken')
  @HttpCode(200)
  @Policy({ action: 'read', subject: 'AuditRecord', doelbinding: true })
  @ApiOperation({
    operationId: 'exportVerwerkingslog',
    summary: 'Verwerkingslog exporteren',
    description:
      'Een tijdvak van het auditspoor binnen uw bereik als JSON lines: de verwerkingen als Logboek Dataverwerkingen 1.0 (logboek: verwerkingen), of elke autorisatiebeslissing, ook weigeringen, als Authorization Decision Log met de versie van de regels (logboek: beslissingen). De export zelf wordt vastgelegd.',
  })
  @ApiHeader({
    name: 'Verwerkingsactiviteit',
    required: true,
    description: 'verantwoording-toezicht',
  })
  @ApiResponse({
    status: 200,
    description: 'Eén JSON-object per regel',
    content: { 'application/x-ndjson': { schema: { type: 'string' } } },
  })
  @ApiProblems(400, 401, 403, 415)
  async export(
    @Body() body: ExportOpdracht,
    @Req() req: AuthorizedRequest,
    @Res() res: Response,
  ): Promise<void> {
    await this.exportStap.exporteer(body, stapContext(req), {
      begin: () => res.status(200).type('application/x-ndjson'),
      schrijf: (regel) => res.write(regel),
    });
    res.end();
  }
}
