import type { DestinationStream } from 'pino';

export type LogLine = Record<string, unknown> & { msg?: string; reqId?: string };

/** A pino destination that keeps every JSON line, for tests that assert on logs. */
export function captureLogs(): { stream: DestinationStream; lines: LogLine[] } {
  const lines: LogLine[] = [];
  return { stream: { write: (line) => void lines.push(JSON.parse(line)) }, lines };
}
