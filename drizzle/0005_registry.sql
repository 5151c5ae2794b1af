CREATE TABLE "skill_activations" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"skill_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"previous_version_id" uuid,
	"kind" text NOT NULL,
	"actor" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "skill_versions" ADD COLUMN "generator" jsonb DEFAULT '{"provider":"unknown"}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "skill_activations" ADD CONSTRAINT "skill_activations_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skill_activations" ADD CONSTRAINT "skill_activations_skill_id_skills_id_fk" FOREIGN KEY ("skill_id") REFERENCES "public"."skills"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skill_activations" ADD CONSTRAINT "skill_activations_version_id_skill_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."skill_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skill_activations" ADD CONSTRAINT "skill_activations_previous_version_id_skill_versions_id_fk" FOREIGN KEY ("previous_version_id") REFERENCES "public"."skill_versions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "skill_activations_skill_idx" ON "skill_activations" USING btree ("tenant_id","skill_id","id");--> statement-breakpoint
CREATE INDEX "invocations_version_idx" ON "invocations" USING btree ("tenant_id","version_id");--> statement-breakpoint
CREATE INDEX "skills_status_used_idx" ON "skills" USING btree ("status","last_used_at");