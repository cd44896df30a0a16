import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { preview } from 'vite';
import { buildApp } from '../../../server/src/app';
import { loadConfig } from '../../../server/src/config';

export interface Stack {
  /** The built web app, served by `vite preview`, which proxies /trpc to the API. */
  webUrl: string;
  browser: Browser;
  close(): Promise<void>;
}

const webRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The real API on a fresh in-memory PGlite, the production build of the web app in front of it,
 * and Debian's Chromium (`apt-get install -y chromium`; CHROMIUM_PATH overrides where it is).
 */
export async function startStack(): Promise<Stack> {
  if (!existsSync(`${webRoot}dist/index.html`)) {
    throw new Error('no production build to test: run `pnpm test:e2e` (turbo builds first)');
  }
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    PGLITE_DATA_DIR: 'memory://',
  });
  const api = await buildApp({ config });
  await api.database.migrate();
  const apiOrigin = await api.listen({ host: '127.0.0.1', port: 0 });

  const web = await preview({
    root: webRoot,
    configFile: false,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 0, proxy: { '/trpc': { target: apiOrigin } } },
  });
  const address = web.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('vite preview is not listening');

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  return {
    webUrl: `http://127.0.0.1:${address.port}`,
    browser,
    async close() {
      await browser.close();
      await web.close();
      await api.close();
    },
  };
}
