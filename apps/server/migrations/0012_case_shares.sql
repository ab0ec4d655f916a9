CREATE TABLE "case_shares" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"grantee_user_id" uuid,
	"grantee_unit_id" uuid,
	"access" text NOT NULL,
	"document_ids" uuid[],
	"note" text,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"revoked_at" timestamp with time zone,
	"revoked_by" uuid,
	CONSTRAINT "case_shares_grantee_ck" CHECK (("case_shares"."grantee_user_id" is null) <> ("case_shares"."grantee_unit_id" is null))
);
--> statement-breakpoint
ALTER TABLE "case_shares" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "case_shares" ADD CONSTRAINT "case_shares_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_shares" ADD CONSTRAINT "case_shares_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_shares" ADD CONSTRAINT "case_shares_grantee_user_id_users_id_fk" FOREIGN KEY ("grantee_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_shares" ADD CONSTRAINT "case_shares_grantee_unit_id_org_units_id_fk" FOREIGN KEY ("grantee_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_shares_case_idx" ON "case_shares" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_shares_tenant_user_idx" ON "case_shares" USING btree ("tenant_id","grantee_user_id") WHERE "case_shares"."revoked_at" is null;--> statement-breakpoint
CREATE INDEX "case_shares_tenant_unit_idx" ON "case_shares" USING btree ("tenant_id","grantee_unit_id") WHERE "case_shares"."revoked_at" is null;--> statement-breakpoint
CREATE POLICY "case_shares_tenant_isolation" ON "case_shares" AS PERMISSIVE FOR ALL TO "obieg_app" USING ("tenant_id" = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK ("tenant_id" = nullif(current_setting('app.tenant_id', true), '')::uuid);