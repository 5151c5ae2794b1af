// What the CLI prints of stored or user-supplied text: control characters (terminal escape
// sequences) and bidirectional overrides (which make `gnp.exe` read as `exe.png`) are shown as
// \u escapes, never written raw to an operator's terminal.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function printable(text: string): string {
  return text.replace(UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
