-- Fuzzy search (issue 4 §7, ADR 0009): the words of an office, for the trigram fallback. When a
-- search finds nothing, a word that starts no known word is replaced by the most similar known
-- word (pg_trgm `%`), the way PostgreSQL's documentation suggests (pg_trgm, "Text Search
-- Integration"): a trigram index over the distinct words is small and fast, where one over every
-- document's text would be as large as the texts and slow to write.
--
-- The table is filled by triggers as searchable rows are written (their stored `search_vector`,
-- migration 0017) and read only through the SECURITY DEFINER functions below, confined to the office
-- in `app.tenant_id`; the application role has no grant on it. A word of a deleted row stays (a
-- suggestion it yields finds nothing visible, and the search then reports no correction). Words
-- with digits (RPW numbers, dates) and words shorter than 3 letters are not kept: trigrams of them
-- suggest nothing useful. Words are inserted in sorted order, so concurrent writers of the same new
-- words wait for each other instead of deadlocking.
CREATE TABLE "search_words" (
  "tenant_id" uuid NOT NULL REFERENCES "tenants" ("id") ON DELETE CASCADE,
  "word" text COLLATE "C" NOT NULL,
  PRIMARY KEY ("tenant_id", "word")
);--> statement-breakpoint
ALTER TABLE "search_words" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
REVOKE ALL ON TABLE "search_words" FROM obieg_app;--> statement-breakpoint
CREATE INDEX "search_words_trgm_idx" ON "search_words" USING gin ("word" gin_trgm_ops);--> statement-breakpoint
CREATE OR REPLACE FUNCTION search_words_collect() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = public, pg_temp
AS $fn$
BEGIN
  IF NEW.search_vector IS NOT NULL THEN
    INSERT INTO search_words (tenant_id, word)
    SELECT NEW.tenant_id, w
      FROM unnest(tsvector_to_array(NEW.search_vector)) AS w
     WHERE length(w) BETWEEN 3 AND 40 AND w !~ '[0-9]'
     ORDER BY w
    ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END
$fn$;--> statement-breakpoint
CREATE TRIGGER "incoming_items_search_words" AFTER INSERT OR UPDATE OF "search_text" ON "incoming_items"
  FOR EACH ROW EXECUTE FUNCTION search_words_collect();--> statement-breakpoint
CREATE TRIGGER "cases_search_words" AFTER INSERT OR UPDATE OF "search_text" ON "cases"
  FOR EACH ROW EXECUTE FUNCTION search_words_collect();--> statement-breakpoint
CREATE TRIGGER "case_documents_search_words" AFTER INSERT OR UPDATE OF "search_text" ON "case_documents"
  FOR EACH ROW EXECUTE FUNCTION search_words_collect();--> statement-breakpoint
CREATE TRIGGER "file_texts_search_words" AFTER INSERT OR UPDATE OF "search_text" ON "file_texts"
  FOR EACH ROW EXECUTE FUNCTION search_words_collect();--> statement-breakpoint
INSERT INTO search_words (tenant_id, word)
SELECT DISTINCT tenant_id, w
  FROM (
    SELECT tenant_id, unnest(tsvector_to_array(search_vector)) AS w FROM incoming_items
    UNION ALL SELECT tenant_id, unnest(tsvector_to_array(search_vector)) FROM cases
    UNION ALL SELECT tenant_id, unnest(tsvector_to_array(search_vector)) FROM case_documents
    UNION ALL SELECT tenant_id, unnest(tsvector_to_array(search_vector)) FROM file_texts
  ) AS words
 WHERE length(w) BETWEEN 3 AND 40 AND w !~ '[0-9]'
ON CONFLICT DO NOTHING;--> statement-breakpoint
-- For each typed word: whether a known word starts with it (then it is kept as typed), and
-- otherwise the most similar known words, best first. The smallest word at or after the typed one
-- (byte order, COLLATE "C") starts with it if any word does, so the check is one index probe.
CREATE OR REPLACE FUNCTION search_similar_words(typed text[], max_per_word integer)
RETURNS TABLE (typed_word text, known boolean, word text, score real)
LANGUAGE plpgsql
STABLE
SECURITY DEFINER
SET search_path = public, pg_temp
AS $fn$
DECLARE
  office uuid := nullif(current_setting('app.tenant_id', true), '')::uuid;
  t text;
  nearest text;
BEGIN
  IF office IS NULL OR typed IS NULL OR coalesce(max_per_word, 0) <= 0 THEN
    RETURN;
  END IF;
  FOREACH t IN ARRAY typed[1:8] LOOP
    SELECT s.word INTO nearest FROM search_words s
     WHERE s.tenant_id = office AND s.word >= (t COLLATE "C")
     ORDER BY s.word LIMIT 1;
    IF nearest IS NOT NULL AND starts_with(nearest, t) THEN
      typed_word := t; known := true; word := t; score := 1;
      RETURN NEXT;
    ELSIF length(t) >= 3 THEN
      RETURN QUERY
        SELECT t, false, s.word::text, similarity(s.word, t)
          FROM search_words s
         WHERE s.tenant_id = office AND s.word % t
         ORDER BY similarity(s.word, t) DESC, s.word
         LIMIT max_per_word;
    END IF;
  END LOOP;
END
$fn$;--> statement-breakpoint
REVOKE ALL ON FUNCTION search_similar_words(text[], integer) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION search_similar_words(text[], integer) TO obieg_app;
