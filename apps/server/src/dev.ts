import { demoLogin, seedDemoData } from '@rota/core';
import pretty from 'pino-pretty';
import { loadConfigOrExit } from './config';
import { runServer } from './run-server';

// `pnpm dev`: the API on the embedded database under the workspace's .data/ (or DATABASE_URL),
// migrated and seeded with demo data, readable logs, and the URLs and demo login printed.
const config = loadConfigOrExit();
const app = await runServer({
  config,
  logStream: pretty({ ignore: 'pid,hostname', translateTime: 'SYS:HH:MM:ss' }),
  beforeListen: async ({ database }) => void (await seedDemoData(database.db)),
});

const origin = app.listeningOrigin;
const database = config.database.url ? 'PostgreSQL (DATABASE_URL)' : config.database.dataDir;
console.log(`
  Rota API (${config.env})
    API         ${origin}
    tRPC        ${origin}/trpc
    Health      ${origin}/healthz  ${origin}/readyz
    Database    ${database}
    Demo login  ${demoLogin.email} / ${demoLogin.password}
`);
