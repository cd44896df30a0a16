import { defineConfig } from 'vitest/config';

// Pure schema tests: no database, so no global setup.
export default defineConfig({ test: { include: ['src/**/*.test.ts'] } });
