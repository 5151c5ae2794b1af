// English words for the words of a short phrase the user wrote in any supported language, for
// names (a field the user asks to add: "el autor" → author, "Schlafqualität" → sleep quality).
// The language is told by the whole text the words came from; English text keeps its words.
import { fold, tokenize } from "./fold.js";
import { translateWord } from "./glossary.js";
import { detectLanguage } from "./language.js";

/** A translator for words of `text` (folded, lowercase): each word's English, or the word itself. */
export function fieldWordsOf(text: string): (word: string) => string {
  const head = text.slice(0, 2000);
  const language = detectLanguage(head, tokenize(fold(head)));
  if (language === "en") return (word) => word;
  return (word) => translateWord(word, language) ?? word;
}
