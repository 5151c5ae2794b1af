// Finishing an English action subject read from a description. The open-subject namer keeps a
// verb's object ("kettle descaling") but, with no object, only the gerund: "I wake up at night"
// gives "waking", "how often I eat out" gives "eating", which say less than the user did. Here a
// lone gerund takes back its particle and one short place or time phrase from the user's words.
import type { Token } from "./fold.js";
import { gerund } from "./open-subject.js";
import { words } from "./rules.js";

const PARTICLES = words("out up off down away back over");
const PLACE_OR_TIME = words("at in during on");
const ARTICLES = words("the a an my");
// Words that end the phrase: the phrase names when or where, never a measure or another clause.
const NOT_A_NOUN = words("i we and or but so because when if least most all");

/** "waking" + "wake up at night" → "waking up at night"; anything else is returned unchanged. */
export function completeGerund(subject: string, tokens: readonly Token[], from: number, to: number): string {
  if (!/^[a-z]+ing$/.test(subject)) return subject;
  const ws = tokens.filter((t) => t.start >= from && t.end <= to).map((t) => t.word);
  const at = ws.findIndex((w) => w === subject || gerund(w) === subject);
  if (at < 0) return subject;
  const out = [subject];
  let i = at + 1;
  if (PARTICLES.has(ws[i] ?? "")) out.push(ws[i++]!);
  if (PLACE_OR_TIME.has(ws[i] ?? "")) {
    let j = i + 1;
    while (ARTICLES.has(ws[j] ?? "")) j++;
    const noun = ws[j];
    if (noun && /^[a-z]+$/.test(noun) && !NOT_A_NOUN.has(noun)) out.push(ws[i]!, noun);
  }
  return out.join(" ");
}

// A distance said with how it was covered: "kilometres cycled", "miles walked", "km hiked".
const DISTANCE = /^(?:km|kms|kilomet\w*|miles?|mi|meters?|metres?)$/;

/** "kilometres cycled" → "cycling": the activity, since the distance is its measure. */
export function distanceActivity(subject: string): string {
  const [measure, moved, ...rest] = subject.split(" ");
  if (rest.length > 0 || !measure || !moved || !DISTANCE.test(measure) || !/^[a-z]{3,}ed$/.test(moved)) return subject;
  // "cycled" → "cycle" → "cycling", "walked" → "walke" → "walking", "jogged" → "jogging".
  return gerund(moved.slice(0, -1));
}

// An infinitive in the user's words: "jardiner", "correr", "dehnen", "biegać" (folded).
const INFINITIVE: Record<string, RegExp> = {
  fr: /(?:er|ir|re)$/,
  es: /(?:ar|er|ir)$/,
  de: /en$/,
  pl: /(?:ac|ic|ec|yc)$/,
};

/** "temps passé à jardiner" → "gardening": time spent on an infinitive names the activity, not its noun ("garden"). */
export function activityOf(subject: string, last: string | undefined, language: string): string {
  const infinitive = INFINITIVE[language];
  if (!infinitive || !last || !infinitive.test(last) || !/^[a-z]{3,}$/.test(subject) || subject.endsWith("ing")) return subject;
  return gerund(subject);
}
