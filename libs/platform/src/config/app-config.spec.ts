import { AppConfig, bezorgingEndpoints, ConfigError, loadConfig } from './app-config.js';

describe('loadConfig', () => {
  it('gives working defaults for an empty environment (embedded mode)', () => {
    const c = loadConfig({});
    expect(c).toBeInstanceOf(AppConfig);
    expect(c.PORT).toBe(3000);
    expect(c.DATA_DIR).toBe('./data');
    expect(c.MIGRATIONS_RUN).toBe(true);
    expect(c.databaseMode).toBe('embedded');
  });

  it('converts numbers and booleans from strings', () => {
    const c = loadConfig({
      PORT: '8080',
      MIGRATIONS_RUN: 'false',
      DATABASE_URL: 'postgresql://u@db:5432/schakel',
    });
    expect(c.PORT).toBe(8080);
    expect(c.PUBLIC_URL).toBe('http://localhost:8080');
    expect(c.MIGRATIONS_RUN).toBe(false);
    expect(c.databaseMode).toBe('external');
  });

  it('treats an empty DATABASE_URL as unset', () => {
    expect(loadConfig({ DATABASE_URL: '' }).databaseMode).toBe('embedded');
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['NODE_ENV', 'staging'],
    ['DATABASE_URL', 'mysql://root:geheim@localhost/db'],
    ['MIGRATIONS_RUN', 'misschien'],
    ['LOG_LEVEL', 'loud'],
    ['PUBLIC_URL', 'localhost'],
    ['DATABASE_POOL_SIZE', '0'],
  ])('refuses %s=%s, naming the setting but not its value', (key, value) => {
    let error: unknown;
    try {
      loadConfig({ [key]: value });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect(message).toContain(`${key}:`);
    expect(message).not.toContain('geheim');
    expect((error as ConfigError).problems).toHaveLength(1);
  });

  it('reports every bad setting at once', () => {
    expect(() => loadConfig({ PORT: 'x', LOG_LEVEL: 'y' })).toThrow(/PORT:[\s\S]*LOG_LEVEL:/);
  });

  it('refuses production without an external identity provider or session secret', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
      /OIDC_ISSUER[\s\S]*SESSION_SECRET/,
    );
    expect(() =>
      loadConfig({
        NODE_ENV: 'production',
        OIDC_ISSUER: 'https://idp.example.org/realms/schakel',
        OIDC_CLIENT_SECRET: 'a'.repeat(32),
        SESSION_SECRET: 'b'.repeat(32),
        AUDIT_PSEUDONYM_KEY: 'c'.repeat(32),
        AUDIT_SIGNING_KEY: 'd'.repeat(64),
      }),
    ).not.toThrow();
  });

  it('ignores unrelated environment variables', () => {
    expect(() => loadConfig({ HOME: '/root', PATH: '/bin' })).not.toThrow();
  });

  it('validates BEZORGING_ENDPOINTS: a JSON map of organisation code to http(s) URL', () => {
    const ok = loadConfig({
      BEZORGING_ENDPOINTS: '{"vt-rotterdam-rijnmond":"http://127.0.0.1:9/inbox"}',
    });
    expect(bezorgingEndpoints(ok).get('vt-rotterdam-rijnmond')?.port).toBe('9');
    expect(bezorgingEndpoints(loadConfig({})).size).toBe(0);
    const bad = (env: Record<string, string>) => {
      try {
        loadConfig(env);
        return [];
      } catch (err) {
        return (err as ConfigError).problems;
      }
    };
    expect(bad({ BEZORGING_ENDPOINTS: 'geen json' })[0]).toMatch(/^BEZORGING_ENDPOINTS: /);
    expect(bad({ BEZORGING_ENDPOINTS: '["https://a.example"]' })).toHaveLength(1);
    expect(bad({ BEZORGING_ENDPOINTS: '{"vt-x":"ftp://a.example/geheim"}' })[0]).toContain('vt-x');
    const prod = bad({
      NODE_ENV: 'production',
      OIDC_ISSUER: 'https://idp.example',
      OIDC_CLIENT_SECRET: 'x'.repeat(20),
      SESSION_SECRET: 'x'.repeat(40),
      AUDIT_PSEUDONYM_KEY: 'x'.repeat(40),
      AUDIT_SIGNING_KEY: 'x'.repeat(80),
      BEZORGING_ENDPOINTS: '{"vt-x":"http://vt.example/geheim-token"}',
    });
    expect(prod.some((p) => p.includes('https in production'))).toBe(true);
    expect(prod.some((p) => p.startsWith('BEZORGING_SIGNING_KEY'))).toBe(true);
    // Never the URL (it may carry credentials) in the message.
    expect(prod.join(' ')).not.toContain('geheim');
    expect(
      bad({ BEZORGING_BACKOFF_BASIS_MS: '5000', BEZORGING_BACKOFF_MAX_MS: '100' }),
    ).toHaveLength(1);
  });
});
