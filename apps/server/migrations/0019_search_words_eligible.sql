-- search_similar_words (0018) answers `known` for the words the dictionary does not judge: words
-- with digits, shorter than 3 letters, or of 40 characters and more (a query word is cut at 40
-- and may begin a longer word). For the others, `known = false` now means that no searchable row of
-- the office holds a word starting with it, so the full-text search is skipped for such a query
-- (it would find nothing, and a word the planner cannot rule out may walk every row of the office
-- in date order to learn that) and the correction is tried at once (ADR 0009 §6).
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
    nearest := NULL;
    IF length(t) BETWEEN 3 AND 39 AND t !~ '[0-9]' THEN
      SELECT s.word INTO nearest FROM search_words s
       WHERE s.tenant_id = office AND s.word >= (t COLLATE "C")
       ORDER BY s.word LIMIT 1;
    END IF;
    IF length(t) NOT BETWEEN 3 AND 39 OR t ~ '[0-9]' OR (nearest IS NOT NULL AND starts_with(nearest, t)) THEN
      typed_word := t; known := true; word := t; score := 1;
      RETURN NEXT;
    ELSE
      RETURN QUERY
        SELECT t, false, s.word::text, similarity(s.word, t)
          FROM search_words s
         WHERE s.tenant_id = office AND s.word % t
         ORDER BY similarity(s.word, t) DESC, s.word
         LIMIT max_per_word;
    END IF;
  END LOOP;
END
$fn$;
