import { DomainError, findMembership, hasRole, notFound, type OrgActor } from '@rota/core';
import { type FieldIssue, orgSlug, type Role } from '@rota/schemas';
import { initTRPC } from '@trpc/server';
import { z } from 'zod';
import type { Context } from './context';
import { toDomainError, toTRPCError } from './errors';

function fieldIssues(cause: unknown): FieldIssue[] | undefined {
  if (!(cause instanceof z.ZodError)) return undefined;
  return cause.issues.map((issue) => ({
    path: issue.path.join('.'),
    message: issue.message,
    code: issue.code,
  }));
}

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error }) {
    const { stack: _stack, ...data } = shape.data;
    // Internal errors reveal nothing: no SQL, no stack, and no issues of a failed output check
    // (they would name internal fields). The log line with the request id has the details.
    if (error.code === 'INTERNAL_SERVER_ERROR') {
      return { ...shape, message: 'Internal server error', data: { ...data, appCode: null } };
    }
    const domain = toDomainError(error.cause);
    const issues = fieldIssues(error.cause) ?? domain?.issues;
    return {
      ...shape,
      message: issues
        ? issues.map((i) => `${i.path || 'input'}: ${i.message}`).join('; ')
        : shape.message,
      data: {
        ...data,
        appCode: domain?.code ?? null,
        ...(domain?.details ? { details: domain.details } : {}),
        ...(issues ? { issues } : {}),
      },
    };
  },
  sse: {
    ping: { enabled: true, intervalMs: 15_000 },
    client: { reconnectAfterInactivityMs: 20_000 },
  },
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

const mapDomainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) throw toTRPCError(result.error);
  return result;
});

/** Anyone may call. */
export const publicProcedure = t.procedure.use(mapDomainErrors);

/** Signed-in callers only; narrows `ctx.user` and `ctx.sessionToken`. */
export const authedProcedure = publicProcedure.use(async ({ ctx, next }) => {
  const sessionToken = ctx.sessionCookie.read();
  const user = await ctx.sessionUser();
  if (!sessionToken || !user) {
    throw new DomainError('UNAUTHENTICATED', 'sign in first');
  }
  return next({ ctx: { user, sessionToken } });
});

// #region org-procedure
/**
 * Members of `input.orgSlug` with at least `minRole`. An organization the caller does not belong
 * to answers NOT_FOUND, exactly like one that does not exist. Narrows `ctx.org`, `ctx.role` and
 * `ctx.actor`, the `OrgActor` every org-scoped domain function takes.
 */
export function orgProcedure(minRole: Role) {
  return authedProcedure.input(z.object({ orgSlug })).use(async ({ ctx, input, next }) => {
    const membership = await findMembership(ctx.db, ctx.user.id, input.orgSlug);
    if (!membership) {
      throw notFound('organization');
    }
    if (!hasRole(membership.role, minRole)) {
      throw new DomainError('FORBIDDEN', `requires the ${minRole} role`);
    }
    const actor: OrgActor = {
      userId: ctx.user.id,
      orgId: membership.org.id,
      role: membership.role,
    };
    return next({ ctx: { org: membership.org, role: membership.role, actor } });
  });
}
// #endregion
