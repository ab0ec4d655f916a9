CREATE TABLE "file_texts" (
	"tenant_id" uuid NOT NULL,
	"file_id" uuid PRIMARY KEY NOT NULL,
	"method" text NOT NULL,
	"text" text NOT NULL,
	"chars" integer NOT NULL,
	"truncated" boolean NOT NULL,
	"error" text,
	"extracted_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "file_texts" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "file_texts" ADD CONSTRAINT "file_texts_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "file_texts" ADD CONSTRAINT "file_texts_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE POLICY "file_texts_tenant_isolation" ON "file_texts" AS PERMISSIVE FOR ALL TO "obieg_app" USING ("tenant_id" = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK ("tenant_id" = nullif(current_setting('app.tenant_id', true), '')::uuid);