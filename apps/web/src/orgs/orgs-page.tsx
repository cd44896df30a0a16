import { useMutation, useQueryClient } from '@tanstack/react-query';
import { describeError } from '../errors';
import { Link, navigate } from '../router';
import type { Me } from '../session';
import { useTRPC } from '../trpc';
import { FormError, TextField } from '../ui/field';
import { readForm } from '../ui/form-data';

const fieldNames = ['slug', 'name', 'timezone'] as const;
const browserTimeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

export function OrgsPage({ me }: { me: Me }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const create = useMutation(
    trpc.orgs.create.mutationOptions({
      onSuccess: async (org) => {
        await queryClient.invalidateQueries(trpc.auth.me.queryFilter());
        navigate(`/o/${org.slug}`);
      },
    }),
  );
  const error = describeError(create.error, fieldNames);

  return (
    <>
      <h1>Your organizations</h1>
      {me.memberships.length === 0 ? (
        <p>You are not in any organization yet. Create one below, or ask an admin to add you.</p>
      ) : (
        <ul className="cards">
          {me.memberships.map(({ org, role }) => (
            <li key={org.slug}>
              <Link href={`/o/${org.slug}`}>{org.name}</Link> <span className="badge">{role}</span>
            </li>
          ))}
        </ul>
      )}
      <h2>Create an organization</h2>
      <form
        noValidate
        onSubmit={(event) => {
          const { slug = '', name = '', timezone = '' } = readForm(event);
          create.mutate({ slug, name, timezone });
        }}
      >
        <TextField label="Name" name="name" required error={error.fields.name} />
        <TextField
          label="Address"
          name="slug"
          required
          hint="3–40 lowercase letters, digits and dashes; used in links."
          error={error.fields.slug}
        />
        <TextField
          label="Time zone"
          name="timezone"
          required
          defaultValue={browserTimeZone}
          error={error.fields.timezone}
        />
        <FormError message={error.message} />
        <button type="submit" disabled={create.isPending}>
          Create organization
        </button>
      </form>
    </>
  );
}
