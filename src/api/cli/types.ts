/** Exit codes every command uses: 0 ok, 1 refused (blocked, failed, rejected), 2 bad input or usage. */
export const EXIT_OK = 0;
export const EXIT_REFUSED = 1;
export const EXIT_USAGE = 2;
export type ExitCode = typeof EXIT_OK | typeof EXIT_REFUSED | typeof EXIT_USAGE;

/** What a command may touch of the process: passed in so tests can drive commands in-process. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Reads all of standard input (empty string when there is none). */
  readStdin(): Promise<string>;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
}

export interface Command {
  summary: string;
  usage: string;
  run(args: string[], io: CliIo): Promise<ExitCode>;
}

/** Bad input or usage: reported as one line, exit 2, nothing changed. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** A refusal worth one line and exit 1 (no such thing here, the service cannot be reached). */
export class RefusedError extends Error {
  override name = "RefusedError";
}
