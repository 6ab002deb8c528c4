import { ROLLEN } from './actor.js';
import {
  loadDemoAccounts,
  loadOrganisaties,
  loadSysteemclients,
  type DemoAccount,
} from './reference-data.js';

/**
 * The Keycloak realm Schakel expects of an organisation's identity provider (ADR 0029),
 * generated from the same reference data the app reads: the roles it knows, the
 * organisations of the unit and the system clients. `deploy/keycloak/schakel-realm.json`
 * is this without users (production), `schakel-realm-demo.json` adds the demo accounts
 * for the compose try-out. Regenerate with `REALM_BIJWERKEN=1 npm test -- keycloak-realm`.
 *
 * The claims are the ones `IdentityService.actorFromClaims` and `OidcService.actorFromToken`
 * read:
 * - ID token of `schakel-web`: `sub`, `name`, `organisatie` (an attribute of the user's
 *   organisation group, so an organisation is managed in one place) and `rollen` (the
 *   user's client roles of `schakel-web`, multivalued);
 * - access token of a system client (client credentials, `private_key_jwt`): `client_id`,
 *   `aud` = the API audience, and no `sub` (Keycloak's `basic` scope is left out: its `sub`
 *   would be the service account's id, which Schakel refuses).
 *
 * Placeholders (`${VAR}`) are resolved by Keycloak from its environment at import.
 */
export function keycloakRealm(opties: { demo: boolean }): Record<string, unknown> {
  const organisaties = loadOrganisaties();
  const rollen = ROLLEN.filter((r) => r !== 'systeem');
  return {
    realm: 'schakel',
    displayName: 'Schakel',
    enabled: true,
    sslRequired: 'external',
    registrationAllowed: false,
    loginWithEmailAllowed: false,
    resetPasswordAllowed: false,
    rememberMe: false,
    bruteForceProtected: true,
    failureFactor: 10,
    internationalizationEnabled: true,
    supportedLocales: ['nl'],
    defaultLocale: 'nl',
    // Schakel's own session ends after 30 idle minutes and 8 hours (SESSION_*); the
    // IdP session does not outlive it.
    ssoSessionIdleTimeout: 1800,
    ssoSessionMaxLifespan: 28800,
    accessTokenLifespan: 300,
    // Client credentials: tokens of at most 5 minutes (MAX_TOKEN_LIFETIME_S).
    accessTokenLifespanForImplicitFlow: 300,
    revokeRefreshToken: true,
    roles: {
      client: {
        'schakel-web': rollen.map((naam) => ({ name: naam, description: ROL_OMSCHRIJVING[naam] })),
      },
    },
    groups: [
      {
        name: 'organisaties',
        subGroups: organisaties.map((o) => ({
          name: o.code,
          attributes: { organisatie: [o.code], naam: [o.naam] },
        })),
      },
    ],
    clientScopes: [
      {
        name: 'schakel-api',
        description: 'Het publiek (aud) van de Schakel-API voor systeemclients',
        protocol: 'openid-connect',
        attributes: { 'include.in.token.scope': 'true', 'display.on.consent.screen': 'false' },
        protocolMappers: [
          {
            name: 'schakel-api-audience',
            protocol: 'openid-connect',
            protocolMapper: 'oidc-audience-mapper',
            config: {
              'included.custom.audience': '${SCHAKEL_PUBLIC_URL}/api/v1',
              'access.token.claim': 'true',
              'id.token.claim': 'false',
            },
          },
        ],
      },
    ],
    clients: [
      {
        clientId: 'schakel-web',
        name: 'Schakel',
        protocol: 'openid-connect',
        enabled: true,
        publicClient: false,
        clientAuthenticatorType: 'client-secret',
        secret: '${SCHAKEL_WEB_CLIENT_SECRET}',
        standardFlowEnabled: true,
        implicitFlowEnabled: false,
        directAccessGrantsEnabled: false,
        serviceAccountsEnabled: false,
        frontchannelLogout: false,
        fullScopeAllowed: false,
        redirectUris: ['${SCHAKEL_PUBLIC_URL}/api/v1/auth/callback'],
        webOrigins: ['${SCHAKEL_PUBLIC_URL}'],
        attributes: {
          'pkce.code.challenge.method': 'S256',
          'post.logout.redirect.uris': '${SCHAKEL_PUBLIC_URL}/?uitgelogd=1',
        },
        defaultClientScopes: ['basic', 'profile', 'roles'],
        optionalClientScopes: [],
        protocolMappers: [
          {
            name: 'organisatie',
            protocol: 'openid-connect',
            protocolMapper: 'oidc-usermodel-attribute-mapper',
            config: {
              'user.attribute': 'organisatie',
              'claim.name': 'organisatie',
              'jsonType.label': 'String',
              'aggregate.attrs': 'true',
              multivalued: 'false',
              'id.token.claim': 'true',
              'access.token.claim': 'false',
              'userinfo.token.claim': 'true',
            },
          },
          {
            name: 'rollen',
            protocol: 'openid-connect',
            protocolMapper: 'oidc-usermodel-client-role-mapper',
            config: {
              'usermodel.clientRoleMapping.clientId': 'schakel-web',
              'claim.name': 'rollen',
              'jsonType.label': 'String',
              multivalued: 'true',
              'id.token.claim': 'true',
              'access.token.claim': 'false',
              'userinfo.token.claim': 'true',
            },
          },
        ],
      },
      ...loadSysteemclients().map((c) => ({
        clientId: c.clientId,
        name: c.omschrijving,
        protocol: 'openid-connect',
        enabled: true,
        publicClient: false,
        clientAuthenticatorType: 'client-jwt',
        standardFlowEnabled: false,
        implicitFlowEnabled: false,
        directAccessGrantsEnabled: false,
        serviceAccountsEnabled: true,
        fullScopeAllowed: false,
        attributes: {
          'use.jwks.url': 'true',
          'jwks.url': `\${${jwksVariabele(c.clientId)}}`,
          'token.endpoint.auth.signing.alg': 'ES256',
          'client_credentials.use_refresh_token': 'false',
        },
        // `service_account` carries `client_id`; `schakel-api` the audience. No `basic`.
        defaultClientScopes: ['service_account', 'schakel-api'],
        optionalClientScopes: [],
      })),
    ],
    ...(opties.demo ? { users: loadDemoAccounts().map(demoGebruiker) } : {}),
  };
}

/** The environment variable holding a system client's JWKS URL, e.g. `VT_ROTTERDAM_RIJNMOND_SYSTEEM_JWKS_URL`. */
export function jwksVariabele(clientId: string): string {
  return `${clientId.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}_JWKS_URL`;
}

function demoGebruiker(a: DemoAccount): Record<string, unknown> {
  const [voornaam, ...rest] = a.naam.split(' ');
  return {
    username: a.sub,
    enabled: true,
    emailVerified: false,
    firstName: voornaam,
    lastName: rest.join(' '),
    groups: [`/organisaties/${a.organisatie}`],
    clientRoles: { 'schakel-web': a.rollen },
    // Local try-out only (compose): every demo account has the password `demo`.
    credentials: [{ type: 'password', value: 'demo', temporary: false }],
  };
}

const ROL_OMSCHRIJVING: Record<string, string> = {
  'politie-medewerker': 'Politiemedewerker: dient zorgmeldingen in',
  'vt-medewerker': 'Medewerker Veilig Thuis: beoordeelt zorgmeldingen',
  'vt-coordinator': 'Coördinator Veilig Thuis: verdeelt en bewaakt termijnen',
  'wijkteam-medewerker': 'Medewerker sociaal wijkteam: registreert en escaleert casussen',
  'zvh-procesregisseur': 'Procesregisseur Zorg- en Veiligheidshuis',
  ketenpartner: 'Ketenpartner in een casus van het Zorg- en Veiligheidshuis',
  fg: 'Functionaris gegevensbescherming: auditspoor, doorbraken, verzoeken',
  'privacy-officer': 'Privacy officer: verzoeken van betrokkenen',
  informatiebeheerder: 'Informatiebeheerder: bewaren en vernietigen',
  beheerder: 'Platformbeheerder: register en gezondheid',
  'regionaal-analist': 'Regionaal analist: cijfers zonder personen',
};
