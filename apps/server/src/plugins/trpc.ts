import { type ApiDeps, type AppRouter, appRouter, createContext } from '@rota/api';
import { type FastifyTRPCPluginOptions, fastifyTRPCPlugin } from '@trpc/server/adapters/fastify';
import fp from 'fastify-plugin';

export interface TrpcPluginOptions {
  deps: ApiDeps;
  maxBatchSize: number;
  bodyLimitBytes: number;
}

/** tRPC at /trpc: queries, mutations, batches and SSE subscriptions. */
export const trpcPlugin = fp<TrpcPluginOptions>(
  async (app, { deps, maxBatchSize, bodyLimitBytes }) => {
    const options: FastifyTRPCPluginOptions<AppRouter> = {
      prefix: '/trpc',
      trpcOptions: {
        router: appRouter,
        maxBatchSize,
        // Fastify's bodyLimit covers JSON; tRPC streams multipart bodies itself, so bound those too.
        maxBodySize: bodyLimitBytes,
        createContext: ({ req, res }) =>
          createContext(deps, {
            sessionCookie: req.sessionCookie(res),
            ip: req.ip,
            userAgent: req.headers['user-agent'],
          }),
        onError: ({ error, path }) => {
          if (error.code === 'INTERNAL_SERVER_ERROR')
            app.log.error({ err: error, path }, 'tRPC error');
        },
      },
    };
    await app.register(fastifyTRPCPlugin, options);
  },
  { name: 'trpc', dependencies: ['session-cookie'] },
);
