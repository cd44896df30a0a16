import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// From source the folder sits beside src/; the server bundle (apps/server/build.mjs) copies it
// next to itself.
export const migrationsFolder = [
  new URL('../migrations', import.meta.url),
  new URL('./migrations', import.meta.url),
]
  .map((url) => fileURLToPath(url))
  .find((path) => existsSync(path)) as string;
