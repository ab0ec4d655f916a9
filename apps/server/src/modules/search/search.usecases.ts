import type { SearchHit, SearchQuery, SearchResult, SearchType } from '@obieg/contracts/search';
import { addCalendarDays } from '../../shared/calendar/polish-holidays.js';
import { startOfWarsawDay } from '../../shared/clock/clock.js';
import type { CoreDeps } from '../../shared/deps.js';
import { inTenant } from '../audit/audit.usecases.js';
import type { Context } from '../auth/auth.types.js';
import { caseDocumentsVisibleTo, casesVisibleTo } from '../cases/case-access.js';
import { searchContacts } from '../contacts/contacts.usecases.js';
import { incomingVisibleTo } from '../correspondence/incoming-visibility.usecases.js';
import { makeFragment, parseSearchWords, toPrefixQuery } from './search.models.js';
import { createSearchRepository, type SearchFilters, type SearchRow } from './search.repository.js';

type Scope = { deps: CoreDeps; ctx: Context };

const toIso = (date: Date | string | null) =>
  date === null ? null : date instanceof Date ? date.toISOString() : new Date(date).toISOString();

function toHit(
  type: SearchType,
  row: SearchRow,
  words: string[],
  matchedIn: SearchHit['matchedIn'],
): SearchHit {
  return {
    type,
    id: row.id,
    caseId: type === 'document' ? row.case_id : null,
    title: row.title,
    reference: row.reference,
    date: toIso(row.date),
    matchedIn,
    fragment:
      matchedIn === 'content' && row.content
        ? makeFragment(row.content, words)
        : makeFragment(row.title, words),
  };
}

/**
 * One search across what the actor may open (issue 4 §7, ADR 0009): incoming items (their
 * metadata and the text of their files), cases, case documents (metadata, notes, file text) and
 * contacts. Each source answers through its index under the actor's visibility, newest first and
 * bounded; nothing the actor cannot open is returned or counted.
 */
export async function search({ deps, ctx, query }: Scope & { query: SearchQuery }): Promise<SearchResult> {
  const words = parseSearchWords(query.q);
  if (words.length === 0) return { items: [], words };
  const tenantId = ctx.actor.tenantId;
  const can = (permission: 'correspondence:read' | 'cases:read' | 'contacts:read') =>
    ctx.actor.permissions.has(permission);
  const wants = (type: SearchType) => query.type === undefined || query.type === type;
  const scoped = query.unitId !== undefined || query.jrwaSymbol !== undefined;
  const filters: SearchFilters = {
    from: query.from ? startOfWarsawDay(query.from) : null,
    to: query.to ? startOfWarsawDay(addCalendarDays({ date: query.to, days: 1 })) : null,
    unitId: query.unitId ?? null,
    status: query.status ?? null,
    jrwaPrefix: query.jrwaSymbol ?? null,
  };
  const limit = query.limit;
  const tsquery = toPrefixQuery(words);
  const hits = await inTenant({ deps, ctx }, async (tx) => {
    const repository = createSearchRepository({ db: tx });
    // A plan per query: how many rows a word matches decides between the word index and the date
    // order, and a prepared statement's generic plan would choose once for all words (ADR 0009).
    await repository.planEachQuery();
    const found: SearchHit[] = [];
    const args = { tenantId, query: tsquery, filters, limit };
    if (wants('incoming') && !scoped && can('correspondence:read')) {
      const visible = await incomingVisibleTo({ tx, actor: ctx.actor });
      for (const row of await repository.incomingByMetadata({ ...args, visible }))
        found.push(toHit('incoming', row, words, 'metadata'));
      for (const row of await repository.incomingByContent({ ...args, visible }))
        found.push(toHit('incoming', row, words, 'content'));
    }
    if (can('cases:read')) {
      if (wants('case')) {
        const visible = await casesVisibleTo({ tx, actor: ctx.actor });
        for (const row of await repository.casesByMetadata({ ...args, visible }))
          found.push(toHit('case', row, words, 'metadata'));
      }
      if (wants('document') && query.status === undefined) {
        const visible = await caseDocumentsVisibleTo({ tx, actor: ctx.actor });
        for (const row of await repository.documentsByMetadata({ ...args, visible }))
          found.push(toHit('document', row, words, row.content ? 'content' : 'metadata'));
        for (const row of await repository.documentsByContent({ ...args, visible }))
          found.push(toHit('document', row, words, 'content'));
      }
    }
    return found;
  });
  if (
    wants('contact') &&
    !scoped &&
    query.status === undefined &&
    !query.from &&
    !query.to &&
    can('contacts:read')
  ) {
    const contacts = await searchContacts({ deps, ctx, q: words.join(' '), limit: Math.min(limit, 10) });
    for (const contact of contacts.items)
      hits.push({
        type: 'contact',
        id: contact.id,
        caseId: null,
        title: contact.displayName,
        reference: contact.addresses[0]?.city ?? '',
        date: null,
        matchedIn: 'metadata',
        fragment: makeFragment(contact.displayName, words),
      });
  }
  // One hit per thing (a metadata match first), newest first; contacts (undated) after them.
  const seen = new Set<string>();
  const unique = hits.filter((hit) => {
    const key = `${hit.type}:${hit.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  unique.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
  return { items: unique.slice(0, limit), words };
}
