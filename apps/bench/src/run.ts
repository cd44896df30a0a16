import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseBenchOptions } from './args';
import { createBenchDatabase } from './database';
import { probe, runLoad } from './load';
import { measureProcedureCost } from './procedure-cost';
import { type Variant, variants } from './protocol';
import {
  type BenchReport,
  markdownTable,
  performancePage,
  writeDocsRegion,
  writeJson,
} from './report';
import { scenarios } from './scenarios';
import { seed } from './seed';
import { type BenchServer, startServer } from './servers';
import { type Measurement, type Summary, summarize } from './stats';

// `pnpm bench`: every scenario against a plain Fastify route, tRPC's Fastify adapter and Rota's
// fast path, each server in its own process, the load generator in this one, rounds interleaved.
const options = parseBenchOptions(process.argv.slice(2));
const selected = scenarios.filter(
  (s) => options.only.length === 0 || options.only.includes(s.name),
);
const fromRoot = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));

const database = await createBenchDatabase(options.adminUrl);
try {
  // Each run of a scenario's target (warm-up included) may book a resource of its own, so every
  // booking run starts on an empty calendar.
  const bookingRuns = Math.max(...selected.map((s) => s.targets.length)) * (options.rounds + 1);
  const seeder = await startServer('fast', database.url);
  const data = await seed(seeder.origin, bookingRuns).finally(() => seeder.stop());

  const results: Summary[] = [];
  for (const scenario of selected) {
    let run = 0;
    console.log(`\n${scenario.title}`);
    const servers = new Map<Variant, BenchServer>();
    for (const variant of variants) servers.set(variant, await startServer(variant, database.url));
    const measurements: Measurement[] = [];
    for (let round = -1; round < options.rounds; round++) {
      // Rotating the order keeps any drift (heat, other load) from favouring one column.
      const offset = Math.max(round, 0) % scenario.targets.length;
      const ordered = [...scenario.targets.slice(offset), ...scenario.targets.slice(0, offset)];
      for (const target of ordered) {
        const server = servers.get(target.variant);
        if (!server) throw new Error(`no server for ${target.variant}`);
        const spec = target.request(data, run++);
        await probe(server.origin, spec, target.accepted);
        const warmup = round < 0;
        const load = await runLoad(server.origin, spec, {
          connections: scenario.connections,
          durationSeconds: warmup ? options.warmupSeconds : options.durationSeconds,
        });
        if (load.errors > 0) throw new Error(`${target.name}: ${load.errors} connection errors`);
        if (target.accepted.length === 1 && load.non2xx > 0) {
          throw new Error(`${target.name}: ${load.non2xx} unexpected non-2xx answers`);
        }
        if (warmup) continue;
        measurements.push({ scenario, target, round, load });
        console.log(
          `  round ${round + 1} ${target.name.padEnd(30)} ${Math.round(load.requestsPerSecond * target.callsPerRequest)} calls/s`,
        );
      }
    }
    const peakRss = new Map<string, number>();
    for (const [variant, server] of servers) peakRss.set(variant, await server.peakRss());
    await Promise.all([...servers.values()].map((server) => server.stop()));
    results.push(...summarize(scenario, measurements, peakRss));
  }

  const report: BenchReport = {
    date: new Date().toISOString().slice(0, 10),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model.trim() ?? 'unknown CPU',
      node: process.versions.node,
      memoryGb: Math.round(totalmem() / 2 ** 30),
    },
    settings: {
      rounds: options.rounds,
      durationSeconds: options.durationSeconds,
      warmupSeconds: options.warmupSeconds,
      quick: options.quick,
    },
    results,
    procedureCost: await measureProcedureCost(),
  };
  console.log(`\n${markdownTable(report)}`);
  await writeJson(fromRoot('apps/bench/results/latest.json'), report);
  if (options.docs) {
    await writeJson(fromRoot('docs/security-performance/performance-results.json'), report);
    await writeDocsRegion(performancePage, 'results', markdownTable(report));
    console.log('\nUpdated docs/security-performance/performance.md and performance-results.json');
  }
} finally {
  await database.drop();
}
