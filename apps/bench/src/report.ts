import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { alignTables } from './markdown-table';
import type { ProcedureCost } from './procedure-cost';
import type { Summary } from './stats';

export interface BenchReport {
  date: string;
  machine: { cpus: number; cpuModel: string; node: string; memoryGb: number };
  settings: { rounds: number; durationSeconds: number; warmupSeconds: number; quick: boolean };
  results: Summary[];
  procedureCost: ProcedureCost;
}

const fixed = (value: number, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : '–');
const times = (value: number) => `${fixed(value, 2)}×`;

/** The results as the markdown table the performance page shows (and the console prints). */
export function markdownTable(report: BenchReport): string {
  const header = [
    '| scenario | served by | calls/s | × plain | p50 ms | p99 ms | p99 × plain | peak RSS MB | RSS × plain |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|',
  ];
  const rows = report.results.map((r) =>
    [
      r.scenario,
      r.target,
      fixed(r.callsPerSecond),
      times(r.vsPlain.callsPerSecond),
      fixed(r.latencyP50Ms, 1),
      fixed(r.latencyP99Ms, 1),
      times(r.vsPlain.latencyP99),
      fixed(r.peakRssMb),
      times(r.vsPlain.peakRss),
    ].join(' | '),
  );
  const { machine, settings } = report;
  const caption =
    `Medians of ${settings.rounds} interleaved rounds of ${settings.durationSeconds} s per column; ` +
    `${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGb} GB, Node ${machine.node}, ${report.date}.`;
  const floor =
    `tRPC procedure call (system.ping in-process, no HTTP): ${report.procedureCost.trpcProcedureMicroseconds} µs; ` +
    `the plain route's equivalent work: ${report.procedureCost.plainMicroseconds} µs.`;
  return [...header, ...rows.map((row) => `| ${row} |`), '', caption, '', floor].join('\n');
}

export async function writeJson(path: string, report: BenchReport): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(report, null, 2)}\n`);
}

/**
 * Replaces what stands between `<!-- bench:NAME -->` and `<!-- /bench:NAME -->` in a docs page,
 * leaving the prose around it alone.
 */
export async function writeDocsRegion(page: string, name: string, content: string): Promise<void> {
  const [start, end] = [`<!-- bench:${name} -->`, `<!-- /bench:${name} -->`];
  const markdown = await readFile(page, 'utf8');
  const from = markdown.indexOf(start);
  const to = markdown.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${page} has no ${start} … ${end} markers`);
  const region = `${start}\n${alignTables(content)}\n`;
  await writeFile(page, `${markdown.slice(0, from)}${region}${markdown.slice(to)}`);
}

export const performancePage = fileURLToPath(
  new URL('../../../docs/security-performance/performance.md', import.meta.url),
);
