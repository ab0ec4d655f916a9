CREATE TABLE "case_counters" (
	"tenant_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"jrwa_symbol" text NOT NULL,
	"year" integer NOT NULL,
	"group_number" integer NOT NULL,
	"last_value" integer NOT NULL,
	CONSTRAINT "case_counters_pk" PRIMARY KEY("tenant_id","unit_id","jrwa_symbol","year","group_number")
);
--> statement-breakpoint
ALTER TABLE "case_counters" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "case_documents" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"ordinal" integer NOT NULL,
	"kind" text NOT NULL,
	"document_id" text NOT NULL,
	"title" text NOT NULL,
	"document_kind" text,
	"access" text DEFAULT 'public' NOT NULL,
	"dcmi_type" text DEFAULT 'Text' NOT NULL,
	"format" text,
	"incoming_item_id" uuid,
	"file_id" uuid,
	"content" text,
	"unit_id" uuid,
	"added_at" timestamp with time zone NOT NULL,
	"added_by" uuid,
	"added_by_position_id" uuid,
	"acting_for_user_id" uuid,
	"added_by_name" text,
	"added_by_position_title" text,
	CONSTRAINT "case_documents_reference_ck" CHECK (("case_documents"."kind" = 'incoming') = ("case_documents"."incoming_item_id" is not null)
        and ("case_documents"."kind" <> 'file' or "case_documents"."file_id" is not null)
        and ("case_documents"."kind" <> 'note' or "case_documents"."content" is not null))
);
--> statement-breakpoint
ALTER TABLE "case_documents" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "case_links" (
	"tenant_id" uuid NOT NULL,
	"from_case_id" uuid NOT NULL,
	"to_case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	CONSTRAINT "case_links_pk" PRIMARY KEY("from_case_id","to_case_id"),
	CONSTRAINT "case_links_distinct_ck" CHECK ("case_links"."from_case_id" <> "case_links"."to_case_id")
);
--> statement-breakpoint
ALTER TABLE "case_links" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "case_not_counted_periods" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"from_date" date NOT NULL,
	"to_date" date,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	CONSTRAINT "case_not_counted_periods_range_ck" CHECK ("case_not_counted_periods"."to_date" is null or "case_not_counted_periods"."to_date" >= "case_not_counted_periods"."from_date")
);
--> statement-breakpoint
ALTER TABLE "case_not_counted_periods" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "case_parties" (
	"tenant_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"contact_id" uuid NOT NULL,
	"display_name" text NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "case_parties_pk" PRIMARY KEY("case_id","contact_id")
);
--> statement-breakpoint
ALTER TABLE "case_parties" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "cases" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"sign" text NOT NULL,
	"unit_id" uuid NOT NULL,
	"unit_symbol" text NOT NULL,
	"jrwa_version_id" uuid NOT NULL,
	"jrwa_symbol" text NOT NULL,
	"jrwa_title" text NOT NULL,
	"year" integer NOT NULL,
	"number" integer NOT NULL,
	"group_case_id" uuid,
	"group_number" integer,
	"title" text NOT NULL,
	"description" text,
	"organ_id" uuid,
	"access" text DEFAULT 'public' NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"handler_user_id" uuid NOT NULL,
	"handler_position_id" uuid,
	"opened_at" timestamp with time zone NOT NULL,
	"opened_by" uuid,
	"initiating_incoming_id" uuid,
	"initiated_on" date NOT NULL,
	"deadline_kind" text DEFAULT 'none' NOT NULL,
	"deadline_days" integer,
	"deadline_date" date,
	"due_date" date,
	"settlement" text,
	"settled_on" date,
	"closing_note" text,
	"closed_at" timestamp with time zone,
	"closed_by" uuid,
	"last_element_at" timestamp with time zone,
	"search_text" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "cases_number_ck" CHECK ("cases"."number" >= 1),
	CONSTRAINT "cases_group_ck" CHECK (("cases"."group_case_id" is null) = ("cases"."group_number" is null)),
	CONSTRAINT "cases_closed_ck" CHECK (("cases"."status" = 'closed') = ("cases"."settlement" is not null and "cases"."settled_on" is not null))
);
--> statement-breakpoint
ALTER TABLE "cases" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "case_counters" ADD CONSTRAINT "case_counters_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_documents" ADD CONSTRAINT "case_documents_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_documents" ADD CONSTRAINT "case_documents_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_documents" ADD CONSTRAINT "case_documents_incoming_item_id_incoming_items_id_fk" FOREIGN KEY ("incoming_item_id") REFERENCES "public"."incoming_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_documents" ADD CONSTRAINT "case_documents_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_documents" ADD CONSTRAINT "case_documents_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_links" ADD CONSTRAINT "case_links_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_links" ADD CONSTRAINT "case_links_from_case_id_cases_id_fk" FOREIGN KEY ("from_case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_links" ADD CONSTRAINT "case_links_to_case_id_cases_id_fk" FOREIGN KEY ("to_case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_not_counted_periods" ADD CONSTRAINT "case_not_counted_periods_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_not_counted_periods" ADD CONSTRAINT "case_not_counted_periods_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_parties" ADD CONSTRAINT "case_parties_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_parties" ADD CONSTRAINT "case_parties_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_parties" ADD CONSTRAINT "case_parties_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_jrwa_version_id_jrwa_versions_id_fk" FOREIGN KEY ("jrwa_version_id") REFERENCES "public"."jrwa_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_organ_id_organs_id_fk" FOREIGN KEY ("organ_id") REFERENCES "public"."organs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_handler_user_id_users_id_fk" FOREIGN KEY ("handler_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_initiating_incoming_id_incoming_items_id_fk" FOREIGN KEY ("initiating_incoming_id") REFERENCES "public"."incoming_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "case_documents_case_ordinal_uq" ON "case_documents" USING btree ("case_id","ordinal");--> statement-breakpoint
CREATE UNIQUE INDEX "case_documents_case_incoming_uq" ON "case_documents" USING btree ("case_id","incoming_item_id") WHERE "case_documents"."incoming_item_id" is not null;--> statement-breakpoint
CREATE INDEX "case_documents_tenant_incoming_idx" ON "case_documents" USING btree ("tenant_id","incoming_item_id");--> statement-breakpoint
CREATE INDEX "case_documents_tenant_file_idx" ON "case_documents" USING btree ("tenant_id","file_id");--> statement-breakpoint
CREATE INDEX "case_links_to_idx" ON "case_links" USING btree ("to_case_id");--> statement-breakpoint
CREATE INDEX "case_not_counted_periods_case_idx" ON "case_not_counted_periods" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "case_not_counted_periods_open_uq" ON "case_not_counted_periods" USING btree ("case_id") WHERE "case_not_counted_periods"."to_date" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "cases_tenant_sign_uq" ON "cases" USING btree ("tenant_id","sign");--> statement-breakpoint
CREATE INDEX "cases_tenant_unit_idx" ON "cases" USING btree ("tenant_id","unit_id","status");--> statement-breakpoint
CREATE INDEX "cases_tenant_handler_idx" ON "cases" USING btree ("tenant_id","handler_user_id","status");--> statement-breakpoint
CREATE INDEX "cases_tenant_class_year_idx" ON "cases" USING btree ("tenant_id","unit_id","jrwa_symbol","year","number");--> statement-breakpoint
CREATE INDEX "cases_tenant_due_idx" ON "cases" USING btree ("tenant_id","due_date") WHERE "cases"."status" <> 'closed';--> statement-breakpoint
CREATE POLICY "case_counters_tenant_isolation" ON "case_counters" AS PERMISSIVE FOR ALL TO "obieg_app" USING ("tenant_id" = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK ("tenant_id" = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "case_documents_tenant_isolation" ON "case_documents" AS PERMISSIVE FOR ALL TO "obieg_app" USING ("tenant_id" = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK ("tenant_id" = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "case_links_tenant_isolation" ON "case_links" AS PERMISSIVE FOR ALL TO "obieg_app" USING ("tenant_id" = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK ("tenant_id" = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "case_not_counted_periods_tenant_isolation" ON "case_not_counted_periods" AS PERMISSIVE FOR ALL TO "obieg_app" USING ("tenant_id" = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK ("tenant_id" = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "case_parties_tenant_isolation" ON "case_parties" AS PERMISSIVE FOR ALL TO "obieg_app" USING ("tenant_id" = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK ("tenant_id" = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "cases_tenant_isolation" ON "cases" AS PERMISSIVE FOR ALL TO "obieg_app" USING ("tenant_id" = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK ("tenant_id" = nullif(current_setting('app.tenant_id', true), '')::uuid);