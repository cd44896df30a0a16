import { afterAll, describe, expect, it } from 'vitest';
import { startTestServer } from './harness';

const bodyLimitBytes = 1024;
const server = await startTestServer({ bodyLimitBytes, trpcMaxBatchSize: 3 });
afterAll(() => server.close());

const tooLong = 'x'.repeat(bodyLimitBytes * 4);
const signIn = (init: RequestInit) =>
  fetch(`${server.trpcUrl}/auth.signIn`, { method: 'POST', ...init });

async function expectTooLarge(response: Response) {
  expect(response.status).toBe(413);
  // The rest of an oversized body is not read: the connection closes instead.
  expect(response.headers.get('connection')).toBe('close');
  expect(await response.json()).toMatchObject({ error: { data: { code: 'PAYLOAD_TOO_LARGE' } } });
}

describe('request bodies over BODY_LIMIT_BYTES answer 413', () => {
  it('JSON', async () => {
    await expectTooLarge(
      await signIn({
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: `${tooLong}@example.com`, password: 'whatever it is' }),
      }),
    );
  });

  it('multipart/form-data', async () => {
    const form = new FormData();
    form.set('email', `${tooLong}@example.com`);
    form.set('password', 'whatever it is');
    await expectTooLarge(await signIn({ body: form }));
  });

  it('a chunked body that declares no length', async () => {
    const chunk = new TextEncoder().encode(tooLong);
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(chunk);
        controller.close();
      },
    });
    await expectTooLarge(
      await signIn({ headers: { 'content-type': 'application/json' }, body, duplex: 'half' }),
    );
  });

  it('through the typed client, as a PAYLOAD_TOO_LARGE error', async () => {
    const call = server
      .client()
      .trpc.auth.signIn.mutate({ email: `${tooLong}@example.com`, password: 'whatever it is' });
    await expect(call).rejects.toMatchObject({ data: { code: 'PAYLOAD_TOO_LARGE' } });
  });
});

it('reads a body within the limit', async () => {
  const response = await signIn({
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'nobody@example.com', password: 'whatever it is' }),
  });
  expect(response.status).toBe(401);
});

it.each([
  ['text/plain', 'text/plain'],
  ['an unknown content type', 'application/x-unknown'],
])('refuses %s unread (415) rather than bypassing the limit', async (_name, contentType) => {
  const response = await signIn({ headers: { 'content-type': contentType }, body: tooLong });
  expect(response.status).toBe(415);
  expect(await response.json()).toMatchObject({
    error: { data: { code: 'UNSUPPORTED_MEDIA_TYPE' } },
  });
});

describe('batches', () => {
  const pings = (count: number) =>
    fetch(`${server.trpcUrl}/${Array(count).fill('system.ping').join(',')}?batch=1&input={}`);

  it('refuses one larger than TRPC_MAX_BATCH_SIZE', async () => {
    const response = await pings(4);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      error: { message: 'Batch call exceeds maximum size', data: { code: 'BAD_REQUEST' } },
    });
  });

  it('serves one of TRPC_MAX_BATCH_SIZE calls', async () => {
    const response = await pings(3);
    expect(response.status).toBe(200);
    expect(await response.json()).toHaveLength(3);
  });
});
