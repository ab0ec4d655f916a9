CREATE TABLE "delivery_methods" (
	"tenant_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "delivery_methods_pk" PRIMARY KEY("tenant_id","code")
);
--> statement-breakpoint
ALTER TABLE "delivery_methods" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "document_kinds" (
	"tenant_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "document_kinds_pk" PRIMARY KEY("tenant_id","code")
);
--> statement-breakpoint
ALTER TABLE "document_kinds" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"tenant_id" uuid NOT NULL,
	"key" text NOT NULL,
	"scope" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "idempotency_keys_pk" PRIMARY KEY("tenant_id","scope","key")
);
--> statement-breakpoint
ALTER TABLE "idempotency_keys" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "registers" (
	"tenant_id" uuid NOT NULL,
	"code" text NOT NULL,
	"number_format" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "registers_pk" PRIMARY KEY("tenant_id","code"),
	CONSTRAINT "registers_number_format_ck" CHECK ("registers"."number_format" like '%{n}%')
);
--> statement-breakpoint
ALTER TABLE "registers" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "registry_counters" (
	"tenant_id" uuid NOT NULL,
	"register_code" text NOT NULL,
	"year" integer NOT NULL,
	"last_value" integer NOT NULL,
	CONSTRAINT "registry_counters_pk" PRIMARY KEY("tenant_id","register_code","year")
);
--> statement-breakpoint
ALTER TABLE "registry_counters" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "incoming_item_corrections" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"by" uuid,
	"reason" text NOT NULL,
	"changes" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "incoming_item_corrections" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "incoming_item_files" (
	"tenant_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "incoming_item_files_pk" PRIMARY KEY("item_id","file_id")
);
--> statement-breakpoint
ALTER TABLE "incoming_item_files" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "incoming_items" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"rpw_year" integer NOT NULL,
	"rpw_sequence" integer NOT NULL,
	"rpw_number" text NOT NULL,
	"document_id" text NOT NULL,
	"title" text NOT NULL,
	"senders" jsonb NOT NULL,
	"letter_date" text,
	"posting_date" text,
	"received_at" date NOT NULL,
	"registered_at" timestamp with time zone NOT NULL,
	"registered_by" uuid,
	"document_kind" text,
	"access" text DEFAULT 'public' NOT NULL,
	"attachments_count" integer,
	"remarks" text,
	"dcmi_type" text DEFAULT 'Text' NOT NULL,
	"delivery_method" text NOT NULL,
	"sender_reference" text,
	"organ_id" uuid,
	"paper_store" text,
	"paper_box" text,
	"full_scan" boolean DEFAULT false NOT NULL,
	"no_full_scan_reason" text,
	"not_opened" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'registered' NOT NULL,
	"cancellation_reason" text,
	"cancelled_at" timestamp with time zone,
	"cancelled_by" uuid,
	"search_text" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "incoming_items_letter_date_ck" CHECK ("incoming_items"."letter_date" ~ '^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$'),
	CONSTRAINT "incoming_items_posting_date_ck" CHECK ("incoming_items"."posting_date" ~ '^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$'),
	CONSTRAINT "incoming_items_document_id_ck" CHECK ("incoming_items"."document_id" !~ '[[:space:]\\/*?:=,\x3b]'),
	CONSTRAINT "incoming_items_senders_ck" CHECK (jsonb_array_length("incoming_items"."senders") >= 1)
);
--> statement-breakpoint
ALTER TABLE "incoming_items" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "delivery_methods" ADD CONSTRAINT "delivery_methods_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_kinds" ADD CONSTRAINT "document_kinds_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idempotency_keys" ADD CONSTRAINT "idempotency_keys_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registers" ADD CONSTRAINT "registers_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registry_counters" ADD CONSTRAINT "registry_counters_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incoming_item_corrections" ADD CONSTRAINT "incoming_item_corrections_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incoming_item_corrections" ADD CONSTRAINT "incoming_item_corrections_item_id_incoming_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."incoming_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incoming_item_files" ADD CONSTRAINT "incoming_item_files_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incoming_item_files" ADD CONSTRAINT "incoming_item_files_item_id_incoming_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."incoming_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incoming_item_files" ADD CONSTRAINT "incoming_item_files_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incoming_items" ADD CONSTRAINT "incoming_items_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incoming_items" ADD CONSTRAINT "incoming_items_organ_id_organs_id_fk" FOREIGN KEY ("organ_id") REFERENCES "public"."organs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "incoming_item_corrections_item_idx" ON "incoming_item_corrections" USING btree ("item_id");--> statement-breakpoint
CREATE UNIQUE INDEX "incoming_items_tenant_year_sequence_uq" ON "incoming_items" USING btree ("tenant_id","rpw_year","rpw_sequence");--> statement-breakpoint
CREATE UNIQUE INDEX "incoming_items_document_id_uq" ON "incoming_items" USING btree ("document_id");--> statement-breakpoint
CREATE INDEX "incoming_items_tenant_received_idx" ON "incoming_items" USING btree ("tenant_id","received_at");--> statement-breakpoint
CREATE POLICY "delivery_methods_tenant_isolation" ON "delivery_methods" AS PERMISSIVE FOR ALL TO "obieg_app" USING ("tenant_id" = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK ("tenant_id" = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "document_kinds_tenant_isolation" ON "document_kinds" AS PERMISSIVE FOR ALL TO "obieg_app" USING ("tenant_id" = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK ("tenant_id" = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "idempotency_keys_tenant_isolation" ON "idempotency_keys" AS PERMISSIVE FOR ALL TO "obieg_app" USING ("tenant_id" = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK ("tenant_id" = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "registers_tenant_isolation" ON "registers" AS PERMISSIVE FOR ALL TO "obieg_app" USING ("tenant_id" = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK ("tenant_id" = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "registry_counters_tenant_isolation" ON "registry_counters" AS PERMISSIVE FOR ALL TO "obieg_app" USING ("tenant_id" = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK ("tenant_id" = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "incoming_item_corrections_tenant_isolation" ON "incoming_item_corrections" AS PERMISSIVE FOR ALL TO "obieg_app" USING ("tenant_id" = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK ("tenant_id" = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "incoming_item_files_tenant_isolation" ON "incoming_item_files" AS PERMISSIVE FOR ALL TO "obieg_app" USING ("tenant_id" = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK ("tenant_id" = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "incoming_items_tenant_isolation" ON "incoming_items" AS PERMISSIVE FOR ALL TO "obieg_app" USING ("tenant_id" = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK ("tenant_id" = nullif(current_setting('app.tenant_id', true), '')::uuid);