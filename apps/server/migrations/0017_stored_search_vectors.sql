-- Stored search vectors (ADR 0009). Each searchable table gets `search_vector`, generated from its
-- folded `search_text` with the expression of `searchVector` (db/search.ts). It is not in the
-- Drizzle schema (generated; nothing writes it); the GIN indexes now cover the column, so a match
-- that the index cannot settle alone (lossy pages, or a date-ordered scan testing each row) reads
-- the stored vector instead of recomputing regexp_replace and to_tsvector for every row.
ALTER TABLE "incoming_items" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (to_tsvector('simple', regexp_replace("search_text", '[^[:alnum:]]+', ' ', 'g'))) STORED;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (to_tsvector('simple', regexp_replace("search_text", '[^[:alnum:]]+', ' ', 'g'))) STORED;--> statement-breakpoint
ALTER TABLE "case_documents" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (to_tsvector('simple', regexp_replace("search_text", '[^[:alnum:]]+', ' ', 'g'))) STORED;--> statement-breakpoint
ALTER TABLE "file_texts" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (to_tsvector('simple', regexp_replace("search_text", '[^[:alnum:]]+', ' ', 'g'))) STORED;--> statement-breakpoint
DROP INDEX "incoming_items_search_idx";--> statement-breakpoint
DROP INDEX "case_documents_search_idx";--> statement-breakpoint
DROP INDEX "cases_search_idx";--> statement-breakpoint
DROP INDEX "file_texts_search_idx";--> statement-breakpoint
CREATE INDEX "incoming_items_search_idx" ON "incoming_items" USING gin (search_vector);--> statement-breakpoint
CREATE INDEX "case_documents_search_idx" ON "case_documents" USING gin (search_vector);--> statement-breakpoint
CREATE INDEX "cases_search_idx" ON "cases" USING gin (search_vector);--> statement-breakpoint
CREATE INDEX "file_texts_search_idx" ON "file_texts" USING gin (search_vector);--> statement-breakpoint
-- search_candidates (0016) matches the stored vectors.
CREATE OR REPLACE FUNCTION search_candidates(
  source text, query text, date_from timestamptz, date_to timestamptz, before timestamptz, max_rows integer)
RETURNS TABLE (id uuid, at timestamptz)
LANGUAGE plpgsql
STABLE
SECURITY DEFINER
SET search_path = public, pg_temp
AS $fn$
DECLARE
  office uuid := nullif(current_setting('app.tenant_id', true), '')::uuid;
  matched text;
  statement text;
BEGIN
  IF office IS NULL OR coalesce(query, '') = '' OR coalesce(max_rows, 0) <= 0 THEN
    RETURN;
  END IF;
  matched := '%s @@ to_tsquery(''simple'', $2)';
  statement := CASE source
    WHEN 'incoming' THEN
      'SELECT t.id, t.registered_at FROM incoming_items t WHERE t.tenant_id = $1 AND '
        || format(matched, 't.search_vector') || ' AND %1$s ORDER BY t.registered_at DESC LIMIT $6'
    WHEN 'incoming_files' THEN
      'SELECT t.id, t.registered_at FROM file_texts x JOIN incoming_item_files f ON f.file_id = x.file_id
         JOIN incoming_items t ON t.id = f.item_id WHERE x.tenant_id = $1 AND '
        || format(matched, 'x.search_vector') || ' AND %1$s ORDER BY t.registered_at DESC LIMIT $6'
    WHEN 'case' THEN
      'SELECT t.id, t.opened_at FROM cases t WHERE t.tenant_id = $1 AND '
        || format(matched, 't.search_vector') || ' AND %1$s ORDER BY t.opened_at DESC LIMIT $6'
    WHEN 'document' THEN
      'SELECT t.id, t.added_at FROM case_documents t WHERE t.tenant_id = $1 AND '
        || format(matched, 't.search_vector') || ' AND %1$s ORDER BY t.added_at DESC LIMIT $6'
    WHEN 'document_files' THEN
      'SELECT t.id, t.added_at FROM file_texts x JOIN case_documents t ON t.file_id = x.file_id
        WHERE x.tenant_id = $1 AND '
        || format(matched, 'x.search_vector') || ' AND %1$s ORDER BY t.added_at DESC LIMIT $6'
  END;
  IF statement IS NULL THEN
    RAISE EXCEPTION 'unknown search source %', source;
  END IF;
  statement := format(statement, format(
    '($3 IS NULL OR %1$s >= $3) AND ($4 IS NULL OR %1$s < $4) AND ($5 IS NULL OR %1$s < $5)',
    CASE source WHEN 'incoming' THEN 't.registered_at' WHEN 'incoming_files' THEN 't.registered_at'
      WHEN 'case' THEN 't.opened_at' ELSE 't.added_at' END));
  RETURN QUERY EXECUTE statement USING office, query, date_from, date_to, before, max_rows;
END
$fn$;
