import { type ApiDeps, type AppRouter, appRouter, createContext } from '@rota/api';
import fp from 'fastify-plugin';
import type { TrpcHandlerOptions } from '../trpc/fast-path/handler';
import { mountTrpc, type TrpcAdapter } from '../trpc/mount';

export interface TrpcPluginOptions {
  deps: ApiDeps;
  adapter: TrpcAdapter;
  maxBatchSize: number;
  bodyLimitBytes: number;
}

/** tRPC at /trpc: queries, mutations, batches and SSE subscriptions (see mountTrpc). */
export const trpcPlugin = fp<TrpcPluginOptions>(
  async (app, { deps, adapter, maxBatchSize, bodyLimitBytes }) => {
    const options: TrpcHandlerOptions<AppRouter> = {
      router: appRouter,
      maxBatchSize,
      maxBodySize: bodyLimitBytes,
      createContext: ({ req, res }) =>
        createContext(deps, {
          sessionCookie: req.sessionCookie(res),
          ip: req.ip,
          userAgent: req.headers['user-agent'],
        }),
      // The request's logger, so the line carries the request id the caller got in its header.
      onError: ({ error, path, req }) => {
        if (error.code === 'INTERNAL_SERVER_ERROR')
          req.log.error({ err: error, path }, 'tRPC error');
      },
    };
    await mountTrpc(app, adapter, options);
  },
  { name: 'trpc', dependencies: ['session-cookie'] },
);
