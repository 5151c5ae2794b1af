CREATE TABLE "version_quarantines" (
	"version_id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"skill_id" uuid NOT NULL,
	"code" text NOT NULL,
	"reason" text NOT NULL,
	"failures" integer NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "version_quarantines" ADD CONSTRAINT "version_quarantines_version_id_skill_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."skill_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "version_quarantines_skill_idx" ON "version_quarantines" USING btree ("tenant_id","skill_id");