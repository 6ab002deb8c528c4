import { Controller, Get, Header, Query, Req } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { requireAuthz, type AuthorizedRequest, type StepContext } from '@schakel/authz';
import { THEMAS } from '@schakel/casussen';
import { ApiProblems, Policy, traceOf } from '@schakel/platform';
import {
  GemeenteView,
  RegioCijfersView,
  RegioVraag,
  TijdvakVraag,
  VtCijfersView,
} from './dto/cijfers.dto.js';
import { Exporteren } from './stappen/exporteren.js';
import { RegioTellen } from './stappen/regio-tellen.js';
import { VtTellen } from './stappen/vt-tellen.js';

function stapContext(req: AuthorizedRequest): StepContext {
  const { actor, ability, doel, regel } = requireAuthz(req);
  return { actor, ability, doel, regel, trace: traceOf(req) };
}

const DOEL = {
  name: 'Verwerkingsactiviteit',
  required: true,
  description: 'statistiek-veiligheidsbeeld',
};

/**
 * Figures for the joint safety picture and the Veilig Thuis accounts (ADR 0030): counts only,
 * never a person; small numbers suppressed.
 */
@ApiTags('Cijfers')
@Controller('cijfers')
export class CijfersController {
  constructor(
    private readonly regioStap: RegioTellen,
    private readonly exportStap: Exporteren,
    private readonly vtStap: VtTellen,
  ) {}

  @Get('gemeenten')
  @Policy({ action: 'read', subject: 'Cijfers', doelbinding: true })
  @ApiOperation({
    operationId: 'getCijferGemeenten',
    summary: 'Gemeenten van de eenheid',
    description: 'De gemeenten waarvoor cijfers bestaan: CBS-code en naam.',
  })
  @ApiHeader(DOEL)
  @ApiOkResponse({ type: [GemeenteView], description: 'Op naam' })
  @ApiProblems(400, 401, 403)
  gemeenten(@Req() req: AuthorizedRequest): Promise<GemeenteView[]> {
    return this.regioStap.gemeenten(stapContext(req));
  }

  @Get('regio')
  @Policy({ action: 'read', subject: 'Cijfers', doelbinding: true })
  @ApiOperation({
    operationId: 'getRegioCijfers',
    summary: 'Cijfers voor het gezamenlijk veiligheidsbeeld',
    description: `Aantallen per gemeente en kwartaal of halfjaar: zorgmeldingen (soort, eerste of herhaling, Veilig Thuis), veiligheidsbeoordelingen (termijn, uitkomst, terugkoppeling), casussen per thema (geregistreerd, opgeschaald, geaccepteerd, afgewezen, afgesloten) en uitwisselingen per gegevenscategorie. Aantallen onder de drempel zijn afgeschermd (null), en zo nodig andere, zodat ze niet uit totalen volgen. Thema's: ${THEMAS.map((t) => t.id).join(', ')}.`,
  })
  @ApiHeader(DOEL)
  @ApiOkResponse({ type: RegioCijfersView, description: 'De afgeschermde tabellen' })
  @ApiProblems(400, 401, 403)
  regio(@Query() vraag: RegioVraag, @Req() req: AuthorizedRequest): Promise<RegioCijfersView> {
    return this.regioStap.tel(vraag, stapContext(req));
  }

  @Get('regio/export')
  @Policy({ action: 'read', subject: 'Cijfers', doelbinding: true })
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="cijfers-veiligheidsbeeld.csv"')
  @ApiOperation({
    operationId: 'exporteerRegioCijfers',
    summary: 'Cijfers voor het gezamenlijk veiligheidsbeeld als CSV',
    description:
      'Dezelfde afgeschermde aantallen als CSV (puntkomma’s, Nederlandse kolomnamen), één regel per gemeente, periode, onderwerp en categorie. Geen persoonsgegevens.',
  })
  @ApiHeader(DOEL)
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'CSV', schema: { type: 'string' } })
  @ApiProblems(400, 401, 403)
  export(@Query() vraag: RegioVraag, @Req() req: AuthorizedRequest): Promise<string> {
    return this.exportStap.exporteer(vraag, stapContext(req));
  }

  @Get('veilig-thuis')
  @Policy({ action: 'read', subject: 'CijfersVeiligThuis', doelbinding: true })
  @ApiOperation({
    operationId: 'getVeiligThuisCijfers',
    summary: 'Termijnen en uitkomsten van het eigen Veilig Thuis',
    description:
      'Voor de coördinator: veiligheidsbeoordelingen binnen 5 werkdagen (aandeel en werkdagen te laat), uitkomsten en terugkoppeling van het eigen Veilig Thuis, per kwartaal of halfjaar, afgeschermd zoals de regiocijfers.',
  })
  @ApiHeader(DOEL)
  @ApiOkResponse({ type: VtCijfersView, description: 'De afgeschermde tabellen' })
  @ApiProblems(400, 401, 403)
  veiligThuis(@Query() vraag: TijdvakVraag, @Req() req: AuthorizedRequest): Promise<VtCijfersView> {
    return this.vtStap.tel(vraag, stapContext(req));
  }
}
