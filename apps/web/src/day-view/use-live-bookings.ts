import { useQueryClient } from '@tanstack/react-query';
import { useSubscription } from '@trpc/tanstack-react-query';
import { useTRPC } from '../trpc';

/**
 * Refetches the open day views' bookings and free time. Refetching instead of patching the cache
 * keeps one source of truth for what is free: the server's availability.
 */
export function useRefreshDayViews(): () => void {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries(trpc.bookings.list.pathFilter());
    void queryClient.invalidateQueries(trpc.availability.forResource.pathFilter());
  };
}

/**
 * Keeps a resource's open day view current: every booking change on it, by anyone in any tab,
 * arrives through the `bookings.onChange` subscription and refreshes the view.
 */
export function useLiveBookings(orgSlug: string, resourceId: string) {
  const trpc = useTRPC();
  const refresh = useRefreshDayViews();
  return useSubscription(
    trpc.bookings.onChange.subscriptionOptions({ orgSlug, resourceId }, { onData: refresh }),
  );
}
