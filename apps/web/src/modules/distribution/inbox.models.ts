import type { InboxState } from '@obieg/contracts/distribution';
import type { MessageKey } from '../../locales/i18n';
import type { InboxScope } from './distribution.api';

/** The views of each inbox, in tab order; the first is the default. */
export const INBOX_VIEWS: Record<InboxScope, readonly InboxState[]> = {
  me: ['new', 'accepted', 'returned', 'overdue'],
  unit: ['new', 'decreed', 'accepted', 'returned', 'overdue', 'info'],
};

export const INBOX_VIEW_LABELS: Record<InboxScope, Partial<Record<InboxState, MessageKey>>> = {
  me: {
    new: 'distribution.inbox.me.new',
    accepted: 'distribution.inbox.me.accepted',
    returned: 'distribution.inbox.me.returned',
    overdue: 'distribution.inbox.me.overdue',
  },
  unit: {
    new: 'distribution.inbox.unit.new',
    decreed: 'distribution.inbox.unit.decreed',
    accepted: 'distribution.inbox.unit.accepted',
    returned: 'distribution.inbox.unit.returned',
    overdue: 'distribution.inbox.unit.overdue',
    info: 'distribution.inbox.unit.info',
  },
};

export type InboxSearch = { state?: InboxState };

/** `?state=` of an inbox address: one of its views, else none (the default view). */
export function parseInboxSearch(scope: InboxScope) {
  return (search: Record<string, unknown>): InboxSearch => {
    const state = search.state;
    return typeof state === 'string' && (INBOX_VIEWS[scope] as readonly string[]).includes(state)
      ? { state: state as InboxState }
      : {};
  };
}

export const viewOf = (scope: InboxScope, search: InboxSearch): InboxState =>
  search.state ?? INBOX_VIEWS[scope][0] ?? 'new';
