import type {
  Contact,
  ContactListItem,
  CreateContactInput,
  UpdateContactInput,
} from '@obieg/contracts/contacts';
import type { Database } from '../../db/database.types.js';
import type { CoreDeps } from '../../shared/deps.js';
import { createVersionConflictError } from '../../shared/errors/common.errors.js';
import { foldDiacritics } from '../../shared/text/fold.js';
import { inTenant, withAuditedTenant, type AuditFn } from '../audit/audit.usecases.js';
import type { Context } from '../auth/auth.types.js';
import { MAX_SEARCH_OFFSET, SUGGESTIONS_LIMIT } from './contacts.constants.js';
import {
  createContactKindMismatchError,
  createContactNotFoundError,
  createDuplicateIdentifierError,
} from './contacts.errors.js';
import {
  buildSearchText,
  diffContact,
  digitsOnly,
  identifiersOf,
  parseSearchQuery,
  toAddressRow,
  toContactDto,
  toContactFields,
  toContactListItem,
} from './contacts.models.js';
import { createContactsRepository } from './contacts.repository.js';
import type { ContactIdentifiers, ContactRow } from './contacts.types.js';

type Scope = { deps: CoreDeps; ctx: Context };

/** Search-as-you-type: every word must occur; exact identifiers, then name prefixes, come first. */
export async function searchContacts({
  deps,
  ctx,
  q,
  limit,
  cursor,
}: Scope & { q?: string; limit: number; cursor?: string }): Promise<{
  items: ContactListItem[];
  nextCursor: string | null;
}> {
  const offset = Math.min(Number(cursor ?? 0), MAX_SEARCH_OFFSET);
  const rows = await inTenant({ deps, ctx }, (tx) =>
    createContactsRepository({ db: tx }).searchContacts({
      tenantId: ctx.actor.tenantId,
      terms: parseSearchQuery(q),
      limit: limit + 1,
      offset,
    }),
  );
  const more = rows.length > limit && offset + limit <= MAX_SEARCH_OFFSET;
  return {
    items: rows.slice(0, limit).map(toContactListItem),
    nextCursor: more ? String(offset + limit) : null,
  };
}

/** Existing contacts with a name like the one being typed ("did you mean…?"). */
export async function suggestSimilarContacts({
  deps,
  ctx,
  name,
}: Scope & { name: string }): Promise<{ items: ContactListItem[] }> {
  const rows = await inTenant({ deps, ctx }, (tx) =>
    createContactsRepository({ db: tx }).listSimilarContacts({
      tenantId: ctx.actor.tenantId,
      folded: foldDiacritics(name),
      limit: SUGGESTIONS_LIMIT,
    }),
  );
  return { items: rows.map(toContactListItem) };
}

/** The full record, with PESEL and addresses: opening it is recorded in the metryka. */
export async function getContact({ deps, ctx, id }: Scope & { id: string }): Promise<Contact> {
  return withAuditedTenant({ deps, ctx }, async (tx, audit) => {
    const row = await createContactsRepository({ db: tx }).findContactById({
      tenantId: ctx.actor.tenantId,
      id,
    });
    if (!row) throw createContactNotFoundError();
    await audit({ action: 'contacts.record_viewed', subjectType: 'contact', subjectId: id });
    return toContactDto(row);
  });
}

async function ensureNoDuplicate({
  tx,
  tenantId,
  identifiers,
  exceptId,
}: {
  tx: Database;
  tenantId: string;
  identifiers: ContactIdentifiers;
  exceptId?: string;
}) {
  // Without an identifier there is nothing to collide with, and nothing to serialise.
  if (Object.values(identifiers).every((value) => value === null)) return;
  const repository = createContactsRepository({ db: tx });
  await repository.lockIdentifiers({ tenantId });
  const existing = await repository.findContactByIdentifiers({ tenantId, identifiers, exceptId });
  if (!existing) return;
  const field = (['pesel', 'nip', 'regon', 'krs'] as const).find(
    (f) => identifiers[f] !== null && identifiers[f] === existing[f],
  );
  throw createDuplicateIdentifierError({
    detail: `The office already has a contact with this ${field?.toUpperCase() ?? 'identifier'}.`,
    meta: { existingId: existing.id, identifier: field },
  });
}

export async function createContact({
  deps,
  ctx,
  input,
}: Scope & { input: CreateContactInput }): Promise<Contact> {
  return withAuditedTenant({ deps, ctx }, (tx, audit) =>
    createContactInTransaction({ deps, tx, audit, tenantId: ctx.actor.tenantId, input }),
  );
}

/** Creates a contact inside the caller's audited transaction (e.g. a new sender of a registration). */
export async function createContactInTransaction({
  deps,
  tx,
  audit,
  tenantId,
  input,
}: {
  deps: CoreDeps;
  tx: Database;
  audit: AuditFn;
  tenantId: string;
  input: CreateContactInput;
}): Promise<Contact> {
  const fields = toContactFields(input);
  await ensureNoDuplicate({ tx, tenantId, identifiers: identifiersOf(fields) });
  const now = deps.clock.now();
  const row = await createContactsRepository({ db: tx }).insertContact({
    contact: {
      ...fields,
      id: deps.ids.next(),
      tenantId,
      searchText: buildSearchText(fields),
      createdAt: now,
      updatedAt: now,
    },
  });
  await audit({
    action: 'contacts.created',
    subjectType: 'contact',
    subjectId: row.id,
    details: { kind: row.kind, ...identifiersOf(row) },
  });
  return toContactDto(row);
}

/** A contact of the office inside the caller's transaction, or null (not audited: no one is shown it). */
export async function findContactInTransaction({
  tx,
  tenantId,
  id,
}: {
  tx: Database;
  tenantId: string;
  id: string;
}): Promise<Contact | null> {
  const row = await createContactsRepository({ db: tx }).findContactById({ tenantId, id });
  return row ? toContactDto(row) : null;
}

/** A contact known by its e-Doręczenia address or ePUAP box, in the caller's transaction, or null. */
export async function findContactByChannelInTransaction({
  tx,
  tenantId,
  edeliveryAddress,
  epuapBox,
}: {
  tx: Database;
  tenantId: string;
  edeliveryAddress?: string;
  epuapBox?: string;
}): Promise<Contact | null> {
  const row = await createContactsRepository({ db: tx }).findContactByChannel({
    tenantId,
    edeliveryAddress,
    epuapBox,
  });
  return row ? toContactDto(row) : null;
}

/** The electronic addresses in the office's contact base (the demo registers them with its simulators). */
export async function listContactChannels({ tx, tenantId }: { tx: Database; tenantId: string }) {
  return createContactsRepository({ db: tx }).listChannels({ tenantId });
}

/** The stored row with the PATCH applied (only fields given; identifiers normalised). */
function applyPatch(row: ContactRow, input: UpdateContactInput): ContactRow {
  const { kind: _kind, version: _version, addresses, ...rest } = input;
  const next: ContactRow = { ...row };
  for (const [key, value] of Object.entries(rest)) {
    if (value !== undefined) Object.assign(next, { [key]: value });
  }
  if (addresses) next.addresses = addresses.map(toAddressRow);
  for (const field of ['pesel', 'nip', 'regon', 'krs'] as const) next[field] = digitsOnly(next[field]);
  return next;
}

/** Optimistic concurrency: a stale `version` answers 409 and changes nothing. */
export async function updateContact({
  deps,
  ctx,
  id,
  input,
}: Scope & { id: string; input: UpdateContactInput }): Promise<Contact> {
  const tenantId = ctx.actor.tenantId;
  return withAuditedTenant({ deps, ctx }, async (tx, audit) => {
    const repository = createContactsRepository({ db: tx });
    const before = await repository.findContactById({ tenantId, id });
    if (!before) throw createContactNotFoundError();
    if (before.kind !== input.kind) {
      throw createContactKindMismatchError({
        detail: `The contact is a ${before.kind}; its kind cannot change.`,
        meta: { errors: [{ path: '/kind', message: `Expected '${before.kind}'` }] },
      });
    }
    if (before.version !== input.version) throw createVersionConflictError();
    const next = applyPatch(before, input);
    await ensureNoDuplicate({ tx, tenantId, identifiers: identifiersOf(next), exceptId: id });
    const { id: _id, tenantId: _tenant, version: _v, createdAt: _c, ...fields } = next;
    const after = await repository.updateContact({
      tenantId,
      id,
      version: input.version,
      patch: { ...fields, searchText: buildSearchText(fields), updatedAt: deps.clock.now() },
    });
    if (!after) throw createVersionConflictError();
    await audit({
      action: 'contacts.updated',
      subjectType: 'contact',
      subjectId: id,
      details: { version: after.version, changes: diffContact(before, after) },
    });
    return toContactDto(after);
  });
}
