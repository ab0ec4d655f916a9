CREATE TABLE "decrees" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"parent_id" uuid,
	"corrects_id" uuid,
	"assignee_user_id" uuid NOT NULL,
	"assignee_position_id" uuid,
	"instruction" text,
	"deadline" date,
	"effective_deadline" date,
	"status" text DEFAULT 'pending' NOT NULL,
	"decreed_at" timestamp with time zone NOT NULL,
	"decreed_by" uuid,
	"decreed_by_position_id" uuid,
	"acting_for_user_id" uuid,
	"accepted_at" timestamp with time zone,
	"returned_at" timestamp with time zone,
	"return_reason" text,
	"closed_at" timestamp with time zone,
	"close_reason" text,
	CONSTRAINT "decrees_deadline_ck" CHECK ("decrees"."effective_deadline" is null or "decrees"."deadline" is null or "decrees"."deadline" >= "decrees"."effective_deadline")
);
--> statement-breakpoint
ALTER TABLE "decrees" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "distribution_rules" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"name" text NOT NULL,
	"priority" integer DEFAULT 100 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"sender_contact_id" uuid,
	"document_kind" text,
	"organ_id" uuid,
	"delivery_method" text,
	"unit_id" uuid NOT NULL,
	"info_unit_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "distribution_rules" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "incoming_distributions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"info_unit_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"reason" text,
	"rule_id" uuid,
	"rule_name" text,
	"current_decree_id" uuid,
	"distributed_at" timestamp with time zone NOT NULL,
	"distributed_by" uuid,
	"superseded_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "incoming_distributions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "decrees" ADD CONSTRAINT "decrees_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decrees" ADD CONSTRAINT "decrees_item_id_incoming_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."incoming_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decrees" ADD CONSTRAINT "decrees_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decrees" ADD CONSTRAINT "decrees_assignee_user_id_users_id_fk" FOREIGN KEY ("assignee_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decrees" ADD CONSTRAINT "decrees_assignee_position_id_positions_id_fk" FOREIGN KEY ("assignee_position_id") REFERENCES "public"."positions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "distribution_rules" ADD CONSTRAINT "distribution_rules_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "distribution_rules" ADD CONSTRAINT "distribution_rules_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incoming_distributions" ADD CONSTRAINT "incoming_distributions_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incoming_distributions" ADD CONSTRAINT "incoming_distributions_item_id_incoming_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."incoming_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incoming_distributions" ADD CONSTRAINT "incoming_distributions_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "decrees_item_active_uq" ON "decrees" USING btree ("item_id") WHERE "decrees"."status" in ('pending', 'accepted');--> statement-breakpoint
CREATE INDEX "decrees_item_idx" ON "decrees" USING btree ("item_id");--> statement-breakpoint
CREATE INDEX "decrees_tenant_assignee_idx" ON "decrees" USING btree ("tenant_id","assignee_user_id","status");--> statement-breakpoint
CREATE INDEX "distribution_rules_tenant_priority_idx" ON "distribution_rules" USING btree ("tenant_id","priority");--> statement-breakpoint
CREATE UNIQUE INDEX "incoming_distributions_item_current_uq" ON "incoming_distributions" USING btree ("item_id") WHERE "incoming_distributions"."superseded_at" is null;--> statement-breakpoint
CREATE INDEX "incoming_distributions_tenant_unit_idx" ON "incoming_distributions" USING btree ("tenant_id","unit_id") WHERE "incoming_distributions"."superseded_at" is null;--> statement-breakpoint
CREATE POLICY "decrees_tenant_isolation" ON "decrees" AS PERMISSIVE FOR ALL TO "obieg_app" USING ("tenant_id" = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK ("tenant_id" = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "distribution_rules_tenant_isolation" ON "distribution_rules" AS PERMISSIVE FOR ALL TO "obieg_app" USING ("tenant_id" = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK ("tenant_id" = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "incoming_distributions_tenant_isolation" ON "incoming_distributions" AS PERMISSIVE FOR ALL TO "obieg_app" USING ("tenant_id" = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK ("tenant_id" = nullif(current_setting('app.tenant_id', true), '')::uuid);