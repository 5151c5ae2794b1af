import type { RuleId } from "./rules.js";
import type { Finding } from "./types.js";

interface Located {
  loc?: { start: { line: number; column: number } } | null;
}

const EXCERPT_MAX = 160;

/** Collects findings during the walk; excerpts and ordering are done once at the end. */
export class FindingSink {
  readonly #items: Finding[] = [];
  readonly #seen = new Set<string>();

  add(rule: RuleId, message: string, node: Located | null | undefined): void {
    const line = node?.loc?.start.line ?? 1;
    const column = node?.loc?.start.column ?? 0;
    this.addAt(rule, message, line, column);
  }

  addAt(rule: RuleId, message: string, line: number, column: number): void {
    const key = `${rule}:${line}:${column}`;
    if (this.#seen.has(key)) return;
    this.#seen.add(key);
    this.#items.push({ rule, message, line, column });
  }

  get size(): number {
    return this.#items.length;
  }

  /** Sorted by position, each with the trimmed, capped source line. */
  finish(source: string): Finding[] {
    if (this.#items.length === 0) return [];
    const lines = source.split(/\r\n|\r|\n|\u2028|\u2029/);
    return this.#items
      .map((f) => {
        const text = (lines[f.line - 1] ?? "").trim();
        return { ...f, excerpt: text.length > EXCERPT_MAX ? `${text.slice(0, EXCERPT_MAX - 1)}…` : text };
      })
      .sort((a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
  }
}
