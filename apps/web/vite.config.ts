import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * In dev and preview the browser talks to one origin and Vite forwards /trpc to the API, so the
 * session cookie is first-party and no CORS is involved. `ROTA_API_ORIGIN` points elsewhere; by
 * default it is the API that `pnpm dev` starts on PORT (3000).
 */
const apiOrigin = process.env.ROTA_API_ORIGIN ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;
const proxy = { '/trpc': { target: apiOrigin } };

export default defineConfig({
  plugins: [react()],
  server: { host: '127.0.0.1', port: 5173, proxy },
  preview: { host: '127.0.0.1', port: 4173, proxy },
  build: {
    // Maps are written but not linked from the bundle: the bundle test reads them to list every
    // module that reached the browser.
    sourcemap: 'hidden',
  },
});
