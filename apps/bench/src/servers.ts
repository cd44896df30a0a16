import { type ChildProcess, fork } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import type { ParentMessage, ServerMessage, Variant } from './protocol';

export interface BenchServer {
  variant: Variant;
  origin: string;
  /** Peak resident memory of the server process so far. */
  peakRss(): Promise<number>;
  stop(): Promise<void>;
}

const entry = fileURLToPath(new URL('./bench-server.ts', import.meta.url));

/** Forks a server process for one variant on `databaseUrl` and waits until it listens. */
export async function startServer(variant: Variant, databaseUrl: string): Promise<BenchServer> {
  const child = fork(entry, [variant], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const { port } = await nextMessage(child, 'listening');
  return {
    variant,
    origin: `http://127.0.0.1:${port}`,
    async peakRss() {
      child.send({ type: 'peakRss' } satisfies ParentMessage);
      return (await nextMessage(child, 'peakRss')).bytes;
    },
    async stop() {
      const exited = once(child, 'exit');
      child.disconnect();
      await exited;
    },
  };
}

function nextMessage<T extends ServerMessage['type']>(
  child: ChildProcess,
  type: T,
): Promise<Extract<ServerMessage, { type: T }>> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: ServerMessage) => {
      if (message.type !== type) return;
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve(message as Extract<ServerMessage, { type: T }>);
    };
    const onExit = (code: number | null) =>
      reject(new Error(`bench server exited (${code}) before sending "${type}"`));
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}
