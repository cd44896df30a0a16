import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { serverMarkersIn, serverModulesIn } from './server-code';

// Runs on the production build (turbo builds it first: see apps/web/turbo.json).
const assets = fileURLToPath(new URL('../dist/assets', import.meta.url));
const files = existsSync(assets) ? readdirSync(assets) : [];
const code = files
  .filter((name) => name.endsWith('.js'))
  .map((name) => ({ name, code: readFileSync(join(assets, name), 'utf8') }));
const sources = files
  .filter((name) => name.endsWith('.js.map'))
  .flatMap((name) => (JSON.parse(readFileSync(join(assets, name), 'utf8')) as SourceMap).sources)
  .map((source) => resolve(assets, source));

interface SourceMap {
  /** Relative to the map's folder. */
  sources: string[];
}

describe('the production build of the web app', () => {
  it('exists, with a source map listing what went into it (`pnpm --filter @rota/web build`)', () => {
    expect(code.length).toBeGreaterThan(0);
    // The list is real: the typed client and React are in it.
    expect(sources.some((s) => s.endsWith('packages/client/src/index.ts'))).toBe(true);
    expect(sources.some((s) => s.includes('node_modules/react-dom/'))).toBe(true);
  });

  it('bundles no server module: no database, ORM, HTTP host or password hashing', () => {
    expect(serverModulesIn(sources)).toEqual([]);
  });

  it('contains no server identifiers, connection strings or secrets', () => {
    expect(serverMarkersIn(code)).toEqual([]);
  });
});

describe('the server-code check', () => {
  it('spots server modules by path, wherever pnpm put them', () => {
    const bundled = [
      '/repo/packages/client/src/index.ts',
      '/repo/node_modules/.pnpm/drizzle-orm@0.45.4/node_modules/drizzle-orm/pg-core/table.js',
      '/repo/node_modules/.pnpm/postgres@3.4.9/node_modules/postgres/src/index.js',
      '/repo/node_modules/.pnpm/@fastify+cookie@11.1.5/node_modules/@fastify/cookie/plugin.js',
      '/repo/packages/core/src/bookings/create-booking.ts',
      '/repo/apps/server/src/app.ts',
    ];
    expect(serverModulesIn(bundled)).toEqual(bundled.slice(1));
  });

  it('spots server strings and secrets in code', () => {
    const leaked = [
      { name: 'a.js', code: 'const u=process.env.DATABASE_URL??"postgres://localhost/rota"' },
      { name: 'b.js', code: 'select password_hash from users' },
    ];
    expect(serverMarkersIn(leaked)).toEqual([
      'a.js: postgres://',
      'a.js: DATABASE_URL',
      'b.js: password_hash',
    ]);
  });
});
