// What the detector learns from a message's text alone (folded words, language, mentions, the
// request parse) depends on nothing else, so a server may keep it: an assistant sends the recent
// conversation with every call (patterns need days of it), and all but the newest message were
// read on the previous call. Bounded by the characters it holds, oldest use evicted first.
//
// Entries are kept per scope (a server's tenant): a text one tenant sent never speeds up
// another's request, so the time of an answer says nothing about other tenants' messages.
import type { AnalysedMessage } from "./analyse.js";
import type { LifeArea, RequestParse } from "./types.js";

/** Texts longer than this are read every time: one of them would crowd out hundreds of short ones. */
const MAX_ENTRY_CHARS = 2_000;

interface Entry {
  analysed: AnalysedMessage;
  parsed: RequestParse;
  catalogue: readonly LifeArea[];
  chars: number;
}

export interface DetectMemo {
  /** The text's analysis and parse, when this scope read it before under the same catalogue. */
  get(
    scope: string,
    text: string,
    catalogue: readonly LifeArea[],
  ): { analysed: AnalysedMessage; parsed: RequestParse } | undefined;
  set(scope: string, analysed: AnalysedMessage, parsed: RequestParse, catalogue: readonly LifeArea[]): void;
  /** Characters of text held (scopes and texts). */
  readonly chars: number;
}

/** A memo holding at most `maxChars` characters of scope and text (about 20 bytes of analysis each). */
export function createDetectMemo(maxChars = 500_000): DetectMemo {
  const entries = new Map<string, Entry>();
  let chars = 0;
  const keyOf = (scope: string, text: string) => `${scope}\u0000${text}`;
  return {
    get(scope, text, catalogue) {
      const key = keyOf(scope, text);
      const hit = entries.get(key);
      if (!hit || hit.catalogue !== catalogue) return undefined;
      entries.delete(key);
      entries.set(key, hit);
      return { analysed: hit.analysed, parsed: copied(hit.parsed) };
    },
    set(scope, analysed, parsed, catalogue) {
      const text = analysed.message.text;
      if (text.length > MAX_ENTRY_CHARS) return;
      const key = keyOf(scope, text);
      const old = entries.get(key);
      if (old) {
        entries.delete(key);
        chars -= old.chars;
      }
      entries.set(key, { analysed, parsed: copied(parsed), catalogue, chars: key.length });
      chars += key.length;
      for (const [k, e] of entries) {
        if (chars <= maxChars) break;
        entries.delete(k);
        chars -= e.chars;
      }
    },
    get chars() {
      return chars;
    },
  };
}

/** The parse with its need's arrays and objects copied: a caller may change what it is handed. */
function copied(parsed: RequestParse): RequestParse {
  if (parsed.kind !== "request") return parsed;
  const need = { ...parsed.need, evidence: [...parsed.need.evidence] };
  if (need.fields) need.fields = [...need.fields];
  if (need.scale) need.scale = { ...need.scale };
  return { ...parsed, need };
}
