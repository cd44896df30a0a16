import { randomUUID } from 'node:crypto';
import { createRotaClient, type RotaClient } from '@rota/client';
import { getTestDatabase, resetDatabase } from '@rota/db/testing';
import { EventSource } from 'eventsource';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app';
import { type Config, loadConfig } from '../src/config';

export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), ...overrides };
}

export interface TestServer {
  app: FastifyInstance;
  /** The tRPC endpoint on a real port, e.g. http://127.0.0.1:41234/trpc. */
  trpcUrl: string;
  /** A client with its own cookie jar, signed out until it signs in. */
  client(): SessionClient;
  /** Signs up a fresh user (unique email) and returns their signed-in client. */
  signUp(name?: string): Promise<SignedInClient>;
  reset(): Promise<void>;
  close(): Promise<void>;
}

export interface SessionClient {
  trpc: RotaClient;
  /** The raw Cookie header this client sends, for tests that replay it. */
  cookie(): string;
}

export interface SignedInClient extends SessionClient {
  user: { id: string; email: string; name: string };
}

/** The Redis of a `*.redis.test.ts` file: those only run when REDIS_URL is set. */
export function requiredRedisUrl(): string {
  const url = process.env.REDIS_URL;
  if (!url) throw new Error('REDIS_URL must be set for *.redis.test.ts files');
  return url;
}

export const testPassword = 'correct horse battery staple';

/** The real app on the worker's test database, listening on a random loopback port. */
export async function startTestServer(overrides: Partial<Config> = {}): Promise<TestServer> {
  const database = await getTestDatabase();
  const app = await buildApp({ config: testConfig(overrides), database });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  const trpcUrl = `${address}/trpc`;
  const client = () => createSessionClient(trpcUrl);
  return {
    app,
    trpcUrl,
    client,
    async signUp(name = 'Test User') {
      const session = client();
      const email = `${name.toLowerCase().replace(/\W+/g, '.')}.${randomUUID().slice(0, 8)}@example.com`;
      const { user } = await session.trpc.auth.signUp.mutate({
        email,
        name,
        password: testPassword,
      });
      return { ...session, user };
    },
    reset: () => resetDatabase(database.db),
    close: () => app.close(),
  };
}

/**
 * A client whose fetch keeps cookies like a browser would (one jar per client). Subscriptions go
 * through the same fetch (Node 20 has no EventSource of its own), so they carry the session too.
 */
export function createSessionClient(url: string): SessionClient {
  const jar = new Map<string, string>();
  const cookie = () => [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
  const fetchWithCookies: typeof fetch = async (input, init) => {
    const headers = new Headers(init?.headers);
    if (jar.size > 0) headers.set('cookie', cookie());
    const response = await fetch(input, { ...init, headers });
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const [name = '', value = ''] = pair.split('=');
      const expired = attributes.some((a) => /^\s*expires=Thu, 01 Jan 1970/i.test(a));
      if (expired || value === '') jar.delete(name.trim());
      else jar.set(name.trim(), value);
    }
    return response;
  };
  return { trpc: createRotaClient({ url, fetch: fetchWithCookies, EventSource }), cookie };
}
