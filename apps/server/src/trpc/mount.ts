import type { AnyTRPCRouter } from '@trpc/server';
import { fastifyRequestHandler } from '@trpc/server/adapters/fastify';
import type { FastifyInstance } from 'fastify';
import { createFastPathHandler, type TrpcHandlerOptions } from './fast-path/handler';

/** `fast`: Rota's fast path, handing anything unusual to `official`, tRPC's Fastify adapter. */
export type TrpcAdapter = 'fast' | 'official';

/**
 * Mounts a router at /trpc/:path. Every request body, whatever its content type, reaches tRPC
 * unread and is read against `maxBodySize`, so JSON, multipart and anything else meet one limit
 * and an oversized body answers 413 in tRPC's error shape (`PAYLOAD_TOO_LARGE`); a content type
 * tRPC does not read is refused (415) without being read.
 */
export async function mountTrpc<TRouter extends AnyTRPCRouter>(
  app: FastifyInstance,
  adapter: TrpcAdapter,
  options: TrpcHandlerOptions<TRouter>,
): Promise<void> {
  const fastPath = adapter === 'fast' ? createFastPathHandler(options) : null;
  await app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_request, body, done) => done(null, body));
    scope.addHook('onSend', (_request, reply, payload, done) => {
      // The rest of an oversized body is not worth reading: close the socket instead. (tRPC
      // answers with a fetch Response, whose status Fastify applies only after this hook.)
      if (payload instanceof Response && payload.status === 413) {
        reply.header('connection', 'close');
      }
      done(null, payload);
    });
    scope.all<{ Params: { path: string } }>('/trpc/:path', (req, res) => {
      const path = req.params.path;
      // The fast path declines anything it does not serve exactly as tRPC would.
      if (fastPath?.(req, res, path)) return;
      return fastifyRequestHandler({ ...options, req, res, path });
    });
  });
}
