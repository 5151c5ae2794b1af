// One rule for human-readable names (tenants, API keys, contact labels) everywhere, API and CLI
// alike: what an operator reads in a list must be what was meant, not a terminal escape sequence
// or a right-to-left override that turns `gnp.exe` into `exe.png`.
export const NAME_MAX_CHARS = 100;

// C0/C1 controls (NUL and ESC among them), and the bidirectional embedding/override/isolate marks.
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** The trimmed name, or why it cannot be one. */
export function checkName(raw: unknown, what = "name"): { ok: true; name: string } | { ok: false; reason: string } {
  if (typeof raw !== "string") return { ok: false, reason: `${what} must be a string` };
  const name = raw.trim();
  if (name === "") return { ok: false, reason: `${what} must not be empty` };
  if (FORBIDDEN.test(name)) return { ok: false, reason: `${what} must not contain control or text-direction characters` };
  if ([...name].length > NAME_MAX_CHARS) return { ok: false, reason: `${what} must be at most ${NAME_MAX_CHARS} characters` };
  return { ok: true, name };
}
