import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import {
  correlate,
  formatTraceparent,
  parseTraceparent,
  traceOf,
  type CorrelatedRequest,
} from './correlation.js';

describe('parseTraceparent', () => {
  it.each([
    [
      '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
      {
        traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
        parentSpanId: '00f067aa0ba902b7',
        sampled: true,
      },
    ],
    [
      '00-4BF92F3577B34DA6A3CE929D0E0E4736-00F067AA0BA902B7-00',
      {
        traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
        parentSpanId: '00f067aa0ba902b7',
        sampled: false,
      },
    ],
    ['00-00000000000000000000000000000000-00f067aa0ba902b7-01', undefined],
    ['00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01', undefined],
    ['01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01', undefined],
    ['00-4bf92f3577b34da6a3ce929d0e0e473-00f067aa0ba902b7-01', undefined],
    ['garbage', undefined],
    [undefined, undefined],
  ])('%s', (header, expected) => {
    expect(parseTraceparent(header)).toEqual(expected);
  });

  it('round-trips through formatTraceparent', () => {
    const t = { traceId: 'a'.repeat(32), spanId: 'b'.repeat(16), sampled: true };
    expect(parseTraceparent(formatTraceparent(t))).toEqual({
      traceId: t.traceId,
      parentSpanId: t.spanId,
      sampled: true,
    });
  });
});

describe('correlate', () => {
  function request(headers: Record<string, string>): [CorrelatedRequest, ServerResponse] {
    const req = new IncomingMessage(new Socket());
    req.headers = headers;
    return [req, new ServerResponse(req)];
  }

  it('keeps a UUID request id and continues the trace with a new span', () => {
    const [req, res] = request({
      'x-request-id': 'AB7E2F5C-9A1D-4C3E-8F6A-2D4B6C8E0A12',
      traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
    });
    expect(correlate(req, res)).toBe('ab7e2f5c-9a1d-4c3e-8f6a-2d4b6c8e0a12');
    expect(req.trace?.traceId).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect(req.trace?.spanId).toMatch(/^[0-9a-f]{16}$/);
    expect(req.trace?.spanId).not.toBe('00f067aa0ba902b7');
    expect(res.getHeader('x-request-id')).toBe('ab7e2f5c-9a1d-4c3e-8f6a-2d4b6c8e0a12');
    // The caller's span goes to the audit trail as the parent (ADR 0021).
    expect(traceOf(req)).toEqual({
      traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
      spanId: req.trace?.spanId,
      parentSpanId: '00f067aa0ba902b7',
    });
  });

  it('replaces a request id that is not a UUID and starts a new trace', () => {
    const [req, res] = request({ 'x-request-id': "1' OR 1=1 --" });
    const id = correlate(req, res);
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(req.trace?.traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(correlate(req, res)).toBe(id);
    expect(traceOf(req)).not.toHaveProperty('parentSpanId');
  });
});
