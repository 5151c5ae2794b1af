// The guarded open-vocabulary path of the pattern matcher: "I drank kombucha", "wypiłem
// kombuchę", "ich habe Kombucha getrunken" name something consumed even when the lexicon does
// not know it. Only the word after a consumption verb (past measures and articles) counts,
// and never a generic word, a time word or a word the lexicon already names.
import type { Token } from "./fold.js";
import { words } from "./rules.js";

const VERBS = words(
  "drank drink drinking ate eating smoked smoking wypilem wypilam pilem pilam pije zjadlem zjadlam jadlem jadlam zjadlam trank getrunken trinke gegessen esse bebi bebo tome comi como bu bois mange bevo",
);
const MEASURES =
  words(`a an some my another the more two three four five six seven eight too much many cup cups glass glasses bottle bottles can cans mug mugs pint pints shot shots of bowl bowls plate slice slices piece pieces lot lots few couple big large small extra whole half of
  kubek kubki szklanke szklanki filizanke filizanki butelke butelki puszke puszki kieliszek kieliszki dwie trzy duzo kawalek troche
  tasse tassen glas glaser flasche flaschen ein eine einen zwei drei mehr viel viele noch stuck
  taza tazas vaso vasos botella botellas copa copas un una unos unas de del dos tres mas mucho mucha
  verre verres bouteille bouteilles une des du d' mon ma mes la le les deux trois beaucoup encore`);
const GENERIC =
  words(`lunch dinner breakfast brunch supper meal meals snack something nothing anything everything it that this them too time day fun way out well late early again today yesterday tonight
  quickly alone together healthy badly fast slowly enough less least most all any same usual normal breakfasts lunches dinners while when with and at in on for before after during because so
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december week weekend morning evening night
  obiad sniadanie kolacje kolacja cos nic dzisiaj wczoraj rano wieczorem dzis znowu mittagessen abendessen fruhstuck etwas nichts heute gestern morgens abends wieder
  almuerzo desayuno cena algo nada hoy ayer manana noche otra vez dejeuner diner petit quelque chose rien aujourd'hui hier matin soir`);

/** Lowercased things said to be consumed in `tokens`, in order. */
export function consumedThings(tokens: readonly Token[], original: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!VERBS.has(tokens[i]!.word)) continue;
    let j = i + 1;
    while (j < tokens.length && (MEASURES.has(tokens[j]!.word) || /^\d+$/.test(tokens[j]!.word))) j++;
    const content: Token[] = [];
    for (; j < tokens.length && content.length < 2; j++) {
      const w = tokens[j]!.word;
      if (GENERIC.has(w) || VERBS.has(w) || MEASURES.has(w)) break;
      content.push(tokens[j]!);
    }
    const last = content[content.length - 1];
    if (!last || last.word.length < 3 || /\d/.test(last.word)) continue;
    out.push(original.slice(last.start, last.end).toLowerCase());
  }
  return out;
}
