import { describe, expect, it } from 'vitest';
import type { LoadResult } from './load';
import type { Scenario, Target } from './scenarios';
import { median, summarize } from './stats';

describe('median', () => {
  it('takes the middle of an odd count and the mean of the middle two of an even one', () => {
    expect(median([9, 1, 5])).toBe(5);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

const target = (name: string, variant: Target['variant'], callsPerRequest = 1): Target => ({
  name,
  variant,
  callsPerRequest,
  accepted: [200],
  request: () => ({ method: 'GET', headers: {}, next: () => ({ path: '/' }) }),
});
const load = (requestsPerSecond: number, latencyP99Ms: number): LoadResult => ({
  requestsPerSecond,
  latencyP50Ms: 1,
  latencyP99Ms,
  non2xx: 0,
  errors: 0,
});

it('compares every target with the first, per call and per round median', () => {
  const plain = target('plain', 'plain', 10);
  const fast = target('fast', 'fast');
  const scenario: Scenario = { name: 's', title: 'S', connections: 1, targets: [plain, fast] };
  const rounds = [
    { target: plain, load: load(100, 10) },
    { target: plain, load: load(300, 30) },
    { target: plain, load: load(200, 20) },
    { target: fast, load: load(1000, 40) },
    { target: fast, load: load(500, 30) },
    { target: fast, load: load(100, 90) },
  ].map((m, round) => ({ ...m, scenario, round }));
  const rss = new Map([
    ['plain', 100 * 2 ** 20],
    ['fast', 150 * 2 ** 20],
  ]);

  const [ceiling, measured] = summarize(scenario, rounds, rss);

  expect(ceiling).toMatchObject({ callsPerSecond: 2000, latencyP99Ms: 20, peakRssMb: 100 });
  expect(measured).toMatchObject({
    callsPerSecond: 500,
    latencyP99Ms: 40,
    vsPlain: { callsPerSecond: 0.25, latencyP99: 2, peakRss: 1.5 },
  });
});
