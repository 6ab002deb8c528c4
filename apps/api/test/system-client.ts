import { readFileSync } from 'node:fs';
import { importJWK, SignJWT, type JWK } from 'jose';

/**
 * Obtains an access token for a system client with OAuth 2.0 client credentials and
 * private_key_jwt (NL GOV profile), as a Veilig Thuis case system would.
 */
export async function systemToken(
  baseUrl: string,
  clientId: string,
  keyFile: string,
): Promise<{ status: number; accessToken?: string; body: Record<string, unknown> }> {
  const discovery = (await (
    await fetch(`${baseUrl}/dev-idp/.well-known/openid-configuration`)
  ).json()) as {
    token_endpoint: string;
    issuer: string;
  };
  const jwk = JSON.parse(readFileSync(keyFile, 'utf8')) as JWK;
  const key = await importJWK(jwk, 'ES256');
  const assertion = await new SignJWT({})
    .setProtectedHeader({ alg: 'ES256', kid: jwk.kid })
    .setIssuer(clientId)
    .setSubject(clientId)
    .setAudience(discovery.issuer)
    .setJti(crypto.randomUUID())
    .setIssuedAt()
    .setExpirationTime('2m')
    .sign(key);
  const res = await fetch(discovery.token_endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: clientId,
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: assertion,
      scope: 'api',
    }).toString(),
  });
  const body = (await res.json()) as Record<string, unknown>;
  return {
    status: res.status,
    accessToken: typeof body.access_token === 'string' ? body.access_token : undefined,
    body,
  };
}
