ALTER TABLE "invocations" DROP CONSTRAINT "invocations_tenant_id_tenants_id_fk";
--> statement-breakpoint
ALTER TABLE "invocations" DROP CONSTRAINT "invocations_skill_id_skills_id_fk";
