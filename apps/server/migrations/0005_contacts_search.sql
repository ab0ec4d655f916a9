-- Search-as-you-type over contacts: trigram index on the folded search text (names, identifiers,
-- cities, e-mails), used by `LIKE '%word%'` and by word similarity for name suggestions.
-- pg_trgm is a trusted extension (PostgreSQL 13+); PGlite loads it from its contrib bundle.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "contacts_search_text_trgm_idx" ON "contacts" USING gin ("search_text" gin_trgm_ops);
