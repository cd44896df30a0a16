import type { IncomingMessage } from 'node:http';
import { type AnyTRPCRouter, TRPCError } from '@trpc/server';
import type { FastPathPlan } from './plan';

/** Each call's raw input, read from `?input=` or the body the first time a procedure asks. */
export interface LazyInputs {
  read(batchIndex: number): Promise<unknown>;
  /** The input if it was read already (for error shapes and onError), without reading. */
  peek(batchIndex: number): unknown;
}

/**
 * Mirrors tRPC's JSON content handler: the body is read lazily and once, a body over
 * `maxBodySize` fails every call with PAYLOAD_TOO_LARGE, and malformed JSON with BAD_REQUEST.
 */
export function lazyInputs(
  plan: FastPathPlan,
  router: AnyTRPCRouter,
  raw: IncomingMessage,
  maxBodySize: number | undefined,
): LazyInputs {
  let pending: Promise<Record<number, unknown>> | undefined;
  let inputs: Record<number, unknown> | undefined;
  const load = async () => {
    const text =
      plan.method === 'GET' ? plan.searchParams.get('input') : await readBody(raw, maxBodySize);
    inputs = toInputs(text ? JSON.parse(text) : undefined, plan, router);
    return inputs;
  };
  return {
    async read(batchIndex) {
      if (inputs) return inputs[batchIndex];
      pending ??= load().catch((cause: unknown) => {
        if (cause instanceof TRPCError) throw cause;
        throw new TRPCError({
          code: 'BAD_REQUEST',
          message: cause instanceof Error ? cause.message : 'Invalid input',
          cause,
        });
      });
      return (await pending)[batchIndex];
    },
    peek: (batchIndex) => inputs?.[batchIndex],
  };
}

function toInputs(
  parsed: unknown,
  plan: FastPathPlan,
  router: AnyTRPCRouter,
): Record<number, unknown> {
  const inputs: Record<number, unknown> = Object.create(null);
  if (parsed === undefined) return inputs;
  const { deserialize } = router._def._config.transformer.input;
  if (!plan.isBatchCall) {
    inputs[0] = deserialize(parsed);
    return inputs;
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new TRPCError({
      code: 'BAD_REQUEST',
      message: '"input" needs to be an object when doing a batch call',
    });
  }
  const byIndex = parsed as Record<number, unknown>;
  for (const { batchIndex } of plan.calls) {
    if (byIndex[batchIndex] !== undefined) inputs[batchIndex] = deserialize(byIndex[batchIndex]);
  }
  return inputs;
}

// Like `Request.text()`, which tRPC uses: UTF-8 with the byte order mark dropped.
const utf8 = new TextDecoder();

function readBody(raw: IncomingMessage, maxBodySize: number | undefined): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = () => {
      raw.off('data', onData);
      raw.off('end', onEnd);
      raw.off('error', onError);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (maxBodySize && size > maxBodySize) {
        // The rest is not read; the response closes the connection (see mountTrpc).
        stop();
        reject(new TRPCError({ code: 'PAYLOAD_TOO_LARGE' }));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      stop();
      resolve(utf8.decode(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)));
    };
    const onError = (error: Error) => {
      stop();
      reject(error);
    };
    raw.on('data', onData);
    raw.on('end', onEnd);
    raw.on('error', onError);
  });
}
