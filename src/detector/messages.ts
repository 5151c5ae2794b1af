// Validation of the message list a caller hands in (CLI standard input, HTTP body): one place
// that says what a well-formed input is, returning a one-line reason instead of throwing.
import type { Message, ParseMessagesResult } from "./types.js";

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
  if (typeof text !== "string" || text.trim() === "") return `${where}: "text" must be a non-empty string`;
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

/** Accepts `[{ id?, text, at? }, …]` or a single `{ text, … }`. */
export function parseMessages(input: unknown): ParseMessagesResult {
  const list = Array.isArray(input) ? input : isRecord(input) ? [input] : undefined;
  if (!list) return { ok: false, error: 'expected an array of messages [{ "id"?, "text", "at"? }] or one { "text" }' };
  if (list.length > MAX_MESSAGES) return { ok: false, error: `too many messages (${list.length} > ${MAX_MESSAGES})` };
  const messages: Message[] = [];
  for (let i = 0; i < list.length; i++) {
    const parsed = parseOne(list[i], Array.isArray(input) ? `message ${i}` : "message");
    if (typeof parsed === "string") return { ok: false, error: parsed };
    messages.push(parsed);
  }
  return { ok: true, messages };
}
