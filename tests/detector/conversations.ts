// Conversations for the pattern matcher and the gap detector: each lists the needs it must
// produce ("kind:subject") and the subjects no need may carry.
import type { DetectOptions, Message } from "../../src/detector/index.js";

export interface Conversation {
  name: string;
  messages: Message[];
  options?: DetectOptions;
  expect: string[];
  forbid: string[];
}

/** Messages on consecutive days from 2026-11-01 (or every `step` days), ids d<day>-<n>. */
export function days(perDay: string[][], step = 1): Message[] {
  const out: Message[] = [];
  perDay.forEach((texts, d) => {
    const date = new Date(Date.UTC(2026, 10, 1 + d * step, 9));
    texts.forEach((text, i) => out.push({ id: `d${d}-${i}`, text, at: new Date(date.getTime() + i * 3_600_000).toISOString() }));
  });
  return out;
}

const chatter = [
  "Finished the quarterly report at work",
  "Meeting notes are in the shared folder",
  "Today was busy",
  "Monday again, ugh",
  "The thing with the printer is fixed",
  "Call with the client went fine",
  "Need to renew my passport",
  "Planning the team offsite",
  "Watched a documentary last night",
  "The new intern started today",
  "My sister visits on Sunday",
  "Booked train tickets for March",
];
const busy = (n: number, extra: string[] = []): string[] => [...chatter.slice(0, n), ...extra];

export const CONVERSATIONS: Conversation[] = [
  {
    name: "coffee mentioned on three days in English",
    messages: days([
      ["Had my second coffee already", ...busy(2)],
      ["Coffee machine at work is broken, went out for an espresso"],
      ["Third coffee today, feeling jittery"],
    ]),
    expect: ["pattern:coffee"],
    forbid: ["today", "work", "monday", "meeting notes", "thing"],
  },
  {
    name: "kawa on three days in Polish",
    messages: days([["Wypiłem już dwie kawy"], ["Kawa z rana to podstawa"], ["Znowu piję kawę o 16"]]),
    expect: ["pattern:coffee"],
    forbid: ["dzisiaj", "rano"],
  },
  {
    name: "Kaffee on three days in German",
    messages: days([["Noch einen Kaffee, bitte"], ["Der Kaffee im Büro ist furchtbar"], ["Heute schon drei Tassen Kaffee"]]),
    expect: ["pattern:coffee"],
    forbid: ["heute", "büro"],
  },
  {
    name: "two days are not enough",
    messages: days([["Had a coffee with Anna"], ["Coffee again"], ["Nothing special today"]]),
    expect: [],
    forbid: ["coffee"],
  },
  {
    name: "three days spread beyond the window",
    messages: days([["Coffee time"], ["Another coffee"], ["Coffee with my boss"]], 10),
    expect: [],
    forbid: ["coffee"],
  },
  {
    name: "installed coffee tracker covers coffee",
    messages: days([["coffee #1"], ["coffee #2"], ["coffee #3"]]),
    options: { installed: ["custom-coffee-tracker"] },
    expect: [],
    forbid: ["coffee"],
  },
  {
    name: "custom-water-tracker covers water in any language",
    messages: days([["Drank a big glass of water"], ["Wypiłem dużo wody"], ["Noch ein Glas Wasser"]]),
    options: { installed: ["custom-water-tracker"] },
    expect: [],
    forbid: ["water"],
  },
  {
    name: "recently dismissed subject stays quiet",
    messages: days([["beer with friends"], ["one more beer"], ["beer o'clock"]]),
    options: { dismissed: [{ subject: "beer", at: "2026-10-30T00:00:00Z" }] },
    expect: [],
    forbid: ["beer"],
  },
  {
    name: "dismissal past its cooldown allows the suggestion again",
    messages: days([["beer with friends"], ["one more beer"], ["beer o'clock"]]),
    options: { dismissed: [{ subject: "beer", at: "2026-09-01T00:00:00Z" }] },
    expect: ["pattern:beer"],
    forbid: [],
  },
  {
    name: "generic nouns, day names and function words never become patterns",
    messages: days([busy(4), busy(4), busy(4), busy(4)]),
    expect: [],
    forbid: ["meeting notes", "meeting", "notes", "today", "work", "thing", "monday", "sunday", "the", "and", "report"],
  },
  {
    name: "cerveza in Spanish",
    messages: days([["Anoche tomé dos cervezas"], ["Una cerveza con los amigos"], ["Hoy sin cerveza, bueno, solo una"]]),
    expect: ["pattern:beer"],
    forbid: ["hoy", "anoche"],
  },
  {
    name: "sleep in French",
    messages: days([["J'ai mal dormi cette nuit"], ["Mon sommeil est agité"], ["Encore une nuit sans sommeil"]]),
    expect: ["pattern:sleep"],
    forbid: ["nuit"],
  },
  {
    name: "headaches across English and Polish",
    messages: days([
      ["Another headache this afternoon"],
      ["Boli mnie głowa, znowu ból głowy"],
      ["Migraine again, had to lie down"],
    ]),
    expect: ["pattern:headaches"],
    forbid: ["afternoon"],
  },
  {
    name: "something drunk but unknown to the lexicon",
    messages: days([["I drank kombucha after lunch"], ["Drinking kombucha again"], ["Just drank a bottle of kombucha"]]),
    expect: ["pattern:kombucha"],
    forbid: ["lunch", "bottle", "again", "after"],
  },
  {
    name: "an explicit request wins over a pattern for the same subject",
    messages: days([["water break"], ["more water"], ["I want to track how much water I drink"]]),
    expect: ["request:water"],
    forbid: [],
  },
  {
    name: "a stop silences the subject",
    messages: days([["weight check: 81 kg"], ["my weight went up"], ["Stop tracking my weight, it stresses me out"]]),
    expect: [],
    forbid: ["weight"],
  },
  {
    name: "steps as a noun in meetings do not count as steps",
    messages: days([["Next steps are in the doc"], ["Let's agree on next steps"], ["Next steps: ship it"]]),
    expect: [],
    forbid: ["steps"],
  },
  {
    name: "run in the developer sense is not running",
    messages: days([["Can you run the tests?"], ["The run failed again"], ["I'll run the script tonight"]]),
    expect: [],
    forbid: ["running"],
  },
  {
    name: "lower patternDays finds a two-day pattern",
    messages: days([["tea time"], ["green tea please"]]),
    options: { patternDays: 2 },
    expect: ["pattern:tea"],
    forbid: [],
  },
  {
    name: "messages without times give requests but no patterns",
    messages: [{ text: "coffee" }, { text: "coffee" }, { text: "coffee" }, { text: "Please log my sleep" }],
    expect: ["request:sleep"],
    forbid: ["coffee"],
  },
  {
    name: "an area never mentioned over real activity becomes one gap",
    messages: days([
      busy(3, ["Slept badly"]),
      busy(3, ["Went for a run"]),
      busy(3, ["Lunch was great"]),
      busy(3, ["Paid the rent"]),
      busy(3, ["Feeling happy today"]),
      busy(3, ["Took my vitamins"]),
      busy(3, ["Gym after work"]),
    ]),
    expect: ["gap:hydration"],
    forbid: ["sleep", "exercise", "nutrition", "finances", "mood", "medication"],
  },
  {
    name: "too little activity gives no gap",
    messages: days([busy(4), busy(4)]),
    expect: [],
    forbid: ["hydration", "sleep", "exercise"],
  },
  {
    name: "an area covered by an installed skill is not a gap",
    messages: days([
      busy(3, ["Slept badly"]),
      busy(3, ["Went for a run"]),
      busy(3, ["Lunch was great"]),
      busy(3),
      busy(3),
      busy(3),
      busy(3),
    ]),
    options: { installed: ["custom-water-tracker"] },
    expect: ["gap:mood"],
    forbid: ["hydration", "sleep", "exercise", "nutrition"],
  },
  {
    name: "a dismissed gap keeps every gap quiet during the cooldown",
    messages: days([busy(3), busy(3), busy(3), busy(3), busy(3), busy(3), busy(3)]),
    options: { dismissed: [{ subject: "sleep", at: "2026-11-05T00:00:00Z" }] },
    expect: [],
    forbid: ["sleep", "exercise", "hydration", "mood", "nutrition", "finances", "medication"],
  },
  {
    name: "a custom catalogue drives the gap",
    messages: days([busy(3), busy(3), busy(3), busy(3), busy(3), busy(3), busy(3)]),
    options: { catalogue: [{ id: "plants", subjects: ["plants"], vocabulary: ["watering", "podlewa*", "giessen"] }] },
    expect: ["gap:plants"],
    forbid: ["sleep", "hydration"],
  },
  {
    name: "runs told as outings count as running",
    messages: days([["Went for a run before work"], ["Ran 5 km along the river"], ["Morning run done, legs are sore"]]),
    expect: ["pattern:running"],
    forbid: ["work", "river", "legs"],
  },
  {
    name: "step counts count as steps",
    messages: days([["Only 4,000 steps today"], ["Hit 10k steps!"], ["12000 steps, new best"]]),
    expect: ["pattern:steps"],
    forbid: ["today", "best"],
  },
  {
    name: "money spent counts as expenses",
    messages: days([["Spent 40 euros on groceries"], ["Paid $12 for lunch"], ["Wydałem 200 zł na buty"]]),
    expect: ["pattern:expenses"],
    forbid: ["groceries", "lunch", "buty"],
  },
  {
    name: "headaches in French without the word headache",
    messages: days([["J'ai mal à la tête"], ["Encore une migraine ce matin"], ["Mal de tête depuis midi"]]),
    expect: ["pattern:headaches"],
    forbid: ["matin", "midi"],
  },
  {
    name: "headaches in Spanish",
    messages: days([["Me duele la cabeza"], ["Otra vez dolor de cabeza"], ["Migraña fuerte hoy"]]),
    expect: ["pattern:headaches"],
    forbid: ["hoy", "cabeza"],
  },
  {
    name: "Bier in German",
    messages: days([["Ein Bier nach der Arbeit"], ["Zwei Bier mit Tom"], ["Heute nur ein Bierchen"]]),
    expect: ["pattern:beer"],
    forbid: ["arbeit", "tom", "heute"],
  },
  {
    name: "sleep in Polish",
    messages: days([["Spałem tylko 5 godzin"], ["Znowu słaby sen"], ["Nie mogę spać"]]),
    expect: ["pattern:sleep"],
    forbid: ["godzin"],
  },
  {
    name: "running in Spanish and German",
    messages: days([["Hoy salí a correr"], ["Heute 5 km gelaufen"], ["Fui a correr al parque"]]),
    expect: ["pattern:running"],
    forbid: ["parque", "hoy", "heute"],
  },
  {
    name: "work words that name trackables elsewhere stay quiet",
    messages: days([
      ["Budget review at 3", "Expense report due Friday", "Reading the PR now"],
      ["Budget meeting moved", "Submitted my expense report", "Reading docs all day"],
      ["The budget is final", "Expense report approved", "Reading list for the team"],
    ]),
    expect: [],
    forbid: ["budget", "expenses", "reading", "friday", "meeting"],
  },
  {
    name: "developer chatter is not running, steps or sleep",
    messages: days([
      ["Run the tests", "Next steps?", "Check the logs"],
      ["The build run failed", "Steps to reproduce below", "Sleep(100) in the loop"],
      ["Another run please", "Three steps left", "Log level set to debug"],
    ]),
    expect: [],
    forbid: ["running", "steps"],
  },
  {
    name: "pills and meds are medication",
    messages: days([["Took my pills"], ["Forgot my meds this morning"], ["Pills taken"]]),
    expect: ["pattern:medication"],
    forbid: ["morning"],
  },
];
