import { index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { apiKeyScope } from "./enums.js";

export const tenants = pgTable("tenants", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull(),
  // Contact points for one-time codes. The TOTP secret is a credential: stored encrypted (AES-256-GCM).
  phone: text("phone"),
  email: text("email"),
  totpSecretEnc: text("totp_secret_enc"),
  totpEnrolledAt: timestamp("totp_enrolled_at", { withTimezone: true }),
  // The last TOTP time step accepted: a later check refuses it and earlier ones (replay).
  totpLastStep: integer("totp_last_step"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export const apiKeys = pgTable(
  "api_keys",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    // Only a SHA-256 of the key is stored; the prefix lets an operator recognise a key in lists.
    prefix: text("prefix").notNull(),
    hash: text("hash").notNull().unique(),
    scopes: apiKeyScope("scopes").array().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [index("api_keys_tenant_idx").on(t.tenantId)],
);

export type TenantRow = typeof tenants.$inferSelect;
export type ApiKeyRow = typeof apiKeys.$inferSelect;
