import { processEnv } from "../../config/index.js";
import { COMMANDS } from "./commands.js";
import { SkillforgeError } from "../../contract/index.js";
import { printable } from "./printable.js";
import { EXIT_REFUSED, EXIT_USAGE, RefusedError, UsageError, type CliIo, type ExitCode } from "./types.js";

async function readAllStdin(): Promise<string> {
  if (process.stdin.isTTY) return "";
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

export function processIo(): CliIo {
  return {
    out: (text) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`),
    err: (text) => process.stderr.write(text.endsWith("\n") ? text : `${text}\n`),
    readStdin: readAllStdin,
    env: processEnv(),
    cwd: process.cwd(),
  };
}

function help(): string {
  const names = Object.keys(COMMANDS).sort().join(", ");
  return `usage: skillforge <command> [options]\ncommands: ${names}\nrun "skillforge <command> --help" for a command's options`;
}

/** Runs one CLI invocation and returns its exit code; never throws for expected failures. */
export async function main(argv: string[], io: CliIo = processIo()): Promise<ExitCode> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    (name ? io.out : io.err)(help());
    return name ? 0 : EXIT_USAGE;
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!load) {
    io.err(`skillforge: unknown command "${name}"; commands: ${Object.keys(COMMANDS).sort().join(", ")}`);
    return EXIT_USAGE;
  }
  const { command } = await load();
  if (rest.includes("--help") || rest.includes("-h")) {
    io.out(`${command.summary}\nusage: ${command.usage}`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    if (err instanceof UsageError || (err instanceof Error && err.name === "ConfigError")) {
      io.err(`skillforge ${name}: ${printable(err.message)}`);
      return EXIT_USAGE;
    }
    if (err instanceof RefusedError) {
      io.err(`skillforge ${name}: ${printable(err.message)}`);
      return EXIT_REFUSED;
    }
    // An expected refusal from a stage (not found, conflict, unavailable): one line, exit 1.
    if (err instanceof SkillforgeError) {
      io.err(`skillforge ${name}: ${printable(err.message)}`);
      return err.code === "VALIDATION_FAILED" ? EXIT_USAGE : EXIT_REFUSED;
    }
    throw err;
  }
}
