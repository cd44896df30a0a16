import { useQuery } from '@tanstack/react-query';
import { AuthPage } from './auth/auth-page';
import { MyBookingsPage } from './bookings/my-bookings-page';
import { DayViewPage } from './day-view/day-view-page';
import { describeError } from './errors';
import { MembersPage } from './members/members-page';
import { OrgsPage } from './orgs/orgs-page';
import { ResourcesPage } from './resources/resources-page';
import { matchPath, useUrl } from './router';
import { type Me, orgSession } from './session';
import { useTRPC } from './trpc';
import { FormError } from './ui/field';
import { Layout } from './ui/layout';

export function App() {
  const trpc = useTRPC();
  const me = useQuery(trpc.auth.me.queryOptions());
  const url = useUrl();
  if (me.isPending) return <p className="loading">Loading…</p>;
  if (me.isError) return <FormError message={describeError(me.error).message} />;
  if (!me.data) return <AuthPage mode={url.pathname === '/sign-up' ? 'sign-up' : 'sign-in'} />;
  return <SignedIn me={me.data} url={url} />;
}

function SignedIn({ me, url }: { me: Me; url: URL }) {
  const path = url.pathname;
  const org = matchPath('/o/:slug', path) ?? matchPath('/o/:slug/:section', path);
  const day = matchPath('/o/:slug/resources/:resourceId', path);
  const slug = day?.slug ?? org?.slug;
  if (!slug) {
    return (
      <Layout me={me}>
        <OrgsPage me={me} />
      </Layout>
    );
  }
  const session = orgSession(me, slug);
  if (!session) {
    return (
      <Layout me={me}>
        <FormError message="This organization does not exist or you are not a member." />
      </Layout>
    );
  }
  return (
    <Layout me={me} org={session}>
      {day ? (
        <DayViewPage
          session={session}
          resourceId={day.resourceId ?? ''}
          date={url.searchParams.get('date')}
        />
      ) : org?.section === 'bookings' ? (
        <MyBookingsPage session={session} />
      ) : org?.section === 'members' && session.isAdmin ? (
        <MembersPage session={session} />
      ) : (
        <ResourcesPage session={session} />
      )}
    </Layout>
  );
}
