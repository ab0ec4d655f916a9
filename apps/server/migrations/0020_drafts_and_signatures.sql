CREATE TABLE "approval_paths" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"document_id" uuid NOT NULL,
	"status" text NOT NULL,
	"comment" text,
	"started_at" timestamp with time zone NOT NULL,
	"started_by" uuid,
	"started_by_name" text,
	"started_by_position_id" uuid,
	"acting_for_user_id" uuid,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "approval_paths" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "approval_steps" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"path_id" uuid NOT NULL,
	"stage" integer NOT NULL,
	"position_id" uuid NOT NULL,
	"assignee_user_id" uuid NOT NULL,
	"signatory" boolean DEFAULT false NOT NULL,
	"status" text NOT NULL,
	"activated_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"decided_by" uuid,
	"decided_by_name" text,
	"acting_for_user_id" uuid,
	"comment" text,
	"version_id" uuid,
	CONSTRAINT "approval_steps_decided_ck" CHECK (("approval_steps"."status" in ('approved', 'rejected')) = ("approval_steps"."decided_at" is not null))
);
--> statement-breakpoint
ALTER TABLE "approval_steps" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "document_versions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"document_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"source" text NOT NULL,
	"file_id" uuid NOT NULL,
	"editable_file_id" uuid,
	"body" text,
	"comment" text,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"created_by_name" text,
	"created_by_position_id" uuid,
	"acting_for_user_id" uuid
);
--> statement-breakpoint
ALTER TABLE "document_versions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "documents" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"title" text NOT NULL,
	"status" text NOT NULL,
	"internal" boolean DEFAULT false NOT NULL,
	"template_id" uuid,
	"addressees" jsonb NOT NULL,
	"frame" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"created_by_name" text,
	"created_by_position_id" uuid,
	"acting_for_user_id" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "documents" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "letter_templates" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"header" text NOT NULL,
	"body" text NOT NULL,
	"closing" text,
	"signature_block" text NOT NULL,
	"logo_file_id" uuid,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "letter_templates" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "file_validations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	"verdict" text NOT NULL,
	"detected_format" text NOT NULL,
	"trigger" text NOT NULL,
	"report" jsonb NOT NULL,
	"verified_at" timestamp with time zone NOT NULL,
	"verified_by" uuid
);
--> statement-breakpoint
ALTER TABLE "file_validations" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "pki_authorities" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"certificate" "bytea" NOT NULL,
	"encrypted_key" text NOT NULL,
	"subject" text NOT NULL,
	"sha256" text NOT NULL,
	"not_before" timestamp with time zone NOT NULL,
	"not_after" timestamp with time zone NOT NULL,
	"crl_number" integer DEFAULT 0 NOT NULL,
	"crl" "bytea",
	"crl_issued_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "pki_authorities" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "pki_certificates" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"serial_number" text NOT NULL,
	"subject" text NOT NULL,
	"certificate" "bytea" NOT NULL,
	"encrypted_key" text NOT NULL,
	"sha256" text NOT NULL,
	"not_before" timestamp with time zone NOT NULL,
	"not_after" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"revocation_reason" text,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid
);
--> statement-breakpoint
ALTER TABLE "pki_certificates" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "signatures" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"document_id" uuid NOT NULL,
	"source_file_id" uuid NOT NULL,
	"signed_file_id" uuid NOT NULL,
	"certificate_id" uuid,
	"format" text NOT NULL,
	"signed_at" timestamp with time zone NOT NULL,
	"signed_by" uuid NOT NULL,
	"acting_for_user_id" uuid
);
--> statement-breakpoint
ALTER TABLE "signatures" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "trust_anchors" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"name" text NOT NULL,
	"subject" text NOT NULL,
	"certificate" "bytea" NOT NULL,
	"sha256" text NOT NULL,
	"not_after" timestamp with time zone NOT NULL,
	"source" text NOT NULL,
	"tsl_country" text,
	"added_at" timestamp with time zone NOT NULL,
	"added_by" uuid
);
--> statement-breakpoint
ALTER TABLE "trust_anchors" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "approval_paths" ADD CONSTRAINT "approval_paths_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "approval_paths" ADD CONSTRAINT "approval_paths_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "approval_steps" ADD CONSTRAINT "approval_steps_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "approval_steps" ADD CONSTRAINT "approval_steps_path_id_approval_paths_id_fk" FOREIGN KEY ("path_id") REFERENCES "public"."approval_paths"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "approval_steps" ADD CONSTRAINT "approval_steps_position_id_positions_id_fk" FOREIGN KEY ("position_id") REFERENCES "public"."positions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "approval_steps" ADD CONSTRAINT "approval_steps_assignee_user_id_users_id_fk" FOREIGN KEY ("assignee_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "approval_steps" ADD CONSTRAINT "approval_steps_version_id_document_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."document_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_versions" ADD CONSTRAINT "document_versions_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_versions" ADD CONSTRAINT "document_versions_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_versions" ADD CONSTRAINT "document_versions_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_versions" ADD CONSTRAINT "document_versions_editable_file_id_files_id_fk" FOREIGN KEY ("editable_file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_id_case_documents_id_fk" FOREIGN KEY ("id") REFERENCES "public"."case_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_template_id_letter_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."letter_templates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letter_templates" ADD CONSTRAINT "letter_templates_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letter_templates" ADD CONSTRAINT "letter_templates_logo_file_id_files_id_fk" FOREIGN KEY ("logo_file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "file_validations" ADD CONSTRAINT "file_validations_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "file_validations" ADD CONSTRAINT "file_validations_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pki_authorities" ADD CONSTRAINT "pki_authorities_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pki_certificates" ADD CONSTRAINT "pki_certificates_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pki_certificates" ADD CONSTRAINT "pki_certificates_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signatures" ADD CONSTRAINT "signatures_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signatures" ADD CONSTRAINT "signatures_source_file_id_files_id_fk" FOREIGN KEY ("source_file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signatures" ADD CONSTRAINT "signatures_signed_file_id_files_id_fk" FOREIGN KEY ("signed_file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signatures" ADD CONSTRAINT "signatures_certificate_id_pki_certificates_id_fk" FOREIGN KEY ("certificate_id") REFERENCES "public"."pki_certificates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signatures" ADD CONSTRAINT "signatures_signed_by_users_id_fk" FOREIGN KEY ("signed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trust_anchors" ADD CONSTRAINT "trust_anchors_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "approval_paths_document_idx" ON "approval_paths" USING btree ("tenant_id","document_id");--> statement-breakpoint
CREATE UNIQUE INDEX "approval_paths_one_running_uq" ON "approval_paths" USING btree ("document_id") WHERE "approval_paths"."status" = 'in_progress';--> statement-breakpoint
CREATE INDEX "approval_steps_path_idx" ON "approval_steps" USING btree ("path_id","stage");--> statement-breakpoint
CREATE INDEX "approval_steps_position_idx" ON "approval_steps" USING btree ("tenant_id","position_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "document_versions_number_uq" ON "document_versions" USING btree ("document_id","number");--> statement-breakpoint
CREATE INDEX "documents_tenant_case_idx" ON "documents" USING btree ("tenant_id","case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "letter_templates_tenant_name_uq" ON "letter_templates" USING btree ("tenant_id","name");--> statement-breakpoint
CREATE INDEX "file_validations_file_idx" ON "file_validations" USING btree ("tenant_id","file_id","verified_at");--> statement-breakpoint
CREATE UNIQUE INDEX "pki_authorities_tenant_kind_uq" ON "pki_authorities" USING btree ("tenant_id","kind");--> statement-breakpoint
CREATE UNIQUE INDEX "pki_certificates_serial_uq" ON "pki_certificates" USING btree ("tenant_id","serial_number");--> statement-breakpoint
CREATE INDEX "pki_certificates_user_idx" ON "pki_certificates" USING btree ("tenant_id","user_id");--> statement-breakpoint
CREATE INDEX "signatures_document_idx" ON "signatures" USING btree ("tenant_id","document_id");--> statement-breakpoint
CREATE INDEX "signatures_signed_file_idx" ON "signatures" USING btree ("tenant_id","signed_file_id");--> statement-breakpoint
CREATE UNIQUE INDEX "trust_anchors_tenant_sha_uq" ON "trust_anchors" USING btree ("tenant_id","sha256");--> statement-breakpoint
CREATE POLICY "approval_paths_tenant_isolation" ON "approval_paths" AS PERMISSIVE FOR ALL TO "obieg_app" USING ("tenant_id" = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK ("tenant_id" = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "approval_steps_tenant_isolation" ON "approval_steps" AS PERMISSIVE FOR ALL TO "obieg_app" USING ("tenant_id" = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK ("tenant_id" = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "document_versions_tenant_isolation" ON "document_versions" AS PERMISSIVE FOR ALL TO "obieg_app" USING ("tenant_id" = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK ("tenant_id" = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "documents_tenant_isolation" ON "documents" AS PERMISSIVE FOR ALL TO "obieg_app" USING ("tenant_id" = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK ("tenant_id" = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "letter_templates_tenant_isolation" ON "letter_templates" AS PERMISSIVE FOR ALL TO "obieg_app" USING ("tenant_id" = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK ("tenant_id" = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "file_validations_tenant_isolation" ON "file_validations" AS PERMISSIVE FOR ALL TO "obieg_app" USING ("tenant_id" = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK ("tenant_id" = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "pki_authorities_tenant_isolation" ON "pki_authorities" AS PERMISSIVE FOR ALL TO "obieg_app" USING ("tenant_id" = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK ("tenant_id" = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "pki_certificates_tenant_isolation" ON "pki_certificates" AS PERMISSIVE FOR ALL TO "obieg_app" USING ("tenant_id" = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK ("tenant_id" = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "signatures_tenant_isolation" ON "signatures" AS PERMISSIVE FOR ALL TO "obieg_app" USING ("tenant_id" = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK ("tenant_id" = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "trust_anchors_tenant_isolation" ON "trust_anchors" AS PERMISSIVE FOR ALL TO "obieg_app" USING ("tenant_id" = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK ("tenant_id" = nullif(current_setting('app.tenant_id', true), '')::uuid);
--> statement-breakpoint
-- Versions, decisions, validation reports and signatures are evidence: the application never
-- rewrites or removes them.
REVOKE UPDATE, DELETE, TRUNCATE ON "document_versions" FROM obieg_app;--> statement-breakpoint
REVOKE UPDATE, DELETE, TRUNCATE ON "file_validations" FROM obieg_app;--> statement-breakpoint
REVOKE UPDATE, DELETE, TRUNCATE ON "signatures" FROM obieg_app;--> statement-breakpoint
REVOKE DELETE, TRUNCATE ON "documents", "approval_paths", "approval_steps", "pki_certificates", "pki_authorities" FROM obieg_app;
--> statement-breakpoint
-- Administrators upload letter-template logos, certificates and trusted lists: files:upload and
-- files:read for the administrator role of offices created before (organization.constants.ts
-- gives them to new offices).
INSERT INTO "role_grants" ("tenant_id", "role_id", "permission", "scope")
SELECT r."tenant_id", r."id", g.permission, 'office'
FROM "roles" r
JOIN (VALUES ('administrator', 'files:upload'), ('administrator', 'files:read')) AS g(code, permission)
  ON r."code" = g.code AND r."system"
ON CONFLICT DO NOTHING;
