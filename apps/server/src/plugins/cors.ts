import cors from '@fastify/cors';
import fp from 'fastify-plugin';
import { requestIdHeader } from './request-id';

/**
 * Browsers on the listed origins may call the API with the session cookie. Config rejects `*`:
 * a wildcard cannot carry credentials, and reflecting any origin would hand sessions to any site.
 */
export const corsPlugin = fp<{ origins: string[] }>(
  async (app, { origins }) => {
    // #region cors
    await app.register(cors, {
      origin: origins.length > 0 ? origins : false,
      credentials: true,
      exposedHeaders: [requestIdHeader],
      maxAge: 600,
    });
    // #endregion
  },
  { name: 'cors' },
);
