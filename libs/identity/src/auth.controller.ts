import { randomBytes } from 'node:crypto';
import { Controller, Get, HttpCode, Logger, Next, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiQuery,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import { ApiProblems, Policy, ProblemException, Public, sendProblem } from '@schakel/platform';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import passport from 'passport';
import { ORGANISATIE_TYPES, ROLLEN, type Actor, type OrganisatieType, type Rol } from './actor.js';
import { IdentityError, IdentityService } from './identity.service.js';
import { OidcService, STRATEGY } from './oidc.service.js';
import { AppConfig } from '@schakel/platform';

class OrganisatieSamenvatting {
  @ApiProperty({ example: 'politie-rotterdam' }) code!: string;
  @ApiProperty({ example: 'Politie eenheid Rotterdam' }) naam!: string;
  @ApiProperty({ example: 'politie', enum: ORGANISATIE_TYPES, type: String })
  type!: OrganisatieType;
}

export class Profiel {
  @ApiProperty({
    example: 'demo-politie-1',
    description: 'Subject bij de identiteitsprovider of client-id',
  })
  id!: string;
  @ApiProperty({ enum: ['gebruiker', 'systeem'] }) soort!: Actor['soort'];
  @ApiProperty({ required: false, example: 'Sanne de Vries' }) naam?: string;
  @ApiProperty({ type: OrganisatieSamenvatting }) organisatie!: OrganisatieSamenvatting;
  @ApiProperty({ example: ['politie-medewerker'], type: [String], enum: ROLLEN }) rollen!: Rol[];
  @ApiProperty({
    required: false,
    description: 'Mee te sturen in X-CSRF-Token bij wijzigingen (alleen browsersessies)',
  })
  csrfToken?: string;
  @ApiProperty({
    required: false,
    format: 'date-time',
    description: 'Uiterlijk einde van de sessie',
  })
  sessieVerlooptOm?: string;
}

export class Uitloggen {
  @ApiProperty({
    description: 'Adres waar de browser heen moet om ook bij de identiteitsprovider uit te loggen',
  })
  uitlogUrl!: string;
}

/** Browser login through OpenID Connect (BFF: tokens stay on the server). */
@ApiTags('Aanmelden')
@Controller('auth')
export class AuthController {
  private readonly logger = new Logger('Auth');

  constructor(
    private readonly config: AppConfig,
    private readonly oidc: OidcService,
    private readonly identity: IdentityService,
  ) {}

  @Get('login')
  @Public()
  @ApiOperation({
    operationId: 'login',
    summary: 'Aanmelden',
    description: 'Stuurt de browser naar de identiteitsprovider (authorization code met PKCE).',
  })
  @ApiQuery({
    name: 'terug',
    required: false,
    description: 'Pad binnen Schakel om na het aanmelden te openen',
  })
  @ApiResponse({
    status: 302,
    description: 'Naar de identiteitsprovider',
    headers: { Location: { schema: { type: 'string' } } },
  })
  @ApiProblems(400)
  async login(
    @Req() req: Request,
    @Res() res: Response,
    @Next() next: NextFunction,
    @Query('terug') terug?: string,
  ): Promise<void> {
    if (!(await idpReadyOr(this.oidc, res))) return;
    req.session.terug = safePath(terug);
    // The strategy redirects to the IdP. It calls back only when it cannot start a login (a
    // HEAD request, or a URL with `code` or `error`): a problem then, not passport's bare 401
    // or an error page.
    (passport.authenticate as (...args: unknown[]) => RequestHandler)(
      STRATEGY,
      { session: false },
      (err: unknown) => {
        if (err) this.logger.warn({ code: 'inloggen-niet-gestart' }, 'Login could not start');
        sendProblem(
          req,
          res,
          new ProblemException(
            400,
            'inloggen-niet-gestart',
            'Aanmelden niet gestart',
            'Het aanmelden kon niet worden gestart. Open de aanmeldpagina opnieuw.',
          ),
        );
      },
    )(req, res, next);
  }

  @Get('callback')
  @Public()
  @ApiOperation({
    operationId: 'loginCallback',
    summary: 'Terugkeer van de identiteitsprovider',
    description: 'Rondt het aanmelden af en opent de gevraagde pagina.',
  })
  @ApiResponse({
    status: 302,
    description: 'Naar de app of de foutpagina',
    headers: { Location: { schema: { type: 'string' } } },
  })
  async callback(
    @Req() req: Request,
    @Res() res: Response,
    @Next() next: NextFunction,
  ): Promise<void> {
    if (!(await idpReadyOr(this.oidc, res))) return;
    (passport.authenticate as (...args: unknown[]) => RequestHandler)(
      STRATEGY,
      { session: false },
      (err: unknown, result: { actor: Actor } | false) => {
        if (err || !result) {
          const code = err instanceof IdentityError ? err.code : 'inloggen-mislukt';
          this.logger.warn(
            { code, err: err instanceof IdentityError ? undefined : err },
            'Login refused',
          );
          res.redirect(303, `/fout?code=${code}`);
          return;
        }
        const terug = req.session.terug ?? '/';
        // A new session id at login: no session fixation.
        req.session.regenerate((regenErr) => {
          if (regenErr) {
            next(regenErr);
            return;
          }
          req.session.actor = { ...result.actor, herkomst: {} };
          req.session.csrfToken = randomBytes(32).toString('base64url');
          req.session.aangemeldOp = Date.now();
          this.identity
            .recordLogin(result.actor)
            .then(() => {
              req.session.save((saveErr) => {
                if (saveErr) next(saveErr);
                else res.redirect(303, terug);
              });
            })
            .catch(next);
        });
      },
    )(req, res, next);
  }

  @Get('me')
  @Policy({ action: 'read', subject: 'Profiel' })
  @ApiOperation({
    operationId: 'getProfiel',
    summary: 'Wie ben ik?',
    description:
      'De aangemelde gebruiker of systeemclient, de organisatie en rollen, en voor browsers het CSRF-token.',
  })
  @ApiOkResponse({ type: Profiel, description: 'Het profiel' })
  @ApiProblems(401)
  me(@Req() req: Request & { actor?: Actor }): Profiel {
    const actor = req.actor;
    if (!actor)
      throw new ProblemException(
        401,
        'niet-aangemeld',
        'Niet aangemeld',
        'Meld u aan om deze bron te gebruiken.',
      );
    const session = req.session as Request['session'] | undefined;
    const profiel: Profiel = {
      id: actor.id,
      soort: actor.soort,
      naam: actor.naam,
      organisatie: actor.organisatie,
      rollen: actor.rollen,
    };
    if (actor.soort === 'gebruiker' && session?.aangemeldOp) {
      profiel.csrfToken = session.csrfToken;
      const einde = Math.min(
        session.aangemeldOp + this.config.SESSION_MAX_HOURS * 3_600_000,
        Date.now() + this.config.SESSION_IDLE_MINUTES * 60_000,
      );
      profiel.sessieVerlooptOm = new Date(einde).toISOString();
    }
    return profiel;
  }

  @Post('logout')
  @HttpCode(200)
  @Policy({ action: 'delete', subject: 'Sessie' })
  @ApiOperation({
    operationId: 'logout',
    summary: 'Afmelden',
    description:
      'Beëindigt de sessie bij Schakel en geeft het adres om ook bij de identiteitsprovider af te melden. Vereist X-CSRF-Token.',
  })
  @ApiOkResponse({ type: Uitloggen, description: 'Afgemeld bij Schakel' })
  @ApiProblems(401, 403)
  async logout(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<Uitloggen> {
    const uitlogUrl = await this.oidc.endSessionUrl();
    await new Promise<void>((resolve, reject) => {
      req.session.destroy((err: unknown) => {
        if (err) reject(err instanceof Error ? err : new Error('session destroy failed'));
        else resolve();
      });
    });
    res.clearCookie('schakel.sid', { path: '/' });
    return { uitlogUrl };
  }
}

/** Whether the IdP is reachable; otherwise the browser goes to the error page. */
async function idpReadyOr(oidc: OidcService, res: Response): Promise<boolean> {
  try {
    await oidc.ready();
    return true;
  } catch {
    res.redirect(303, '/fout?code=idp-onbereikbaar');
    return false;
  }
}

/** Only a path on this site (no scheme, no `//host`): no open redirect. */
function safePath(terug: string | undefined): string {
  if (!terug || !terug.startsWith('/') || terug.startsWith('//') || terug.includes('\\'))
    return '/';
  return terug.slice(0, 500);
}
