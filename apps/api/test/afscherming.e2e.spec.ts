import { freePort, startTestApp, type TestApp } from './test-app.js';

const TOKEN = 'metrics-token-'.padEnd(40, 'x');

describe('metrics behind a token or on their own port; strict headers, HSTS only over https', () => {
  let metToken: TestApp;
  let eigenPoort: TestApp;
  let metricsPort: number;
  beforeAll(async () => {
    metricsPort = await freePort();
    [metToken, eigenPoort] = await Promise.all([
      startTestApp({ METRICS_TOKEN: TOKEN, TRUST_PROXY: '1' }),
      startTestApp({ METRICS_PORT: String(metricsPort) }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([metToken.close(), eigenPoort.close()]);
  });

  it('asks for the metrics token as a bearer token', async () => {
    const geen = await fetch(`${metToken.url}/metrics`);
    expect(geen.status).toBe(401);
    expect(geen.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(geen.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(await geen.text()).not.toContain('nodejs_version_info');
    const fout = await fetch(`${metToken.url}/metrics`, {
      headers: { authorization: `Bearer ${TOKEN}y` },
    });
    expect(fout.status).toBe(401);
    const goed = await fetch(`${metToken.url}/metrics`, {
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(goed.status).toBe(200);
    expect(await goed.text()).toContain('http_request_duration_seconds');
  });

  it('serves the metrics on METRICS_PORT only, not on the API port', async () => {
    expect((await fetch(`${eigenPoort.url}/metrics`)).status).toBe(404);
    const eigen = await fetch(`http://127.0.0.1:${String(metricsPort)}/metrics`);
    expect(eigen.status).toBe(200);
    expect(await eigen.text()).toContain('process_cpu_seconds_total');
    expect((await fetch(`http://127.0.0.1:${String(metricsPort)}/api/v1/auth/me`)).status).toBe(
      404,
    );
  });

  it('forbids framing and sends HSTS and upgrade-insecure-requests only over https', async () => {
    const http = await fetch(`${eigenPoort.url}/api/v1/health/live`);
    const csp = http.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(http.headers.get('strict-transport-security')).toBeNull();
    // Behind a trusted TLS-terminating proxy the request came in over https.
    const https = await fetch(`${metToken.url}/api/v1/health/live`, {
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(https.headers.get('content-security-policy')).toContain('upgrade-insecure-requests');
    expect(https.headers.get('strict-transport-security')).toMatch(/max-age=31536000/);
    const plain = await fetch(`${metToken.url}/api/v1/health/live`);
    expect(plain.headers.get('strict-transport-security')).toBeNull();
  });
});
