import { randomBytes, randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** W3C trace context of one request: the trace it belongs to and this server's span. */
export interface TraceContext {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  sampled: boolean;
}

export type CorrelatedRequest = IncomingMessage & { trace?: TraceContext };

const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** Parses a `traceparent` header (W3C Trace Context level 1); undefined when absent or invalid. */
export function parseTraceparent(header: unknown): Omit<TraceContext, 'spanId'> | undefined {
  if (typeof header !== 'string') return undefined;
  const m = TRACEPARENT.exec(header.trim().toLowerCase());
  if (!m) return undefined;
  const [, traceId, parentSpanId, flags] = m as unknown as [string, string, string, string];
  if (/^0+$/.test(traceId) || /^0+$/.test(parentSpanId)) return undefined;
  return { traceId, parentSpanId, sampled: (parseInt(flags, 16) & 1) === 1 };
}

export function newSpanId(): string {
  return randomBytes(8).toString('hex');
}

export function formatTraceparent(t: TraceContext): string {
  return `00-${t.traceId}-${t.spanId}-${t.sampled ? '01' : '00'}`;
}

/**
 * Gives a request its id (a client's `X-Request-ID` when it is a UUID, else a new one) and
 * its trace context (continuing a valid `traceparent`, else a new trace), and echoes both.
 */
export function correlate(req: CorrelatedRequest, res: ServerResponse): string {
  const r: { id?: unknown } = req;
  if (typeof r.id === 'string' && req.trace) return r.id;
  const header = req.headers['x-request-id'];
  const id = typeof header === 'string' && UUID.test(header) ? header.toLowerCase() : randomUUID();
  const parent = parseTraceparent(req.headers.traceparent);
  const trace: TraceContext = parent
    ? { ...parent, spanId: newSpanId() }
    : { traceId: randomBytes(16).toString('hex'), spanId: newSpanId(), sampled: false };
  r.id = id;
  req.trace = trace;
  if (!res.headersSent) {
    res.setHeader('X-Request-ID', id);
    res.setHeader('traceparent', formatTraceparent(trace));
  }
  return id;
}

/**
 * The request's trace and span id, and the caller's span when an incoming `traceparent` named
 * one (a new trace when the request has none yet).
 */
export function traceOf(req: CorrelatedRequest): {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
} {
  const t: Omit<TraceContext, 'sampled'> = req.trace ?? {
    traceId: randomBytes(16).toString('hex'),
    spanId: newSpanId(),
  };
  return t.parentSpanId
    ? { traceId: t.traceId, spanId: t.spanId, parentSpanId: t.parentSpanId }
    : { traceId: t.traceId, spanId: t.spanId };
}
