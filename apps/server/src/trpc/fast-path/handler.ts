import {
  type AnyTRPCRouter,
  getTRPCErrorFromUnknown,
  getTRPCErrorShape,
  type inferRouterContext,
  type TRPCError,
  transformTRPCResponse,
} from '@trpc/server';
import type { FastifyHandlerOptions } from '@trpc/server/adapters/fastify';
import {
  getHTTPStatusCode,
  getHTTPStatusCodeFromError,
  type TRPCRequestInfo,
} from '@trpc/server/http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { lazyInputs } from './inputs';
import { type FastPathPlan, planFastCall } from './plan';
import { isDataStream, streamRefusedError } from './streams';

export type TrpcHandlerOptions<TRouter extends AnyTRPCRouter> = FastifyHandlerOptions<
  TRouter,
  FastifyRequest,
  FastifyReply
>;

/**
 * Takes the request and answers it (true), or answers false so the caller hands it to tRPC's own
 * handler. It replies by itself rather than returning a promise: Fastify would then await the
 * reply, which waits for the response stream to finish, at a cost on every request.
 */
export type FastPathHandler = (
  request: FastifyRequest,
  reply: FastifyReply,
  urlPath: string,
) => boolean;

type CallResult = { ok: true; data: unknown } | { ok: false; error: TRPCError };

/**
 * tRPC's resolveResponse for plain JSON queries and mutations, without turning each request into
 * a fetch Request and Response and back: the procedures are called directly and the same
 * envelope, status and headers are written with Fastify. Options that shape responses in ways
 * this path does not mirror (responseMeta, method override, batching off) disable it.
 */
export function createFastPathHandler<TRouter extends AnyTRPCRouter>(
  options: TrpcHandlerOptions<TRouter>,
): FastPathHandler | null {
  const batchingOff = options.allowBatching === false || options.batching?.enabled === false;
  if (options.responseMeta || options.allowMethodOverride || batchingOff) return null;
  const { router, maxBatchSize, maxBodySize, onError } = options;
  const config = router._def._config;
  const untransformed = outputIsUntransformed(config.transformer.output.serialize);

  return (request, reply, urlPath) => {
    const plan = planFastCall(request, router, urlPath, maxBatchSize);
    if (!plan) return false;
    // Failures of calls are already answers; this answers what fails around them (a result JSON
    // cannot hold, say) as tRPC's own last resort does: reported, then a request-level error.
    serve(plan).catch((cause: unknown) => {
      const error = getTRPCErrorFromUnknown(cause);
      const noCall = { path: undefined, input: undefined, ctx: undefined, type: plan.type };
      onError?.({ ...noCall, error, req: request });
      const body = { error: getTRPCErrorShape({ ...noCall, config, error }) };
      reply
        .serializer(asIs)
        .code(getHTTPStatusCodeFromError(error))
        .header('vary', 'trpc-accept, accept')
        .header('content-type', 'application/json')
        .send(JSON.stringify(transformTRPCResponse(config, body)));
    });
    return true;

    async function serve(plan: FastPathPlan): Promise<void> {
      const inputs = lazyInputs(plan, router, request.raw, maxBodySize ?? undefined);
      const signal = abortOnDisconnect(reply);
      const calls = plan.calls.map((call) => ({
        ...call,
        getRawInput: () => inputs.read(call.batchIndex),
        result: () => inputs.peek(call.batchIndex),
      }));
      const info: TRPCRequestInfo = {
        isBatchCall: plan.isBatchCall,
        accept: null,
        type: plan.type,
        calls,
        connectionParams: null,
        signal,
        // Parsed only if a context reads it: a URL costs ~9 µs, and Rota's context does not.
        get url() {
          return new URL(request.url, `${request.protocol}://${request.host}`);
        },
      };
      let ctx: inferRouterContext<TRouter> | undefined;
      let contextError: TRPCError | undefined;
      try {
        ctx = await options.createContext?.({ req: request, res: reply, info });
      } catch (cause) {
        contextError = getTRPCErrorFromUnknown(cause);
      }

      const results = await Promise.all(
        calls.map(async ({ path, procedure, batchIndex, getRawInput }): Promise<CallResult> => {
          try {
            if (contextError) throw contextError;
            const data: unknown = await procedure({
              path,
              getRawInput,
              ctx,
              type: plan.type,
              signal,
              batchIndex,
            });
            return { ok: true, data };
          } catch (cause) {
            const error = getTRPCErrorFromUnknown(cause);
            const input = inputs.peek(batchIndex);
            onError?.({ error, path, input, ctx, type: plan.type, req: request });
            return { ok: false, error };
          }
        }),
      );

      const envelopes = results.map((result, index) => {
        const call = plan.calls[index];
        let error = result.ok ? undefined : result.error;
        let path = call?.path;
        let input = call && inputs.peek(call.batchIndex);
        if (result.ok && isDataStream(result.data)) {
          error = streamRefusedError();
          // A single call's refusal is a request-level error in tRPC: reported without a path.
          if (!plan.isBatchCall) {
            path = undefined;
            input = undefined;
            onError?.({ error, path, input, ctx, type: plan.type, req: request });
          }
        }
        if (!error) return { result: { data: result.ok ? result.data : undefined } };
        const shape = getTRPCErrorShape({ config, ctx, error, input, path, type: plan.type });
        return { error: shape, trpcError: error };
      });
      const errors = envelopes.map((envelope) => envelope.trpcError);
      const payload = envelopes.map(({ trpcError: _, ...envelope }) => envelope);
      const status = getHTTPStatusCode(payload, errors);
      const [single] = payload;
      const body = plan.isBatchCall || !single ? payload : single;
      reply
        // Already a JSON string: no second serialization, and no charset tRPC would not send.
        .serializer(asIs)
        .code(status)
        .header('vary', 'trpc-accept, accept')
        .header('content-type', 'application/json');
      // The rest of an oversized body was not read: close rather than keep the socket.
      if (status === 413) reply.header('connection', 'close');
      reply.send(JSON.stringify(untransformed ? body : transformTRPCResponse(config, body)));
    }
  };
}

const asIs = (payload: string) => payload;

/**
 * Without a transformer (Rota sends plain JSON) tRPC's serialize returns what it is given, and
 * transformTRPCResponse only copies the envelope; skipping the copy changes no byte.
 */
function outputIsUntransformed(serialize: (value: unknown) => unknown): boolean {
  const probe = { data: [1] };
  const serialized = serialize(probe);
  return serialized === probe && JSON.stringify(serialized) === '{"data":[1]}';
}

/** Aborts the procedures' signal when the client goes away before the response is complete. */
function abortOnDisconnect(reply: FastifyReply): AbortSignal {
  const controller = new AbortController();
  reply.raw.once('close', () => {
    if (!reply.raw.writableEnded) controller.abort();
  });
  return controller.signal;
}
