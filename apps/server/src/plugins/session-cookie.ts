import cookie from '@fastify/cookie';
import type { SessionCookie } from '@rota/api';
import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';

declare module 'fastify' {
  interface FastifyRequest {
    sessionCookie(reply: FastifyReply): SessionCookie;
  }
}

/**
 * The session token lives only in this cookie: HttpOnly, SameSite=Lax, and in production Secure
 * with the `__Host-` prefix (no Domain, Path=/), so no subdomain or plain-HTTP page can set it.
 */
export const sessionCookiePlugin = fp<{ secure: boolean }>(
  async (app, { secure }) => {
    await app.register(cookie);
    // #region cookie
    const name = secure ? '__Host-rota_session' : 'rota_session';
    const options = { httpOnly: true, sameSite: 'lax', secure, path: '/' } as const;
    // #endregion
    app.decorateRequest('sessionCookie', function (this: FastifyRequest, reply: FastifyReply) {
      return {
        read: () => this.cookies[name],
        write: (token, expiresAt) =>
          void reply.setCookie(name, token, { ...options, expires: expiresAt }),
        clear: () => void reply.clearCookie(name, options),
      };
    });
  },
  { name: 'session-cookie' },
);
