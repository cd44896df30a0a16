import { spawnSync } from 'node:child_process';

export interface TscCost {
  seconds: number;
  memoryMb: number;
  types: number;
  instantiations: number;
}

/** Type-checks a project with tsc and reads its own account of time and memory. */
export function measureTsc(tscBin: string, project: string, cwd: string): TscCost {
  const run = spawnSync(tscBin, ['-p', project, '--extendedDiagnostics'], {
    cwd,
    encoding: 'utf8',
  });
  const output = `${run.stdout}${run.stderr}`;
  if (run.status !== 0) throw new Error(`tsc -p ${project} failed:\n${output.slice(0, 4000)}`);
  const number = (label: string) => {
    const match = new RegExp(`^${label}:\\s+([\\d.]+)`, 'm').exec(output);
    if (!match?.[1]) throw new Error(`tsc printed no "${label}":\n${output}`);
    return Number(match[1]);
  };
  return {
    seconds: number('Total time'),
    memoryMb: Math.round(number('Memory used') / 1024),
    types: number('Types'),
    instantiations: number('Instantiations'),
  };
}
