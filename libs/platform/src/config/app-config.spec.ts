import {
  AppConfig,
  auditWitnesses,
  bezorgingEndpoints,
  ConfigError,
  loadConfig,
  parseMasterKeys,
} from './app-config.js';

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
    ['AUDIT_RETENTION_YEARS', '4'],
    ['AUDIT_RETENTION_YEARS', 'vijf'],
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

  it('keeps audit records 5 years by default, longer when asked, never shorter', () => {
    expect(loadConfig({}).AUDIT_RETENTION_YEARS).toBe(5);
    expect(loadConfig({ AUDIT_RETENTION_YEARS: '7' }).AUDIT_RETENTION_YEARS).toBe(7);
    expect(() => loadConfig({ AUDIT_RETENTION_YEARS: '0' })).toThrow(
      /AUDIT_RETENTION_YEARS: must be at least 5/,
    );
  });

  it('has rate limits by default, settable, and refuses limits below one request', () => {
    const c = loadConfig({ RATE_LIMIT_BSN: '5', RATE_LIMIT_WINDOW_S: '10' });
    expect(c.RATE_LIMIT_BSN).toBe(5);
    expect(c.RATE_LIMIT_WINDOW_S).toBe(10);
    expect(c.RATE_LIMIT_API).toBe(600);
    expect(c.RATE_LIMIT_LOGIN).toBe(20);
    expect(() => loadConfig({ RATE_LIMIT_LOGIN: '0' })).toThrow(/RATE_LIMIT_LOGIN/);
    expect(() => loadConfig({ RATE_LIMIT_WINDOW_S: 'kort' })).toThrow(/RATE_LIMIT_WINDOW_S/);
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
        DATABASE_URL: 'postgresql://schakel@db.example.org/schakel',
        OIDC_ISSUER: 'https://idp.example.org/realms/schakel',
        OIDC_CLIENT_SECRET: 'a'.repeat(32),
        SESSION_SECRET: 'b'.repeat(32),
        AUDIT_PSEUDONYM_KEY: 'c'.repeat(32),
        AUDIT_SIGNING_KEY: 'd'.repeat(64),
        PERSONEN_MASTER_KEYS: `k1:${Buffer.alloc(32, 1).toString('base64')}`,
        PERSONEN_BSN_INDEX_KEY: 'e'.repeat(32),
      }),
    ).not.toThrow();
  });

  it('refuses the embedded database in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
      /DATABASE_URL: required in production/,
    );
    expect(() => loadConfig({ NODE_ENV: 'development' })).not.toThrow();
  });

  it('takes a role (ADR 0029): alles by default, api and worker only on a PostgreSQL server', () => {
    const c = loadConfig({});
    expect([c.SCHAKEL_ROL, c.dientApi, c.achtergrondwerk]).toEqual(['alles', true, true]);
    expect(() => loadConfig({ SCHAKEL_ROL: 'beide' })).toThrow(/SCHAKEL_ROL/);
    expect(() => loadConfig({ SCHAKEL_ROL: 'worker' })).toThrow(/SCHAKEL_ROL: api and worker/);
    const db = 'postgresql://postgres@127.0.0.1:5432/x';
    const api = loadConfig({ SCHAKEL_ROL: 'api', DATABASE_URL: db });
    expect([api.dientApi, api.achtergrondwerk]).toEqual([true, false]);
    const worker = loadConfig({ SCHAKEL_ROL: 'worker', DATABASE_URL: db });
    expect([worker.dientApi, worker.achtergrondwerk]).toEqual([false, true]);
  });

  it('takes a metrics token of at least 32 characters and a metrics port', () => {
    expect(() => loadConfig({ METRICS_TOKEN: 'kort' })).toThrow(/METRICS_TOKEN/);
    const c = loadConfig({ METRICS_TOKEN: 'm'.repeat(32), METRICS_PORT: '9464' });
    expect(c.METRICS_PORT).toBe(9464);
  });

  it('requires the personen keys in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
      /PERSONEN_MASTER_KEYS: required[\s\S]*PERSONEN_BSN_INDEX_KEY: required/,
    );
  });

  describe('PERSONEN_MASTER_KEYS', () => {
    const k = (byte: number, n = 32) => Buffer.alloc(n, byte).toString('base64');

    it('parses id:base64 pairs and takes the single key as active', () => {
      const c = loadConfig({ PERSONEN_MASTER_KEYS: `k1:${k(1)}` });
      expect([...parseMasterKeys(c.PERSONEN_MASTER_KEYS ?? '').keys()]).toEqual(['k1']);
    });

    it.each([
      [{ PERSONEN_MASTER_KEYS: `k1:${k(1, 16)}` }, /k1 is not 32 bytes/],
      [{ PERSONEN_MASTER_KEYS: 'geen-paar' }, /PERSONEN_MASTER_KEYS:/],
      [{ PERSONEN_MASTER_KEYS: `k1:${k(1)},k1:${k(2)}` }, /listed twice/],
      [{ PERSONEN_MASTER_KEYS: `k1:${k(1)},k2:${k(2)}` }, /PERSONEN_MASTER_KEY_ID: required/],
      [
        { PERSONEN_MASTER_KEYS: `k1:${k(1)}`, PERSONEN_MASTER_KEY_ID: 'k9' },
        /PERSONEN_MASTER_KEY_ID: not a key id/,
      ],
      [{ PERSONEN_MASTER_KEY_ID: 'k1' }, /needs PERSONEN_MASTER_KEYS/],
      [
        { PERSONEN_BSN_INDEX_KEY: 'z'.repeat(32), AUDIT_PSEUDONYM_KEY: 'z'.repeat(32) },
        /must differ from AUDIT_PSEUDONYM_KEY/,
      ],
    ])('refuses %j without echoing a key', (env, message) => {
      let error: unknown;
      try {
        loadConfig(env);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).message).toMatch(message);
      expect((error as ConfigError).message).not.toContain(k(1));
      expect((error as ConfigError).message).not.toContain('z'.repeat(32));
    });
  });

  it('ignores unrelated environment variables', () => {
    expect(() => loadConfig({ HOME: '/root', PATH: '/bin' })).not.toThrow();
  });

  it('validates AUDIT_WITNESSES: "<url> <verifier key>" pairs with cosignature keys', () => {
    const key = 'remora.n621.de+da77ade7+BOvN63jn/bLvkieywe8R6UYAtVtNbZpXh34x7onlmtw2';
    const c = loadConfig({
      AUDIT_WITNESSES: `https://getuige.politie.example/w ${key}, http://127.0.0.1:7380 ${key}`,
    });
    expect(auditWitnesses(c).map((w) => w.url.href)).toEqual([
      'https://getuige.politie.example/w',
      'http://127.0.0.1:7380/',
    ]);
    const problems = (env: Record<string, string>) => {
      try {
        loadConfig(env);
        return [];
      } catch (err) {
        return (err as ConfigError).problems;
      }
    };
    expect(problems({ AUDIT_WITNESSES: 'https://w.example' })).toEqual([
      expect.stringContaining('AUDIT_WITNESSES: witness 1'),
    ]);
    // A type 0x01 (note signing) key is not a witness's cosignature key.
    expect(
      problems({
        AUDIT_WITNESSES: `https://w.example PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW`,
      }),
    ).toHaveLength(1);
    expect(problems({ AUDIT_WITNESSES: `ftp://w.example ${key}` })).toHaveLength(1);
    expect(problems({ AUDIT_ORIGIN: 'met spatie/log' })).toHaveLength(1);
    expect(loadConfig({}).AUDIT_HEARTBEAT_S).toBe(300);
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
