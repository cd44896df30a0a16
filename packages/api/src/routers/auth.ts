import { getMe, revokeSession, type SignedIn, signIn, signUp } from '@rota/core';
import { authResultOutput, meOutput, signInInput, signOutOutput, signUpInput } from '@rota/schemas';
import type { TRPCRouterRecord } from '@trpc/server';
import type { Context } from '../context';
import { authedProcedure, publicProcedure } from '../trpc';

const sessionMeta = (ctx: Context) => ({ ip: ctx.ip, userAgent: ctx.userAgent });

/**
 * Hands the new session to the browser. A session the browser already carried is revoked, not
 * continued: every sign-in gets a fresh token (session fixation defence).
 */
async function startSession(ctx: Context, { user, session }: SignedIn) {
  const previousToken = ctx.sessionCookie.read();
  if (previousToken) await revokeSession(ctx.db, previousToken);
  ctx.sessionCookie.write(session.token, session.expiresAt);
  return { user };
}

export const authRouter = {
  signUp: publicProcedure
    .input(signUpInput)
    .output(authResultOutput)
    .mutation(async ({ ctx, input }) =>
      startSession(ctx, await signUp(ctx.db, input, sessionMeta(ctx))),
    ),

  signIn: publicProcedure
    .input(signInInput)
    .output(authResultOutput)
    .mutation(async ({ ctx, input }) =>
      startSession(ctx, await signIn(ctx.db, input, sessionMeta(ctx))),
    ),

  signOut: authedProcedure.output(signOutOutput).mutation(async ({ ctx }) => {
    await revokeSession(ctx.db, ctx.sessionToken);
    ctx.sessionCookie.clear();
    return { ok: true as const };
  }),

  me: publicProcedure.output(meOutput).query(async ({ ctx }) => {
    const me = await getMe(ctx.db, await ctx.sessionUser());
    // A cookie that no longer opens a session is dead weight on every request: drop it.
    if (ctx.sessionCookie.read() && !me) ctx.sessionCookie.clear();
    return me;
  }),
} satisfies TRPCRouterRecord;
