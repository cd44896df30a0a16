import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import fp from 'fastify-plugin';

export const requestIdHeader = 'x-request-id';

// #region request-id
// Ids from a proxy or client end up in every log line: bounded and plain, so none can forge
// log fields or flood a line. Covers UUIDs, ULIDs, W3C/AWS trace ids and base64 tokens.
const acceptableRequestId = /^[\w.:=+/@-]{1,128}$/;

/** Fastify's `genReqId`: keeps a caller's correlation id when it is safe, else makes a new one. */
export function requestIdFor(request: IncomingMessage): string {
  const incoming = request.headers[requestIdHeader];
  return typeof incoming === 'string' && acceptableRequestId.test(incoming)
    ? incoming
    : randomUUID();
}
// #endregion

/** Echoes the request id in the response, so a caller can quote it when reporting a problem. */
export const requestIdPlugin = fp(
  async (app) => {
    app.addHook('onRequest', async (request, reply) => {
      reply.header(requestIdHeader, request.id);
    });
  },
  { name: 'request-id' },
);
