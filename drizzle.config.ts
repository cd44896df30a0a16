import { defineConfig } from 'drizzle-kit';

// Paths are relative to the repository root: packages/db runs drizzle-kit from there.
export default defineConfig({
  dialect: 'postgresql',
  schema: './packages/db/src/schema/index.ts',
  out: './packages/db/migrations',
  casing: 'snake_case',
});
