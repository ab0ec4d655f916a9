import { EDELIVERY_LIMITS } from './edelivery.rules.js';
import { readBoolean, readDate, readInteger, type Query } from './edelivery-simulator.context.js';
import type { Mailbox, MailboxCopy } from './edelivery-simulator.model.js';
import { receiptDateOf } from './edelivery-simulator.present.js';
import type { MessageAddressData } from './edelivery.types.js';

/**
 * `GET /messages` filtering and paging. Without filters or sorting a page costs O(offset + limit)
 * (map iteration in arrival order); filters and sorting scan the folder.
 */

const partyText = (party: MessageAddressData | undefined) =>
  [
    party?.eDeliveryAddress,
    party?.contributor?.companyName,
    party?.contributor?.firstName,
    party?.contributor?.lastName,
  ]
    .filter(Boolean)
    .join(' ')
    .toLowerCase();

type Filter = (copy: MailboxCopy) => boolean;

function buildFilters(query: Query): Filter[] {
  const filters: Filter[] = [];
  const contains = (needle: string | undefined, get: (copy: MailboxCopy) => string) => {
    if (needle !== undefined) filters.push((copy) => get(copy).includes(needle.toLowerCase()));
  };
  contains(query.sender, (c) => partyText(c.transmission.from));
  contains(query.recipient, (c) => c.transmission.to.map(partyText).join(' '));
  contains(query.subject, (c) => c.transmission.subject.toLowerCase());
  const opened = readBoolean(query, 'opened');
  if (opened !== undefined) filters.push((c) => c.opened === opened);
  const attachments = readBoolean(query, 'attachments');
  if (attachments !== undefined) filters.push((c) => c.transmission.attachments.length > 0 === attachments);
  if (query.shippingService) filters.push((c) => c.transmission.shippingService === query.shippingService);
  if (query.label === 'UNREAD') filters.push((c) => !c.opened);
  const range = (name: string, get: (c: MailboxCopy) => Date | undefined) => {
    const from = readDate(query, `${name}From`);
    const to = readDate(query, `${name}To`);
    if (from === undefined && to === undefined) return;
    filters.push((c) => {
      const time = get(c)?.getTime();
      return time !== undefined && (from === undefined || time >= from) && (to === undefined || time <= to);
    });
  };
  range('submissionDate', (c) => c.transmission.submittedAt);
  range('eventDate', (c) => c.transmission.submittedAt);
  range('receiptDate', receiptDateOf);
  return filters;
}

const SORT_KEYS: Record<string, (c: MailboxCopy) => string | number> = {
  sender: (c) => partyText(c.transmission.from),
  recipient: (c) => c.transmission.to.map(partyText).join(' '),
  subject: (c) => c.transmission.subject.toLowerCase(),
  submissionDate: (c) => c.transmission.submittedAt?.getTime() ?? 0,
  eventDate: (c) => c.transmission.submittedAt?.getTime() ?? 0,
  reciptDate: (c) => receiptDateOf(c)?.getTime() ?? 0,
  timestamp: (c) => c.transmission.timestamp.getTime(),
};

export function listCopies(mailbox: Mailbox, query: Query): { page: MailboxCopy[]; total: number } {
  const offset = readInteger(query, 'offset', { min: 0, max: Number.MAX_SAFE_INTEGER, fallback: 0 });
  const limit = readInteger(query, 'limit', { min: 1, max: EDELIVERY_LIMITS.maxListLimit, fallback: 20 });
  const label = query.label;
  const source =
    label === 'INBOX'
      ? mailbox.inbox
      : label === 'SENT'
        ? mailbox.sent
        : !label || label === 'UNREAD'
          ? mailbox.messages
          : null;
  if (!source) return { page: [], total: 0 };
  const filters = buildFilters(query);
  const sortKey = query.sortColumn ? SORT_KEYS[query.sortColumn] : undefined;
  const descending = query.sortDirection === 'desc';
  if (filters.length === 0 && !sortKey && !descending) {
    const page: MailboxCopy[] = [];
    let index = 0;
    for (const copy of source.values()) {
      if (index++ < offset) continue;
      if (page.length === limit) break;
      page.push(copy);
    }
    return { page, total: source.size };
  }
  const matching = [...source.values()].filter((copy) => filters.every((filter) => filter(copy)));
  if (sortKey)
    matching.sort((a, b) => {
      const [x, y] = [sortKey(a), sortKey(b)];
      return x < y ? -1 : x > y ? 1 : 0;
    });
  if (descending) matching.reverse();
  return { page: matching.slice(offset, offset + limit), total: matching.length };
}
