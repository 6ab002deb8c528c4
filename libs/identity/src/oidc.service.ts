import { Injectable, Logger } from '@nestjs/common';
import { AppConfig, ProblemException } from '@schakel/platform';
import type { Request } from 'express';
import { createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose';
import * as client from 'openid-client';
import { Strategy, type AuthenticateOptions } from 'openid-client/passport';
import passport from 'passport';
import type { Actor } from './actor.js';
import { IdentityService } from './identity.service.js';

/** Longest lifetime accepted for a system client's access token (NL GOV: 6 hours). */
const MAX_TOKEN_LIFETIME_S = 6 * 3600;

/** openid-client's strategy sends neither state nor nonce when PKCE is on: add both. */
class SchakelStrategy extends Strategy {
  override authorizationRequestParams(
    req: Request,
    options: AuthenticateOptions,
  ): URLSearchParams | Record<string, string> | undefined {
    const params = new URLSearchParams(super.authorizationRequestParams(req, options));
    params.set('state', client.randomState());
    params.set('nonce', client.randomNonce());
    return params;
  }
}

export const STRATEGY = 'schakel-oidc';

/**
 * The OpenID Connect relying party: browser login (authorization code + PKCE S256, through
 * passport) and validation of system clients' bearer tokens. The issuer is discovered
 * lazily, so a start-up never fails while the identity provider is down.
 */
@Injectable()
export class OidcService {
  private readonly logger = new Logger('Oidc');
  private configuration?: Promise<client.Configuration>;
  private jwks?: ReturnType<typeof createRemoteJWKSet>;
  /** Issuer and secret of the in-app development IdP, when it runs. */
  private devIdp?: { issuer: string; clientSecret: string };

  constructor(
    private readonly config: AppConfig,
    private readonly identity: IdentityService,
  ) {}

  useDevIdp(issuer: string, clientSecret: string): void {
    this.devIdp = { issuer, clientSecret };
  }

  get issuer(): string {
    return this.devIdp?.issuer ?? this.config.OIDC_ISSUER ?? '';
  }

  private discover(): Promise<client.Configuration> {
    this.configuration ??= (async () => {
      const secret = this.devIdp?.clientSecret ?? this.config.OIDC_CLIENT_SECRET ?? '';
      const configuration = await client.discovery(
        new URL(this.issuer),
        this.config.OIDC_CLIENT_ID,
        undefined,
        client.ClientSecretBasic(secret),
        // Plain HTTP only for an issuer on http:// (the in-app development IdP on localhost).
        // eslint-disable-next-line @typescript-eslint/no-deprecated
        this.issuer.startsWith('http://') ? { execute: [client.allowInsecureRequests] } : undefined,
      );
      passport.use(
        STRATEGY,
        new SchakelStrategy(
          {
            config: configuration,
            scope: 'openid profile',
            callbackURL: `${this.config.PUBLIC_URL.replace(/\/$/, '')}/api/v1/auth/callback`,
            passReqToCallback: true,
          },
          (req, tokens, verified) => {
            try {
              const claims = tokens.claims() ?? {};
              const actor = this.identity.actorFromClaims(claims, { ip: req.ip });
              verified(null, { actor });
            } catch (err) {
              verified(err);
            }
          },
        ),
      );
      this.logger.log(`OpenID Connect issuer discovered: ${this.issuer}`);
      return configuration;
    })();
    this.configuration.catch(() => {
      this.configuration = undefined; // try again on the next login
    });
    return this.configuration;
  }

  /** Makes sure the strategy is registered (discovering the issuer on first use). */
  async ready(): Promise<void> {
    await this.discover();
  }

  /**
   * URL that ends the session at the identity provider and comes back to Schakel. Without an
   * id_token_hint: the ID token carries the user's name, and URLs must not carry personal data.
   */
  async endSessionUrl(): Promise<string> {
    const base = this.config.PUBLIC_URL.replace(/\/$/, '');
    try {
      const configuration = await this.discover();
      return client
        .buildEndSessionUrl(configuration, {
          post_logout_redirect_uri: `${base}/?uitgelogd=1`,
          client_id: this.config.OIDC_CLIENT_ID,
        })
        .toString();
    } catch {
      return `${base}/?uitgelogd=1`;
    }
  }

  /**
   * Validates a system client's bearer token (signature against the provider's keys, issuer,
   * audience, expiry, lifetime at most 6 hours) and maps it to an actor.
   */
  async actorFromBearer(token: string, herkomst: Actor['herkomst']): Promise<Actor> {
    const configuration = await this.discover().catch(() => {
      throw new ProblemException(
        503,
        'idp-onbereikbaar',
        'Identiteitsprovider onbereikbaar',
        'De identiteitsprovider kan nu niet worden bereikt.',
      );
    });
    const metadata = configuration.serverMetadata();
    this.jwks ??= createRemoteJWKSet(new URL(metadata.jwks_uri ?? ''));
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, this.jwks, {
        issuer: metadata.issuer,
        audience: this.config.apiAudience,
        requiredClaims: ['exp', 'iat', 'client_id'],
      }));
    } catch {
      throw invalidToken();
    }
    if ((payload.exp ?? 0) - (payload.iat ?? 0) > MAX_TOKEN_LIFETIME_S) throw invalidToken();
    const clientId = payload.client_id;
    if (typeof clientId !== 'string' || (payload.sub !== undefined && payload.sub !== clientId)) {
      throw invalidToken();
    }
    return this.identity.actorForClient(clientId, herkomst);
  }
}

function invalidToken(): ProblemException {
  return new ProblemException(
    401,
    'ongeldig-token',
    'Ongeldig toegangstoken',
    'Het toegangstoken is ongeldig of verlopen.',
  );
}
