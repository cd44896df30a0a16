import { useMutation, useQueryClient } from '@tanstack/react-query';
import { describeError } from '../errors';
import type { OrgSession } from '../session';
import { useTRPC } from '../trpc';
import { FormError, SelectField, TextField } from '../ui/field';
import { readForm } from '../ui/form-data';

const kinds = ['room', 'desk', 'equipment', 'vehicle', 'other'] as const;
const fieldNames = ['name', 'kind', 'capacity'] as const;

export function CreateResourceForm({ session }: { session: OrgSession }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const create = useMutation(
    trpc.resources.create.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.resources.pathFilter()),
    }),
  );
  const error = describeError(create.error, fieldNames);

  return (
    <>
      <h2>Add a resource</h2>
      <form
        noValidate
        onSubmit={(event) => {
          const form = event.currentTarget;
          const { name = '', kind = '', capacity = '' } = readForm(event);
          create.mutate(
            {
              orgSlug: session.orgSlug,
              name,
              kind: kinds.find((k) => k === kind) ?? 'other',
              capacity: Number(capacity),
            },
            { onSuccess: () => form.reset() },
          );
        }}
      >
        <TextField label="Name" name="name" required error={error.fields.name} />
        <SelectField label="Kind" name="kind" options={kinds} error={error.fields.kind} />
        <TextField
          label="Capacity"
          name="capacity"
          type="number"
          min={1}
          defaultValue={1}
          required
          error={error.fields.capacity}
        />
        <FormError message={error.message} />
        <button type="submit" disabled={create.isPending}>
          Add resource
        </button>
      </form>
    </>
  );
}
