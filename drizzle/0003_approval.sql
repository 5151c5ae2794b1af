CREATE TYPE "public"."code_status" AS ENUM('active', 'used', 'locked', 'revoked');--> statement-breakpoint
CREATE TYPE "public"."contact_status" AS ENUM('pending', 'verified', 'retired');--> statement-breakpoint
CREATE TYPE "public"."delivery_status" AS ENUM('pending', 'sent', 'undeliverable');--> statement-breakpoint
CREATE TABLE "approval_codes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"approval_id" uuid NOT NULL,
	"tenant_id" uuid NOT NULL,
	"channel" "approval_channel" NOT NULL,
	"code_hmac" text,
	"status" "code_status" DEFAULT 'active' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contact_points" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"channel" "approval_channel" NOT NULL,
	"destination" text NOT NULL,
	"status" "contact_status" DEFAULT 'pending' NOT NULL,
	"replaces_id" uuid,
	"verify_hmac" text,
	"confirm_hmac" text,
	"verify_attempts" integer DEFAULT 0 NOT NULL,
	"verify_expires_at" timestamp with time zone,
	"verified_at" timestamp with time zone,
	"effective_at" timestamp with time zone,
	"retired_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"approval_id" uuid,
	"contact_id" uuid,
	"channel" "approval_channel" NOT NULL,
	"destination" text NOT NULL,
	"subject" text,
	"body" text,
	"html" text,
	"status" "delivery_status" DEFAULT 'pending' NOT NULL,
	"transport" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone NOT NULL,
	"lease_until" timestamp with time zone,
	"last_error" text,
	"provider_id" text,
	"created_at" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "twilio_inbound" (
	"message_sid" text PRIMARY KEY NOT NULL,
	"tenant_id" uuid,
	"received_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "tenants" ADD COLUMN "totp_last_step" integer;--> statement-breakpoint
ALTER TABLE "approvals" ADD COLUMN "skill_id" uuid NOT NULL;--> statement-breakpoint
ALTER TABLE "approvals" ADD COLUMN "capabilities_sha256" text NOT NULL;--> statement-breakpoint
ALTER TABLE "approvals" ADD COLUMN "disclosure_sha256" text NOT NULL;--> statement-breakpoint
ALTER TABLE "approvals" ADD COLUMN "binding_sha256" text NOT NULL;--> statement-breakpoint
ALTER TABLE "approvals" ADD COLUMN "fingerprint" text NOT NULL;--> statement-breakpoint
ALTER TABLE "approvals" ADD COLUMN "channels" "approval_channel"[] NOT NULL;--> statement-breakpoint
ALTER TABLE "approvals" ADD COLUMN "contact_ids" text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "approvals" ADD COLUMN "failed_attempts" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "approvals" ADD COLUMN "undeliverable" "approval_channel"[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "approvals" ADD COLUMN "decided_by" text;--> statement-breakpoint
ALTER TABLE "approval_codes" ADD CONSTRAINT "approval_codes_approval_id_approvals_id_fk" FOREIGN KEY ("approval_id") REFERENCES "public"."approvals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "approval_codes" ADD CONSTRAINT "approval_codes_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_points" ADD CONSTRAINT "contact_points_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_approval_id_approvals_id_fk" FOREIGN KEY ("approval_id") REFERENCES "public"."approvals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "approval_codes_approval_idx" ON "approval_codes" USING btree ("approval_id","channel","status");--> statement-breakpoint
CREATE INDEX "contact_points_tenant_idx" ON "contact_points" USING btree ("tenant_id","channel","status");--> statement-breakpoint
CREATE INDEX "outbox_due_idx" ON "outbox" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "outbox_destination_idx" ON "outbox" USING btree ("destination","created_at");--> statement-breakpoint
CREATE INDEX "outbox_tenant_idx" ON "outbox" USING btree ("tenant_id","created_at");