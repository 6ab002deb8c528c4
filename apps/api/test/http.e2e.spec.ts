import { Body, Controller, Get, Module, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDateString, IsInt, IsString, Min, ValidateNested } from 'class-validator';
import { API_VERSION, Public } from '@schakel/platform';
import { startTestApp, type TestApp } from './test-app.js';

class Adres {
  @IsString() straat!: string;
  @IsString() gemeente!: string;
}
class Voorbeeld {
  @IsDateString() datum!: string;
  @IsInt() @Min(0) aantal!: number;
  @ValidateNested({ each: true }) @Type(() => Adres) adressen!: Adres[];
}

/** A route only the test mounts, to exercise validation and bodies end to end. */
@ApiTags('Test')
@Public()
@Controller('test-echo')
class EchoController {
  @Post()
  echo(@Body() body: Voorbeeld): Voorbeeld {
    return body;
  }

  @Get('boom')
  boom(): never {
    throw new Error('kapot: bsn 123456782 van Jan Jansen');
  }
}
@Module({ controllers: [EchoController] })
class EchoModule {}

const PROBLEM = /^application\/problem\+json/;

describe('HTTP conventions (real app, real database)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ BODY_LIMIT_KB: '1' }, [EchoModule]);
  });
  afterAll(async () => {
    await t.close();
  });

  const post = (body: string, contentType = 'application/json') =>
    fetch(`${t.url}/api/v1/test-echo`, {
      method: 'POST',
      body,
      headers: { 'content-type': contentType },
    });

  async function expectProblem(res: Response, status: number, type: string) {
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toMatch(PROBLEM);
    expect(res.headers.get('api-version')).toBe(API_VERSION);
    const body = (await res.json()) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(['detail', 'instance', 'status', 'title', 'type']);
    expect(body.status).toBe(status);
    expect(body.type).toBe(`urn:schakel:probleem:${type}`);
    expect(body.instance).toBe(`urn:uuid:${String(res.headers.get('x-request-id'))}`);
    return body;
  }

  it('accepts a valid body and answers with API-Version', async () => {
    const res = await post(
      JSON.stringify({
        datum: '2026-11-01',
        aantal: 2,
        adressen: [{ straat: 'Coolsingel', gemeente: 'GM0599' }],
      }),
    );
    expect(res.status).toBe(201);
    expect(res.headers.get('api-version')).toBe(API_VERSION);
    expect(await res.json()).toEqual({
      datum: '2026-11-01',
      aantal: 2,
      adressen: [{ straat: 'Coolsingel', gemeente: 'GM0599' }],
    });
  });

  it('answers malformed JSON with 400 ongeldige-json', async () => {
    await expectProblem(await post('{"datum": '), 400, 'ongeldige-json');
  });

  it('answers a wrong content type with 415, also on unknown routes', async () => {
    await expectProblem(
      await post('datum=2026-11-01', 'application/x-www-form-urlencoded'),
      415,
      'mediatype-niet-ondersteund',
    );
    await expectProblem(await post('<a/>', 'text/xml'), 415, 'mediatype-niet-ondersteund');
  });

  it('answers an oversized body with 413', async () => {
    await expectProblem(
      await post(JSON.stringify({ datum: 'x'.repeat(2048) })),
      413,
      'verzoek-te-groot',
    );
  });

  it('names the failing fields, nested ones too, without echoing values', async () => {
    const body = await expectProblem(
      await post(
        JSON.stringify({
          datum: 'gisteren-123456782',
          aantal: -1,
          adressen: [{ straat: 5 }],
          extra: 'Jan',
        }),
      ),
      400,
      'ongeldige-invoer',
    );
    const detail = String(body.detail);
    for (const field of [
      'datum (isDateString)',
      'aantal (min)',
      'adressen[0].straat (isString)',
      'adressen[0].gemeente',
      'extra (onbekend veld)',
    ]) {
      expect(detail).toContain(field);
    }
    expect(detail).not.toContain('123456782');
    expect(detail).not.toContain('Jan');
  });

  it('answers an unknown route with 404 without echoing the path', async () => {
    const res = await fetch(`${t.url}/api/v1/personen/123456782`);
    const body = await expectProblem(res, 404, 'niet-gevonden');
    expect(JSON.stringify(body)).not.toContain('123456782');
  });

  it('answers an unexpected error with 500 and only a correlation id', async () => {
    const res = await fetch(`${t.url}/api/v1/test-echo/boom`, {
      headers: { 'x-request-id': '0b7e2f5c-9a1d-4c3e-8f6a-2d4b6c8e0a12' },
    });
    const body = await expectProblem(res, 500, 'interne-fout');
    expect(body.instance).toBe('urn:uuid:0b7e2f5c-9a1d-4c3e-8f6a-2d4b6c8e0a12');
    expect(JSON.stringify(body)).not.toMatch(/kapot|123456782|Jansen|at /);
  });

  it('continues a W3C trace and ignores a request id that is not a UUID', async () => {
    const res = await fetch(`${t.url}/api/v1/health/live`, {
      headers: {
        traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
        'x-request-id': 'drop table',
      },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('traceparent')).toMatch(
      /^00-4bf92f3577b34da6a3ce929d0e0e4736-[0-9a-f]{16}-01$/,
    );
    expect(res.headers.get('traceparent')).not.toContain('00f067aa0ba902b7');
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('reports liveness and readiness of database and queue', async () => {
    const live = await fetch(`${t.url}/api/v1/health/live`);
    expect(await live.json()).toEqual({ status: 'UP' });
    const ready = await fetch(`${t.url}/api/v1/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({
      status: 'UP',
      checks: { database: 'UP', wachtrij: 'UP', auditspoor: 'UP' },
    });
  });

  it('serves Prometheus metrics with route, status, pool and queue series', async () => {
    await fetch(`${t.url}/api/v1/health/live`);
    await t.app
      .get((await import('@schakel/platform')).QueueService)
      .boss.createQueue('metrics-probe');
    const res = await fetch(`${t.url}/metrics`);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toMatch(
      /http_request_duration_seconds_count\{method="GET",route="\/api\/v1\/health\/live",status="200"\} [1-9]/,
    );
    expect(text).toMatch(
      /http_request_duration_seconds_count\{method="GET",route="unmatched",status="404"\} [1-9]/,
    );
    expect(text).toMatch(/db_pool_connections\{state="total"\} [1-9]/);
    expect(text).toMatch(/queue_jobs\{queue="metrics-probe",state="queued"\} 0/);
  });

  it('serves its OpenAPI document without authentication', async () => {
    const res = await fetch(`${t.url}/api/v1/openapi.json`);
    expect(res.status).toBe(200);
    const doc = (await res.json()) as {
      openapi: string;
      info: { version: string; contact: Record<string, string> };
      servers: { url: string }[];
      paths: Record<
        string,
        Record<
          string,
          {
            operationId?: string;
            tags?: string[];
            responses: Record<string, { headers?: object; content?: object }>;
          }
        >
      >;
    };
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.info.version).toBe(API_VERSION);
    expect(Object.keys(doc.info.contact).sort()).toEqual(['email', 'name', 'url']);
    expect(doc.servers[0]?.url).toMatch(/\/api\/v1$/);
    expect(doc.paths['/health/ready']?.get?.operationId).toBe('getReadiness');
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const op of Object.values(ops)) {
        expect(op.operationId).toBeTruthy();
        expect(op.tags?.length).toBeGreaterThan(0);
        expect(op.responses['500']?.content).toHaveProperty(['application/problem+json']);
        for (const [status, r] of Object.entries(op.responses)) {
          if (/^[23]/.test(status))
            expect([path, r.headers]).toEqual([
              path,
              expect.objectContaining({ 'API-Version': expect.anything() }),
            ]);
        }
      }
    }
    expect(doc.paths).not.toHaveProperty(['/metrics']);
  });
});
