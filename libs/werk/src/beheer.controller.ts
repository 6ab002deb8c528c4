import { Controller, Get, Req } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { requireAuthz, type AuthorizedRequest } from '@schakel/authz';
import { ApiProblems, Policy, traceOf } from '@schakel/platform';
import { Beheer } from './beheer.js';
import { GebruikerView, GezondheidView, OrganisatieView } from './dto/beheer.dto.js';

/** Organisations for everyone; users and the platform's health for the beheerder. */
@ApiTags('Beheer')
@Controller()
export class BeheerController {
  constructor(private readonly beheer: Beheer) {}

  @Get('organisaties')
  @Policy({ action: 'read', subject: 'Organisatie' })
  @ApiOperation({
    operationId: 'listOrganisaties',
    summary: 'Organisaties',
    description:
      'De organisaties die aan Schakel deelnemen, op naam, met hun soort en (voor een wijkteam) ' +
      'de gemeente. Referentiedata, geen persoonsgegevens.',
  })
  @ApiOkResponse({ type: [OrganisatieView], description: 'Op naam' })
  @ApiProblems(401, 403)
  organisaties(): OrganisatieView[] {
    return this.beheer.organisaties();
  }

  @Get('beheer/gebruikers')
  @Policy({ action: 'read', subject: 'Gebruiker', doelbinding: true })
  @ApiOperation({
    operationId: 'listGebruikers',
    summary: 'Gebruikers',
    description:
      'Iedereen die zich ooit aanmeldde: naam, organisatie, rollen en laatste aanmelding. Voor ' +
      'de beheerder onder platformbeheer, en voor de FG onder verantwoording-toezicht (om in het ' +
      'auditspoor een medewerker op naam te kiezen); elke inzage staat in het auditspoor.',
  })
  @ApiHeader({
    name: 'Verwerkingsactiviteit',
    required: true,
    description: 'platformbeheer (beheerder) of verantwoording-toezicht (FG)',
  })
  @ApiOkResponse({ type: [GebruikerView], description: 'Per organisatie, op naam' })
  @ApiProblems(400, 401, 403)
  gebruikers(@Req() req: AuthorizedRequest): Promise<GebruikerView[]> {
    const { actor, ability, doel, regel } = requireAuthz(req);
    return this.beheer.gebruikers({ actor, ability, doel, regel, trace: traceOf(req) });
  }

  @Get('beheer/gezondheid')
  @Policy({ action: 'read', subject: 'Platformgezondheid' })
  @ApiOperation({
    operationId: 'getGezondheid',
    summary: 'Gezondheid en wachtrijen',
    description:
      'Voor de beheerder: de gereedheidscontroles, de achterstand van het verzegelen van het ' +
      'auditspoor, bezorgingen die nog wachten of onbestelbaar zijn (per ontvanger) en de ' +
      'taakwachtrijen. Geen persoonsgegevens.',
  })
  @ApiOkResponse({ type: GezondheidView, description: 'De stand nu' })
  @ApiProblems(401, 403)
  gezondheid(): Promise<GezondheidView> {
    return this.beheer.gezondheid();
  }
}
