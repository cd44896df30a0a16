import { initTRPC, type TRPC_ERROR_CODE_KEY, TRPCError } from '@trpc/server';
import Fastify, { type FastifyInstance } from 'fastify';
import { z } from 'zod';
import { mountTrpc, type TrpcAdapter } from '../src/trpc/mount';

/** Every tRPC error code a procedure can throw. */
export const errorCodes = [
  'PARSE_ERROR',
  'BAD_REQUEST',
  'UNAUTHORIZED',
  'PAYMENT_REQUIRED',
  'FORBIDDEN',
  'NOT_FOUND',
  'METHOD_NOT_SUPPORTED',
  'TIMEOUT',
  'CONFLICT',
  'PRECONDITION_FAILED',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'UNPROCESSABLE_CONTENT',
  'PRECONDITION_REQUIRED',
  'TOO_MANY_REQUESTS',
  'CLIENT_CLOSED_REQUEST',
  'INTERNAL_SERVER_ERROR',
  'NOT_IMPLEMENTED',
  'BAD_GATEWAY',
  'SERVICE_UNAVAILABLE',
  'GATEWAY_TIMEOUT',
] as const satisfies readonly TRPC_ERROR_CODE_KEY[];

interface Context {
  user: string | null;
}

/** What the server saw, per adapter, so both can be compared. */
export interface ServerRecord {
  errors: { path: string | undefined; code: string; type: string; input: unknown }[];
  /** Paths of procedures whose signal aborted. */
  aborted: string[];
  /** Paths of slow procedures that started waiting. */
  started: string[];
  /** Path and query of the URL each context was created with (`info.url`; hosts differ by port). */
  contextUrls: string[];
}

// Not dev mode: stack traces would show which adapter called the procedure, nothing else.
const t = initTRPC.context<Context>().create({
  isDev: false,
  errorFormatter: ({ shape, error, ctx }) => ({
    ...shape,
    data: { ...shape.data, formattedFor: ctx?.user ?? null, cause: error.cause?.message ?? null },
  }),
});

/** Stands in for auth: a middleware that narrows the context. */
const signedIn = t.procedure.use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'sign in first' });
  return next({ ctx: { user: ctx.user } });
});

function compatRouter(record: ServerRecord) {
  const waitForAbort = (path: string, signal: AbortSignal | undefined) =>
    new Promise<string>((resolve) => {
      record.started.push(path);
      signal?.addEventListener('abort', () => {
        record.aborted.push(path);
        resolve('aborted');
      });
      setTimeout(() => resolve('not aborted'), 5_000).unref();
    });
  return t.router({
    hello: t.procedure
      .input(z.object({ name: z.string().min(1) }).optional())
      .output(z.object({ greeting: z.string(), user: z.string().nullable() }))
      .query(({ input, ctx }) => ({ greeting: `hello ${input?.name ?? 'world'}`, user: ctx.user })),
    whoAmI: signedIn.query(({ ctx }) => ctx.user),
    echo: t.procedure
      .input(z.object({ text: z.string().max(10) }))
      .mutation(({ input }) => ({ text: input.text, length: input.text.length })),
    touch: t.procedure.mutation(() => 'touched'),
    fail: t.procedure.input(z.object({ code: z.enum(errorCodes) })).query(({ input }) => {
      throw new TRPCError({ code: input.code, message: `failed with ${input.code}` });
    }),
    throws: t.procedure.query(() => {
      throw new Error('an unexpected failure');
    }),
    unserializable: t.procedure.query(() => ({ big: 1n }) as unknown as { big: number }),
    wrongOutput: t.procedure
      .output(z.object({ count: z.number() }))
      .query(() => ({ count: 'many' }) as unknown as { count: number }),
    streamed: t.procedure.query(async function* () {
      yield 1;
      yield 2;
    }),
    deferred: t.procedure.query(() => ({ later: Promise.resolve('value') })),
    slow: t.procedure.query(({ signal }) => waitForAbort('slow', signal)),
    slowMutation: t.procedure.mutation(({ signal }) => waitForAbort('slowMutation', signal)),
    ticks: t.procedure.subscription(async function* () {
      for (const tick of [1, 2, 3]) yield tick;
    }),
    nested: t.router({ deep: t.procedure.query(() => 'deep') }),
  });
}

export type CompatRouter = ReturnType<typeof compatRouter>;

export interface CompatServer {
  url: string;
  record: ServerRecord;
  close(): Promise<void>;
}

export const compatLimits = { maxBatchSize: 4, maxBodySize: 2048 };

/** The fixture router behind one adapter, on a random loopback port. */
export async function startCompatServer(adapter: TrpcAdapter): Promise<CompatServer> {
  const record: ServerRecord = { errors: [], aborted: [], started: [], contextUrls: [] };
  const app: FastifyInstance = Fastify();
  await mountTrpc(app, adapter, {
    router: compatRouter(record),
    ...compatLimits,
    createContext: ({ req, info }) => {
      record.contextUrls.push(info.url ? `${info.url.pathname}${info.url.search}` : 'none');
      if (req.headers['x-context-fails']) throw new Error('context failed');
      const user = req.headers['x-user'];
      return { user: typeof user === 'string' ? user : null };
    },
    onError: ({ error, path, type, input }) =>
      record.errors.push({ path, code: error.code, type, input }),
  });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  return { url: `${address}/trpc`, record, close: () => app.close() };
}
