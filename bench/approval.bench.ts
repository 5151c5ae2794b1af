// Approval gateway figures on embedded PGlite with the dev outbox senders, each against baselines
// from the same run: a request created → its first code delivered to the outbox (create commits the
// request and the outbox row, then the dispatcher marks it sent), and code verification under the
// request's row lock, against a bare `select 1` round trip and one HMAC compare.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import {
  channelAdapters,
  createApprovalService,
  deriveCodeKey,
  ensureDevContactPoints,
  type ApprovalService,
  type Channel,
} from "../src/approval/index.js";
import { createLogger } from "../src/api/http/logger.js";
import { createManualClock, cryptoIds } from "../src/api/adapters/system.js";
import { createRegistry } from "../src/registry/index.js";
import { createSecretBox, createTenant, listOutbox, openStorage, type Storage } from "../src/storage/index.js";
import { auditSkill } from "../src/validator/index.js";
import { median, percentile, sample } from "./stats.js";
import type { BenchFigure, BenchSuite } from "./types.js";

const REQUESTS = 40;
const WARMUP = 5;
const CODE_RE: Record<Exclude<Channel, "totp">, RegExp> = { email: /code: (\d{8})/, sms: /Code (\d{6})/ };

const source = (slug: string) => `export default {
  slug: "${slug}",
  getActions() { return [{ slug: "log", name: "Log", description: "Log", params_schema: { type: "object" } }]; },
  async executeAction(ctx, action, params) { await ctx.data.insert("entries", { n: 1 }); return { ok: true }; },
  async getData(ctx) { return { entries: await ctx.data.query("entries", {}) }; },
  async getInsights(ctx) { return []; },
};`;

/** The code in the newest outbox message of this request on this channel. */
async function codeIn(storage: Storage, approvalId: string, channel: Channel): Promise<string> {
  const row = (await listOutbox(storage.db, { approvalId, limit: 10 })).find((m) => m.channel === channel);
  const m = channel === "totp" ? null : CODE_RE[channel].exec(row?.body ?? "");
  if (!m || row?.status !== "sent") throw new Error(`bench: no delivered ${channel} code for ${approvalId}`);
  return m[1]!;
}

const stats = (xs: number[]) => ({ p50: median(xs), p95: percentile(xs, 95) });

export const suite: BenchSuite = {
  name: "approval",
  async run() {
    const storage = await openStorage({});
    // A manual clock: the per-destination send limit (5 per 10 minutes) is a defence, not the
    // subject here, so time moves 11 minutes between requests.
    const clock = createManualClock(new Date("2026-03-01T10:00:00Z"));
    const logger = createLogger("silent");
    const registry = createRegistry({
      storage,
      sandbox: async () => {
        throw new Error("no calls in this bench");
      },
      clock,
      ids: cryptoIds,
      logger,
    });
    const secretKey = randomBytes(32).toString("base64");
    const { createDevOutboxSender } = await channelAdapters.devOutbox();
    const { createTotpVerifier } = await channelAdapters.totp();
    const service: ApprovalService = createApprovalService({
      db: storage.db,
      clock,
      ids: cryptoIds,
      senders: { email: createDevOutboxSender("email"), sms: createDevOutboxSender("sms") },
      totp: createTotpVerifier(),
      box: createSecretBox(secretKey),
      codeKey: deriveCodeKey(secretKey),
      publicUrl: "http://127.0.0.1:3000",
      contactCooldownMs: 24 * 3600_000,
      onApproved: async () => {},
    });
    const { gateway } = service;
    const figures: BenchFigure[] = [];
    try {
      const tenantId = (await createTenant(storage.db, { name: "bench" }, "bench")).id;
      await ensureDevContactPoints(storage.db, tenantId, clock.now(), ["email", "sms"]);
      const versions: string[] = [];
      for (let i = 0; i < REQUESTS + WARMUP; i++) {
        const slug = `custom-bench-approve-${i}`;
        const audit = auditSkill({ source: source(slug) });
        if (!audit.ok) throw new Error(`bench skill blocked: ${JSON.stringify(audit.findings)}`);
        const v = await registry.registerVersion({
          tenantId,
          source: source(slug),
          audit,
          trial: { ok: true, steps: [], peakHeapBytes: 0 },
          actor: "bench",
          manifest: { slug, name: "Bench", description: "Bench skill" },
          configSchema: true,
          collections: {},
          skillMd: "",
          generator: { provider: "template" },
        });
        versions.push(v.id);
      }

      const created: number[] = [];
      const wrong: number[] = [];
      const first: number[] = [];
      const second: number[] = [];
      for (const [i, versionId] of versions.entries()) {
        const timed = async <T>(into: number[], fn: () => Promise<T>): Promise<T> => {
          const t0 = performance.now();
          const out = await fn();
          if (i >= WARMUP) into.push(performance.now() - t0);
          return out;
        };
        // (a) created → its first code delivered to the dev outbox.
        const approval = await timed(created, async () => {
          const a = await gateway.create(tenantId, versionId, "bench");
          await gateway.flush();
          return a;
        });
        const [ch1, ch2] = approval.channels as [Channel, Channel];
        clock.advance(60_000);
        // (b) verification: a wrong code (refused, counted), the first code (which queues the
        // second channel's code in the same transaction), the second (approved).
        const refused = await timed(wrong, () =>
          gateway.verify(tenantId, approval.id, ch1, ch1 === "email" ? "00000000" : "000000", "bench"),
        );
        if (refused.ok) throw new Error("bench: a wrong code was accepted");
        const code1 = await codeIn(storage, approval.id, ch1);
        const ok1 = await timed(first, () => gateway.verify(tenantId, approval.id, ch1, code1, "bench"));
        if (!ok1.ok) throw new Error(`bench: first code refused (${ok1.code})`);
        await gateway.flush();
        const code2 = await codeIn(storage, approval.id, ch2);
        const ok2 = await timed(second, () => gateway.verify(tenantId, approval.id, ch2, code2, "bench"));
        if (!ok2.ok || ok2.approval.status !== "approved") throw new Error("bench: second code did not approve");
        clock.advance(11 * 60_000);
      }

      // Baselines in the same run: one database round trip, one HMAC over (binding, channel, code)
      // and its constant-time compare.
      const selectOne = stats(await sample(() => storage.ping(), 300, 30));
      const key = deriveCodeKey(secretKey);
      const stored = createHmac("sha256", key).update("binding\nemail\n12345678").digest();
      const hmacMs =
        median(
          await sample(() => {
            for (let k = 0; k < 1000; k++)
              timingSafeEqual(createHmac("sha256", key).update("binding\nemail\n12345678").digest(), stored);
          }, 50),
        ) / 1000;

      const c = stats(created);
      const base = { name: "select 1 round trip p50 ms", value: selectOne.p50 };
      figures.push({
        suite: "approval",
        name: `request created → first code in the dev outbox p50 (${REQUESTS} requests)`,
        value: c.p50,
        unit: "ms",
        baseline: base,
        ratio: c.p50 / selectOne.p50,
        target: "≤ 50 ms",
      });
      figures.push({
        suite: "approval",
        name: "request created → first code in the dev outbox p95",
        value: c.p95,
        unit: "ms",
        baseline: base,
        ratio: c.p95 / selectOne.p50,
      });
      for (const [name, xs] of [
        ["verify first code (queues the second) ", first],
        ["verify second code → approved ", second],
        ["verify a wrong code (refused) ", wrong],
      ] as const) {
        const s = stats(xs);
        figures.push({
          suite: "approval",
          name: `${name}p50`,
          value: s.p50,
          unit: "ms",
          baseline: base,
          ratio: s.p50 / selectOne.p50,
          target: "≤ 10 ms",
        });
        figures.push({
          suite: "approval",
          name: `${name}p95`,
          value: s.p95,
          unit: "ms",
          baseline: base,
          ratio: s.p95 / selectOne.p50,
        });
      }
      figures.push({
        suite: "approval",
        name: "one HMAC-SHA256 + constant-time compare",
        value: hmacMs * 1000,
        unit: "µs",
        baseline: { name: "select 1 round trip p50 µs", value: selectOne.p50 * 1000 },
        ratio: hmacMs / selectOne.p50,
      });
      figures.push({ suite: "approval", name: "select 1 round trip p95", value: selectOne.p95, unit: "ms" });
    } finally {
      await gateway.flush();
      await registry.close();
      await storage.close();
    }
    return figures;
  },
};
