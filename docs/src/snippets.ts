import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Docs quote real code instead of copies that drift. A page marks a quote with
 * `<!-- snippet: path/from/repo/root.ts#region-name -->` right above a fenced block; the source
 * file wraps the quoted lines in `// #region region-name` … `// #endregion` (`--` in SQL). `pnpm docs:sync`
 * rewrites the blocks; the docs test fails when one is stale or a linked file is missing.
 */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const docsRoot = join(repoRoot, 'docs');

const snippetPattern = /<!-- snippet: (\S+?)#(\S+) -->\n```(\w*)\n[\s\S]*?```/g;
const linkPattern = /\]\((?!https?:|#|mailto:)([^)\s#]+)(?:#[^)]*)?\)/g;

export function markdownPages(dir = docsRoot): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : markdownPages(path);
    return entry.name.endsWith('.md') ? [path] : [];
  });
}

export function readRegion(file: string, region: string): string {
  const lines = readFileSync(join(repoRoot, file), 'utf8').split('\n');
  const start = lines.findIndex(
    (line) => /^(\/\/|--) #region (\S+)$/.exec(line.trim())?.[2] === region,
  );
  const end = lines.findIndex((line, i) => i > start && /^(\/\/|--) #endregion$/.test(line.trim()));
  if (start < 0 || end < 0) throw new Error(`${file} has no region "${region}"`);
  const body = lines.slice(start + 1, end);
  const indent = Math.min(...body.filter((l) => l.trim()).map((l) => l.search(/\S/)));
  return body.map((line) => line.slice(indent)).join('\n');
}

/** The page with every snippet block replaced by the current source region. */
export function syncSnippets(markdown: string): string {
  return markdown.replace(snippetPattern, (_match, file: string, region: string, lang: string) => {
    return `<!-- snippet: ${file}#${region} -->\n\`\`\`${lang}\n${readRegion(file, region)}\n\`\`\``;
  });
}

/** Relative links of a page whose target does not exist. */
export function brokenLinks(page: string): string[] {
  // Code is not prose: a regex in backticks is not a link.
  const markdown = readFileSync(page, 'utf8').replace(/```[\s\S]*?```|`[^`\n]*`/g, '');
  return [...markdown.matchAll(linkPattern)]
    .map((match) => match[1] ?? '')
    .filter((target) => !existsSync(resolve(dirname(page), target)))
    .map((target) => `${relative(repoRoot, page)} -> ${target}`);
}
