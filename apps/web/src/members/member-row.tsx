import type { RouterOutputs } from '@rota/client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { describeError } from '../errors';
import { asRole, type OrgSession, roles } from '../session';
import { useTRPC } from '../trpc';

type Member = RouterOutputs['members']['list']['items'][number];

export function MemberRow({ session, member }: { session: OrgSession; member: Member }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const onSuccess = () => queryClient.invalidateQueries(trpc.members.list.pathFilter());
  const updateRole = useMutation(trpc.members.updateRole.mutationOptions({ onSuccess }));
  const remove = useMutation(trpc.members.remove.mutationOptions({ onSuccess }));
  const target = { orgSlug: session.orgSlug, userId: member.user.id };
  const error = describeError(updateRole.error ?? remove.error).message;

  return (
    <tr>
      <td>{member.user.name}</td>
      <td>{member.user.email}</td>
      <td>
        <select
          aria-label={`Role of ${member.user.name}`}
          value={member.role}
          disabled={updateRole.isPending}
          onChange={(event) => updateRole.mutate({ ...target, role: asRole(event.target.value) })}
        >
          {roles.map((role) => (
            <option key={role} value={role}>
              {role}
            </option>
          ))}
        </select>
        {error && (
          <span role="alert" className="field-error">
            {error}
          </span>
        )}
      </td>
      <td>
        <button
          type="button"
          className="secondary"
          disabled={remove.isPending}
          aria-label={`Remove ${member.user.name}`}
          onClick={() => remove.mutate(target)}
        >
          Remove
        </button>
      </td>
    </tr>
  );
}
