import type { Inbox, InboxItem, InboxQuery } from '@obieg/contracts/distribution';
import type { Database } from '../../db/database.types.js';
import { toWarsawDate } from '../../shared/clock/clock.js';
import type { CoreDeps } from '../../shared/deps.js';
import { createForbiddenError } from '../../shared/errors/common.errors.js';
import { inTenant } from '../audit/audit.usecases.js';
import type { Context } from '../auth/auth.types.js';
import { MAX_INBOX_OFFSET } from './distribution.constants.js';
import {
  distributionState,
  isActiveDecree,
  principalOf,
  senderName,
  toDecreeSummary,
} from './distribution.models.js';
import { distributeReach } from './distribution.usecases.js';
import { notifyInboxChanged } from './inbox-events.js';
import { createInboxRepository, type InboxRow, type InboxScope } from './inbox.repository.js';

type Scope = { deps: Pick<CoreDeps, 'db' | 'clock'>; ctx: Context };

/** An id no user has: the personal inbox of an actor that is no person (the system) is empty. */
const NOBODY = '00000000-0000-0000-0000-000000000000';

async function resolveInboxScope({
  tx,
  ctx,
  kind,
}: {
  tx: Database;
  ctx: Context;
  kind: 'me' | 'unit';
}): Promise<InboxScope> {
  if (kind === 'me') return { kind: 'me', userId: principalOf(ctx.actor) ?? NOBODY };
  const reach = await distributeReach({ tx, ctx });
  if (!reach.office && reach.unitIds.length === 0) {
    throw createForbiddenError({ detail: 'The unit inbox needs correspondence:distribute in a unit.' });
  }
  return { kind: 'unit', ...reach };
}

function toInboxItem(row: InboxRow, today: string): InboxItem {
  const decree = row.decree
    ? toDecreeSummary({
        ...row.decree,
        unitSymbol: row.decreeUnitSymbol ?? '',
        unitName: row.decreeUnitName ?? '',
        assigneeName: row.assigneeName ?? '',
        assigneePositionTitle: row.assigneePositionTitle,
        authorName: row.authorName,
        authorPositionTitle: row.authorPositionTitle,
        actingForName: row.actingForName,
      })
    : null;
  return {
    itemId: row.itemId,
    rpwNumber: row.rpwNumber,
    documentId: row.documentId,
    title: row.title,
    senderNames: row.senders.map(senderName),
    receivedAt: row.receivedAt,
    state: distributionState(row.decree),
    unitRole: row.leading ? 'leading' : 'info',
    leadingUnit: { id: row.unitId, symbol: row.unitSymbol, name: row.unitName },
    decree,
    overdue: Boolean(
      row.decree &&
      isActiveDecree(row.decree) &&
      row.decree.effectiveDeadline &&
      row.decree.effectiveDeadline < today,
    ),
    since: new Date(row.since).toISOString(),
  };
}

/**
 * A person's inbox (`me`: decrees to them, or to the colleague they substitute, and their own
 * decrees returned) or their units' (`unit`: items distributed to the units where the active
 * position distributes and decrees), newest change first, with the count of every state.
 */
export async function getInbox({ deps, ctx, query }: Scope & { query: InboxQuery }): Promise<Inbox> {
  const tenantId = ctx.actor.tenantId;
  const today = toWarsawDate(deps.clock.now());
  const offset = Math.min(Number(query.cursor ?? 0), MAX_INBOX_OFFSET);
  return inTenant({ deps, ctx }, async (tx) => {
    const scope = await resolveInboxScope({ tx, ctx, kind: query.scope });
    const repository = createInboxRepository({ db: tx });
    const rows = await repository.listInbox({
      tenantId,
      scope,
      state: query.state,
      today,
      limit: query.limit + 1,
      offset,
    });
    const counts = await repository.countInbox({ tenantId, scope, today });
    const more = rows.length > query.limit && offset + query.limit <= MAX_INBOX_OFFSET;
    return {
      scope: query.scope,
      items: rows.slice(0, query.limit).map((row) => toInboxItem(row, today)),
      nextCursor: more ? String(offset + query.limit) : null,
      counts,
    };
  });
}

/** What a client of `GET /inbox/events` watches: their own inbox and the units of their position. */
export async function describeInboxWatcher({ deps, ctx }: Scope) {
  const reach = await inTenant({ deps, ctx }, (tx) => distributeReach({ tx, ctx }));
  return {
    tenantId: ctx.actor.tenantId,
    userId: principalOf(ctx.actor),
    office: reach.office,
    unitIds: new Set(reach.unitIds),
  };
}

/**
 * Announces, from inside the transaction that makes it, that other work touched someone's inbox
 * (an approval task, say): their clients refresh when it commits.
 */
export async function announceInboxChange({
  tx,
  tenantId,
  itemId,
  unitIds,
  userIds,
}: {
  tx: Database;
  tenantId: string;
  itemId: string;
  unitIds: string[];
  userIds: string[];
}) {
  await notifyInboxChanged({ tx, event: { tenantId, itemId, unitIds, userIds } });
}
