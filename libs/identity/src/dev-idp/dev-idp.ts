import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import Provider, {
  errors,
  type ClientMetadata,
  type Configuration,
  type KoaContextWithOIDC,
} from 'oidc-provider';
import {
  loadDemoAccounts,
  loadOrganisaties,
  loadSysteemclients,
  type DemoAccount,
} from '../reference-data.js';

/** Where the development identity provider is mounted. */
export const DEV_IDP_PATH = '/dev-idp';

export interface DevIdpOptions {
  publicUrl: string;
  apiAudience: string;
  dataDir: string;
  production: boolean;
  trustProxy: boolean;
}

export interface DevIdp {
  issuer: string;
  /** Secret of the `schakel-web` client, shared with Schakel's own login in this process. */
  webClientSecret: string;
  /** File with the demo system client's private key (private_key_jwt), for trying the API. */
  systemClientKeyFile: string;
  systemClientId: string;
  /** Express router to mount at {@link DEV_IDP_PATH} before Nest initialises. */
  router: Router;
}

const SYSTEM_CLIENT_ID = 'vt-rotterdam-rijnmond-systeem';

/**
 * A development OpenID Connect provider (oidc-provider) with the demo accounts of
 * `demo-accounts.json`: authorization code + PKCE for the browser, client credentials with
 * private_key_jwt for the demo system client. Never in production.
 */
export async function createDevIdp(options: DevIdpOptions): Promise<DevIdp> {
  if (options.production) {
    throw new Error('The development identity provider refuses to run in production');
  }
  const base = options.publicUrl.replace(/\/$/, '');
  const issuer = `${base}${DEV_IDP_PATH}`;
  const accounts = new Map(loadDemoAccounts().map((a) => [a.sub, a]));
  const organisaties = new Map(loadOrganisaties().map((o) => [o.code, o]));
  const webClientSecret = randomBytes(32).toString('base64url');
  // Every system client of systeemclients.json, each with a key kept in the data directory.
  const systemClients = await Promise.all(
    loadSysteemclients().map(async (c) => ({
      clientId: c.clientId,
      ...(await systemClientKey(options.dataDir, c.clientId)),
    })),
  );
  const keyFile = join(resolve(options.dataDir, 'dev-idp'), `${SYSTEM_CLIENT_ID}.private.jwk.json`);
  const { privateKey: signingKey } = await generateKeyPair('ES256', { extractable: true });
  const signingJwk = {
    ...(await exportJWK(signingKey)),
    kid: 'dev-idp-1',
    alg: 'ES256',
    use: 'sig',
  };

  const configuration: Configuration = {
    clients: [
      {
        client_id: 'schakel-web',
        client_secret: webClientSecret,
        redirect_uris: [`${base}/api/v1/auth/callback`],
        post_logout_redirect_uris: [`${base}/?uitgelogd=1`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
        id_token_signed_response_alg: 'ES256',
      },
      ...systemClients.map((c): ClientMetadata => ({
        client_id: c.clientId,
        grant_types: ['client_credentials'],
        response_types: [],
        redirect_uris: [],
        token_endpoint_auth_method: 'private_key_jwt',
        token_endpoint_auth_signing_alg: 'ES256',
        id_token_signed_response_alg: 'ES256',
        jwks: { keys: [c.publicJwk] },
      })),
    ],
    jwks: { keys: [signingJwk] },
    cookies: {
      keys: [randomBytes(32).toString('base64url')],
      long: { path: DEV_IDP_PATH, sameSite: 'lax' },
      short: { path: DEV_IDP_PATH, sameSite: 'lax' },
    },
    claims: { openid: ['sub'], profile: ['name', 'organisatie', 'rollen'] },
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    findAccount: (_ctx, sub) => {
      const account = accounts.get(sub);
      if (!account) return undefined;
      return {
        accountId: sub,
        claims: () => ({
          sub,
          name: account.naam,
          organisatie: account.organisatie,
          rollen: account.rollen,
        }),
      };
    },
    // First-party client: the demo login grants openid + profile without a consent screen.
    loadExistingGrant: async (ctx) => {
      const session = ctx.oidc.session;
      const client = ctx.oidc.client;
      if (!session?.accountId || !client) return undefined;
      const grant = new ctx.oidc.provider.Grant({
        clientId: client.clientId,
        accountId: session.accountId,
      });
      grant.addOIDCScope('openid profile');
      await grant.save();
      return grant;
    },
    interactions: { url: (_ctx, interaction) => `${DEV_IDP_PATH}/interaction/${interaction.uid}` },
    features: {
      devInteractions: { enabled: false },
      clientCredentials: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx, form) => {
          // Confirms the logout at once; the page also works without script (the button).
          const nonce = randomBytes(16).toString('base64');
          ctx.set(
            'Content-Security-Policy',
            `default-src 'self'; script-src 'nonce-${nonce}'; style-src 'self' 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'`,
          );
          ctx.body = page(
            'Uitloggen',
            `<h1>Uitloggen</h1><p>U wordt uitgelogd bij de ontwikkel-identiteitsprovider.</p>${form}<button type="submit" form="op.logoutForm" name="logout" value="yes" class="knop">Uitloggen bevestigen</button><script nonce="${nonce}">document.getElementById('op.logoutForm').submit()</script>`,
          );
        },
        postLogoutSuccessSource: (ctx) => {
          ctx.body = page(
            'Uitgelogd',
            '<h1>Uitgelogd</h1><p>U bent uitgelogd.</p><p><a href="/">Naar Schakel</a></p>',
          );
        },
      },
      resourceIndicators: {
        enabled: true,
        defaultResource: (_ctx, client) =>
          client.grantTypes?.includes('client_credentials') ? options.apiAudience : undefined,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, resource) => {
          if (resource !== options.apiAudience) throw new errors.InvalidTarget();
          return {
            scope: 'api',
            audience: options.apiAudience,
            accessTokenTTL: 3600,
            accessTokenFormat: 'jwt',
            jwt: { sign: { alg: 'ES256' } },
          };
        },
      },
    },
    ttl: {
      AccessToken: 3600,
      ClientCredentials: 3600,
      IdToken: 3600,
      AuthorizationCode: 60,
      Interaction: 600,
      Session: 8 * 3600,
      Grant: 8 * 3600,
    },
    renderError: (ctx, out) => {
      ctx.type = 'html';
      ctx.body = page(
        'Fout bij inloggen',
        `<h1>Fout bij inloggen</h1><p>${escapeHtml(out.error)}: ${escapeHtml(out.error_description ?? '')}</p><p><a href="/">Naar Schakel</a></p>`,
      );
    },
  };

  const provider = new Provider(issuer, configuration);
  provider.proxy = options.trustProxy;

  const router = express.Router();
  router.get('/interaction/:uid', (req, res, next) => {
    void (async () => {
      const details = await provider.interactionDetails(req, res);
      if (details.prompt.name !== 'login') {
        await provider.interactionFinished(req, res, {}, { mergeWithLastSubmission: true });
        return;
      }
      res.type('html').send(loginPage(details.uid, [...accounts.values()], organisaties));
    })().catch(next);
  });
  router.post(
    '/interaction/:uid/login',
    express.urlencoded({ extended: false, limit: '2kb' }),
    (req, res, next) => {
      void (async () => {
        const sub = (req.body as { account?: unknown }).account;
        if (typeof sub !== 'string' || !accounts.has(sub)) {
          res
            .status(400)
            .type('html')
            .send(
              page('Onbekend account', '<h1>Onbekend account</h1><p><a href="/">Opnieuw</a></p>'),
            );
          return;
        }
        await provider.interactionFinished(
          req,
          res,
          { login: { accountId: sub } },
          { mergeWithLastSubmission: false },
        );
      })().catch(next);
    },
  );
  router.get('/interaction/:uid/abort', (req, res, next) => {
    provider
      .interactionFinished(
        req,
        res,
        { error: 'access_denied', error_description: 'Inloggen afgebroken' },
        { mergeWithLastSubmission: false },
      )
      .catch(next);
  });
  router.use(
    provider.callback() as unknown as (req: Request, res: Response, next: NextFunction) => void,
  );

  return {
    issuer,
    webClientSecret,
    systemClientKeyFile: keyFile,
    systemClientId: SYSTEM_CLIENT_ID,
    router,
  };
}

/** A demo system client's key pair: made once, kept in the data directory. */
async function systemClientKey(
  dataDir: string,
  clientId: string,
): Promise<{ publicJwk: JWK; keyFile: string }> {
  const dir = resolve(dataDir, 'dev-idp');
  const keyFile = join(dir, `${clientId}.private.jwk.json`);
  if (!existsSync(keyFile)) {
    mkdirSync(dir, { recursive: true });
    const { privateKey } = await generateKeyPair('ES256', { extractable: true });
    const jwk = { ...(await exportJWK(privateKey)), kid: `${clientId}-1`, alg: 'ES256' };
    writeFileSync(keyFile, JSON.stringify(jwk, null, 2), { mode: 0o600 });
  }
  const { d: _d, ...publicJwk } = JSON.parse(readFileSync(keyFile, 'utf8')) as JWK;
  return { publicJwk, keyFile };
}

function loginPage(
  uid: string,
  accounts: DemoAccount[],
  organisaties: Map<string, { naam: string }>,
): string {
  const items = accounts
    .map(
      (a) => `<li><button type="submit" name="account" value="${escapeHtml(a.sub)}" class="knop">
        <span class="naam">${escapeHtml(a.naam)}</span>
        <span class="rol">${escapeHtml(a.rollen.join(', '))} · ${escapeHtml(organisaties.get(a.organisatie)?.naam ?? a.organisatie)}</span>
      </button></li>`,
    )
    .join('\n');
  return page(
    'Inloggen (ontwikkelomgeving)',
    `<h1>Inloggen bij Schakel (ontwikkelomgeving)</h1>
    <p>Dit is de ontwikkel-identiteitsprovider. Kies een demo-account; er is geen wachtwoord nodig.
    In productie logt u in via de identiteitsprovider van uw organisatie.</p>
    <form method="post" action="${DEV_IDP_PATH}/interaction/${escapeHtml(uid)}/login">
      <ul class="accounts">${items}</ul>
    </form>
    <p><a href="${DEV_IDP_PATH}/interaction/${escapeHtml(uid)}/abort">Inloggen afbreken</a></p>`,
  );
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · Schakel</title>
<style>
body{font-family:system-ui,sans-serif;max-width:44rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a;line-height:1.5}
ul.accounts{list-style:none;padding:0;display:grid;gap:.5rem}
.knop{display:block;width:100%;text-align:left;padding:.6rem .9rem;border:2px solid #00689e;border-radius:4px;background:#fff;color:#1a1a1a;font:inherit;cursor:pointer}
.knop:hover,.knop:focus-visible{background:#e6f1f7;outline:3px solid #1a1a1a;outline-offset:2px}
.naam{display:block;font-weight:700}.rol{display:block;font-size:.9em;color:#333}
a{color:#00689e}
</style></head>
<body><main>${body}</main></body></html>`;
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${String(c.charCodeAt(0))};`);
}

export type { KoaContextWithOIDC };
