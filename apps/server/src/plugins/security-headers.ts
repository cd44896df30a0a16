import helmet from '@fastify/helmet';
import fp from 'fastify-plugin';

/**
 * Helmet's headers, tuned for an API: responses are JSON or event streams, never pages, so the
 * content security policy forbids everything, including being framed.
 */
export const securityHeadersPlugin = fp(
  async (app) => {
    // #region helmet
    await app.register(helmet, {
      contentSecurityPolicy: {
        useDefaults: false,
        directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
      },
    });
    // #endregion
  },
  { name: 'security-headers' },
);
