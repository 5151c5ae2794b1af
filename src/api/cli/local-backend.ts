// The backend over a store the command opened itself: the composition root's stages, called as the
// routes call them, with results passed through JSON so they have exactly the shape the API sends.
import type { Root } from "../root.js";
import type { Backend } from "./backend.js";
import { resolveTenant } from "./tenant-arg.js";
import { RefusedError, UsageError, type CliIo } from "./types.js";

const asJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const ACTOR = "cli";

export function localBackend(root: Root, io: CliIo): Backend {
  const db = async () => (await root.storage()).db;
  const registry = () => root.registry();
  const approval = () => root.approval();
  const storage = () => import("../../storage/index.js");
  /** The tenant an approval belongs to: the CLI on the folder acts for any of them. */
  const approvalTenant = async (id: string) => (await storage()).approvalTenant(await db(), id);

  return {
    async tenant(given, fallback) {
      const { isUuid } = await storage();
      if (fallback !== "demo") {
        if (given === undefined && fallback === "create-demo") {
          const { ensureLocalDemo } = await import("../demo-tenant.js");
          const demo = await ensureLocalDemo(root);
          if (demo) io.err(`created the local demo tenant; its API key (shown once): ${demo.token}`);
        }
        return resolveTenant(await db(), given);
      }
      if (given !== undefined) {
        if (!isUuid(given)) throw new UsageError(`--tenant: expected a uuid, got ${JSON.stringify(given)}`);
        return given;
      }
      const { findDemoTenant } = await import("../demo-tenant.js");
      const demo = await findDemoTenant(await db());
      if (!demo) throw new RefusedError("no local demo tenant here; pass --tenant <id>");
      return demo;
    },
    skills: {
      list: async (tenantId) => asJson(await (await registry()).list(tenantId)),
      show: async (tenantId, slug) => asJson(await (await registry()).show(tenantId, slug)),
      versions: async (tenantId, slug) => asJson(await (await registry()).versions(tenantId, slug)),
      rollback: async (tenantId, slug, to) => asJson(await (await registry()).rollback({ tenantId, slug, to, actor: ACTOR })),
      lifecycle: async (tenantId, slug, op) => asJson(await (await registry())[op]({ tenantId, slug, actor: ACTOR })),
      reenable: async (tenantId, slug, version) =>
        asJson(await (await registry()).reenable({ tenantId, slug, version, actor: ACTOR })),
      exportVersion: async (tenantId, slug, version) => (await registry()).exportVersion({ tenantId, slug, version }),
      importBundle: async (tenantId, bundle) => asJson(await (await registry()).importBundle({ tenantId, bundle, actor: ACTOR })),
      call: async (tenantId, slug, method, action, params) =>
        asJson(await (await registry()).call({ tenantId, slug, method, action, params })),
      archiveSweep: async (idleDays) => asJson(await (await registry()).archiveSweep({ idleDays, actor: ACTOR })),
    },
    approvals: {
      list: async (tenantId, status) => asJson(await (await approval()).gateway.list(tenantId, status as never)),
      async show(id) {
        const tenantId = await approvalTenant(id);
        const s = await approval();
        const view = tenantId ? await s.gateway.view(tenantId, id) : undefined;
        if (!view) return undefined;
        return asJson({
          ...view.approval,
          disclosure: view.disclosure,
          pageUrl: s.gateway.links(id).pageUrl,
          events: view.events.map((e) => ({ kind: e.kind, channel: e.channel, at: e.at.toISOString() })),
        });
      },
      async confirm(id, channel, code) {
        const tenantId = await approvalTenant(id);
        if (!tenantId) return undefined;
        const s = await approval();
        const out = await s.gateway.verify(tenantId, id, channel, code, ACTOR);
        await s.gateway.flush();
        return out.ok
          ? asJson({ ok: true as const, approval: out.approval, next: out.next ?? null })
          : { ok: false, code: out.code };
      },
      async reject(id) {
        const tenantId = await approvalTenant(id);
        return tenantId ? asJson(await (await approval()).gateway.reject(tenantId, id, ACTOR)) : undefined;
      },
    },
    contacts: {
      async add(tenantId, channel, destination) {
        const s = await approval();
        const c = await s.contacts.add(tenantId, channel, destination, ACTOR);
        await s.gateway.flush();
        return asJson(c);
      },
      verify: async (tenantId, id, code, confirmCode) =>
        asJson(await (await approval()).contacts.verify(tenantId, id, code, confirmCode, ACTOR)),
      list: async (tenantId) => asJson(await (await approval()).contacts.list(tenantId)),
      async enrolTotp(tenantId, account) {
        const { getTenant } = await storage();
        const name = account ?? (await getTenant(await db(), tenantId))!.name;
        return (await approval()).contacts.enrolTotp(tenantId, name, ACTOR);
      },
    },
    async outbox(limit) {
      const s = await approval();
      await s.gateway.drainOutbox();
      const { outboxMessage } = await import("../routes/outbox.js");
      return (await s.outbox({ limit })).map(outboxMessage);
    },
    async generate(tenantId, text, onProgress, skill) {
      const result = await (await root.journey())({ text, tenantId, actor: ACTOR, ...(skill ? { skill } : {}) }, onProgress);
      await (await approval()).gateway.flush();
      return asJson(result);
    },
    keys: {
      async create(tenantId, name, scopes) {
        const { getTenant, createApiKey } = await storage();
        if (!(await getTenant(await db(), tenantId))) throw new RefusedError(`no tenant ${tenantId}`);
        const { key, token } = await createApiKey(await db(), tenantId, { name, scopes }, ACTOR);
        return { id: key.id, tenantId, name: key.name, scopes: key.scopes, token };
      },
      list: async (tenantId) => asJson(await (await storage()).listApiKeys(await db(), tenantId)),
      async revoke(keyId) {
        const { keyTenant, revokeApiKey } = await storage();
        const tenantId = await keyTenant(await db(), keyId);
        return tenantId !== undefined && (await revokeApiKey(await db(), tenantId, keyId, ACTOR));
      },
    },
  };
}
