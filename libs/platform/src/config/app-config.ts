import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';

const toInt = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
const toBool = ({ value }: { value: unknown }): unknown => {
  if (typeof value !== 'string') return value;
  const v = value.trim().toLowerCase();
  if (['true', '1', 'yes', 'on'].includes(v)) return true;
  if (['false', '0', 'no', 'off'].includes(v)) return false;
  return value;
};
const emptyToUndefined = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

const MASTER_KEYS_PATTERN =
  /^[A-Za-z0-9._-]{1,64}:[A-Za-z0-9+/_-]+={0,2}(,[A-Za-z0-9._-]{1,64}:[A-Za-z0-9+/_-]+={0,2})*$/;

/**
 * `id:base64` pairs of PERSONEN_MASTER_KEYS (or the generated local file) as a map; throws a
 * message naming the problem, never a key.
 */
export function parseMasterKeys(value: string): Map<string, Buffer> {
  const keys = new Map<string, Buffer>();
  for (const pair of value.trim().split(',')) {
    const [id, b64] = pair.trim().split(':');
    if (!id || !b64 || !/^[A-Za-z0-9._-]{1,64}$/.test(id)) {
      throw new Error('PERSONEN_MASTER_KEYS: expected <id>:<base64 key> pairs');
    }
    const key = Buffer.from(b64, 'base64');
    if (key.length !== 32) {
      throw new Error(`PERSONEN_MASTER_KEYS: key ${id} is not 32 bytes (base64 of a 256-bit key)`);
    }
    if (keys.has(id)) throw new Error(`PERSONEN_MASTER_KEYS: key id ${id} is listed twice`);
    keys.set(id, key);
  }
  return keys;
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * Every setting of Schakel, read once from the environment at start-up and validated.
 * The README's configuration table lists the same names; keep both in step.
 */
export class AppConfig {
  /** Run mode; `production` refuses development conveniences. */
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  /**
   * Which work this process does (ADR 0029): `api` answers requests and runs no background
   * work; `worker` runs the audit sequencer and the job workers (deliveries, retention) and
   * serves only health, readiness and metrics; `alles` does both in one process (the default,
   * so `npm start` keeps working on the embedded database). One build, both roles.
   */
  @IsIn(['api', 'worker', 'alles'])
  SCHAKEL_ROL: 'api' | 'worker' | 'alles' = 'alles';

  /** Interface to listen on. */
  @IsString()
  HOST = '127.0.0.1';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  /** Public base URL (scheme, host, port) as users and clients reach Schakel; default http://localhost:<PORT>. */
  @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true })
  PUBLIC_URL = 'http://localhost:3000';

  /** PostgreSQL 15+ connection string; unset means the embedded PostgreSQL (PGlite). */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, {
    message: 'DATABASE_URL must be a postgres:// or postgresql:// connection string',
  })
  DATABASE_URL?: string = undefined;

  /**
   * Directory for local state: the embedded database (without DATABASE_URL) and, outside
   * production, the generated session secret and the development IdP's demo client key.
   */
  @IsString()
  @MinLength(1)
  DATA_DIR = './data';

  /** Connections in the application's pool. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_POOL_SIZE = 10;

  /** Connections in the job queue's own pool, apart from the application's. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(50)
  QUEUE_POOL_SIZE = 3;

  /** Run pending migrations at start-up. */
  @Transform(toBool)
  @IsBoolean()
  MIGRATIONS_RUN = true;

  @IsIn(LOG_LEVELS)
  LOG_LEVEL: LogLevel = 'info';

  /** Directory of the built web app, served at `/` when it holds an index.html. */
  @IsString()
  @MinLength(1)
  WEB_DIR = './apps/web/dist';

  /** Largest accepted request body, in kilobytes. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(10240)
  BODY_LIMIT_KB = 512;

  /** Figures (cijfers): the smallest count shown; smaller ones are suppressed (ADR 0030). */
  @Transform(toInt)
  @IsInt()
  @Min(2)
  @Max(100)
  CIJFERS_DREMPEL = 5;

  /** How long a shutdown waits for open requests and running jobs, in milliseconds. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(120000)
  SHUTDOWN_TIMEOUT_MS = 10000;

  /** External OpenID Connect issuer; unset means the development identity provider at /dev-idp. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true })
  OIDC_ISSUER?: string = undefined;

  /** Schakel's client id at the identity provider (browser login). */
  @IsString()
  @MinLength(1)
  OIDC_CLIENT_ID = 'schakel-web';

  /** Schakel's client secret at an external identity provider. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MinLength(16)
  OIDC_CLIENT_SECRET?: string = undefined;

  /** Audience that system clients' access tokens must carry; default <PUBLIC_URL>/api/v1. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  OIDC_API_AUDIENCE?: string = undefined;

  /** Secret that signs session cookies; generated and kept in DATA_DIR outside production. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MinLength(32)
  SESSION_SECRET?: string = undefined;

  /** Key of the keyed hash that pseudonymises data subjects in the logs (>= 32 chars). */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MinLength(32)
  AUDIT_PSEUDONYM_KEY?: string = undefined;

  /** Ed25519 private key (PKCS#8 PEM) that signs audit checkpoints. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MinLength(64)
  AUDIT_SIGNING_KEY?: string = undefined;

  /**
   * Master keys that wrap the per-person data keys: `id:base64` pairs (32-byte AES keys),
   * comma-separated. Old keys stay listed until `roteer` has re-wrapped their data keys.
   */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @Matches(MASTER_KEYS_PATTERN, {
    message: 'PERSONEN_MASTER_KEYS must be comma-separated <id>:<base64 key> pairs',
  })
  PERSONEN_MASTER_KEYS?: string = undefined;

  /** Id of the master key that wraps new data keys; optional when one key is listed. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^[A-Za-z0-9._-]{1,64}$/, {
    message: 'PERSONEN_MASTER_KEY_ID must be a key id of PERSONEN_MASTER_KEYS',
  })
  PERSONEN_MASTER_KEY_ID?: string = undefined;

  /** Key of the blind index (HMAC-SHA256) for lookup by BSN (>= 32 chars); own key, never shared. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MinLength(32)
  PERSONEN_BSN_INDEX_KEY?: string = undefined;

  /** Seconds between the sequencer's passes over new log records. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3600)
  AUDIT_SEQUENCER_INTERVAL_S = 2;

  /**
   * Seconds the sequencer's own statements may take before PostgreSQL cancels them, so a
   * stuck leader fails its pass (and is seen) instead of holding the lock in silence.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3600)
  AUDIT_SEQUENCER_STATEMENT_TIMEOUT_S = 30;

  /** Seconds without new records after which witnesses cosign the latest checkpoint again. */
  @Transform(toInt)
  @IsInt()
  @Min(10)
  @Max(86400)
  AUDIT_HEARTBEAT_S = 300;

  /** Seconds the oldest unsealed record may wait before readiness reports the trail behind. */
  @Transform(toInt)
  @IsInt()
  @Min(5)
  @Max(86400)
  AUDIT_MAX_LAG_S = 120;

  /** The checkpoints' origin line (C2SP tlog-checkpoint); default <PUBLIC_URL host>/auditspoor. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^[A-Za-z0-9.-]+(\/[A-Za-z0-9._-]+)*$/, {
    message: 'AUDIT_ORIGIN must look like schakel.example.org/auditspoor',
  })
  AUDIT_ORIGIN?: string = undefined;

  /** Directory of the local witness (its key and cosigned checkpoints); DATA_DIR/getuige. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  AUDIT_WITNESS_DIR?: string = undefined;

  /**
   * Witnesses run by others (`npm run audit:getuige`), comma-separated, each `<url> <verifier
   * key>` (the key the witness prints at start). Each new checkpoint goes to all of them.
   */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  AUDIT_WITNESSES?: string = undefined;

  /**
   * Years that audit log records keep their content; older sealed records are purged down to
   * their leaf hash (ADR 0012). The law asks for at least 5, so less is refused.
   */
  @Transform(toInt)
  @IsInt()
  @Min(5, { message: 'AUDIT_RETENTION_YEARS must be at least 5 (years of audit log retention)' })
  @Max(100)
  AUDIT_RETENTION_YEARS = 5;

  /**
   * External endpoints of receiving organisations, as a JSON object: organisation code to URL
   * (https; http only outside production). Reports to an organisation named here are also
   * pushed to its endpoint, signed; the others are delivered only to their Schakel inbox.
   */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  BEZORGING_ENDPOINTS?: string = undefined;

  /** EC P-256 private key (PKCS#8 PEM) that signs pushed reports (detached JWS, ES256). */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MinLength(64)
  BEZORGING_SIGNING_KEY?: string = undefined;

  /** Delivery attempts before a report becomes undeliverable (onbestelbaar). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100)
  BEZORGING_MAX_POGINGEN = 10;

  /** Base of the exponential backoff between attempts, in milliseconds (full jitter). */
  @Transform(toInt)
  @IsInt()
  @Min(10)
  @Max(3_600_000)
  BEZORGING_BACKOFF_BASIS_MS = 10_000;

  /** Cap of the backoff between attempts, in milliseconds. */
  @Transform(toInt)
  @IsInt()
  @Min(10)
  @Max(86_400_000)
  BEZORGING_BACKOFF_MAX_MS = 3_600_000;

  /** Time allowed for one push to an external endpoint (connect to answer), in milliseconds. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(120_000)
  BEZORGING_TIMEOUT_MS = 10_000;

  /** How often the delivery worker looks for due jobs, in milliseconds. */
  @Transform(toInt)
  @IsInt()
  @Min(500)
  @Max(60_000)
  BEZORGING_POLL_MS = 2_000;

  /**
   * Delivery jobs one worker fetches at a time. While fetches come back full the worker fetches
   * again at once instead of waiting for the next poll (pg-boss's burst mode).
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(500)
  BEZORGING_BATCH = 50;

  /** Deliveries of one batch that run at the same time (pushes in flight), per worker. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(200)
  BEZORGING_PARALLEL = 16;

  /** Delivery workers per instance, each fetching and running its own batches. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(16)
  BEZORGING_WORKERS = 2;

  /** Minutes without a request after which a browser session ends. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1440)
  SESSION_IDLE_MINUTES = 30;

  /** Hours after login at which a browser session ends, however active. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(24)
  SESSION_MAX_HOURS = 8;

  /** Behind a TLS-terminating proxy: trust its X-Forwarded-* headers (hop count). */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(5)
  TRUST_PROXY = 0;

  /**
   * Length of the rate-limit window, in seconds (ADR 0022). Each RATE_LIMIT_* below is the
   * number of requests allowed per window, counted per client address and per actor.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(86_400)
  RATE_LIMIT_WINDOW_S = 60;

  /** Requests to the API as a whole. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  RATE_LIMIT_API = 600;

  /** Logins started (`/api/v1/auth/login`) and login forms sent to the development IdP. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  RATE_LIMIT_LOGIN = 20;

  /** Lookups by BSN: every request that carries a BSN. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  RATE_LIMIT_BSN = 30;

  /** Searches of the FG (audit trail search and export). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  RATE_LIMIT_ZOEKEN = 30;

  /** The public audit proof routes (`/api/v1/audit/*`). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  RATE_LIMIT_BEWIJS = 120;

  /** The public schema routes (`/api/v1/schemas/*`). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  RATE_LIMIT_SCHEMA = 60;

  /** Bearer token that `/metrics` asks for; without it and METRICS_PORT, production serves no metrics. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MinLength(32)
  METRICS_TOKEN?: string = undefined;

  /** Port of a separate listener for `/metrics` only (on HOST); unset means none. */
  @Transform(toInt)
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(65535)
  METRICS_PORT?: number = undefined;

  /** This process runs the sequencer and the job workers (roles `worker` and `alles`). */
  get achtergrondwerk(): boolean {
    return this.SCHAKEL_ROL !== 'api';
  }

  /** This process answers API and web requests (roles `api` and `alles`). */
  get dientApi(): boolean {
    return this.SCHAKEL_ROL !== 'worker';
  }

  get devIdentityProvider(): boolean {
    return !this.OIDC_ISSUER;
  }

  get apiAudience(): string {
    return this.OIDC_API_AUDIENCE ?? `${this.PUBLIC_URL.replace(/\/$/, '')}/api/v1`;
  }

  get databaseMode(): 'external' | 'embedded' {
    return this.DATABASE_URL ? 'external' : 'embedded';
  }
}

/** Raised when the environment does not yield a valid configuration; names each bad setting. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the configuration from an environment (default: `process.env`). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const known = Object.keys(new AppConfig());
  const input: Record<string, unknown> = {};
  for (const key of known) {
    if (env[key] !== undefined) input[key] = env[key];
  }
  const config = plainToInstance(AppConfig, input, { exposeDefaultValues: true });
  const errors = validateSync(config, { whitelist: true, forbidUnknownValues: true });
  if (errors.length > 0) {
    throw new ConfigError(
      errors.map((e) => {
        // Say which setting and what is wrong; never echo the value (it may hold secrets).
        const messages = Object.values(e.constraints ?? {}).map((m) =>
          m.replace(new RegExp(`^${e.property}\\s*`), ''),
        );
        return `${e.property}: ${messages.join('; ')}`;
      }),
    );
  }
  if (env.PUBLIC_URL === undefined) config.PUBLIC_URL = `http://localhost:${String(config.PORT)}`;
  const problems: string[] = [];
  if (config.NODE_ENV === 'production') {
    if (!config.DATABASE_URL) {
      problems.push(
        'DATABASE_URL: required in production (the embedded PostgreSQL is for development only)',
      );
    }
    if (!config.OIDC_ISSUER) {
      problems.push(
        'OIDC_ISSUER: required in production (the development identity provider never runs there)',
      );
    }
    if (!config.SESSION_SECRET) problems.push('SESSION_SECRET: required in production');
    if (!config.AUDIT_PSEUDONYM_KEY) problems.push('AUDIT_PSEUDONYM_KEY: required in production');
    if (!config.AUDIT_SIGNING_KEY) problems.push('AUDIT_SIGNING_KEY: required in production');
    if (!config.PERSONEN_MASTER_KEYS) {
      problems.push('PERSONEN_MASTER_KEYS: required in production');
    }
    if (!config.PERSONEN_BSN_INDEX_KEY) {
      problems.push('PERSONEN_BSN_INDEX_KEY: required in production');
    }
  }
  if (config.SCHAKEL_ROL !== 'alles' && !config.DATABASE_URL) {
    problems.push(
      'SCHAKEL_ROL: api and worker need DATABASE_URL (the embedded PostgreSQL serves one process; use alles)',
    );
  }
  problems.push(...endpointProblems(config), ...witnessProblems(config));
  if (config.OIDC_ISSUER && !config.OIDC_CLIENT_SECRET) {
    problems.push('OIDC_CLIENT_SECRET: required with OIDC_ISSUER');
  }
  if (config.PERSONEN_MASTER_KEYS) {
    try {
      const keys = parseMasterKeys(config.PERSONEN_MASTER_KEYS);
      if (config.PERSONEN_MASTER_KEY_ID && !keys.has(config.PERSONEN_MASTER_KEY_ID)) {
        problems.push('PERSONEN_MASTER_KEY_ID: not a key id of PERSONEN_MASTER_KEYS');
      }
      if (!config.PERSONEN_MASTER_KEY_ID && keys.size > 1) {
        problems.push('PERSONEN_MASTER_KEY_ID: required when PERSONEN_MASTER_KEYS lists several');
      }
    } catch (err) {
      problems.push((err as Error).message);
    }
  } else if (config.PERSONEN_MASTER_KEY_ID) {
    problems.push('PERSONEN_MASTER_KEY_ID: needs PERSONEN_MASTER_KEYS');
  }
  if (
    config.PERSONEN_BSN_INDEX_KEY !== undefined &&
    config.PERSONEN_BSN_INDEX_KEY === config.AUDIT_PSEUDONYM_KEY
  ) {
    problems.push('PERSONEN_BSN_INDEX_KEY: must differ from AUDIT_PSEUDONYM_KEY');
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/** Parses AUDIT_WITNESSES (already validated at start-up): URL and verifier key per witness. */
export function auditWitnesses(config: AppConfig): { url: URL; sleutel: string }[] {
  if (!config.AUDIT_WITNESSES) return [];
  return config.AUDIT_WITNESSES.split(',').map((entry) => {
    const [url = '', sleutel = ''] = entry.trim().split(/\s+/);
    return { url: new URL(url), sleutel };
  });
}

function witnessProblems(config: AppConfig): string[] {
  if (!config.AUDIT_WITNESSES) return [];
  const problems: string[] = [];
  for (const [i, entry] of config.AUDIT_WITNESSES.split(',').entries()) {
    const at = `AUDIT_WITNESSES: witness ${String(i + 1)}`;
    const parts = entry.trim().split(/\s+/);
    const [url = '', sleutel = ''] = parts;
    let parsed: URL | undefined;
    try {
      parsed = new URL(url);
    } catch {
      problems.push(`${at}: not a URL`);
    }
    if (parsed && parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
      problems.push(`${at}: must be http(s)`);
    }
    if (parsed?.protocol === 'http:' && config.NODE_ENV === 'production') {
      problems.push(`${at}: must be https in production`);
    }
    const m = /^[^\s+]+\+[0-9a-f]{8}\+([A-Za-z0-9+/]+={0,2})$/.exec(sleutel);
    const key = m?.[1] ? Buffer.from(m[1], 'base64') : undefined;
    if (parts.length !== 2 || key?.length !== 33 || key[0] !== 0x04) {
      problems.push(
        `${at}: give "<url> <verifier key>" with the witness's Ed25519 cosignature key`,
      );
    }
  }
  return problems;
}

/** Parses BEZORGING_ENDPOINTS (already validated at start-up): organisation code to URL. */
export function bezorgingEndpoints(config: AppConfig): Map<string, URL> {
  if (!config.BEZORGING_ENDPOINTS) return new Map();
  const parsed = JSON.parse(config.BEZORGING_ENDPOINTS) as Record<string, string>;
  return new Map(Object.entries(parsed).map(([code, url]) => [code, new URL(url)]));
}

function endpointProblems(config: AppConfig): string[] {
  const problems: string[] = [];
  if (config.BEZORGING_BACKOFF_MAX_MS < config.BEZORGING_BACKOFF_BASIS_MS) {
    problems.push('BEZORGING_BACKOFF_MAX_MS: must be at least BEZORGING_BACKOFF_BASIS_MS');
  }
  if (!config.BEZORGING_ENDPOINTS) return problems;
  let parsed: unknown;
  try {
    parsed = JSON.parse(config.BEZORGING_ENDPOINTS);
  } catch {
    return [...problems, 'BEZORGING_ENDPOINTS: must be a JSON object of organisation code to URL'];
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return [...problems, 'BEZORGING_ENDPOINTS: must be a JSON object of organisation code to URL'];
  }
  const production = config.NODE_ENV === 'production';
  for (const [code, url] of Object.entries(parsed)) {
    // Name the organisation code (reference data), never the URL (it may hold credentials).
    const label = /^[a-z0-9-]{1,64}$/.test(code) ? code : '(ongeldige code)';
    let u: URL | undefined;
    try {
      u = typeof url === 'string' ? new URL(url) : undefined;
    } catch {
      u = undefined;
    }
    if (!/^[a-z0-9-]{1,64}$/.test(code)) {
      problems.push('BEZORGING_ENDPOINTS: organisation codes are lowercase letters, digits and -');
    } else if (!u || !['https:', 'http:'].includes(u.protocol)) {
      problems.push(`BEZORGING_ENDPOINTS: the endpoint of ${label} is not an http(s) URL`);
    } else if (production && u.protocol !== 'https:') {
      problems.push(`BEZORGING_ENDPOINTS: the endpoint of ${label} must use https in production`);
    }
  }
  if (production && Object.keys(parsed).length > 0 && !config.BEZORGING_SIGNING_KEY) {
    problems.push('BEZORGING_SIGNING_KEY: required in production when endpoints are configured');
  }
  return problems;
}
