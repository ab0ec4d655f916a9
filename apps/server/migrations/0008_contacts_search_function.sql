-- Search-as-you-type for the application role. Under Row-Level Security PostgreSQL does not use
-- the pg_trgm index of migration 0005 for `LIKE` (textlike is not LEAKPROOF, so it may not run
-- before the policy) and scans every contact of the office (~24 ms at 100,000 contacts).
-- This function runs as its owner (the migrating role, not subject to RLS), so the index is
-- usable; it confines itself to the office in `app.tenant_id`, exactly as the RLS policy does,
-- and never takes the office as a parameter, so it cannot read another office. It returns only
-- ids, at most `max_rows`, in the search ranking (exact identifier, name prefix, word prefix,
-- then by name); the repository reads the rows themselves under RLS and ranks them again.
CREATE OR REPLACE FUNCTION contacts_search_ids(words text[], identifier text, max_rows integer)
RETURNS TABLE (id uuid)
LANGUAGE plpgsql
STABLE
SECURITY DEFINER
SET search_path = public, pg_temp
AS $fn$
DECLARE
  office uuid := nullif(current_setting('app.tenant_id', true), '')::uuid;
  escaped text[];
  conditions text := '';
BEGIN
  IF office IS NULL OR coalesce(cardinality(words), 0) = 0 OR coalesce(max_rows, 0) <= 0 THEN
    RETURN;
  END IF;
  -- The words as literal LIKE text: \ % _ escaped (backslash is LIKE's default escape).
  SELECT array_agg(replace(replace(replace(w, '\', '\\'), '%', '\%'), '_', '\_') ORDER BY n)
    INTO escaped
    FROM unnest(words) WITH ORDINALITY AS u(w, n);
  -- One condition per word with the pattern as a literal, so each can use the trigram index.
  FOR i IN 1 .. cardinality(escaped) LOOP
    conditions := conditions || format(' AND c.search_text LIKE %L', '%' || escaped[i] || '%');
  END LOOP;
  RETURN QUERY EXECUTE format(
    'SELECT c.id FROM contacts c WHERE c.tenant_id = $1%s
     ORDER BY CASE
       WHEN $2 IS NOT NULL AND (c.pesel = $2 OR c.nip = $2 OR c.regon = $2 OR c.krs = $2) THEN 0
       WHEN c.search_text LIKE %L THEN 1
       WHEN c.search_text LIKE %L THEN 2
       ELSE 3 END, c.search_text, c.id
     LIMIT $3',
    conditions, escaped[1] || '%', '% ' || escaped[1] || '%')
    USING office, identifier, max_rows;
END
$fn$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION contacts_search_ids(text[], text, integer) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION contacts_search_ids(text[], text, integer) TO obieg_app;
