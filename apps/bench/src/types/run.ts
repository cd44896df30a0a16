import { existsSync } from 'node:fs';
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performancePage, writeDocsRegion } from '../report';
import { generateRouter } from './generate';
import { measureTsc, type TscCost } from './tsc-cost';

// `pnpm bench:types`: what type-checking costs as a router grows, and what the repo's own costs.
const benchRoot = fileURLToPath(new URL('../..', import.meta.url));
const repoRoot = join(benchRoot, '../..');
const tsc = join(benchRoot, 'node_modules/.bin/tsc');
const sizes = [100, 500, 2000];

const generated: { procedures: number; cost: TscCost }[] = [];
const lines: string[] = [];
for (const procedures of sizes) {
  const workspace = await mkdtemp(join(tmpdir(), `rota-types-${procedures}-`));
  try {
    await symlink(join(benchRoot, 'node_modules'), join(workspace, 'node_modules'), 'dir');
    for (const [file, source] of Object.entries(generateRouter(procedures))) {
      await writeFile(join(workspace, file), source);
    }
    await writeFile(
      join(workspace, 'tsconfig.json'),
      JSON.stringify({ extends: join(repoRoot, 'tsconfig.base.json'), include: ['*.ts'] }),
    );
    generated.push({ procedures, cost: measureTsc(tsc, '.', workspace) });
  } finally {
    await rm(workspace, { recursive: true, force: true });
  }
}

lines.push('| procedures | tsc s | memory MB | types | instantiations | ms per procedure |');
lines.push('|---:|---:|---:|---:|---:|---:|');
for (const { procedures, cost } of generated) {
  const perProcedure = ((cost.seconds * 1000) / procedures).toFixed(2);
  lines.push(
    `| ${procedures} | ${cost.seconds.toFixed(2)} | ${cost.memoryMb} | ${cost.types} | ${cost.instantiations} | ${perProcedure} |`,
  );
}
// The slope of log(cost) against log(size): 1 is linear, above 1 grows faster than linearly.
const [smallest, largest] = [generated[0], generated.at(-1)];
if (smallest && largest) {
  const exponent = (a: number, b: number) =>
    Math.log(b / a) / Math.log(largest.procedures / smallest.procedures);
  const timeExponent = exponent(smallest.cost.seconds, largest.cost.seconds);
  const instantiationExponent = exponent(smallest.cost.instantiations, largest.cost.instantiations);
  lines.push(
    `\ngrowth exponent ${smallest.procedures}→${largest.procedures}: time ${timeExponent.toFixed(2)}, instantiations ${instantiationExponent.toFixed(2)} (1 = linear)`,
  );
  if (instantiationExponent > 1.1) process.exitCode = 1;
}

lines.push('\n| repo package | tsc s | memory MB | instantiations |');
lines.push('|---|---:|---:|---:|');
for (const folder of [
  'packages/schemas',
  'packages/db',
  'packages/core',
  'packages/api',
  'packages/client',
  'apps/server',
  'apps/web',
  'apps/bench',
]) {
  const dir = join(repoRoot, folder);
  if (!existsSync(join(dir, 'tsconfig.json'))) continue;
  try {
    const cost = measureTsc(tsc, '.', dir);
    lines.push(
      `| ${folder} | ${cost.seconds.toFixed(2)} | ${cost.memoryMb} | ${cost.instantiations} |`,
    );
  } catch (error) {
    // Someone's work in progress must not hide everyone else's numbers.
    lines.push(`| ${folder} | type errors | | |`);
    console.error(
      error instanceof Error ? error.message.split('\n').slice(0, 3).join('\n') : error,
    );
    process.exitCode = 1;
  }
}

console.log(lines.join('\n'));
if (process.argv.includes('--docs'))
  await writeDocsRegion(performancePage, 'types', lines.join('\n'));
