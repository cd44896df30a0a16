import { type ApiDeps, type AppRouter, appRouter, createContext } from '@rota/api';
import { type FastifyHandlerOptions, fastifyRequestHandler } from '@trpc/server/adapters/fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';

export interface TrpcPluginOptions {
  deps: ApiDeps;
  maxBatchSize: number;
  bodyLimitBytes: number;
}

/**
 * tRPC at /trpc: queries, mutations, batches and SSE subscriptions.
 *
 * Every request body, whatever its content type, reaches tRPC unread and tRPC's stream reader
 * enforces the limit (`maxBodySize`). So JSON, multipart and anything else meet one limit, and an
 * oversized body answers 413 in tRPC's error shape (`PAYLOAD_TOO_LARGE`), which typed clients
 * understand; a content type tRPC does not read is refused (415) without being read.
 */
export const trpcPlugin = fp<TrpcPluginOptions>(
  async (app, { deps, maxBatchSize, bodyLimitBytes }) => {
    const trpcOptions: FastifyHandlerOptions<AppRouter, FastifyRequest, FastifyReply> = {
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
    await app.register(async (scope) => {
      scope.removeAllContentTypeParsers();
      scope.addContentTypeParser('*', (_request, body, done) => done(null, body));
      scope.addHook('onSend', async (_request, reply, payload) => {
        // The rest of an oversized body is not worth reading: close the socket instead. (tRPC
        // answers with a fetch Response, whose status Fastify applies only after this hook.)
        if (payload instanceof Response && payload.status === 413) {
          reply.header('connection', 'close');
        }
      });
      scope.all<{ Params: { path: string } }>('/trpc/:path', (req, res) =>
        fastifyRequestHandler({ ...trpcOptions, req, res, path: req.params.path }),
      );
    });
  },
  { name: 'trpc', dependencies: ['session-cookie'] },
);
