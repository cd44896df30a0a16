import type { AddressInfo } from 'node:net';
import { buildApp } from '@rota/server';
import { loadConfig } from '@rota/server/config';
import { registerPlainRoutes } from './plain-routes';
import type { ParentMessage, ServerMessage, Variant } from './protocol';

// One server under test, in its own process so its CPU and peak memory are its own. run.ts forks
// it with the variant as argument and talks to it over IPC; DATABASE_URL comes from there too.
const variant = process.argv[2] as Variant;
const config = loadConfig({
  ...process.env,
  NODE_ENV: 'production',
  LOG_LEVEL: 'silent',
  TRPC_ADAPTER: variant === 'official' ? 'official' : 'fast',
});
const app = await buildApp({ config });
if (variant === 'plain') await registerPlainRoutes(app, app.database.db);
await app.listen({ host: '127.0.0.1', port: 0 });

const send = (message: ServerMessage) => process.send?.(message);
send({ type: 'listening', port: (app.server.address() as AddressInfo).port });
process.on('message', (message: ParentMessage) => {
  // The process's high-water mark (maxRSS is in KiB), so no peak between samples is missed.
  if (message.type === 'peakRss') {
    send({ type: 'peakRss', bytes: process.resourceUsage().maxRSS * 1024 });
  }
});
process.on('disconnect', () => {
  void app.close().then(() => process.exit(0));
});
