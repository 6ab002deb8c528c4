import { loadConfig } from '../config/app-config.js';
import { metricsAccess } from './metrics-access.js';

describe('metricsAccess', () => {
  const token = 't'.repeat(32);
  const prod = {
    NODE_ENV: 'production',
    DATABASE_URL: 'postgresql://schakel@db.example/schakel',
    OIDC_ISSUER: 'https://idp.example',
    OIDC_CLIENT_SECRET: 'x'.repeat(20),
    SESSION_SECRET: 'x'.repeat(40),
    AUDIT_PSEUDONYM_KEY: 'y'.repeat(40),
    AUDIT_SIGNING_KEY: 'x'.repeat(80),
    PERSONEN_MASTER_KEYS: `k1:${Buffer.alloc(32, 1).toString('base64')}`,
    PERSONEN_BSN_INDEX_KEY: 'z'.repeat(32),
  };

  it.each([
    ['production without token or port: off', prod, undefined, false, 'uit'],
    [
      'production with a token, none sent',
      { ...prod, METRICS_TOKEN: token },
      undefined,
      false,
      'token-nodig',
    ],
    [
      'production with the token',
      { ...prod, METRICS_TOKEN: token },
      `Bearer ${token}`,
      false,
      'ja',
    ],
    [
      'production, wrong token',
      { ...prod, METRICS_TOKEN: token },
      `Bearer ${token}x`,
      false,
      'token-nodig',
    ],
    [
      'production with a port: off on the API port',
      { ...prod, METRICS_PORT: '9464' },
      undefined,
      false,
      'uit',
    ],
    [
      'production with a port: on its own port',
      { ...prod, METRICS_PORT: '9464' },
      undefined,
      true,
      'ja',
    ],
    ['development without settings: open', {}, undefined, false, 'ja'],
  ])('%s', (_name, env, authorization, ownPort, expected) => {
    expect(metricsAccess(loadConfig(env), authorization, ownPort)).toBe(expected);
  });
});
