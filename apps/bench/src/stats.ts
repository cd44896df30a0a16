import type { LoadResult } from './load';
import type { Scenario, Target } from './scenarios';

export interface Measurement {
  scenario: Scenario;
  target: Target;
  round: number;
  load: LoadResult;
}

/** The medians of a target's rounds (the machine is noisy), and how they compare to the ceiling. */
export interface Summary {
  scenario: string;
  target: string;
  variant: string;
  rounds: number;
  callsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  peakRssMb: number;
  vsPlain: { callsPerSecond: number; latencyP99: number; peakRss: number };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? upper) + upper) / 2;
}

export function summarize(
  scenario: Scenario,
  measurements: Measurement[],
  peakRssBytes: Map<string, number>,
): Summary[] {
  const rows = scenario.targets.map((target) => {
    const loads = measurements.filter((m) => m.target === target).map((m) => m.load);
    return {
      scenario: scenario.title,
      target: target.name,
      variant: target.variant,
      rounds: loads.length,
      callsPerSecond: median(loads.map((l) => l.requestsPerSecond)) * target.callsPerRequest,
      latencyP50Ms: median(loads.map((l) => l.latencyP50Ms)),
      latencyP99Ms: median(loads.map((l) => l.latencyP99Ms)),
      peakRssMb: (peakRssBytes.get(target.variant) ?? 0) / 2 ** 20,
    };
  });
  const [ceiling] = rows;
  return rows.map((row) => ({
    ...row,
    vsPlain: {
      callsPerSecond: ratio(row.callsPerSecond, ceiling?.callsPerSecond),
      latencyP99: ratio(row.latencyP99Ms, ceiling?.latencyP99Ms),
      peakRss: ratio(row.peakRssMb, ceiling?.peakRssMb),
    },
  }));
}

const ratio = (value: number, base: number | undefined) =>
  base ? Math.round((value / base) * 100) / 100 : Number.NaN;
