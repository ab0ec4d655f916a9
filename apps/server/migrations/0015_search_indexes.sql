ALTER TABLE "case_documents" ADD COLUMN "search_text" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "file_texts" ADD COLUMN "search_text" text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX "incoming_items_search_idx" ON "incoming_items" USING gin (to_tsvector('simple', regexp_replace("search_text", '[^[:alnum:]]+', ' ', 'g')));--> statement-breakpoint
CREATE INDEX "incoming_items_tenant_registered_idx" ON "incoming_items" USING btree ("tenant_id","registered_at");--> statement-breakpoint
CREATE INDEX "case_documents_search_idx" ON "case_documents" USING gin (to_tsvector('simple', regexp_replace("search_text", '[^[:alnum:]]+', ' ', 'g')));--> statement-breakpoint
CREATE INDEX "case_documents_tenant_added_idx" ON "case_documents" USING btree ("tenant_id","added_at");--> statement-breakpoint
CREATE INDEX "cases_search_idx" ON "cases" USING gin (to_tsvector('simple', regexp_replace("search_text", '[^[:alnum:]]+', ' ', 'g')));--> statement-breakpoint
CREATE INDEX "cases_tenant_opened_idx" ON "cases" USING btree ("tenant_id","opened_at");--> statement-breakpoint
CREATE INDEX "file_texts_search_idx" ON "file_texts" USING gin (to_tsvector('simple', regexp_replace("search_text", '[^[:alnum:]]+', ' ', 'g')));