CREATE TABLE "integration_intake" (
	"tenant_id" uuid NOT NULL,
	"mailbox_id" uuid NOT NULL,
	"external_id" text NOT NULL,
	"incoming_item_id" uuid,
	"outcome" text NOT NULL,
	"taken_at" timestamp with time zone NOT NULL,
	"removed_at" timestamp with time zone,
	CONSTRAINT "integration_intake_pk" PRIMARY KEY("mailbox_id","external_id")
);
--> statement-breakpoint
ALTER TABLE "integration_intake" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "integration_log" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"integration" text NOT NULL,
	"mailbox_id" uuid,
	"level" text NOT NULL,
	"code" text NOT NULL,
	"message" text NOT NULL,
	"reference" text,
	"incoming_item_id" uuid,
	"dispatch_item_id" uuid,
	"details" jsonb
);
--> statement-breakpoint
ALTER TABLE "integration_log" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "integration_mailboxes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"address" text NOT NULL,
	"name" text NOT NULL,
	"unit_id" uuid,
	"enabled" boolean DEFAULT true NOT NULL,
	"is_default" boolean DEFAULT false NOT NULL,
	"settings" jsonb NOT NULL,
	"certificate_pem" text,
	"sealed_secret" text,
	"certificate_subject" text,
	"certificate_valid_to" timestamp with time zone,
	"last_sync_at" timestamp with time zone,
	"last_sync_error" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "integration_mailboxes" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "dispatch_evidence" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"external_id" text,
	"file_id" uuid,
	"event_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "dispatch_evidence" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "dispatch_items" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"dispatch_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"contact_id" uuid NOT NULL,
	"addressee" jsonb NOT NULL,
	"addressee_sort" text NOT NULL,
	"channel" text NOT NULL,
	"postal_kind" text,
	"priority" boolean DEFAULT false NOT NULL,
	"return_receipt" boolean DEFAULT false NOT NULL,
	"special_rules" text,
	"status" text NOT NULL,
	"external_status" text,
	"external_id" text,
	"mailbox_id" uuid,
	"tracking_number" text,
	"posted_on" date,
	"sent_at" timestamp with time zone,
	"delivered_on" date,
	"delivery_kind" text,
	"available_on" date,
	"returned_on" date,
	"return_reason" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"next_attempt_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "dispatch_items" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "dispatches" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"sequence" integer NOT NULL,
	"number" text NOT NULL,
	"document_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	"document_title" text NOT NULL,
	"case_id" uuid,
	"case_sign" text,
	"remarks" text,
	"ordered_at" timestamp with time zone NOT NULL,
	"ordered_by" uuid,
	"ordered_by_name" text,
	"ordered_by_position_id" uuid,
	"acting_for_user_id" uuid
);
--> statement-breakpoint
ALTER TABLE "dispatches" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "dedupe_key" text;--> statement-breakpoint
ALTER TABLE "integration_intake" ADD CONSTRAINT "integration_intake_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integration_intake" ADD CONSTRAINT "integration_intake_mailbox_id_integration_mailboxes_id_fk" FOREIGN KEY ("mailbox_id") REFERENCES "public"."integration_mailboxes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integration_intake" ADD CONSTRAINT "integration_intake_incoming_item_id_incoming_items_id_fk" FOREIGN KEY ("incoming_item_id") REFERENCES "public"."incoming_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integration_log" ADD CONSTRAINT "integration_log_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integration_log" ADD CONSTRAINT "integration_log_mailbox_id_integration_mailboxes_id_fk" FOREIGN KEY ("mailbox_id") REFERENCES "public"."integration_mailboxes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integration_mailboxes" ADD CONSTRAINT "integration_mailboxes_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integration_mailboxes" ADD CONSTRAINT "integration_mailboxes_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dispatch_evidence" ADD CONSTRAINT "dispatch_evidence_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dispatch_evidence" ADD CONSTRAINT "dispatch_evidence_item_id_dispatch_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."dispatch_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dispatch_evidence" ADD CONSTRAINT "dispatch_evidence_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dispatch_items" ADD CONSTRAINT "dispatch_items_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dispatch_items" ADD CONSTRAINT "dispatch_items_dispatch_id_dispatches_id_fk" FOREIGN KEY ("dispatch_id") REFERENCES "public"."dispatches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dispatch_items" ADD CONSTRAINT "dispatch_items_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dispatch_items" ADD CONSTRAINT "dispatch_items_mailbox_id_integration_mailboxes_id_fk" FOREIGN KEY ("mailbox_id") REFERENCES "public"."integration_mailboxes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dispatches" ADD CONSTRAINT "dispatches_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dispatches" ADD CONSTRAINT "dispatches_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dispatches" ADD CONSTRAINT "dispatches_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dispatches" ADD CONSTRAINT "dispatches_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "integration_intake_pending_idx" ON "integration_intake" USING btree ("mailbox_id") WHERE "integration_intake"."removed_at" is null;--> statement-breakpoint
CREATE INDEX "integration_log_tenant_at_idx" ON "integration_log" USING btree ("tenant_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "integration_mailboxes_address_uq" ON "integration_mailboxes" USING btree ("tenant_id","kind","address");--> statement-breakpoint
CREATE INDEX "dispatch_evidence_item_idx" ON "dispatch_evidence" USING btree ("item_id");--> statement-breakpoint
CREATE UNIQUE INDEX "dispatch_evidence_external_uq" ON "dispatch_evidence" USING btree ("item_id","external_id") WHERE "dispatch_evidence"."external_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "dispatch_items_position_uq" ON "dispatch_items" USING btree ("dispatch_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "dispatch_items_tracking_uq" ON "dispatch_items" USING btree ("tenant_id","tracking_number") WHERE "dispatch_items"."tracking_number" is not null;--> statement-breakpoint
CREATE INDEX "dispatch_items_tenant_status_idx" ON "dispatch_items" USING btree ("tenant_id","status");--> statement-breakpoint
CREATE INDEX "dispatch_items_tenant_posted_idx" ON "dispatch_items" USING btree ("tenant_id","posted_on");--> statement-breakpoint
CREATE INDEX "dispatch_items_external_idx" ON "dispatch_items" USING btree ("tenant_id","external_id") WHERE "dispatch_items"."external_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "dispatches_tenant_year_sequence_uq" ON "dispatches" USING btree ("tenant_id","year","sequence");--> statement-breakpoint
CREATE INDEX "dispatches_tenant_case_idx" ON "dispatches" USING btree ("tenant_id","case_id");--> statement-breakpoint
CREATE INDEX "dispatches_tenant_document_idx" ON "dispatches" USING btree ("tenant_id","document_id");--> statement-breakpoint
CREATE UNIQUE INDEX "jobs_dedupe_pending_uq" ON "jobs" USING btree ("dedupe_key") WHERE "jobs"."status" = 'pending' and "jobs"."dedupe_key" is not null;--> statement-breakpoint
CREATE POLICY "integration_intake_tenant_isolation" ON "integration_intake" AS PERMISSIVE FOR ALL TO "obieg_app" USING ("tenant_id" = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK ("tenant_id" = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "integration_log_tenant_isolation" ON "integration_log" AS PERMISSIVE FOR ALL TO "obieg_app" USING ("tenant_id" = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK ("tenant_id" = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "integration_mailboxes_tenant_isolation" ON "integration_mailboxes" AS PERMISSIVE FOR ALL TO "obieg_app" USING ("tenant_id" = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK ("tenant_id" = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "dispatch_evidence_tenant_isolation" ON "dispatch_evidence" AS PERMISSIVE FOR ALL TO "obieg_app" USING ("tenant_id" = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK ("tenant_id" = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "dispatch_items_tenant_isolation" ON "dispatch_items" AS PERMISSIVE FOR ALL TO "obieg_app" USING ("tenant_id" = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK ("tenant_id" = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "dispatches_tenant_isolation" ON "dispatches" AS PERMISSIVE FOR ALL TO "obieg_app" USING ("tenant_id" = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK ("tenant_id" = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
-- Evidence of delivery and the integration log are records: the application never rewrites or
-- removes them; dispatches and intake claims are never removed.
REVOKE UPDATE, DELETE, TRUNCATE ON "dispatch_evidence", "integration_log" FROM obieg_app;--> statement-breakpoint
REVOKE DELETE, TRUNCATE ON "dispatches", "dispatch_items", "integration_intake", "integration_mailboxes" FROM obieg_app;
