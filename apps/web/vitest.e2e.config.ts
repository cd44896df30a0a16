import { defineConfig } from 'vitest/config';

/** `pnpm test:e2e`: the built app in Debian's Chromium against the real server (needs a build). */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
