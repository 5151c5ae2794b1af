// 405 with `Allow` for a path that exists under other methods, instead of a misleading 404.
import type { Hono } from "hono";

type AnyHono = Hono<any, any, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function patternOf(path: string): RegExp {
  const body = path
    .split("/")
    .map((seg) => (seg.startsWith(":") ? "[^/]+" : seg === "*" ? ".*" : seg.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
    .join("/");
  return new RegExp(`^${body}/?$`);
}

/** The methods `app` serves at `path` (empty when the path is unknown). Built once per app. */
export function allowedMethods(app: AnyHono): (path: string) => string[] {
  let table: Array<{ method: string; re: RegExp }> | undefined;
  return function allowedAt(path) {
    table ??= app.routes.filter((r) => r.method !== "ALL").map((r) => ({ method: r.method, re: patternOf(r.path) }));
    const methods = new Set(table.filter((r) => r.re.test(path)).map((r) => r.method));
    if (methods.has("GET")) methods.add("HEAD");
    return [...methods].sort();
  };
}
