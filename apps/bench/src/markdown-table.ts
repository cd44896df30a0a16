/**
 * Pads every markdown table in `text` into aligned columns, as the repository's formatter
 * (biome) writes them, so generated pages stay lint-clean: right-aligned (`---:`) columns are
 * padded on the left, the others on the right.
 */
export function alignTables(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; ) {
    if (!lines[i]?.startsWith('|')) {
      out.push(lines[i] ?? '');
      i++;
      continue;
    }
    const block: string[][] = [];
    while (lines[i]?.startsWith('|')) {
      block.push(cells(lines[i] ?? ''));
      i++;
    }
    out.push(...alignBlock(block));
  }
  return out.join('\n');
}

function cells(line: string): string[] {
  return line
    .slice(1, line.endsWith('|') ? -1 : undefined)
    .split('|')
    .map((cell) => cell.trim());
}

function alignBlock([header = [], separator = [], ...rows]: string[][]): string[] {
  const right = separator.map((cell) => cell.endsWith(':'));
  const widths = header.map((_, column) =>
    Math.max(3, ...[header, ...rows].map((row) => (row[column] ?? '').length)),
  );
  const pad = (row: string[]) =>
    `| ${widths
      .map((width, column) => {
        const cell = row[column] ?? '';
        return right[column] ? cell.padStart(width) : cell.padEnd(width);
      })
      .join(' | ')} |`;
  const rule = `| ${widths
    .map((width, column) => (right[column] ? `${'-'.repeat(width - 1)}:` : '-'.repeat(width)))
    .join(' | ')} |`;
  return [pad(header), rule, ...rows.map(pad)];
}
