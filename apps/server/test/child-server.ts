import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { LogLine } from './log-capture';

export interface ChildServer {
  /** e.g. http://127.0.0.1:41234 */
  url: string;
  child: ChildProcess;
  stderr(): string;
  /** Resolves with the first log line (past or future) that matches. */
  waitForLog(matches: (line: LogLine) => boolean): Promise<LogLine>;
  /** The exit code, once the process has exited. */
  exitCode: Promise<number | null>;
}

const serverEntry = fileURLToPath(new URL('../src/server.ts', import.meta.url));

/**
 * The real process entry (src/server.ts, run from source through tsx) on a random port, with an
 * in-memory embedded database that it migrates on start, as production does without DATABASE_URL.
 */
export async function spawnServer(env: Record<string, string> = {}): Promise<ChildServer> {
  const { DATABASE_URL: _testDatabase, ...inherited } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', serverEntry], {
    env: {
      ...inherited,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: '0',
      PGLITE_DATA_DIR: 'memory://',
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exitCode = once(child, 'exit').then(([code]) => code as number | null);
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  const lines: LogLine[] = [];
  const waiters = new Set<{ matches: (line: LogLine) => boolean; resolve: (l: LogLine) => void }>();
  createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (text) => {
    const line = parseLogLine(text);
    lines.push(line);
    for (const waiter of waiters) {
      if (waiter.matches(line)) {
        waiters.delete(waiter);
        waiter.resolve(line);
      }
    }
  });
  const waitForLog = (matches: (line: LogLine) => boolean) => {
    const seen = lines.find(matches);
    if (seen) return Promise.resolve(seen);
    const logged = new Promise<LogLine>((resolve) => waiters.add({ matches, resolve }));
    const died = exitCode.then((code) => {
      throw new Error(`server exited (${code}) before the expected log line; stderr:\n${stderr}`);
    });
    return Promise.race([logged, died]);
  };
  const listening = await waitForLog(
    (line) => line.msg?.startsWith('Server listening at') ?? false,
  );
  const url = String(listening.msg).replace('Server listening at ', '');
  return { url, child, stderr: () => stderr, waitForLog, exitCode };
}

function parseLogLine(text: string): LogLine {
  try {
    return JSON.parse(text) as LogLine;
  } catch {
    return { msg: text };
  }
}
