export {
  AppConfig,
  ConfigError,
  loadConfig,
  parseMasterKeys,
  bezorgingEndpoints,
  auditWitnesses,
} from './config/app-config.js';
export { openDatabase } from './database/database-runtime.js';
export {
  startEmbeddedPostgres,
  externalPostgres,
  redactConnectionString,
  type DatabaseRuntime,
} from './database/embedded-postgres.js';
export { dataSourceOptions, PLATFORM_ENTITIES } from './database/data-source-options.js';
export { runMigrationsLocked } from './database/migrate.js';
export { MIGRATIONS } from './database/migrations/index.js';
export { InstanceStartService } from './database/instance-start.service.js';
export { PlatformModule } from './platform.module.js';
export { QueueService } from './queue/queue.service.js';
export { ProblemFilter, sendProblem } from './problem/problem.filter.js';
export { setupInputGuard, MAX_JSON_DEPTH } from './http/input-guard.js';
export { setupClientErrors } from './http/client-error.js';
export { setupSecurityHeaders } from './http/security-headers.js';
export { setupRol } from './http/rol.js';
export {
  ProblemException,
  InvalidInputException,
  notFound,
  PROBLEM_CONTENT_TYPE,
  type ProblemDetails,
} from './problem/problem.js';
export { createValidationPipe } from './http/validation.js';
export { pinoOptions } from './logging/logging.module.js';
export { redactDeep, REDACTED } from './logging/redact.js';
export { API_PREFIX, API_VERSION, ApiProblems, buildOpenApiDocument } from './openapi/openapi.js';
export { OpenApiDocument } from './openapi/openapi.controller.js';
export {
  Public,
  Policy,
  PUBLIC_ROUTE,
  ROUTE_POLICY,
  type RoutePolicy,
} from './http/route-policy.js';
export { localSecret } from './config/local-secret.js';
export { traceOf, type CorrelatedRequest } from './logging/correlation.js';
export { demoBsn, IsBsn, isValidBsn } from './http/bsn.js';
export {
  GegevensOnleesbaarError,
  Inhoudskluis,
  nieuweDataSleutel,
  ontsleutelVeld,
  Sleutelring,
  SleutelOnbekendError,
  sleutelringUit,
  versleutelVeld,
  type VerpakteSleutel,
} from './crypto/kluis.js';
export {
  RATE_LIMIT,
  RateLimit,
  RateLimiter,
  RateLimitExceeded,
  routeLabel,
  setupRateLimits,
  type Limiet,
  type Teller,
} from './http/rate-limit.js';
export { findRecorder, passRefusal, RefusalRecorder } from './http/refusals.js';
export { GereedheidService, type GereedheidCheck } from './health/gereedheid.service.js';
export { MetricsService } from './metrics/metrics.service.js';
