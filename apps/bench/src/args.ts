import { parseArgs } from 'node:util';

export interface BenchOptions {
  quick: boolean;
  rounds: number;
  durationSeconds: number;
  warmupSeconds: number;
  /** Scenario names to run (all when empty). */
  only: string[];
  /** Rewrite the performance page's table and JSON (full runs only by default). */
  docs: boolean;
  /** The PostgreSQL server to create the benchmark's own database on. */
  adminUrl: string;
}

/** `pnpm bench [--quick] [--rounds n] [--duration s] [--only ping,list] [--docs|--no-docs]` */
export function parseBenchOptions(argv: string[], env = process.env): BenchOptions {
  const { values } = parseArgs({
    args: argv.filter((arg) => arg !== '--'),
    options: {
      quick: { type: 'boolean', default: false },
      rounds: { type: 'string' },
      duration: { type: 'string' },
      only: { type: 'string', default: '' },
      docs: { type: 'boolean' },
      'no-docs': { type: 'boolean', default: false },
    },
  });
  const quick = values.quick ?? false;
  const adminUrl = env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  if (new URL(adminUrl).hostname !== '127.0.0.1') {
    throw new Error('BENCH_DATABASE_URL must point at 127.0.0.1: the benchmark stays on loopback');
  }
  return {
    quick,
    rounds: Number(values.rounds ?? (quick ? 3 : 4)),
    durationSeconds: Number(values.duration ?? (quick ? 2 : 7)),
    warmupSeconds: quick ? 1 : 3,
    only: values.only ? values.only.split(',') : [],
    docs: values['no-docs'] ? false : (values.docs ?? !quick),
    adminUrl,
  };
}
