import { isIP } from 'node:net';
import { z } from 'zod';
import { resolveFromWorkspaceRoot } from './workspace-root';

const csv = z.string().transform((value) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean),
);

/** `https://app.example.com`: scheme, host and port only, as browsers send in `Origin`. */
const origin = z
  .string()
  .refine((value) => URL.canParse(value) && new URL(value).origin === value, {
    error: (issue) =>
      issue.input === '*'
        ? "'*' cannot be combined with credentialed requests; list each origin"
        : `${JSON.stringify(issue.input)} is not an origin like https://app.example.com`,
  });

/** What proxy-addr accepts: an address, a CIDR, or one of its named ranges. */
const proxyAddress = z.string().refine(
  (value) => {
    if (['loopback', 'linklocal', 'uniquelocal'].includes(value)) return true;
    const [address = '', prefix, ...rest] = value.split('/');
    const version = isIP(address);
    const maxPrefix = version === 4 ? 32 : 128;
    return (
      version !== 0 &&
      rest.length === 0 &&
      (prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= maxPrefix))
    );
  },
  { error: (issue) => `${JSON.stringify(issue.input)} is not an address, a CIDR, true or false` },
);

// At most an hour: Node's timers hold at most 2^31 - 1 ms (a larger delay fires after 1 ms), and
// shutdown waits for the drain delay plus the timeout.
const milliseconds = z.coerce.number().int().min(0).max(3_600_000);

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  DATABASE_URL: z
    .url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// or postgresql:// URL' })
    .optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /**
   * Where embedded PGlite keeps its files when DATABASE_URL is unset; relative paths start at the
   * workspace root, so `pnpm dev` and `pnpm start` share one `.data/` whatever their cwd.
   * `memory://` keeps nothing.
   */
  PGLITE_DATA_DIR: z.string().min(1).default('.data/pglite'),
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
  CORS_ORIGINS: csv.pipe(z.array(origin)).default([]),
  // #region trust-proxy
  /**
   * Which peers may set X-Forwarded-For: `true`, `false`, or addresses, CIDRs and the proxy-addr
   * presets. The default trusts private networks (the load balancer), not the internet.
   */
  TRUST_PROXY: z
    .string()
    .default('loopback,linklocal,uniquelocal')
    .pipe(
      z.union([
        z.enum(['true', 'false']).transform((value) => value === 'true'),
        csv.pipe(z.array(proxyAddress)),
      ]),
    ),
  // #endregion
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(1024 * 1024),
  TRPC_MAX_BATCH_SIZE: z.coerce.number().int().min(1).max(100).default(20),
  /**
   * `fast` serves plain JSON queries and mutations without tRPC's fetch Request/Response round
   * trip and hands everything else to tRPC's Fastify adapter; `official` uses the adapter alone.
   */
  TRPC_ADAPTER: z.enum(['fast', 'official']).default('fast'),
  /** A client must finish sending its request within this time (slow-loris defence). */
  REQUEST_TIMEOUT_MS: milliseconds.default(30_000),
  /**
   * After SIGTERM, how long /readyz answers 503 while requests are still served, so the load
   * balancer stops routing here before the listener closes (0 when nothing routes by readiness).
   */
  SHUTDOWN_DRAIN_DELAY_MS: milliseconds.default(0),
  /** Once the listener is closed, how long in-flight requests get before the process gives up. */
  SHUTDOWN_TIMEOUT_MS: milliseconds.default(10_000),
});

export type Env = z.input<typeof envSchema>;

export type Config = ReturnType<typeof toConfig>;

function toConfig(env: z.output<typeof envSchema>) {
  return {
    env: env.NODE_ENV,
    isProduction: env.NODE_ENV === 'production',
    host: env.HOST,
    port: env.PORT,
    database: env.DATABASE_URL
      ? { url: env.DATABASE_URL, poolSize: env.DATABASE_POOL_SIZE }
      : { dataDir: pgliteDataDir(env.PGLITE_DATA_DIR) },
    // #region migrate-on-start
    /**
     * Production PostgreSQL is migrated by a release step (`pnpm db:migrate`), before new code
     * serves; development and the embedded database, which nothing else can reach, migrate on start.
     */
    migrateOnStart: env.NODE_ENV !== 'production' || env.DATABASE_URL === undefined,
    // #endregion
    redisUrl: env.REDIS_URL,
    corsOrigins: env.CORS_ORIGINS,
    trustProxy: env.TRUST_PROXY,
    logLevel: env.LOG_LEVEL,
    bodyLimitBytes: env.BODY_LIMIT_BYTES,
    trpcMaxBatchSize: env.TRPC_MAX_BATCH_SIZE,
    trpcAdapter: env.TRPC_ADAPTER,
    requestTimeoutMs: env.REQUEST_TIMEOUT_MS,
    shutdownDrainDelayMs: env.SHUTDOWN_DRAIN_DELAY_MS,
    shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS,
  };
}

function pgliteDataDir(dataDir: string): string {
  return dataDir.includes('://') ? dataDir : resolveFromWorkspaceRoot(dataDir);
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

// #region load-config
/** The one place the environment is read. A bad value throws, naming every offending variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // An empty variable means "unset", as in most shells' `VAR= command`.
  const set = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const result = envSchema.safeParse(set);
  if (!result.success) {
    // The variable's name, not `CORS_ORIGINS.0`: the operator sets variables, not array items.
    const problems = result.error.issues.map((i) => `  ${String(i.path[0])}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
  }
  return toConfig(result.data);
}
// #endregion

/** For process entries: a bad setting prints what to fix, without a stack trace, and exits 1. */
export function loadConfigOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
