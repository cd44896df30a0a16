import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import { describeError } from '../errors';
import { Link } from '../router';
import type { OrgSession } from '../session';
import { useTRPC } from '../trpc';
import { FormError } from '../ui/field';
import { ArchiveButton } from './archive-button';
import { CreateResourceForm } from './create-resource-form';

export function ResourcesPage({ session }: { session: OrgSession }) {
  const trpc = useTRPC();
  const [search, setSearch] = useState('');
  const q = useDeferredValue(search.trim());
  const resources = useQuery({
    ...trpc.resources.list.queryOptions({ orgSlug: session.orgSlug, q: q || undefined }),
    placeholderData: keepPreviousData,
  });

  return (
    <>
      <h1>Resources</h1>
      <search className="field">
        <label htmlFor="resource-search">Search resources</label>
        <input
          id="resource-search"
          type="search"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
      </search>
      <FormError message={describeError(resources.error).message} />
      {resources.data &&
        (resources.data.items.length === 0 ? (
          <p>{q ? 'No resource matches.' : 'No resources yet.'}</p>
        ) : (
          <ul className="cards">
            {resources.data.items.map((resource) => (
              <li key={resource.id}>
                <Link href={`/o/${session.orgSlug}/resources/${resource.id}`}>{resource.name}</Link>{' '}
                <span className="badge">{resource.kind}</span>{' '}
                <span className="muted">capacity {resource.capacity}</span>
                {session.isAdmin && <ArchiveButton session={session} resource={resource} />}
              </li>
            ))}
          </ul>
        ))}
      {session.isAdmin && <CreateResourceForm session={session} />}
    </>
  );
}
