// `skillforge run <slug> <action> [--params JSON]`, `data <slug>`, `insights <slug>`: call the
// tenant's active version in the sandbox, as the API does.
import type { Json } from "../../../contract/index.js";
import type { CallMethod } from "../../../registry/index.js";
import { parseCommandArgs } from "../args.js";
import { TENANT_OPTIONS, withRegistry } from "../registry-session.js";
import { EXIT_OK, EXIT_REFUSED, UsageError, type Command } from "../types.js";

function callCommand(name: string, method: CallMethod, usage: string, summary: string): Command {
  return {
    summary,
    usage,
    async run(args, io) {
      const { values, positionals } = parseCommandArgs(args, { ...TENANT_OPTIONS, params: { type: "string" } }, usage);
      const wanted = method === "executeAction" ? 2 : 1;
      if (positionals.length !== wanted)
        throw new UsageError(`expected ${wanted === 2 ? "<slug> <action>" : "<slug>"} (usage: ${usage})`);
      if (values.params !== undefined && method !== "executeAction") throw new UsageError("--params only applies to run");
      let params: Json = {};
      if (values.params !== undefined) {
        try {
          params = JSON.parse(values.params) as Json;
        } catch {
          throw new UsageError("--params must be JSON, e.g. '{\"amount_ml\": 250}'");
        }
      }
      const [slug, action] = positionals as [string, string | undefined];
      return withRegistry(io, name, values, async (backend, tenantId) => {
        const outcome = await backend.skills.call(tenantId, slug, method, action, params);
        if (values.json) io.out(JSON.stringify(outcome));
        if (!outcome.ok) {
          io.err(`skillforge ${name}: ${outcome.code}: ${outcome.message} (on ${outcome.tag})`);
          return EXIT_REFUSED;
        }
        if (!values.json) io.out(`${JSON.stringify(outcome.value, null, 2)}\n(${outcome.tag}, ${outcome.ms.toFixed(1)} ms)`);
        return EXIT_OK;
      });
    },
  };
}

export const run = callCommand(
  "run",
  "executeAction",
  "skillforge run <slug> <action> [--params '<json>'] [--tenant ID] [--json] [--data-dir DIR]",
  "Run one action of a skill's active version.",
);
export const data = callCommand(
  "data",
  "getData",
  "skillforge data <slug> [--tenant ID] [--json] [--data-dir DIR]",
  "Print a skill's data view (its getData).",
);
export const insights = callCommand(
  "insights",
  "getInsights",
  "skillforge insights <slug> [--tenant ID] [--json] [--data-dir DIR]",
  "Print a skill's insights (its getInsights).",
);
