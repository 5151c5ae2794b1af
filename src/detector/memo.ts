// What the detector learns from a message's text alone (folded words, language, mentions, the
// request parse) depends on nothing else, so a server may keep it: an assistant sends the recent
// conversation with every call (patterns need days of it), and all but the newest message were
// read on the previous call. Bounded by the characters it holds; the least recently used go first.
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

/**
 * A memo holding at most `maxChars` characters of scope and text (about 30 bytes of analysis
 * each). Two generations rather than one map in use order: evicting the oldest entry of a Map
 * one insertion at a time walks the holes earlier deletions left, which cost more than the memo
 * saved on a text never seen. When the newer generation is half full the older one is dropped.
 */
export function createDetectMemo(maxChars = 500_000): DetectMemo {
  const half = maxChars / 2;
  let current = new Map<string, Entry>();
  let previous = new Map<string, Entry>();
  let currentChars = 0;
  let previousChars = 0;
  const keyOf = (scope: string, text: string) => `${scope}\u0000${text}`;
  function add(key: string, entry: Entry): void {
    if (entry.chars > half) return;
    if (currentChars + entry.chars > half) {
      previous = current;
      previousChars = currentChars;
      current = new Map();
      currentChars = 0;
    }
    current.set(key, entry);
    currentChars += entry.chars;
  }
  function remove(key: string): void {
    const inCurrent = current.get(key);
    if (inCurrent) {
      current.delete(key);
      currentChars -= inCurrent.chars;
    }
    const inPrevious = previous.get(key);
    if (inPrevious) {
      previous.delete(key);
      previousChars -= inPrevious.chars;
    }
  }
  return {
    get(scope, text, catalogue) {
      const key = keyOf(scope, text);
      let hit = current.get(key);
      if (!hit) {
        hit = previous.get(key);
        if (!hit) return undefined;
        // Used again: moved to the newer generation so it outlives the next turn.
        remove(key);
        add(key, hit);
      }
      if (hit.catalogue !== catalogue) return undefined;
      return { analysed: hit.analysed, parsed: copied(hit.parsed) };
    },
    set(scope, analysed, parsed, catalogue) {
      const text = analysed.message.text;
      if (text.length > MAX_ENTRY_CHARS) return;
      const key = keyOf(scope, text);
      remove(key);
      add(key, { analysed, parsed: copied(parsed), catalogue, chars: key.length });
    },
    get chars() {
      return currentChars + previousChars;
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
