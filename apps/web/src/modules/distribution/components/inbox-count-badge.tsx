import { Badge } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useT } from '../../../locales/i18n-context';
import type { InboxScope } from '../distribution.api';
import { inboxCountsQuery } from '../distribution.queries';

/**
 * The number of items waiting for the user beside an inbox in the menu: new ones (awaiting my
 * acceptance, or a decree in my units) and returned ones (to decree again); the link's accessible
 * name says it in words. Nothing when there are none.
 */
export function InboxCountBadge({ scope }: { scope: InboxScope }) {
  const t = useT();
  const counts = useQuery({ ...inboxCountsQuery(scope), retry: false }).data;
  const count = (counts?.new ?? 0) + (counts?.returned ?? 0);
  if (count === 0) return null;
  return (
    <>
      <Badge size="sm" variant="filled" color="blue.9" aria-hidden data-testid={`inbox-badge-${scope}`}>
        {count}
      </Badge>
      <span className="visually-hidden">
        {t(scope === 'me' ? 'distribution.nav.count_me' : 'distribution.nav.count_unit', { count })}
      </span>
    </>
  );
}
