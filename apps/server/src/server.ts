import { loadConfigOrExit } from './config';
import { runServer } from './run-server';

// The production entry (`pnpm start` runs its bundle, dist/server.js).
await runServer({ config: loadConfigOrExit() });
