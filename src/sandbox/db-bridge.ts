// The host end of `db`: one JSON text in, one JSON text out, for one method call. Everything the
// isolate sends is untrusted: it is size- and depth-capped, the collection must be a name the
// version was approved for, and the scope (tenant + skill) is always the host's, never the skill's.
import {
  COLLECTION_RE,
  FIELD_NAME_RE,
  type Json,
  type JsonObject,
  type RecordFilter,
  type RecordScope,
  type RecordStore,
  type SandboxLimits,
  type StoredRecord,
} from "../contract/index.js";
import { byteLength, overBytes, parseGuardedJson } from "./json-guard.js";
import type { Violation } from "./types.js";

const FIELD_RE = FIELD_NAME_RE;
const MAX_FILTERS = 16;
/** Projected fields per select: each costs host work for every row returned. */
const MAX_FIELDS = 64;
/** A select reply must fit comfortably in a 128 MB isolate. */
const MAX_REPLY_BYTES = 8 * 1024 * 1024;
const HOST_KEYS = new Set(["id", "created_at"]);

export interface DbBridgeInput {
  store: RecordStore;
  scope: Omit<RecordScope, "collection">;
  capabilities: ReadonlySet<string>;
  limits: SandboxLimits;
  onViolation: (v: Violation) => void;
  /** Epoch ms when the call is given up (cap + 1 s): store work stops there. */
  deadline?: number;
}

export interface DbBridge {
  handle(text: string): Promise<string>;
  /** A limit the call breached (e.g. too many db calls): the call fails with it. */
  readonly breach: string | null;
}

class Refusal extends Error {}

const reply = (value: Json) => JSON.stringify({ ok: true, value });
const refuse = (error: string) => JSON.stringify({ ok: false, error });

function isObject(v: unknown): v is JsonObject {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

function filtersOf(raw: unknown): RecordFilter[] {
  if (!Array.isArray(raw) || raw.length > MAX_FILTERS) throw new Refusal(`db: at most ${MAX_FILTERS} .eq() filters`);
  return raw.map((f) => {
    if (!Array.isArray(f) || typeof f[0] !== "string" || !FIELD_RE.test(f[0])) throw new Refusal("db: .eq() needs a field name");
    return { field: f[0], value: (f[1] ?? null) as Json };
  });
}

function rowOf(raw: unknown, limits: SandboxLimits, what: string): { row: JsonObject; bytes: number } {
  if (!isObject(raw)) throw new Refusal(`db: ${what} must be a plain object`);
  const bytes = byteLength(JSON.stringify(raw));
  if (bytes > limits.rowBytes) throw new Refusal(`db: ${what} is larger than ${limits.rowBytes} bytes`);
  const row: JsonObject = {};
  for (const k of Object.keys(raw)) if (!HOST_KEYS.has(k)) row[k] = raw[k]!;
  return { row, bytes };
}

/** The projected fields (null: all), checked before any row is read. */
function fieldsOf(fields: unknown): string[] | null {
  if (fields === null || fields === undefined || fields === "*") return null;
  if (typeof fields === "string" && fields.length > MAX_FIELDS * 64)
    throw new Refusal(`db: select() names at most ${MAX_FIELDS} fields`);
  const list = typeof fields === "string" ? fields.split(",").map((f) => f.trim()) : fields;
  if (!Array.isArray(list)) throw new Refusal('db: select() takes "*", "a,b" or a list of field names');
  if (list.length > MAX_FIELDS) throw new Refusal(`db: select() names at most ${MAX_FIELDS} fields`);
  if (list.some((f) => typeof f !== "string" || !FIELD_RE.test(f))) {
    throw new Refusal('db: select() takes "*", "a,b" or a list of field names');
  }
  return [...new Set(list as string[])];
}

function project(rows: StoredRecord[], list: string[] | null): Json[] {
  if (list === null) return rows;
  return rows.map((r) => {
    const out: JsonObject = {};
    for (const f of list) if (Object.hasOwn(r, f)) out[f] = r[f]!;
    return out;
  });
}

export function createDbBridge(input: DbBridgeInput): DbBridge {
  const { store, scope, capabilities, limits } = input;
  let calls = 0;
  let breach: string | null = null;
  let written = 0;

  // Rows are capped one by one; this caps what a call writes in all (100 calls × 64 KB otherwise).
  // A patch is charged once per row it changed, so a broad update costs what it wrote.
  function charge(bytes: number): void {
    if (written + bytes > limits.writeBytesPerCall) {
      breach = `more than ${limits.writeBytesPerCall} bytes written in one method call`;
      throw new Refusal(`db: ${breach}`);
    }
    written += bytes;
  }

  /**
   * Checks one request and starts its store work. A refusal is thrown before the store is
   * touched; the store's answer comes back as its own promise, with no async frames around it
   * (each would add turns of the microtask queue to every db call).
   */
  function perform(text: string): Promise<Json> {
    const parsed = parseGuardedJson(text, limits.rowBytes + 16 * 1024, 32);
    if (!parsed.ok) throw new Refusal(`db: request refused (${parsed.reason})`);
    const req = parsed.value;
    if (!isObject(req)) throw new Refusal("db: malformed request");
    const op = req.op === "select" || req.op === "insert" || req.op === "update" ? req.op : "unknown";
    const collection = req.collection;
    if (typeof collection !== "string" || !COLLECTION_RE.test(collection) || op === "unknown") {
      const shown = typeof collection === "string" ? collection.slice(0, 80) : typeof collection;
      input.onViolation({ op, capability: `collection:${shown}`, reason: "not a valid collection name" });
      throw new Refusal("db: invalid collection name");
    }
    const needed = `${op === "select" ? "data.read" : "data.write"}:${collection}`;
    if (!capabilities.has(needed)) {
      input.onViolation({ op, capability: needed, reason: "not in the approved capability set" });
      throw new Refusal(`db: permission denied (${needed} was not approved)`);
    }
    const where: RecordScope = { tenantId: scope.tenantId, skillId: scope.skillId, collection };
    if (op === "insert") {
      const { row, bytes } = rowOf(req.row, limits, "insert row");
      charge(bytes);
      return store.insert(where, row);
    }
    if (op === "update") {
      const filters = filtersOf(req.filters);
      if (filters.length === 0) throw new Refusal("db: update() needs at least one .eq() filter");
      const { row, bytes } = rowOf(req.patch, limits, "update patch");
      charge(bytes);
      return store.update(where, row, filters).then((changed) => {
        if (changed > 1 && written + bytes * (changed - 1) > limits.writeBytesPerCall) {
          breach = `more than ${limits.writeBytesPerCall} bytes written in one method call`;
        }
        written += bytes * Math.max(0, changed - 1);
        return changed;
      });
    }
    const limit = req.limit === null || req.limit === undefined ? limits.rowsPerSelect : req.limit;
    if (typeof limit !== "number" || !Number.isInteger(limit) || limit < 0) throw new Refusal("db: limit() needs a whole number");
    const order = req.order;
    if (
      order !== null &&
      order !== undefined &&
      (!isObject(order) || typeof order.field !== "string" || !FIELD_RE.test(order.field))
    ) {
      throw new Refusal("db: order() needs a field name");
    }
    const fields = fieldsOf(req.fields);
    const selected = store.select(where, {
      filters: filtersOf(req.filters),
      ...(isObject(order) ? { order: { field: order.field as string, ascending: order.ascending !== false } } : {}),
      limit: Math.min(limit, limits.rowsPerSelect),
      // A reply past this is refused below: the store stops reading rows once past it.
      maxBytes: MAX_REPLY_BYTES,
      ...(input.deadline !== undefined ? { deadline: input.deadline } : {}),
    });
    return selected.then((rows) => project(rows.slice(0, limits.rowsPerSelect), fields));
  }

  const answer = (value: Json): string => {
    const out = reply(value);
    return overBytes(out, MAX_REPLY_BYTES) ? refuse("db: reply too large, select fewer rows") : out;
  };
  // Storage errors stay in the host: the skill learns only that the call failed.
  const failed = (err: unknown): string => refuse(err instanceof Refusal ? err.message : "db: storage error");

  return {
    handle(text) {
      calls++;
      if (calls > limits.dbCallsPerCall) {
        breach = `more than ${limits.dbCallsPerCall} db calls in one method call`;
        return Promise.resolve(refuse(`db: ${breach}`));
      }
      let work: Promise<Json>;
      try {
        work = perform(text);
      } catch (err) {
        return Promise.resolve(failed(err));
      }
      return work.then(answer, failed);
    },
    get breach() {
      return breach;
    },
  };
}
