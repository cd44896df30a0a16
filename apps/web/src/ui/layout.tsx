import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, navigate } from '../router';
import type { Me, OrgSession } from '../session';
import { useTRPC } from '../trpc';

export function Layout({ me, org, children }: { me: Me; org?: OrgSession; children: ReactNode }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const signOut = useMutation(
    trpc.auth.signOut.mutationOptions({
      onSuccess: () => {
        // Nothing of the previous user may linger in the cache for the next one.
        queryClient.clear();
        navigate('/');
      },
    }),
  );
  return (
    <>
      <header className="top-bar">
        <nav aria-label="Main">
          <Link href="/" className="brand">
            Rota
          </Link>
          {org && (
            <>
              <Link href={`/o/${org.orgSlug}`}>{org.orgName}: resources</Link>
              <Link href={`/o/${org.orgSlug}/bookings`}>My bookings</Link>
              {org.isAdmin && <Link href={`/o/${org.orgSlug}/members`}>Members</Link>}
            </>
          )}
        </nav>
        <div className="account">
          <span>{me.user.name}</span>
          <button type="button" onClick={() => signOut.mutate()} disabled={signOut.isPending}>
            Sign out
          </button>
        </div>
      </header>
      <main>{children}</main>
    </>
  );
}
