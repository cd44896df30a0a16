import { createDatabase } from '@rota/db';
import { getTestDatabase } from '@rota/db/testing';
import { afterAll, beforeEach, expect, it } from 'vitest';
import { buildApp } from '../src/app';
import { testConfig } from './harness';
import { captureLogs } from './log-capture';

const logs = captureLogs();
const app = await buildApp({
  config: testConfig({ logLevel: 'info' }),
  database: await getTestDatabase(),
  logStream: logs.stream,
});
afterAll(() => app.close());
beforeEach(() => {
  logs.lines.length = 0;
});

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const ping = (headers: Record<string, string> = {}) =>
  app.inject({ method: 'GET', url: '/trpc/system.ping', headers });

it('keeps a safe incoming x-request-id, answers with it and logs it on every line', async () => {
  const response = await ping({ 'x-request-id': 'lb-7f3a.trace:42' });
  expect(response.headers['x-request-id']).toBe('lb-7f3a.trace:42');
  expect(logs.lines.map((line) => line.msg)).toEqual(['incoming request', 'request completed']);
  for (const line of logs.lines) expect(line.reqId).toBe('lb-7f3a.trace:42');
});

it.each([
  ['too long', 'a'.repeat(129)],
  ['with characters that could forge log fields', 'id" ,"level":60'],
])('replaces an incoming id that is %s with a fresh one', async (_why, incoming) => {
  const response = await ping({ 'x-request-id': incoming });
  const id = response.headers['x-request-id'];
  expect(id).toMatch(uuid);
  for (const line of logs.lines) expect(line.reqId).toBe(id);
});

it('generates a distinct id per request when none comes in', async () => {
  const first = (await ping()).headers['x-request-id'];
  const second = (await ping()).headers['x-request-id'];
  expect(first).toMatch(uuid);
  expect(second).toMatch(uuid);
  expect(second).not.toBe(first);
});

it('logs a tRPC internal error with the request id and no detail in the response', async () => {
  const broken = await createDatabase({});
  await broken.close();
  const failing = captureLogs();
  const brokenApp = await buildApp({
    config: testConfig({ logLevel: 'info' }),
    database: broken,
    logStream: failing.stream,
  });
  const response = await brokenApp.inject({
    method: 'GET',
    url: '/trpc/auth.me',
    headers: { 'x-request-id': 'failing-call', cookie: 'rota_session=some-token' },
  });
  await brokenApp.close();

  expect(response.statusCode).toBe(500);
  expect(response.json()).toMatchObject({ error: { message: 'Internal server error' } });
  const errorLine = failing.lines.find((line) => line.msg === 'tRPC error');
  expect(errorLine).toMatchObject({ reqId: 'failing-call', level: 50, path: 'auth.me' });
});
