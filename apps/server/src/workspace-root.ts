import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The monorepo root (the folder holding pnpm-workspace.yaml) above this module, from source or
 * from the bundle in dist/. A deployment without the workspace falls back to the cwd.
 */
function findWorkspaceRoot(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(folder, 'pnpm-workspace.yaml'))) {
    const parent = dirname(folder);
    if (parent === folder) return process.cwd();
    folder = parent;
  }
  return folder;
}

const workspaceRoot = findWorkspaceRoot();

/** Resolves a relative path against the workspace root; absolute paths stay as they are. */
export function resolveFromWorkspaceRoot(path: string): string {
  return resolve(workspaceRoot, path);
}
