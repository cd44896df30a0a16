import {
  createTRPCClient,
  httpBatchLink,
  httpBatchStreamLink,
  httpLink,
  httpSubscriptionLink,
  TRPCClientError,
  type TRPCLink,
} from '@trpc/client';
import { EventSource } from 'eventsource';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { type CompatRouter, type CompatServer, startCompatServer } from './compat-fixture';
import { startTestServer } from './harness';

const official = await startCompatServer('official');
const fast = await startCompatServer('fast');
afterAll(() => Promise.all([official.close(), fast.close()]));

type LinkFactory = (url: string) => TRPCLink<CompatRouter>;
const links: [string, LinkFactory][] = [
  ['httpLink', (url) => httpLink({ url })],
  ['httpBatchLink', (url) => httpBatchLink({ url, maxItems: 4 })],
  ['httpBatchStreamLink', (url) => httpBatchStreamLink({ url, maxItems: 4 })],
];

/** What a caller sees: the data (streams collected), or the error's message, code and data. */
async function outcome(call: () => Promise<unknown>) {
  try {
    const data = await call();
    if (data && typeof data === 'object' && Symbol.asyncIterator in data) {
      const items: unknown[] = [];
      for await (const item of data as AsyncIterable<unknown>) items.push(item);
      return { data: items };
    }
    return { data };
  } catch (error) {
    if (!(error instanceof TRPCClientError)) throw error;
    return { message: error.message, shape: error.shape, data: error.data };
  }
}

/** The same calls, concurrently so batching links batch them, with mixed results. */
function callEverything(server: CompatServer, link: LinkFactory) {
  const client = createTRPCClient<CompatRouter>({ links: [link(server.url)] });
  return Promise.all([
    outcome(() => client.hello.query()),
    outcome(() => client.hello.query({ name: 'Ann' })),
    outcome(() => client.hello.query({ name: '' })),
    outcome(() => client.whoAmI.query()),
    outcome(() => client.fail.query({ code: 'CONFLICT' })),
    outcome(() => client.fail.query({ code: 'TOO_MANY_REQUESTS' })),
    outcome(() => client.throws.query()),
    outcome(() => client.wrongOutput.query()),
    outcome(() => client.streamed.query()),
    outcome(() => client.nested.deep.query()),
    outcome(() => client.echo.mutate({ text: 'hi' })),
    outcome(() => client.echo.mutate({ text: 'far too long' })),
    outcome(() => client.touch.mutate()),
  ]);
}

describe.each(links)('through %s', (_name, link) => {
  it('callers see the same data and errors from both adapters', async () => {
    const expected = await callEverything(official, link);
    expect(await callEverything(fast, link)).toEqual(expected);
    expect(expected.filter((result) => 'message' in result).length).toBeGreaterThanOrEqual(7);
    // Concurrent requests report in any order; what matters is that both report the same.
    expect(reported(fast)).toEqual(reported(official));
  });
});

const reported = (server: CompatServer) =>
  server.record.errors
    .splice(0)
    .map((error) => JSON.stringify(error))
    .sort();

it('subscriptions through httpSubscriptionLink behave alike', async () => {
  const ticks = (server: CompatServer) =>
    new Promise<unknown[]>((resolve, reject) => {
      const client = createTRPCClient<CompatRouter>({
        links: [httpSubscriptionLink({ url: server.url, EventSource })],
      });
      const received: unknown[] = [];
      client.ticks.subscribe(undefined, {
        onData: (tick) => received.push(tick),
        onComplete: () => resolve(received),
        onError: reject,
      });
    });
  expect(await ticks(fast)).toEqual(await ticks(official));
  expect(await ticks(fast)).toEqual([1, 2, 3]);
});

describe.each([
  ['official', official],
  ['fast', fast],
])('the %s adapter aborts procedures when the client goes away', (_name, server) => {
  it.each([
    ['a query', 'slow', undefined],
    [
      'a mutation',
      'slowMutation',
      { method: 'POST', headers: { 'content-type': 'application/json' } },
    ],
    ['a batch', 'slow,hello?batch=1', undefined],
  ])('%s', async (_what, url, init) => {
    const path = url.split(',')[0]?.split('?')[0] ?? '';
    const before = server.record.aborted.length;
    const controller = new AbortController();
    const response = fetch(`${server.url}/${url}`, { ...init, signal: controller.signal });
    await vi.waitFor(() => expect(server.record.started).toContain(path));
    controller.abort();
    await expect(response).rejects.toThrow();
    await vi.waitFor(() => expect(server.record.aborted.slice(before)).toEqual([path]));
  });
});

it('the real API answers alike through both adapters', async () => {
  const servers = [await startTestServer({ trpcAdapter: 'official' }), await startTestServer()];
  try {
    const [expected, actual] = await Promise.all(
      servers.map(async (server) => {
        const { trpc } = server.client();
        return Promise.all([
          outcome(() => trpc.system.ping.query()),
          outcome(() => trpc.auth.me.query()),
          outcome(() => trpc.orgs.list.query()),
          outcome(() => trpc.auth.signIn.mutate({ email: 'nobody@example.com', password: 'x' })),
          outcome(() => trpc.auth.signIn.mutate({ email: 'not an email', password: '' })),
        ]);
      }),
    );
    expect(actual).toEqual(expected);
    expect(expected?.[0]).toEqual({ data: { ok: true } });
  } finally {
    await Promise.all(servers.map((server) => server.close()));
  }
});
