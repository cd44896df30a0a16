import { getTestDatabase } from '@rota/db/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app';
import type { Config } from '../src/config';
import { testConfig } from './harness';
import { captureLogs } from './log-capture';

const webApp = 'https://app.example.com';
const apps: FastifyInstance[] = [];
afterAll(() => Promise.all(apps.map((app) => app.close())));

async function appWith(overrides: Partial<Config>, logStream = captureLogs().stream) {
  const app = await buildApp({
    config: testConfig(overrides),
    database: await getTestDatabase(),
    logStream,
  });
  apps.push(app);
  return app;
}

const app = await appWith({ corsOrigins: [webApp] });

it('sends API-appropriate security headers', async () => {
  const { headers } = await app.inject({ method: 'GET', url: '/trpc/system.ping' });
  expect(headers['content-security-policy']).toBe("default-src 'none';frame-ancestors 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['strict-transport-security']).toMatch(/^max-age=\d+/);
  expect(headers['x-powered-by']).toBeUndefined();
});

describe('CORS', () => {
  it('lets a listed origin call with credentials and read the request id', async () => {
    const { headers } = await app.inject({
      method: 'GET',
      url: '/trpc/system.ping',
      headers: { origin: webApp },
    });
    expect(headers['access-control-allow-origin']).toBe(webApp);
    expect(headers['access-control-allow-credentials']).toBe('true');
    expect(headers['access-control-expose-headers']).toBe('x-request-id');
  });

  it('answers a listed origin’s preflight', async () => {
    const response = await app.inject({
      method: 'OPTIONS',
      url: '/trpc/auth.signIn',
      headers: {
        origin: webApp,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(response.statusCode).toBe(204);
    expect(response.headers['access-control-allow-origin']).toBe(webApp);
    expect(response.headers['access-control-allow-credentials']).toBe('true');
    expect(response.headers['access-control-allow-methods']).toContain('POST');
  });

  it('grants nothing to an origin that is not listed', async () => {
    const { headers } = await app.inject({
      method: 'GET',
      url: '/trpc/system.ping',
      headers: { origin: 'https://evil.example.net' },
    });
    // Without Access-Control-Allow-Origin the browser hides the response from that site.
    expect(headers['access-control-allow-origin']).toBeUndefined();
  });

  it('grants nothing to any origin when CORS_ORIGINS is empty', async () => {
    const closed = await appWith({ corsOrigins: [] });
    const { headers } = await closed.inject({
      method: 'GET',
      url: '/trpc/system.ping',
      headers: { origin: webApp },
    });
    expect(headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('TRUST_PROXY', () => {
  async function loggedClientAddress(trustProxy: Config['trustProxy']) {
    const logs = captureLogs();
    const target = await appWith({ trustProxy, logLevel: 'info' }, logs.stream);
    await target.inject({
      method: 'GET',
      url: '/trpc/system.ping',
      headers: { 'x-forwarded-for': '203.0.113.9' },
      remoteAddress: '10.0.0.5',
    });
    const incoming = logs.lines.find((line) => line.msg === 'incoming request');
    return (incoming?.req as { remoteAddress?: string } | undefined)?.remoteAddress;
  }

  it('believes X-Forwarded-For from a private-network proxy by default', async () => {
    expect(await loggedClientAddress(testConfig().trustProxy)).toBe('203.0.113.9');
  });

  it('ignores X-Forwarded-For from a peer it does not trust', async () => {
    expect(await loggedClientAddress(['loopback'])).toBe('10.0.0.5');
  });
});
