import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { describeError } from '../errors';
import { asRole, type OrgSession, roles } from '../session';
import { useTRPC } from '../trpc';
import { FormError, SelectField, TextField } from '../ui/field';
import { readForm } from '../ui/form-data';
import { MemberRow } from './member-row';

export function MembersPage({ session }: { session: OrgSession }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { orgSlug } = session;
  const members = useQuery(trpc.members.list.queryOptions({ orgSlug, limit: 100 }));
  const add = useMutation(
    trpc.members.add.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.members.list.pathFilter()),
    }),
  );
  const addError = describeError(add.error, ['email', 'role']);

  return (
    <>
      <h1>Members</h1>
      <FormError message={describeError(members.error).message} />
      <table>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {members.data?.items.map((member) => (
            <MemberRow key={member.user.id} session={session} member={member} />
          ))}
        </tbody>
      </table>
      <h2>Add a member</h2>
      <p className="muted">They need a Rota account first.</p>
      <form
        noValidate
        onSubmit={(event) => {
          const form = event.currentTarget;
          const { email = '', role = '' } = readForm(event);
          add.mutate({ orgSlug, email, role: asRole(role) }, { onSuccess: () => form.reset() });
        }}
      >
        <TextField label="Email" name="email" type="email" required error={addError.fields.email} />
        <SelectField
          label="Role"
          name="role"
          options={roles}
          defaultValue="member"
          error={addError.fields.role}
        />
        <FormError message={addError.message} />
        <button type="submit" disabled={add.isPending}>
          Add member
        </button>
      </form>
    </>
  );
}
