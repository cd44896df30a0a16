import type { AppRouter } from '@rota/api';
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

export interface RotaClientOptions {
  /** The tRPC endpoint, e.g. `http://localhost:3000/trpc`. */
  url: string;
  fetch?: typeof fetch;
  headers?: Record<string, string> | (() => Record<string, string>);
  /** Calls per batched request; keep it within the server's TRPC_MAX_BATCH_SIZE (default 20). */
  maxBatchItems?: number;
}

/** A typed client for any TypeScript consumer: web app, scripts, tests and benchmarks. */
export function createRotaClient({
  url,
  fetch,
  headers,
  maxBatchItems = 10,
}: RotaClientOptions): RotaClient {
  return createTRPCClient<AppRouter>({
    links: [
      splitLink({
        condition: (op) => op.type === 'subscription',
        true: httpSubscriptionLink({ url }),
        false: httpBatchLink({ url, fetch, headers, maxItems: maxBatchItems }),
      }),
    ],
  });
}
