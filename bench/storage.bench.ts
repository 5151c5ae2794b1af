// Storage figures on embedded PGlite: the scoped record store against the same statement sent
// raw to a PGlite with the same schema in the same run (the cost of drizzle + scoping).
import { randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { createRecordStore, createTenant, openStorage } from "../src/storage/index.js";
import type { BenchSuite } from "./types.js";

const MIGRATIONS = new URL("../../drizzle/", import.meta.url).pathname;
import { median, percentile, sample } from "./stats.js";

export const suite: BenchSuite = {
  name: "storage",
  async run() {
    const storage = await openStorage({});
    const tenant = await createTenant(storage.db, { name: "bench" }, "bench");
    const store = createRecordStore(storage.db);
    const scope = { tenantId: tenant.id, skillId: randomUUID(), collection: "water_entries" };
    let n = 0;
    const insert = await sample(
      () => store.insert(scope, { amount_ml: 250 + (n++ % 100), logged_at: new Date().toISOString() }),
      300,
    );
    const select = await sample(
      () => store.select(scope, { filters: [], order: { field: "logged_at", ascending: false }, limit: 200 }),
      100,
    );
    await storage.close();

    // The baseline runs on the same schema (the project's own migrations: the same indexes,
    // foreign key and triggers), so the ratio is what drizzle and scoping add, not the schema.
    const raw = new PGlite();
    for (const file of (await readdir(MIGRATIONS)).filter((f) => f.endsWith(".sql")).sort()) {
      for (const statement of (await readFile(join(MIGRATIONS, file), "utf8")).split("--> statement-breakpoint")) {
        if (statement.trim()) await raw.exec(statement);
      }
    }
    await raw.query("insert into tenants (id, name) values ($1, 'bench')", [scope.tenantId]);
    let m = 0;
    const rawInsert = await sample(
      () =>
        raw.query(
          "insert into skill_records (tenant_id, skill_id, collection, data) values ($1, $2, $3, $4) returning id, data, created_at",
          [
            scope.tenantId,
            scope.skillId,
            scope.collection,
            JSON.stringify({ amount_ml: 250 + (m++ % 100), logged_at: new Date().toISOString() }),
          ],
        ),
      300,
    );
    await raw.close();

    return [
      {
        suite: "storage",
        name: "record insert p50 (PGlite)",
        value: median(insert),
        unit: "ms",
        baseline: { name: "raw PGlite insert p50", value: median(rawInsert) },
        ratio: median(insert) / median(rawInsert),
      },
      { suite: "storage", name: "record insert p95 (PGlite)", value: percentile(insert, 95), unit: "ms" },
      { suite: "storage", name: "select 200 rows ordered p50 (PGlite)", value: median(select), unit: "ms" },
    ];
  },
};
