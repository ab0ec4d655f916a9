import type {
  DictionaryEntry,
  IncomingFilters,
  IncomingItem,
  IncomingListItem,
} from '@obieg/contracts/correspondence';
import type { Database } from '../../db/database.types.js';
import type { CoreDeps } from '../../shared/deps.js';
import { inTenant, withAuditedTenant } from '../audit/audit.usecases.js';
import type { Context } from '../auth/auth.types.js';
import { getTenantSummary } from '../tenants/tenants.usecases.js';
import {
  DEFAULT_DELIVERY_METHODS,
  DEFAULT_DOCUMENT_KINDS,
  MAX_EXPORT_ROWS,
  MAX_LIST_OFFSET,
} from './correspondence.constants.js';
import { toIncomingListItem } from './correspondence.models.js';
import { createCorrespondenceRepository } from './correspondence.repository.js';
import type { DictionaryKind, IncomingItemRow } from './correspondence.types.js';
import { loadIncomingItem } from './incoming-references.js';
import { createIncomingRepository } from './incoming.repository.js';
import { ensureIncomingVisible, incomingVisibleTo } from './incoming-visibility.usecases.js';

type Scope = { deps: Pick<CoreDeps, 'db'>; ctx: Context };

/** The RPW list: filters, stable sort (RPW number descending by default), offset pages. */
export async function listIncomingItems({
  deps,
  ctx,
  filters,
  limit,
  cursor,
}: Scope & { filters: IncomingFilters; limit: number; cursor?: string }): Promise<{
  items: IncomingListItem[];
  nextCursor: string | null;
}> {
  const offset = Math.min(Number(cursor ?? 0), MAX_LIST_OFFSET);
  const rows = await inTenant({ deps, ctx }, async (tx) =>
    createIncomingRepository({ db: tx }).listItems({
      tenantId: ctx.actor.tenantId,
      filters,
      limit: limit + 1,
      offset,
      visibleTo: await incomingVisibleTo({ tx, actor: ctx.actor }),
    }),
  );
  const more = rows.length > limit && offset + limit <= MAX_LIST_OFFSET;
  return {
    items: rows.slice(0, limit).map(toIncomingListItem),
    nextCursor: more ? String(offset + limit) : null,
  };
}

/** Rows for an export or the register printout (at most MAX_EXPORT_ROWS), with the office name. */
export async function listIncomingForReport({
  deps,
  ctx,
  filters,
}: Scope & { filters: IncomingFilters }): Promise<{ officeName: string; rows: IncomingItemRow[] }> {
  const tenantId = ctx.actor.tenantId;
  return inTenant({ deps, ctx }, async (tx) => {
    const office = await getTenantSummary({ tx, tenantId });
    const rows = await createIncomingRepository({ db: tx }).listItems({
      tenantId,
      filters,
      limit: MAX_EXPORT_ROWS,
      offset: 0,
      visibleTo: await incomingVisibleTo({ tx, actor: ctx.actor }),
    });
    return { officeName: office?.name ?? '', rows };
  });
}

/** The full item; every read is recorded in the metryka (`correspondence.incoming_viewed`). */
export async function getIncomingItem({
  deps,
  ctx,
  id,
}: {
  deps: CoreDeps;
  ctx: Context;
  id: string;
}): Promise<IncomingItem> {
  return withAuditedTenant({ deps, ctx }, async (tx, audit) => {
    await ensureIncomingVisible({ tx, actor: ctx.actor, id });
    const item = await loadIncomingItem({ tx, tenantId: ctx.actor.tenantId, id });
    await audit({
      action: 'correspondence.incoming_viewed',
      subjectType: 'incoming_item',
      subjectId: id,
      documentId: item.documentId,
      details: { rpwNumber: item.rpwNumber },
    });
    return item;
  });
}

/** The item with the office name, for labels and receipts. */
export async function getIncomingItemForPrint({
  deps,
  ctx,
  id,
}: Scope & { id: string }): Promise<{ officeName: string; item: IncomingItem }> {
  const tenantId = ctx.actor.tenantId;
  return inTenant({ deps, ctx }, async (tx) => {
    await ensureIncomingVisible({ tx, actor: ctx.actor, id });
    const item = await loadIncomingItem({ tx, tenantId, id });
    const office = await getTenantSummary({ tx, tenantId });
    return { officeName: office?.name ?? '', item };
  });
}

export async function listDictionary({
  deps,
  ctx,
  kind,
}: Scope & { kind: DictionaryKind }): Promise<{ items: DictionaryEntry[] }> {
  const items = await inTenant({ deps, ctx }, (tx) =>
    createCorrespondenceRepository({ db: tx }).listDictionary({ tenantId: ctx.actor.tenantId, kind }),
  );
  return { items };
}

/** A new office's delivery methods and document kinds (its bootstrap transaction). */
export async function seedCorrespondenceDictionaries({ tx, tenantId }: { tx: Database; tenantId: string }) {
  const repository = createCorrespondenceRepository({ db: tx });
  await repository.insertDictionaryEntries({
    tenantId,
    kind: 'delivery_methods',
    entries: DEFAULT_DELIVERY_METHODS,
  });
  await repository.insertDictionaryEntries({
    tenantId,
    kind: 'document_kinds',
    entries: DEFAULT_DOCUMENT_KINDS,
  });
}
