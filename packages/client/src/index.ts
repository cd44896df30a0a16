// #region router-type
// `import type` is erased at compile time: not one line of the server reaches a bundle.
import type { AppRouter } from '@rota/api';
// #endregion
import {
  createTRPCClient,
  httpBatchLink,
  httpSubscriptionLink,
  splitLink,
  type TRPCClient,
} from '@trpc/client';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';

export type { AppRouter };
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
export type RotaClient = TRPCClient<AppRouter>;

/** An `EventSource` class for runtimes without a global one. */
type EventSourceClass = NonNullable<Parameters<typeof httpSubscriptionLink>[0]['EventSource']>;
type HeadersOption = Record<string, string> | (() => Record<string, string>);

export interface RotaClientOptions {
  /** The tRPC endpoint, e.g. `http://localhost:3000/trpc`. */
  url: string;
  fetch?: typeof fetch;
  headers?: HeadersOption;
  /** Calls per batched request; keep it within the server's TRPC_MAX_BATCH_SIZE (default 20). */
  maxBatchItems?: number;
  /**
   * Browsers only send the session cookie to another origin with `'include'` (calls and
   * subscriptions alike): set it when the web app and the API are served from different origins.
   */
  credentials?: 'include' | 'omit' | 'same-origin';
  /**
   * For runtimes without a global EventSource (Node 20): a class that opens its stream through a
   * `fetch` init option, like the `eventsource` package's. Subscriptions then go through `fetch`
   * and `headers` too, so they carry the same cookies or tokens as every other call.
   */
  EventSource?: EventSourceClass;
}

/** A typed client for any TypeScript consumer: web app, scripts, tests and benchmarks. */
export function createRotaClient({
  url,
  fetch,
  headers,
  maxBatchItems = 10,
  credentials,
  EventSource,
}: RotaClientOptions): RotaClient {
  const callFetch = credentials ? withCredentials(fetch ?? globalThis.fetch, credentials) : fetch;
  const eventSourceOptions = EventSource
    ? { fetch: withHeaders(callFetch ?? globalThis.fetch, headers) }
    : { withCredentials: credentials === 'include' };
  return createTRPCClient<AppRouter>({
    links: [
      splitLink({
        condition: (op) => op.type === 'subscription',
        true: httpSubscriptionLink({ url, EventSource, eventSourceOptions }),
        false: httpBatchLink({ url, fetch: callFetch, headers, maxItems: maxBatchItems }),
      }),
    ],
  });
}

function withHeaders(fetch: typeof globalThis.fetch, headers: HeadersOption = {}): typeof fetch {
  return (input, init) => {
    const merged = new Headers(init?.headers);
    const extra = typeof headers === 'function' ? headers() : headers;
    for (const [name, value] of Object.entries(extra)) merged.set(name, value);
    return fetch(input, { ...init, headers: merged });
  };
}

function withCredentials(
  fetch: typeof globalThis.fetch,
  credentials: NonNullable<RotaClientOptions['credentials']>,
): typeof fetch {
  return (input, init) => fetch(input, { ...init, credentials });
}
