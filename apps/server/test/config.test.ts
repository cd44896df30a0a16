import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config';

function configErrorFor(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).message;
  }
  throw new Error('expected a ConfigError');
}

describe('a bad setting stops start-up with a message naming it', () => {
  it.each([
    ['PORT', 'not-a-port'],
    ['PORT', '70000'],
    ['LOG_LEVEL', 'loud'],
    ['DATABASE_URL', 'mysql://db.example.com/rota'],
    ['NODE_ENV', 'staging'],
    ['BODY_LIMIT_BYTES', '12'],
    ['TRPC_MAX_BATCH_SIZE', '0'],
    ['SHUTDOWN_TIMEOUT_MS', '-1'],
    ['SHUTDOWN_TIMEOUT_MS', '3000000000'],
    ['TRUST_PROXY', 'the-load-balancer'],
    ['TRUST_PROXY', '10.0.0.0/33'],
    ['TRUST_PROXY', '::1/129'],
    ['REDIS_URL', 'http://cache'],
  ])('%s=%s', (name, value) => {
    expect(configErrorFor({ [name]: value })).toMatch(new RegExp(`^  ${name}: `, 'm'));
  });

  it('names every bad setting at once', () => {
    const message = configErrorFor({ PORT: 'x', LOG_LEVEL: 'loud', DATABASE_URL: 'nope' });
    expect(message).toMatch(/^ {2}PORT: /m);
    expect(message).toMatch(/^ {2}LOG_LEVEL: /m);
    expect(message).toMatch(/^ {2}DATABASE_URL: /m);
  });

  it('refuses a wildcard or a non-origin in CORS_ORIGINS', () => {
    expect(configErrorFor({ CORS_ORIGINS: '*' })).toContain(
      "CORS_ORIGINS: '*' cannot be combined with credentialed requests",
    );
    expect(configErrorFor({ CORS_ORIGINS: 'https://app.example.com/path' })).toContain(
      'CORS_ORIGINS: "https://app.example.com/path" is not an origin',
    );
  });
});

describe('valid settings', () => {
  it('has working defaults and treats empty variables as unset', () => {
    const config = loadConfig({ PORT: '', LOG_LEVEL: '' });
    expect(config).toMatchObject({ env: 'development', port: 3000, logLevel: 'info' });
    expect(config.corsOrigins).toEqual([]);
  });

  it('parses lists', () => {
    const config = loadConfig({
      CORS_ORIGINS: 'https://app.example.com, http://localhost:5173',
      TRUST_PROXY: '10.0.0.0/8,loopback',
    });
    expect(config.corsOrigins).toEqual(['https://app.example.com', 'http://localhost:5173']);
    expect(config.trustProxy).toEqual(['10.0.0.0/8', 'loopback']);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
  });

  it('uses PostgreSQL when DATABASE_URL is set', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://db/rota', DATABASE_POOL_SIZE: '4' });
    expect(config.database).toEqual({ url: 'postgres://db/rota', poolSize: 4 });
  });

  it('keeps embedded PGlite under the workspace root, whatever the working directory', () => {
    const workspaceRoot = fileURLToPath(new URL('../../../', import.meta.url));
    expect(loadConfig({}).database).toEqual({ dataDir: `${workspaceRoot}.data/pglite` });
    expect(loadConfig({ PGLITE_DATA_DIR: '/var/lib/rota' }).database).toEqual({
      dataDir: '/var/lib/rota',
    });
    expect(loadConfig({ PGLITE_DATA_DIR: 'memory://' }).database).toEqual({
      dataDir: 'memory://',
    });
  });
});

it('the server process prints the bad settings and exits 1', async () => {
  const entry = fileURLToPath(new URL('../src/server.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    env: { ...process.env, PORT: 'not-a-port', LOG_LEVEL: 'loud' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  const [code] = await once(child, 'exit');
  expect(code).toBe(1);
  expect(stderr).toMatch(/^Invalid configuration:\n/);
  expect(stderr).toMatch(/^ {2}PORT: /m);
  expect(stderr).toMatch(/^ {2}LOG_LEVEL: /m);
  expect(stderr).not.toMatch(/\n\s+at /);
}, 30_000);
