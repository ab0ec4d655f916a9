import type { SearchHit, SearchQuery, SearchResult, SearchType } from '@obieg/contracts/search';
import { endOfWarsawDay, startOfWarsawDay } from '../../shared/clock/clock.js';
import type { CoreDeps } from '../../shared/deps.js';
import type { Database } from '../../db/database.types.js';
import { withAuditedTenant, type AuditFn } from '../audit/audit.usecases.js';
import type { Context } from '../auth/auth.types.js';
import { caseDocumentsVisibleTo, casesVisibleTo } from '../cases/case-access.js';
import { searchContacts } from '../contacts/contacts.usecases.js';
import { incomingVisibleTo } from '../correspondence/incoming-visibility.usecases.js';
import { makeFragment, parseSearchWords, toPrefixQuery } from './search.models.js';
import {
  createSearchRepository,
  type SearchFilters,
  type SearchRow,
  type SearchSource,
} from './search.repository.js';

/** Batches of candidates read at most per source before giving up on filling a page. */
const SEARCH_ROUNDS = 4;

type Scope = { deps: CoreDeps; ctx: Context };

const toIso = (date: Date | string | null) =>
  date === null ? null : date instanceof Date ? date.toISOString() : new Date(date).toISOString();

function toHit(
  type: SearchType,
  row: SearchRow,
  words: string[],
  matchedIn: SearchHit['matchedIn'],
): SearchHit {
  const title = makeFragment(row.title, words);
  // A row found by its own words may have matched in its title or in its other metadata.
  const inTitle = matchedIn === 'metadata' && title.some((part) => part.match);
  return {
    type,
    id: row.id,
    caseId: type === 'document' ? row.case_id : null,
    title: row.title,
    reference: row.reference,
    date: toIso(row.date),
    matchedIn: inTitle ? 'metadata' : matchedIn,
    fragment: inTitle || !row.content ? title : makeFragment(row.content, words),
  };
}

type SearchScope = Scope & { query: SearchQuery };

const can = (ctx: Context, permission: 'correspondence:read' | 'cases:read' | 'contacts:read') =>
  ctx.actor.permissions.has(permission);
/** Filters by leading unit or JRWA class apply to cases and their documents only. */
const scopedToCases = (query: SearchQuery) => query.unitId !== undefined || query.jrwaSymbol !== undefined;
const wants = (query: SearchQuery, type: SearchType) => query.type === undefined || query.type === type;

/**
 * One search across what the actor may open (issue 4 §7, ADR 0009): incoming items (their
 * metadata and the text of their files), cases, case documents (metadata, notes, file text) and
 * contacts. Each source answers through its index under the actor's visibility, newest first and
 * bounded; nothing the actor cannot open is returned or counted. The office's dictionary is asked
 * first: a word that starts no known word is corrected to the nearest one (trigram), and the
 * full-text sources are searched with the corrected words only. Contacts are searched by their own
 * index (trigram already) with the words as typed. One transaction reads the rest and, when
 * something was found, records the search in the audit trail.
 */
export async function search({ deps, ctx, query }: SearchScope): Promise<SearchResult> {
  const words = parseSearchWords(query.q);
  if (words.length === 0) return { items: [], words, correctedWords: null };
  const contacts = await contactHits({ deps, ctx, query, words });
  return withAuditedTenant({ deps, ctx }, async (tx, audit) => {
    const lookup = await createSearchRepository({ db: tx }).similarWords(words);
    const known = (word: string) => lookup.some((row) => row.typed_word === word && row.known);
    let result: SearchResult;
    if (words.every(known)) {
      const hits = await fullTextHits({ tx, ctx, query, words });
      result = { items: merge([...hits, ...contacts], query.limit), words, correctedWords: null };
    } else {
      // The full-text sources cannot match such a word: only contacts may, or the corrected words.
      const corrected = words.map((word) =>
        known(word) ? word : lookup.find((row) => row.typed_word === word && !row.known)?.word,
      );
      const correctedWords =
        contacts.length === 0 && corrected.every((word) => word !== undefined)
          ? [...new Set(corrected as string[])]
          : null;
      const hits = correctedWords ? await fullTextHits({ tx, ctx, query, words: correctedWords }) : [];
      // A correction is reported only when it found something the actor may open.
      result =
        hits.length > 0
          ? { items: merge(hits, query.limit), words, correctedWords }
          : { items: merge(contacts, query.limit), words, correctedWords: null };
    }
    if (result.items.length > 0) await recordSearch({ audit, query, result });
    return result;
  });
}

/**
 * A search that found something is recorded in the audit trail: the hits show fragments of the
 * content of letters, notes and files, so who saw which (and searching for what) is kept, like any
 * read of a document. The words are kept folded, as searched; the filters beside them.
 */
async function recordSearch({
  audit,
  query,
  result,
}: {
  audit: AuditFn;
  query: SearchQuery;
  result: SearchResult;
}) {
  await audit({
    action: 'search.performed',
    details: {
      words: result.correctedWords ?? result.words,
      typed: result.correctedWords ? result.words : undefined,
      filters: {
        type: query.type,
        from: query.from,
        to: query.to,
        unitId: query.unitId,
        status: query.status,
        jrwaSymbol: query.jrwaSymbol,
      },
      hits: result.items.map((hit) => ({ type: hit.type, id: hit.id, matchedIn: hit.matchedIn })),
    },
  });
}

/** One hit per thing (a metadata match first), newest first; contacts (undated) after them. */
function merge(hits: SearchHit[], limit: number): SearchHit[] {
  const seen = new Set<string>();
  const unique = hits.filter((hit) => {
    const key = `${hit.type}:${hit.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  unique.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
  return unique.slice(0, limit);
}

/** Contacts by their own (trigram) search, for those who may read contacts, when no filter rules them out. */
async function contactHits({
  deps,
  ctx,
  query,
  words,
}: SearchScope & { words: string[] }): Promise<SearchHit[]> {
  const scoped = scopedToCases(query);
  if (!wants(query, 'contact') || scoped || query.status !== undefined || query.from || query.to) return [];
  if (!can(ctx, 'contacts:read')) return [];
  const contacts = await searchContacts({ deps, ctx, q: words.join(' '), limit: Math.min(query.limit, 10) });
  return contacts.items.map((contact) => ({
    type: 'contact' as const,
    id: contact.id,
    caseId: null,
    title: contact.displayName,
    reference: contact.addresses[0]?.city ?? '',
    date: null,
    matchedIn: 'metadata' as const,
    fragment: makeFragment(contact.displayName, words),
  }));
}

/** Incoming items, cases and case documents matching all the words, under the actor's visibility. */
async function fullTextHits({
  tx,
  ctx,
  query,
  words,
}: {
  tx: Database;
  ctx: Context;
  query: SearchQuery;
  words: string[];
}): Promise<SearchHit[]> {
  const scoped = scopedToCases(query);
  const filters: SearchFilters = {
    from: query.from ? startOfWarsawDay(query.from) : null,
    to: query.to ? endOfWarsawDay(query.to) : null,
    unitId: query.unitId ?? null,
    status: query.status ?? null,
    jrwaPrefix: query.jrwaSymbol ?? null,
  };
  const limit = query.limit;
  const tsquery = toPrefixQuery(words);
  const repository = createSearchRepository({ db: tx });
  // Candidates come newest first in batches; each batch is read under the caller's visibility
  // until `limit` rows are visible or the matches run out (bounded: SEARCH_ROUNDS batches).
  const collect = async (source: SearchSource, read: (ids: string[]) => Promise<SearchRow[]>) => {
    const rows: SearchRow[] = [];
    let before: Date | null = null;
    for (let round = 0; round < SEARCH_ROUNDS && rows.length < limit; round += 1) {
      const batch = Math.max(limit * 5, 100);
      const candidates = await repository.candidates({
        source,
        query: tsquery,
        filters,
        before,
        limit: batch,
      });
      if (candidates.length === 0) break;
      rows.push(...(await read(candidates.map((c) => c.id))));
      if (candidates.length < batch) break;
      const last = candidates.at(-1)?.at;
      before = last === undefined ? null : new Date(last);
    }
    return rows.slice(0, limit);
  };
  const found: SearchHit[] = [];
  if (wants(query, 'incoming') && !scoped && can(ctx, 'correspondence:read')) {
    const visible = await incomingVisibleTo({ tx, actor: ctx.actor });
    for (const row of await collect('incoming', (ids) => repository.incomingRows({ ids, visible, filters })))
      found.push(toHit('incoming', row, words, 'metadata'));
    for (const row of await collect('incoming_files', (ids) =>
      repository.incomingRows({ ids, visible, filters, withContent: true }),
    ))
      found.push(toHit('incoming', row, words, 'content'));
  }
  if (can(ctx, 'cases:read')) {
    if (wants(query, 'case')) {
      const visible = await casesVisibleTo({ tx, actor: ctx.actor });
      for (const row of await collect('case', (ids) => repository.caseRows({ ids, visible, filters })))
        found.push(toHit('case', row, words, 'metadata'));
    }
    if (wants(query, 'document') && query.status === undefined) {
      const visible = await caseDocumentsVisibleTo({ tx, actor: ctx.actor });
      for (const row of await collect('document', (ids) =>
        repository.documentRows({ ids, visible, filters }),
      ))
        found.push(toHit('document', row, words, 'metadata'));
      for (const row of await collect('document_files', (ids) =>
        repository.documentRows({ ids, visible, filters, withContent: true }),
      ))
        found.push(toHit('document', row, words, 'content'));
    }
  }
  return found;
}
