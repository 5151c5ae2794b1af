// The worker's answers to the prelude's standard globals that need the host: WHATWG URL parsing
// (Node's parser) and random bytes (Node's CSPRNG). A table of named services, each taking two
// strings and returning a string; the guest reaches them through one copy-only `ivm.Callback`
// and never holds a host object. Threats named here: a non-string or oversized argument (refused
// before any work), a property name chosen to reach the host URL object's prototype (only the
// standard's settable parts are accepted), a quota bypass for random bytes (capped here as well
// as in the isolate). Each service is linear in its input, and runs inside the call's entry into
// the isolate, so its time counts against the call's own cap.
import { randomBytes } from "node:crypto";

/** Longest argument a service accepts (the isolate refuses longer ones first). */
export const SERVICE_MAX_CHARS = 1 << 20;
const MAX_RANDOM = 65536;
const SETTABLE = new Set(["href", "protocol", "username", "password", "host", "hostname", "port", "pathname", "search", "hash"]);
const PARTS = [
  "href",
  "origin",
  "protocol",
  "username",
  "password",
  "host",
  "hostname",
  "port",
  "pathname",
  "search",
  "hash",
] as const;

type Service = (a: string, b: string) => string;

const partsOf = (u: URL) => JSON.stringify(PARTS.map((p) => u[p]));

function pairsOf(text: string): [string, string][] {
  const value: unknown = JSON.parse(text);
  if (!Array.isArray(value)) throw new TypeError("pairs expected");
  return value.map((p: unknown) => {
    if (!Array.isArray(p) || p.length !== 2 || typeof p[0] !== "string" || typeof p[1] !== "string")
      throw new TypeError("pairs expected");
    return [p[0], p[1]] as [string, string];
  });
}

const SERVICES: Record<string, Service> = {
  random(n) {
    const count = Number(n);
    if (!Number.isInteger(count) || count < 0 || count > MAX_RANDOM) throw new RangeError("random: bad count");
    return randomBytes(count).toString("latin1");
  },
  // b is "" for no base, else "1" + the base (an empty base string is still a base).
  "url.parse": (input, b) => partsOf(b === "" ? new URL(input) : new URL(input, b.slice(1))),
  "url.set"(href, change) {
    const [part, value]: unknown[] = JSON.parse(change) as unknown[];
    if (typeof part !== "string" || !SETTABLE.has(part) || typeof value !== "string") throw new TypeError("url.set: bad part");
    const u = new URL(href);
    // The standard's setters ignore what they cannot apply; only href throws.
    (u as unknown as Record<string, string>)[part] = value;
    return partsOf(u);
  },
  "query.parse": (search) => JSON.stringify([...new URLSearchParams(search)]),
  "query.format": (pairs) => new URLSearchParams(pairsOf(pairs)).toString(),
};

/** Answers one service call from the isolate: "1" + the result, or "0" + why not. */
export function answerService(name: unknown, a: unknown, b: unknown): string {
  if (typeof name !== "string" || typeof a !== "string" || typeof b !== "string") return "0bad arguments";
  if (a.length + b.length > SERVICE_MAX_CHARS + 2) return "0too long";
  const service = Object.hasOwn(SERVICES, name) ? SERVICES[name] : undefined;
  if (!service) return "0no such service";
  try {
    return "1" + service(a, b);
  } catch {
    return "0refused";
  }
}
