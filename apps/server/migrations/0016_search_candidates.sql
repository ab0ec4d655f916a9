-- Search candidates for the application role (ADR 0009). Under Row-Level Security PostgreSQL does
-- not use the full-text (GIN) indexes of migration 0015: the match operator `@@` (ts_match_vq) is
-- not LEAKPROOF, so it may not run before the policy, and every row of the office is tested in
-- date order. This function runs as its owner (the migrating role, not subject to RLS), so the
-- index is usable; like contacts_search_ids (0008) it confines itself to the office in
-- `app.tenant_id` and never takes the office as a parameter. It returns ids and dates only, newest
-- first, at most `max_rows`, before `before` (to continue); the repository reads the rows under
-- RLS and applies the caller's visibility and filters. The query is planned on each call (EXECUTE
-- with the values): how many rows a word matches decides between the index and the date order.
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
  matched := $m$to_tsvector('simple', regexp_replace(%s, '[^[:alnum:]]+', ' ', 'g')) @@ to_tsquery('simple', $2)$m$;
  statement := CASE source
    WHEN 'incoming' THEN
      'SELECT t.id, t.registered_at FROM incoming_items t WHERE t.tenant_id = $1 AND '
        || format(matched, 't.search_text') || ' AND %1$s ORDER BY t.registered_at DESC LIMIT $6'
    WHEN 'incoming_files' THEN
      'SELECT t.id, t.registered_at FROM file_texts x JOIN incoming_item_files f ON f.file_id = x.file_id
         JOIN incoming_items t ON t.id = f.item_id WHERE x.tenant_id = $1 AND '
        || format(matched, 'x.search_text') || ' AND %1$s ORDER BY t.registered_at DESC LIMIT $6'
    WHEN 'case' THEN
      'SELECT t.id, t.opened_at FROM cases t WHERE t.tenant_id = $1 AND '
        || format(matched, 't.search_text') || ' AND %1$s ORDER BY t.opened_at DESC LIMIT $6'
    WHEN 'document' THEN
      'SELECT t.id, t.added_at FROM case_documents t WHERE t.tenant_id = $1 AND '
        || format(matched, 't.search_text') || ' AND %1$s ORDER BY t.added_at DESC LIMIT $6'
    WHEN 'document_files' THEN
      'SELECT t.id, t.added_at FROM file_texts x JOIN case_documents t ON t.file_id = x.file_id
        WHERE x.tenant_id = $1 AND '
        || format(matched, 'x.search_text') || ' AND %1$s ORDER BY t.added_at DESC LIMIT $6'
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
--> statement-breakpoint
REVOKE ALL ON FUNCTION search_candidates(text, text, timestamptz, timestamptz, timestamptz, integer) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION search_candidates(text, text, timestamptz, timestamptz, timestamptz, integer) TO obieg_app;
