import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Every package's vitest.config.ts extends this. One migrated template database per run
 * (PGlite, or PostgreSQL when DATABASE_URL is set); workers share their copy across test files.
 */
export default defineConfig({
  test: {
    globalSetup: [
      fileURLToPath(new URL('./packages/db/src/testing/global-setup.ts', import.meta.url)),
    ],
    isolate: false,
    pool: 'forks',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Redis-backed features are tested against a real Redis: with REDIS_URL set (CI sets it),
    // `*.redis.test.ts` files run too; a fresh clone's `pnpm test` needs no service at all.
    exclude: process.env.REDIS_URL ? [] : ['**/*.redis.test.ts', '**/node_modules/**'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    typecheck: { enabled: false },
  },
});
