import { parseArgs, type ParseArgsConfig } from "node:util";
import { UsageError } from "./types.js";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** `util.parseArgs` with strict checking, turning its errors into one-line usage errors. */
export function parseCommandArgs<O extends Options>(args: string[], options: O, usage: string) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: true });
  } catch (err) {
    const reason = err instanceof Error ? err.message.split("\n")[0] : String(err);
    throw new UsageError(`${reason} (usage: ${usage})`);
  }
}
