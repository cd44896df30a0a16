// Bundles the production entry into dist/server.js. Workspace packages (@rota/*) export
// TypeScript source, so they are bundled; third-party packages stay external and load from
// node_modules, which is why each one they import must be a dependency of @rota/server itself.
import { cp, readFile, rm } from 'node:fs/promises';
import { isBuiltin } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const { dependencies } = JSON.parse(await readFile(here('./package.json'), 'utf8'));

/** `@scope/name/sub` → `@scope/name`, `name/sub` → `name`. */
const packageName = (specifier) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

const externalThirdParty = {
  name: 'external-third-party',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, ({ path, importer }) => {
      if (isBuiltin(path) || path.startsWith('@rota/')) return undefined;
      const name = packageName(path);
      if (!(name in dependencies)) {
        return {
          errors: [
            {
              text: `${name} (imported by ${importer}) must be a dependency of @rota/server: the bundle loads it from apps/server/node_modules`,
            },
          ],
        };
      }
      return { path, external: true };
    });
  },
};

await rm(here('./dist'), { recursive: true, force: true });
await build({
  entryPoints: [here('./src/server.ts')],
  outfile: here('./dist/server.js'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  plugins: [externalThirdParty],
  logLevel: 'info',
});
// packages/db finds its migrations next to the bundle (see packages/db/src/migrations-folder.ts).
await cp(here('../../packages/db/migrations'), here('./dist/migrations'), { recursive: true });
