// Validation of the message list a caller hands in (CLI standard input, HTTP body): one place
// that says what a well-formed input is, returning a one-line reason instead of throwing.
import type { Message, ParseMessagesResult, Pace } from "./types.js";

export const MAX_MESSAGES = 10_000;
export const MAX_TEXT_CHARS = 10_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** True for an ISO 8601 date or date-time that names a real instant. */
export function isIsoTime(value: string): boolean {
  return ISO_DATE.test(value) && !Number.isNaN(Date.parse(value));
}

function parseOne(value: unknown, where: string): Message | string {
  if (!isRecord(value)) return `${where} must be an object with "text"`;
  const { id, text, at } = value;
  // A test, not trim(): no copy of a 10,000-character text per message.
  if (typeof text !== "string" || !/\S/.test(text)) return `${where}: "text" must be a non-empty string`;
  if (text.length > MAX_TEXT_CHARS) return `${where}: "text" is longer than ${MAX_TEXT_CHARS} characters`;
  const message: Message = { text };
  if (id !== undefined) {
    if (typeof id !== "string" && typeof id !== "number") return `${where}: "id" must be a string or a number`;
    message.id = String(id);
  }
  if (at !== undefined) {
    if (typeof at !== "string" || !isIsoTime(at)) return `${where}: "at" must be an ISO 8601 date-time`;
    message.at = at;
  }
  return message;
}

function listOf(input: unknown): unknown[] | string {
  const list = Array.isArray(input) ? input : isRecord(input) ? [input] : undefined;
  if (!list) return 'expected an array of messages [{ "id"?, "text", "at"? }] or one { "text" }';
  if (list.length > MAX_MESSAGES) return `too many messages (${list.length} > ${MAX_MESSAGES})`;
  return list;
}

/** One message at a time, yielding between messages: the sync and the paced parse share it. */
function* parsing(input: unknown): Generator<void, ParseMessagesResult> {
  const list = listOf(input);
  if (typeof list === "string") return { ok: false, error: list };
  const messages: Message[] = [];
  for (let i = 0; i < list.length; i++) {
    const parsed = parseOne(list[i], Array.isArray(input) ? `message ${i}` : "message");
    if (typeof parsed === "string") return { ok: false, error: parsed };
    messages.push(parsed);
    yield;
  }
  return { ok: true, messages };
}

/** Accepts `[{ id?, text, at? }, …]` or a single `{ text, … }`. */
export function parseMessages(input: unknown): ParseMessagesResult {
  const steps = parsing(input);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** `parseMessages`, waiting whenever `pace` hands back a promise (see `detectNeedsPaced`). */
export async function parseMessagesPaced(input: unknown, pace: Pace): Promise<ParseMessagesResult> {
  const steps = parsing(input);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    const wait = pace();
    if (wait) await wait;
  }
}
