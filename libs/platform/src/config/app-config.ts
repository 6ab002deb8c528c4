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
  DATABASE_URL?: string;

  /** Directory of the embedded database (only used without DATABASE_URL). */
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

  /** Largest accepted request body, in kilobytes. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(10240)
  BODY_LIMIT_KB = 512;

  /** How long a shutdown waits for open requests and running jobs, in milliseconds. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(120000)
  SHUTDOWN_TIMEOUT_MS = 10000;

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
  return config;
}
