import type { RouterOutputs } from '@rota/client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { describeError } from '../errors';
import type { OrgSession } from '../session';
import { useTRPC } from '../trpc';

type Resource = RouterOutputs['resources']['get'];

export function ArchiveButton({ session, resource }: { session: OrgSession; resource: Resource }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const archive = useMutation(
    trpc.resources.archive.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.resources.pathFilter()),
    }),
  );
  return (
    <>
      <button
        type="button"
        className="secondary"
        disabled={archive.isPending}
        aria-label={`Archive ${resource.name}`}
        onClick={() => {
          if (window.confirm(`Archive ${resource.name}? Existing bookings stay.`)) {
            archive.mutate({ orgSlug: session.orgSlug, resourceId: resource.id });
          }
        }}
      >
        Archive
      </button>
      {archive.error && (
        <span role="alert" className="field-error">
          {describeError(archive.error).message}
        </span>
      )}
    </>
  );
}
