import { once } from 'node:events';
import { type IncomingMessage, request } from 'node:http';
import { text } from 'node:stream/consumers';
import { afterEach, expect, it } from 'vitest';
import { type ChildServer, spawnServer } from './child-server';

let server: ChildServer | undefined;
afterEach(() => {
  // A failed assertion must not leave the child running.
  if (server && server.child.exitCode === null) server.child.kill('SIGKILL');
  server = undefined;
});

const shuttingDown = (line: { msg?: string }) => line.msg === 'shutting down';

async function isAccepting(url: string): Promise<boolean> {
  return fetch(`${url}/healthz`).then(
    () => true,
    () => false,
  );
}

it('on SIGTERM fails readiness, stops accepting, finishes the in-flight request, exits 0', async () => {
  server = await spawnServer({ SHUTDOWN_DRAIN_DELAY_MS: '3000' });
  const { url } = server;

  // A sign-in whose body arrives in two halves: in flight until the second half is sent.
  const slow = request(`${url}/trpc/auth.signIn`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-request-id': 'slow-sign-in' },
  });
  const response = once(slow, 'response').then(([res]) => res as IncomingMessage);
  slow.write('{"email":"nobody@example.com",');
  await server.waitForLog((line) => line.reqId === 'slow-sign-in');

  server.child.kill('SIGTERM');
  await server.waitForLog(shuttingDown);

  const readiness = await fetch(`${url}/readyz`);
  expect(readiness.status).toBe(503);
  expect(await readiness.json()).toEqual({ status: 'unavailable', failed: ['draining'] });

  await expect.poll(() => isAccepting(url), { timeout: 15_000 }).toBe(false);
  expect(server.child.exitCode).toBeNull();

  slow.end('"password":"not the password"}');
  const answer = await response;
  // The whole stack, database included, still served it: the pool closes only after it.
  expect(answer.statusCode).toBe(401);
  expect(JSON.parse(await text(answer))).toMatchObject({
    error: { data: { appCode: 'INVALID_CREDENTIALS' } },
  });
  expect(await server.exitCode).toBe(0);
}, 60_000);

it('does not let an open SSE subscription hold shutdown up', async () => {
  server = await spawnServer();
  const { url } = server;
  const signUp = await fetch(`${url}/trpc/auth.signUp`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'sse@example.com', name: 'Sse', password: 'a long password' }),
  });
  const cookie = signUp.headers.getSetCookie()[0]?.split(';')[0] ?? '';
  const createOrg = await fetch(`${url}/trpc/orgs.create`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ slug: 'sse-org', name: 'Sse', timezone: 'UTC' }),
  });
  expect(createOrg.status).toBe(200);

  const input = encodeURIComponent(JSON.stringify({ orgSlug: 'sse-org' }));
  const stream = await fetch(`${url}/trpc/bookings.onChange?input=${input}`, {
    headers: { accept: 'text/event-stream', cookie },
  });
  expect(stream.headers.get('content-type')).toMatch(/^text\/event-stream/);
  const reader = (stream.body as ReadableStream<Uint8Array>).getReader();
  await reader.read(); // the stream is open and has started talking

  server.child.kill('SIGTERM');
  expect(await server.exitCode).toBe(0);
  // The server cut the stream; a real client reconnects, to another instance.
  await expect(drain(reader)).rejects.toThrow();
}, 60_000);

async function drain(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<void> {
  while (!(await reader.read()).done) {}
}
