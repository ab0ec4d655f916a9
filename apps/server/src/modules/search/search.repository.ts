import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/database.types.js';
import { searchVector } from '../../db/search.js';

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

const rowsOf = (result: unknown) => (result as { rows: SearchRow[] }).rows;
const and = (parts: (SQL | null | undefined | false)[]) =>
  sql.join(
    parts.filter((p): p is SQL => Boolean(p)),
    sql` and `,
  );
const within = (column: SQL, f: SearchFilters) => [
  f.from ? sql`${column} >= ${f.from}` : null,
  f.to ? sql`${column} < ${f.to}` : null,
];

/**
 * Searches (ADR 0009): each source is matched through its own full-text index (`searchVector`),
 * filtered by the caller's visibility condition, newest first, at most `limit` rows — no source
 * is ever counted or ranked whole. Visibility conditions name the source tables unaliased.
 */
export function createSearchRepository({ db }: { db: Database }) {
  const q = (words: string) => sql`to_tsquery('simple', ${words})`;
  return {
    /** For the rest of the transaction: no generic plans (see search.usecases.ts). */
    async planEachQuery() {
      await db.execute(sql`set local plan_cache_mode = force_custom_plan`);
    },

    async incomingByMetadata({ tenantId, query, visible, filters, limit }: Args) {
      return rowsOf(
        await db.execute(sql`
          select id, null as case_id, title, rpw_number as reference, registered_at as date, null as content
            from incoming_items
           where ${and([
             sql`tenant_id = ${tenantId}`,
             sql`${searchVector(sql`search_text`)} @@ ${q(query)}`,
             visible,
             filters.status ? sql`status = ${filters.status}` : null,
             ...within(sql`registered_at`, filters),
           ])}
           order by registered_at desc limit ${limit}`),
      );
    },

    async incomingByContent({ tenantId, query, visible, filters, limit }: Args) {
      return rowsOf(
        await db.execute(sql`
          select incoming_items.id, null as case_id, incoming_items.title, incoming_items.rpw_number as reference,
                 incoming_items.registered_at as date, left(x.text, 200000) as content
            from file_texts x
            join incoming_item_files f on f.file_id = x.file_id
            join incoming_items on incoming_items.id = f.item_id
           where ${and([
             sql`x.tenant_id = ${tenantId}`,
             sql`${searchVector(sql`x.search_text`)} @@ ${q(query)}`,
             visible,
             filters.status ? sql`incoming_items.status = ${filters.status}` : null,
             ...within(sql`incoming_items.registered_at`, filters),
           ])}
           order by incoming_items.registered_at desc limit ${limit}`),
      );
    },

    async casesByMetadata({ tenantId, query, visible, filters, limit }: Args) {
      return rowsOf(
        await db.execute(sql`
          select id, id as case_id, title, sign as reference, opened_at as date, description as content
            from cases
           where ${and([
             sql`tenant_id = ${tenantId}`,
             sql`${searchVector(sql`search_text`)} @@ ${q(query)}`,
             visible,
             filters.status ? sql`status = ${filters.status}` : null,
             filters.unitId ? sql`unit_id = ${filters.unitId}` : null,
             filters.jrwaPrefix ? sql`starts_with(jrwa_symbol, ${filters.jrwaPrefix})` : null,
             ...within(sql`opened_at`, filters),
           ])}
           order by opened_at desc limit ${limit}`),
      );
    },

    async documentsByMetadata({ tenantId, query, visible, filters, limit }: Args) {
      return rowsOf(
        await db.execute(sql`
          select case_documents.id, case_documents.case_id, case_documents.title,
                 c2.sign || ' · ' || case_documents.document_id as reference,
                 case_documents.added_at as date, case_documents.content
            from case_documents
            join cases c2 on c2.id = case_documents.case_id
           where ${and([
             sql`case_documents.tenant_id = ${tenantId}`,
             sql`${searchVector(sql`case_documents.search_text`)} @@ ${q(query)}`,
             visible,
             filters.unitId ? sql`c2.unit_id = ${filters.unitId}` : null,
             filters.jrwaPrefix ? sql`starts_with(c2.jrwa_symbol, ${filters.jrwaPrefix})` : null,
             ...within(sql`case_documents.added_at`, filters),
           ])}
           order by case_documents.added_at desc limit ${limit}`),
      );
    },

    async documentsByContent({ tenantId, query, visible, filters, limit }: Args) {
      return rowsOf(
        await db.execute(sql`
          select case_documents.id, case_documents.case_id, case_documents.title,
                 c2.sign || ' · ' || case_documents.document_id as reference,
                 case_documents.added_at as date, left(x.text, 200000) as content
            from file_texts x
            join case_documents on case_documents.file_id = x.file_id
            join cases c2 on c2.id = case_documents.case_id
           where ${and([
             sql`x.tenant_id = ${tenantId}`,
             sql`${searchVector(sql`x.search_text`)} @@ ${q(query)}`,
             visible,
             filters.unitId ? sql`c2.unit_id = ${filters.unitId}` : null,
             filters.jrwaPrefix ? sql`starts_with(c2.jrwa_symbol, ${filters.jrwaPrefix})` : null,
             ...within(sql`case_documents.added_at`, filters),
           ])}
           order by case_documents.added_at desc limit ${limit}`),
      );
    },
  };
}

type Args = {
  tenantId: string;
  /** A tsquery of prefix words (`toPrefixQuery`). */
  query: string;
  visible: SQL | undefined;
  filters: SearchFilters;
  limit: number;
};
