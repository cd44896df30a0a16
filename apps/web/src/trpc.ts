import type { AppRouter } from '@rota/client';
import { createRotaClient } from '@rota/client';
import { QueryClient } from '@tanstack/react-query';
import { createTRPCContext } from '@trpc/tanstack-react-query';

export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>();

/**
 * Same origin by default (Vite's proxy in dev and preview, or a reverse proxy in production);
 * `VITE_API_URL` at build time points the app at an API on another origin, which must then list
 * this app in its CORS_ORIGINS.
 */
const apiUrl = new URL(import.meta.env.VITE_API_URL ?? '/trpc', window.location.href);
const crossOrigin = apiUrl.origin !== window.location.origin;

export function createClients() {
  const queryClient = new QueryClient({
    defaultOptions: {
      // A client error (bad input, not found, forbidden) will not go away by asking again.
      queries: { retry: (failures, error) => failures < 2 && !isClientError(error) },
    },
  });
  const trpcClient = createRotaClient({
    url: apiUrl.href,
    credentials: crossOrigin ? 'include' : 'same-origin',
  });
  return { queryClient, trpcClient };
}

function isClientError(error: unknown): boolean {
  const status = (error as { data?: { httpStatus?: number } }).data?.httpStatus;
  return status !== undefined && status < 500;
}
