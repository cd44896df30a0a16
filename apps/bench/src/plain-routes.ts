import { toDomainError, trpcCodeByAppCode } from '@rota/api';
import {
  createBooking,
  findMembership,
  getResource,
  hasRole,
  listResources,
  type OrgActor,
  resolveSession,
} from '@rota/core';
import type { Db } from '@rota/db';
import {
  bookingOutput,
  createBookingInput,
  listResourcesInput,
  pingOutput,
  resourceOutput,
  resourcePageOutput,
} from '@rota/schemas';
import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/**
 * The ceiling each scenario is measured against: plain Fastify routes doing the same work as the
 * procedures (session, membership, domain call, schema-checked output), with no tRPC at all.
 * They answer in tRPC's envelope so the bytes on the wire match too.
 */
export async function registerPlainRoutes(app: FastifyInstance, db: Db): Promise<void> {
  app.get('/plain/ping', async () => ({ result: { data: pingOutput.parse({ ok: true }) } }));

  app.get<{ Querystring: { orgSlug: string } }>('/plain/resources', async (request, reply) =>
    withActor(db, request, reply, 'viewer', async (actor) => {
      const input = listResourcesInput.parse({ orgSlug: request.query.orgSlug, limit: 50 });
      return resourcePageOutput.parse(await listResources(db, actor, input));
    }),
  );

  // Ten lookups in one request, as a tRPC batch runs them: the session resolved once per request
  // (the API's context memoizes it), membership and role checked per call as orgProcedure does.
  // The ceiling for a batch is the same work without tRPC, not less work.
  app.get<{ Querystring: { orgSlug: string; ids: string } }>(
    '/plain/resources/many',
    async (request, reply) =>
      respond(reply, () => {
        const user = sessionUser(db, request, reply);
        return Promise.all(
          request.query.ids.split(',').map(async (id) => {
            const actor = await authorize(db, request, 'viewer', user);
            return resourceOutput.parse(await getResource(db, actor, id));
          }),
        );
      }),
  );

  app.post<{ Body: unknown }>('/plain/bookings', async (request, reply) =>
    withActor(db, request, reply, 'member', async (actor) => {
      const input = createBookingInput.parse(request.body);
      return bookingOutput.parse(await createBooking(db, actor, input));
    }),
  );
}

type AnyRequest = FastifyRequest<{ Querystring?: unknown; Body?: unknown }>;

function withActor(
  db: Db,
  request: AnyRequest,
  reply: FastifyReply,
  minRole: 'viewer' | 'member',
  work: (actor: OrgActor) => Promise<unknown>,
) {
  return respond(reply, async () =>
    work(await authorize(db, request, minRole, sessionUser(db, request, reply))),
  );
}

/** The request's signed-in user, as the API context resolves it. */
function sessionUser(db: Db, request: AnyRequest, reply: FastifyReply) {
  const token = request.sessionCookie(reply).read();
  return token ? resolveSession(db, token) : Promise.resolve(null);
}

/** What authedProcedure and orgProcedure check: a live session, membership, role. */
async function authorize(
  db: Db,
  request: AnyRequest,
  minRole: 'viewer' | 'member',
  session: ReturnType<typeof sessionUser>,
): Promise<OrgActor> {
  const user = await session;
  if (!user) throw new TRPCError({ code: 'UNAUTHORIZED' });
  const membership = await findMembership(db, user.id, orgSlugOf(request));
  if (!membership) throw new TRPCError({ code: 'NOT_FOUND' });
  if (!hasRole(membership.role, minRole)) throw new TRPCError({ code: 'FORBIDDEN' });
  return { userId: user.id, orgId: membership.org.id, role: membership.role };
}

/** tRPC's envelope and status for the result or the error, as the client would see them. */
async function respond(reply: FastifyReply, work: () => Promise<unknown>) {
  try {
    return { result: { data: await work() } };
  } catch (cause) {
    const domain = toDomainError(cause);
    const error =
      cause instanceof TRPCError
        ? cause
        : new TRPCError({
            code: domain ? trpcCodeByAppCode[domain.code] : 'INTERNAL_SERVER_ERROR',
          });
    reply.code(getHTTPStatusCodeFromError(error));
    return { error: { message: error.message, data: { code: error.code, appCode: domain?.code } } };
  }
}

function orgSlugOf(request: AnyRequest): string {
  const source = (request.method === 'GET' ? request.query : request.body) as { orgSlug?: unknown };
  return typeof source?.orgSlug === 'string' ? source.orgSlug : '';
}
