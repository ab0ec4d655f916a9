import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/database.types.js';

/** Where candidates come from: a source's own words, or the text of its files. */
export type SearchSource = 'incoming' | 'incoming_files' | 'case' | 'document' | 'document_files';

export type SearchFilters = {
  from: Date | null;
  /** Exclusive. */
  to: Date | null;
  unitId: string | null;
  status: string | null;
  jrwaPrefix: string | null;
};

export type SearchRow = {
  id: string;
  case_id: string | null;
  title: string;
  reference: string;
  date: Date | string | null;
  content: string | null;
};

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;
const and = (parts: (SQL | null | undefined | false)[]) =>
  sql.join(
    parts.filter((p): p is SQL => Boolean(p)),
    sql` and `,
  );
const uuids = (ids: string[]) => sql`${`{${ids.join(',')}}`}::uuid[]`;

/**
 * Search (ADR 0009) in two steps: `candidates` asks the `search_candidates` function (migration
 * 0016: it runs as the owner so the full-text indexes are usable under RLS, confined to the
 * office in `app.tenant_id`) for matching ids newest first; the row readers then load those rows
 * under RLS with the caller's visibility and filters, newest first.
 */
export function createSearchRepository({ db }: { db: Database }) {
  return {
    async candidates({
      source,
      query,
      filters,
      before,
      limit,
    }: {
      source: SearchSource;
      query: string;
      filters: SearchFilters;
      before: Date | null;
      limit: number;
    }): Promise<{ id: string; at: Date | string }[]> {
      return rowsOf(
        await db.execute(sql`select id, at from search_candidates(${source}, ${query},
          ${filters.from}::timestamptz, ${filters.to}::timestamptz, ${before}::timestamptz, ${limit}::int)`),
      );
    },

    /**
     * For each typed word (rows ordered best first): `known` when a word of the office starts with
     * it, otherwise the most similar words of the office (`search_similar_words`, migration 0018).
     */
    async similarWords(typed: string[]) {
      return rowsOf<{ typed_word: string; known: boolean; word: string; score: number }>(
        await db.execute(sql`select typed_word, known, word, score
          from search_similar_words(${`{${typed.map((w) => `"${w}"`).join(',')}}`}::text[], 1)`),
      );
    },

    async incomingRows({ ids, visible, filters, withContent }: Rows) {
      return rowsOf<SearchRow>(
        await db.execute(sql`
          select id, null as case_id, title, rpw_number as reference, registered_at as date,
                 ${withContent ? sql`(select left(x.text, 200000) from incoming_item_files f join file_texts x on x.file_id = f.file_id where f.item_id = incoming_items.id order by f.position limit 1)` : sql`null`} as content
            from incoming_items
           where ${and([
             sql`id = any(${uuids(ids)})`,
             visible,
             filters.status ? sql`status = ${filters.status}` : null,
           ])}
           order by registered_at desc`),
      );
    },

    async caseRows({ ids, visible, filters }: Rows) {
      return rowsOf<SearchRow>(
        await db.execute(sql`
          select id, id as case_id, title, sign as reference, opened_at as date, description as content
            from cases
           where ${and([
             sql`id = any(${uuids(ids)})`,
             visible,
             filters.status ? sql`status = ${filters.status}` : null,
             filters.unitId ? sql`unit_id = ${filters.unitId}` : null,
             filters.jrwaPrefix ? sql`starts_with(jrwa_symbol, ${filters.jrwaPrefix})` : null,
           ])}
           order by opened_at desc`),
      );
    },

    async documentRows({ ids, visible, filters, withContent }: Rows) {
      return rowsOf<SearchRow>(
        await db.execute(sql`
          select case_documents.id, case_documents.case_id, case_documents.title,
                 c2.sign || ' · ' || case_documents.document_id as reference, case_documents.added_at as date,
                 ${withContent ? sql`(select left(x.text, 200000) from file_texts x where x.file_id = case_documents.file_id)` : sql`case_documents.content`} as content
            from case_documents
            join cases c2 on c2.id = case_documents.case_id
           where ${and([
             sql`case_documents.id = any(${uuids(ids)})`,
             visible,
             filters.unitId ? sql`c2.unit_id = ${filters.unitId}` : null,
             filters.jrwaPrefix ? sql`starts_with(c2.jrwa_symbol, ${filters.jrwaPrefix})` : null,
           ])}
           order by case_documents.added_at desc`),
      );
    },
  };
}

type Rows = { ids: string[]; visible: SQL | undefined; filters: SearchFilters; withContent?: boolean };
