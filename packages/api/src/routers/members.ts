import { addMember, listMembers, removeMember, updateMemberRole } from '@rota/core';
import {
  addMemberInput,
  listMembersInput,
  memberOutput,
  memberPageOutput,
  removeMemberInput,
  removeMemberOutput,
  updateMemberRoleInput,
} from '@rota/schemas';
import type { TRPCRouterRecord } from '@trpc/server';
import { orgProcedure } from '../trpc';

export const membersRouter = {
  // Any member may see who else belongs; viewers are read-only, not blind.
  list: orgProcedure('viewer')
    .input(listMembersInput)
    .output(memberPageOutput)
    .query(({ ctx, input }) => listMembers(ctx.db, ctx.actor, input)),

  add: orgProcedure('admin')
    .input(addMemberInput)
    .output(memberOutput)
    .mutation(({ ctx, input }) => addMember(ctx.db, ctx.actor, input)),

  updateRole: orgProcedure('admin')
    .input(updateMemberRoleInput)
    .output(memberOutput)
    .mutation(({ ctx, input }) => updateMemberRole(ctx.db, ctx.actor, input)),

  remove: orgProcedure('admin')
    .input(removeMemberInput)
    .output(removeMemberOutput)
    .mutation(({ ctx, input }) => removeMember(ctx.db, ctx.actor, input)),
} satisfies TRPCRouterRecord;
