import { Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import {
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import { requireAuthz, type AuthorizedRequest, type StepContext } from '@schakel/authz';
import { ApiProblems, Policy, ProblemException, Public, traceOf } from '@schakel/platform';
import {
  Feed,
  type FeedItem,
  Jwks,
  OnbestelbareBezorging,
  Ontvangstbevestiging,
} from './dto/bezorging.dto.js';
import { BezorgFeed } from './feed.js';
import { Onbestelbaar } from './onbestelbaar.js';
import { Ondertekening } from './ondertekening.js';

const DOEL = {
  name: 'Verwerkingsactiviteit',
  required: true,
  description: 'zorgmelding-ontvangen-beoordelen',
  example: 'zorgmelding-ontvangen-beoordelen',
};

const naarCursor = (positie: string): string =>
  Buffer.from(`feed:${positie}`).toString('base64url');

function vanCursor(cursor: string | undefined): string | undefined {
  if (cursor === undefined || cursor === '') return undefined;
  const tekst = /^[A-Za-z0-9_-]{1,40}$/.test(cursor)
    ? Buffer.from(cursor, 'base64url').toString('utf8')
    : '';
  const match = /^feed:(\d{1,18})$/.exec(tekst);
  if (!match?.[1]) {
    throw new ProblemException(
      400,
      'ongeldige-cursor',
      'Ongeldige cursor',
      'Gebruik de waarde van "volgende" uit het vorige antwoord.',
    );
  }
  return match[1];
}

function vanLimiet(limiet: string | undefined): number {
  if (limiet === undefined || limiet === '') return 20;
  const n = /^\d{1,3}$/.test(limiet) ? Number(limiet) : NaN;
  if (!(n >= 1 && n <= 100)) {
    throw new ProblemException(
      400,
      'ongeldige-invoer',
      'Ongeldige invoer',
      'limiet: een geheel getal van 1 tot en met 100.',
    );
  }
  return n;
}

/** What the guard decided and the request's trace, for the step. */
function stapContext(req: AuthorizedRequest): StepContext {
  const { actor, ability, doel, regel } = requireAuthz(req);
  return { actor, ability, doel, regel, trace: traceOf(req) };
}

/**
 * Delivery to receiving organisations: the signing keys, the pull feed with acknowledgement
 * for their system clients, and the dead letters for their coordinators.
 */
@ApiTags('Bezorging')
@Controller('bezorging')
export class BezorgingController {
  constructor(
    private readonly feedStap: BezorgFeed,
    private readonly onbestelbaarStap: Onbestelbaar,
    private readonly ondertekening: Ondertekening,
  ) {}

  @Get('jwks.json')
  @Public()
  @ApiOperation({
    operationId: 'getBezorgingJwks',
    summary: 'Publieke sleutels van bezorgingen',
    description:
      'De JWKS waarmee een ontvanger de handtekening van een aangeleverde melding controleert. Schakel zet bij elke POST een losse JWS (RFC 7515 bijlage F, ES256) over de body in de header JWS-Signature, in de vorm <header>..<handtekening>; de beschermde header noemt kid, iat, idempotency-key en ontvanger. Zet de base64url van de body tussen de twee punten en controleer de JWS met de sleutel met die kid.',
  })
  @ApiOkResponse({ type: Jwks, description: 'De sleutels (JWK Set, RFC 7517)' })
  async jwks(): Promise<Jwks> {
    return { keys: [(await this.ondertekening.publiekeSleutel()) as unknown as Jwks['keys'][0]] };
  }

  @Get('feed')
  @Policy({ action: 'read', subject: 'Bezorging', doelbinding: true })
  @ApiOperation({
    operationId: 'getBezorgingFeed',
    summary: 'Nieuwe meldingen ophalen',
    description:
      'Voor de systeemclient van een ontvangende organisatie (zoals een Veilig Thuis): de meldingen die in de inbox van de eigen organisatie zijn bezorgd, in vaste volgorde, na de cursor. Vraag zonder "na" vanaf het begin; geef daarna steeds "volgende" mee. Elke opgehaalde melding wordt vastgelegd in het verwerkingslog en het actor-auditlog. Bevestig de ontvangst met POST /bezorging/{id}/ontvangstbevestiging.',
  })
  @ApiHeader(DOEL)
  @ApiQuery({
    name: 'na',
    required: false,
    type: String,
    description: 'Cursor: de waarde "volgende" uit het vorige antwoord',
    example: 'ZmVlZDo0Mg',
  })
  @ApiQuery({
    name: 'limiet',
    required: false,
    type: Number,
    description: 'Hoeveel meldingen ten hoogste (1 tot en met 100, standaard 20)',
    example: 20,
  })
  @ApiOkResponse({ type: Feed, description: 'Meldingen na de cursor, oudste eerst' })
  @ApiProblems(400, 401, 403)
  async feed(
    @Req() req: AuthorizedRequest,
    @Query('na') na?: string,
    @Query('limiet') limiet?: string,
  ): Promise<Feed> {
    const { items, volgende } = await this.feedStap.lees(
      vanCursor(na),
      vanLimiet(limiet),
      stapContext(req),
    );
    return {
      items: items as unknown as FeedItem[],
      volgende: volgende === null ? null : naarCursor(volgende),
    };
  }

  @Post(':id/ontvangstbevestiging')
  @HttpCode(200)
  @Policy({ action: 'update', subject: 'Bezorging', doelbinding: true })
  @ApiOperation({
    operationId: 'bevestigBezorging',
    summary: 'Ontvangst bevestigen',
    description:
      'De systeemclient van de ontvanger bevestigt dat hij de melding heeft. Herhalen mag: het antwoord blijft het eerste bevestigingsmoment. Een bezorging van een andere organisatie bestaat voor u niet (404).',
  })
  @ApiHeader(DOEL)
  @ApiParam({ name: 'id', format: 'uuid', example: '7d0c2a4e-5b1f-4c8e-9a3d-1e2f3a4b5c6d' })
  @ApiOkResponse({ type: Ontvangstbevestiging, description: 'Ontvangst bevestigd' })
  @ApiProblems(400, 401, 403, 404)
  bevestig(@Param('id') id: string, @Req() req: AuthorizedRequest): Promise<Ontvangstbevestiging> {
    return this.feedStap.bevestig(id, stapContext(req));
  }

  @Get('onbestelbaar')
  @Policy({ action: 'read', subject: 'OnbestelbareBezorging', doelbinding: true })
  @ApiOperation({
    operationId: 'getOnbestelbareBezorgingen',
    summary: 'Onbestelbare bezorgingen',
    description:
      'Voor de coördinator van de ontvangende organisatie: bezorgingen die na het maximale aantal pogingen niet aankwamen, oudste eerst. Alleen verwijzingen en foutcodes, geen inhoud.',
  })
  @ApiHeader(DOEL)
  @ApiOkResponse({ type: [OnbestelbareBezorging], description: 'De onbestelbare bezorgingen' })
  @ApiProblems(400, 401, 403)
  onbestelbaar(@Req() req: AuthorizedRequest): Promise<OnbestelbareBezorging[]> {
    return this.onbestelbaarStap.lijst(stapContext(req));
  }

  @Post(':id/opnieuw')
  @HttpCode(200)
  @Policy({ action: 'update', subject: 'OnbestelbareBezorging', doelbinding: true })
  @ApiOperation({
    operationId: 'bezorgOpnieuw',
    summary: 'Opnieuw bezorgen',
    description:
      'De coördinator laat een onbestelbare bezorging opnieuw proberen, bijvoorbeeld nadat het systeem van de ontvanger is hersteld. De pogingen beginnen weer bij nul. Alleen voor een bezorging met status onbestelbaar (anders 409).',
  })
  @ApiHeader(DOEL)
  @ApiParam({ name: 'id', format: 'uuid', example: '7d0c2a4e-5b1f-4c8e-9a3d-1e2f3a4b5c6d' })
  @ApiOkResponse({ type: OnbestelbareBezorging, description: 'Weer in de wachtrij' })
  @ApiProblems(400, 401, 403, 404, 409)
  opnieuw(@Param('id') id: string, @Req() req: AuthorizedRequest): Promise<OnbestelbareBezorging> {
    return this.onbestelbaarStap.opnieuw(id, stapContext(req));
  }
}
