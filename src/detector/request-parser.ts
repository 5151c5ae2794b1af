// The request parser: finds an intent word ("track", "śledzić", "verfolgen", "registrar",
// "suivre"), then decides from its surroundings whether the message asks for tracking
// (a request frame or an imperative), asks to stop, denies, means something else, or only asks
// a question — and extracts what to track.
import { fold, tokenize, type Token } from "./fold.js";
import { detectLanguage } from "./language.js";
import { createLexicon, type Lexicon } from "./lexicon.js";
import { findCueFields, findFields, findScale, findUnit } from "./qualifiers.js";
import { refineSubject } from "./refine-subject.js";
import { lastMatch, type LanguageRules } from "./rules.js";
import { RULES } from "./rules-all.js";
import { extractSubject, type SubjectResult } from "./subject.js";
import type { Language, NoneReason, RequestParse, SkillNeed } from "./types.js";

// Chat ends sentences with emoji as often as with stops: "rzucam palenie od dziś 💪 licz mi dni",
// "bin seit 3 tagen zuckerfrei 😤 zähl bitte weiter mit". Pictographs (a surrogate pair, or the
// symbol blocks), their variation selector and joiner end a sentence like a full stop.
const ENDS = String.raw`[.!?;\n]|[\uD83C-\uD83E][\uDC00-\uDFFF]|[\u2600-\u27BF\u2B50\u2B55]|\uFE0F|\u200D`;
const SENTENCE = new RegExp(String.raw`(?:(?!${ENDS})[\s\S])+(?:(?:${ENDS})+|$)`, "g");
const CLAUSE_BREAK = /[,:]|\b(?:but|and|however|though|ale|lecz|aber|doch|pero|sino|mais|cependant)\b/g;
const MAX_INTENT_WORDS = 12;
// Where a new clause may start: "I'm quitting smoking, count my cigarettes", "… – zähl bitte …".
const CLAUSE_SEPARATOR = /[,;:]|\s[-–—]+\s/g;
const LEADING = /^[\s,.!¿¡-]+/;
// A context clause about a device makes the next verb a description ("Mi reloj es bueno, cuenta
// mis pasos" is "it counts"), not an imperative.
const DEVICE =
  /\b(?:watch|app|apps|phone|fitbit|garmin|zegarek|aplikacja|telefon|uhr|handy|reloj|aplicacion|movil|montre|application|appli|telephone|smartwatch)\b/;
// Fields that only a record asks for: notes or a category can come with anything.
const DETAIL = new Set(["dose", "effect", "severity", "trigger"]);
// Reasons ranked by how much they say, so the most telling one is reported.
const RANK: NoneReason[] = ["no-intent", "no-subject", "no-request-frame", "question", "other-sense", "negated"];

interface Context {
  original: string;
  folded: string;
  lexicon: Lexicon;
  rules: LanguageRules;
}

type Outcome = RequestParse;

function better(a: NoneReason, b: NoneReason): NoneReason {
  return RANK.indexOf(b) > RANK.indexOf(a) ? b : a;
}

function tokenRange(tokens: readonly Token[], from: number, to: number): [number, number] {
  let a = 0;
  while (a < tokens.length && tokens[a]!.start < from) a++;
  let b = a;
  while (b < tokens.length && tokens[b]!.end <= to) b++;
  return [a, b];
}

function lastBreak(text: string): number {
  let at = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(text); m; m = CLAUSE_BREAK.exec(text)) at = m.index + m[0].length;
  return at;
}

function spans(re: RegExp, text: string): [number, number][] {
  const out: [number, number][] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push([m.index, m.index + m[0].length]);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

interface Surroundings {
  before: string;
  frame: { index: number; end: number } | undefined;
  clauseStart: number;
  /** The intent word opens a new clause after a context clause (a possible imperative). */
  fresh: boolean;
  negated: boolean;
  stopping: boolean;
}

/** Where the clause holding the intent word starts, when the intent word opens it after a context clause. */
function freshClause(rules: LanguageRules, before: string, word: string): number | undefined {
  // Only a form that can be an imperative opens a request clause of its own.
  if (rules.notImperative?.test(word)) return undefined;
  let at = -1;
  CLAUSE_SEPARATOR.lastIndex = 0;
  for (let m = CLAUSE_SEPARATOR.exec(before); m; m = CLAUSE_SEPARATOR.exec(before)) at = m.index + m[0].length;
  if (at <= 0) return undefined;
  const opening = before
    .slice(at)
    .replace(LEADING, "")
    .replace(rules.filler, "")
    .replace(/[\s,.!¿¡-]+/g, "");
  if (opening !== "" || DEVICE.test(before.slice(0, at))) return undefined;
  return at;
}

/** What the words around one intent word say: a frame, a negation, a stop. */
function surroundings(rules: LanguageRules, sentence: string, vs: number, ve: number): Surroundings {
  const before = sentence.slice(0, vs);
  const fresh = freshClause(rules, before, sentence.slice(vs, ve));
  if (fresh !== undefined) {
    // The context clause ("I'm quitting smoking", "J'essaie d'arrêter de fumer") neither
    // negates nor stops the request that follows it.
    const found = lastMatch(rules.frames, before.slice(fresh));
    const frame = found ? { index: found.index + fresh, end: found.end + fresh } : undefined;
    const afterBreak = /[,;:]/.exec(sentence.slice(ve));
    const after = sentence.slice(ve, afterBreak ? ve + afterBreak.index : sentence.length);
    const scope = `${before.slice(fresh)} ${rules.negationScope === "clause" ? after : ""}`.replace(rules.notNegation, " ");
    const negated = rules.negation.test(scope);
    const stopping = rules.stop.test(scope.trimEnd() + " ") || (negated && rules.anymore.test(scope));
    return { before, frame, clauseStart: fresh, fresh: true, negated, stopping };
  }
  const frame = lastMatch(rules.frames, before);
  // Negation reaches back to the last frame, across a comma ("Ich will nicht, dass du …").
  // The frame's own clause counts too: "Nie chcę, żebyś śledził…" negates the frame, not the verb.
  const clauseStart = Math.min(lastBreak(before), frame ? lastBreak(before.slice(0, frame.index)) : before.length);
  const afterBreak = /[,;:]/.exec(sentence.slice(ve));
  const after = sentence.slice(ve, afterBreak ? ve + afterBreak.index : sentence.length);
  const verbFinal = rules.negationScope === "clause";
  const scope = (verbFinal ? `${before.slice(clauseStart)} ${after}` : before.slice(clauseStart)).replace(rules.notNegation, " ");
  const negated = rules.negation.test(scope);
  const stopScope = (verbFinal ? `${before} ${after}` : before.slice(clauseStart)).replace(rules.notNegation, " ");
  const stopping = rules.stop.test(stopScope) || (negated && rules.anymore.test(sentence));
  return { before, frame, clauseStart, fresh: false, negated, stopping };
}

function parseSentence(ctx: Context, s0: number, s1: number, endsWithQuestion: boolean): Outcome {
  const { rules, folded } = ctx;
  const sentence = folded.slice(s0, s1);
  const other = spans(rules.otherSense, sentence);
  const tokens = tokenize(folded, s0, s1);
  const interrogative = rules.interrogative.test(sentence.replace(rules.filler, "").replace(/^[\s,¿¡]+/, ""));
  const asked = endsWithQuestion || sentence.includes("¿");
  const question = asked || interrogative;
  let reason: NoneReason = "no-intent";
  let examined = 0;
  rules.intent.lastIndex = 0;
  // Each intent word costs a look at the whole sentence before it: a bounded number of them
  // keeps a hostile "track track track …" message linear.
  for (let m = rules.intent.exec(sentence); m && examined < MAX_INTENT_WORDS; m = rules.intent.exec(sentence), examined++) {
    const vs = m.index;
    const ve = vs + m[0].length;
    if (other.some(([a, b]) => a < ve && b > vs)) {
      reason = better(reason, "other-sense");
      continue;
    }
    const around = surroundings(rules, sentence, vs, ve);
    const subject = () =>
      extractSubject({
        original: ctx.original,
        folded,
        tokens,
        rules,
        lexicon: ctx.lexicon,
        after: tokenRange(tokens, s0 + ve, s1),
        before: tokenRange(tokens, s0 + (around.frame?.end ?? (around.fresh ? around.clauseStart : 0)), s0 + vs),
        verb: tokenRange(tokens, s0 + vs, s0 + vs + m[0].split(" ")[0]!.length),
        inside: tokenRange(tokens, s0 + vs + m[0].split(" ")[0]!.length, s0 + ve),
        context: tokenRange(tokens, s0, s0 + vs),
        sentenceStart: s0,
        intentEnd: s0 + ve,
      });
    if (around.stopping) return { kind: "stop", subject: subject()?.subject ?? "", language: rules.language };
    if (around.negated) {
      reason = better(reason, "negated");
      continue;
    }
    // "I'd love to track my spending but better not", "if I ever start counting calories …":
    // a wish taken back or only imagined is not a request.
    if (rules.retraction.test(sentence.slice(ve)) || rules.hypothetical.test(sentence)) {
      reason = better(reason, "negated");
      continue;
    }
    // "Policz, ile dni zostało do wakacji", "count the days until my birthday": a countdown is a
    // date sum, not a habit.
    if (COUNTDOWN.test(sentence)) {
      reason = better(reason, "other-sense");
      continue;
    }
    if (rules.viewing.test(around.before.slice(around.clauseStart))) {
      reason = better(reason, "other-sense");
      continue;
    }
    const found = subject();
    if (!found) {
      reason = better(reason, "no-subject");
      continue;
    }
    if (found.blocked) {
      reason = better(reason, "other-sense");
      continue;
    }
    const verdict = judge(ctx, sentence, m, around, found, question, asked, folded.slice(s0 + ve));
    if (verdict !== "request") {
      reason = better(reason, verdict);
      continue;
    }
    return {
      kind: "request",
      need: buildNeed(
        ctx,
        found,
        m[1] !== undefined,
        question,
        tokens.map((t) => t.word),
        m[0],
        s0 + ve,
      ),
    };
  }
  return { kind: "none", reason };
}

// What may follow an order written as an infinitive: the end of its clause.
const CLAUSE_END = /^\s*(?:$|[,.;:!?()]|\s[-–—]\s|bitte\b|please\b)/;

/** "Ruhepuls jeden Morgen notieren", "Die Insulinspritzen vom Hund aufschreiben, Einheiten und
 * Uhrzeit": an infinitive closing a clause without a subject or a finite verb. */
function infinitiveOrder(rules: LanguageRules, sentence: string, m: RegExpExecArray, around: Surroundings): boolean {
  const rule = rules.infinitiveOrder;
  if (!rule || !rule.verb.test(m[0])) return false;
  // "suivre la conso d'essence": an infinitive opening the message, with no verb after it.
  if (rule.at === "start")
    return (
      around.before.replace(rules.filler, "").replace(/[\s,.!¿¡-]+/g, "") === "" &&
      !rule.statement.test(sentence.slice(m.index + m[0].length)) &&
      !rules.negation.test(sentence)
    );
  if (!CLAUSE_END.test(sentence.slice(m.index + m[0].length))) return false;
  const clause = around.before.slice(around.fresh ? around.clauseStart : lastBreak(around.before));
  return !rule.statement.test(clause) && !rules.negation.test(clause);
}

/** Whether an intent word, with its surroundings and subject, makes a request. */
// The one asked, right after a verb: a question about what they do, not an order.
// "me las vas apuntando cada día?": only the pronouns of the order before its verb.
const CLITICS_ONLY = /^(?:me|nos)(?: (?:lo|la|los|las|le|les))?\s*$/;
const ADDRESSED = /^\s*-?(?:you|u|du|ihr|sie|tu|vous|usted|ustedes|ty|wy|pan|pani)\b/;
const COUNTDOWN =
  /\b(?:(?:how many|the) (?:days|weeks|hours|sleeps) (?:left|remain\w*|until|till|to go|before)|days? (?:until|till|left until)|ile (?:\w+ )?(?:dni|tygodni|godzin) (?:zostal\w*|zostaj\w*|do|pozostal\w*)|dni do|wie viele tage (?:noch |bis)|tage bis|cuant[oa]s (?:dias|semanas|horas) (?:faltan|quedan)|dias (?:que faltan|hasta)|combien de (?:jours|semaines|heures) (?:avant|jusqu|restent|il reste)|jours (?:avant|jusqu))/;
// How far past the intent word the details to record are looked for: this sentence and the next.
const MAX_DETAIL_CHARS = 160;
// Details of each occurrence (not a kind of thing, which may be the object itself: "the results").
const OCCURRENCE = new Set(["duration", "dose", "effect", "severity", "trigger", "distance", "bedtime", "wake_time", "laps"]);
const FOR_ME = /\b(?:for me|pour moi|para mi|fur mich|dla mnie)\b/;
// A dose said with it ("usually 3mg", "500 IU") makes an unknown object a medicine to record.
const DOSE_AMOUNT = /\b\d+(?:[.,]\d+)? ?(?:mg|mcg|ug|iu|ie|j\.?m\.?|units?|jednost\w*|einheiten|unidades|unites|puffs?|drops?)\b/;

function judge(
  ctx: Context,
  sentence: string,
  m: RegExpExecArray,
  around: Surroundings,
  found: SubjectResult,
  interrogative: boolean,
  asked: boolean,
  rest: string,
): "request" | NoneReason {
  const { rules } = ctx;
  const strong = m[1] !== undefined;
  const hasFrame = around.frame !== undefined;
  const comma = around.before.lastIndexOf(",");
  const opening = comma > 0 && rules.subordinate.test(around.before) ? around.before.slice(comma + 1) : around.before;
  // "Every time I descale the kettle write it down": after an opening event clause the intent
  // word is an imperative unless a pronoun makes it a description ("… I log it").
  const afterClause =
    found.clause !== undefined && rules.subordinate.test(around.before) && !rules.pronounBefore.test(around.before);
  const imperative =
    (around.fresh || afterClause || opening.replace(rules.filler, "").replace(/[\s,.!¿¡-]+/g, "") === "") &&
    !rules.notImperative?.test(m[0]);
  const order = infinitiveOrder(rules, sentence, m, around);
  // "wie oft ich staubsauge, bitte mitzählen": a question word opening an earlier clause does
  // not make the order after it a question.
  const question = interrogative && (asked || !(around.fresh || order));
  const questionFrame = rules.questionFrames.test(around.before);
  const howFrame = rules.howFrames.test(around.before);
  const laterFrame = rules.laterFrames?.test(sentence.slice(m.index + m[0].length)) ?? false;
  // "count my cigarettes for me?", "keep count of the rows i do each night?": an order said with a
  // question mark is still an order (the clause opens with the intent word, not a question word).
  // "Zählst du meine Schritte?", "do you …" stay questions: a subject pronoun after the verb.
  const clauseOpening = (around.fresh ? around.before.slice(around.clauseStart) : opening)
    .replace(/^[\s,¿¡]+/, "")
    .replace(rules.filler, "");
  const askedOrder =
    asked &&
    (imperative || CLITICS_ONLY.test(clauseOpening)) &&
    !rules.interrogative.test(clauseOpening) &&
    !ADDRESSED.test(sentence.slice(m.index + m[0].split(" ")[0]!.length));
  const ok = question
    ? questionFrame || (howFrame && found.known && found.possessive) || laterFrame || askedOrder
    : hasFrame || questionFrame || imperative || order || (howFrame && found.known) || laterFrame;
  if (!ok) return question ? "question" : "no-request-frame";
  // "I want to know how long I spend on my phone" is a lookup; "… how many hours I sleep each night" is tracking.
  if (rules.knowing.test(m[0]) && (!found.clause || !rules.period.test(sentence))) return "question";
  // "I want to see how much the tickets cost" is a lookup: only the user's own doings are tracked.
  const clauseText = (found.clauseText ?? "").replace(rules.clauseHeadEnd ?? /$^/, "");
  const plain =
    rules.firstPersonPlain !== undefined &&
    !/[^\x00-\x7f]/.test(ctx.original) &&
    rules.firstPersonPlain.test(clauseText) &&
    !rules.thirdPerson?.test(clauseText);
  const spending = rules.money?.test(clauseText) === true && !rules.thirdPerson?.test(clauseText);
  if (rules.seeing.test(m[0]) && !rules.firstPerson.test(clauseText) && !plain && !spending) return "question";
  // "She wants to track her sleep", "Er möchte seine Schritte zählen": about someone else.
  if (found.others || rules.thirdPerson?.test(around.before.slice(around.clauseStart))) return "other-sense";
  // "Keep track of the kids": an unknown thing that is neither the user's own nor asked for
  // with a frame is not a habit to track.
  // Details asked for with it ("with the dose", "and whether it helps", "how bad") make an
  // unknown object a thing to record: "Trag jede Dosis Ritalin ein, mit Uhrzeit".
  const detailed =
    (found.fields ?? []).includes("dose") || findCueFields(sentence.slice(m.index + m[0].length)).some((f) => DETAIL.has(f));
  // "Trag jede Dosis Ritalin ein": an object quantified inside a split verb recurs, so it is
  // something to record ("keep track of every kid" stays refused).
  const recurring = rules.each?.test(m[0]) === true;
  // "track melatonin for me, usually 3mg", "log guitar practice for me": an object without an
  // article that the user asks to keep for themselves, or measures, is theirs ("track the kids
  // for me" stays refused).
  // "For me" alone is not enough ("count sheep for me", "track bitcoin for me"); with what to
  // record ("log X for me, how long each time") it asks for a record.
  const forMe =
    FOR_ME.test(sentence) && (findCueFields(sentence.slice(m.index + m[0].length)).length > 0 || DOSE_AMOUNT.test(sentence));
  const forUser = !found.definite && (forMe || findUnit(sentence) !== undefined);
  // "Ruhepuls jeden Morgen notieren", "note the eggs each day": an order to record something
  // every day, week or month is about a thing of the user's.
  // "kannst du die eier pro tag festhalten?" asks the same with a frame.
  const periodic = (imperative || order || hasFrame || questionFrame) && rules.period.test(sentence);
  // "can you log the wakeups? like time and how long she was up": an order or a frame that says
  // what to record with each one, in this sentence or the next, asks for a record.
  const described =
    (imperative || order || hasFrame || questionFrame) &&
    findCueFields(rest.slice(0, MAX_DETAIL_CHARS)).some((f) => OCCURRENCE.has(f));
  const owned = found.possessive || detailed || recurring || forUser || periodic || described;
  // A general subject made specific ("objawy grypy", "los síntomas de la gripe") is as grounded as the subject.
  const grounded = found.known || found.widened === true;
  if (!grounded && !owned && (found.definite || (imperative && !hasFrame))) return "no-subject";
  // A weak intent word ("log", "zählen") needs a subject that makes it tracking: a known one
  // (unambiguous unless a frame asks), the user's own ("my …"), or a unit or scale.
  // "Every time I smoke, write it down": the subordinate clause says what is meant.
  const knownEnough =
    grounded && (!found.ambiguous || hasFrame || questionFrame || laterFrame || rules.subordinate.test(around.before));
  if (!strong && !knownEnough && !owned && !findUnit(ctx.folded) && !findScale(ctx.folded)) return "no-subject";
  return "request";
}

/** The need a found subject makes, with the unit, scale and fields the text names (shared with the instruction parser). */
export function buildNeed(
  ctx: Pick<Context, "folded" | "original" | "lexicon" | "rules">,
  found: SubjectResult,
  strong: boolean,
  question: boolean,
  words: string[],
  intent: string,
  intentAt: number,
): SkillNeed {
  const unit = findUnit(ctx.folded);
  const scale = findScale(ctx.folded);
  const confidence = (found.known ? (strong ? 0.95 : 0.9) : strong ? 0.85 : 0.75) - (question ? 0.05 : 0);
  const subject = refineSubject({
    subject: found.subject,
    known: found.known,
    folded: ctx.folded,
    original: ctx.original,
    language: ctx.rules.language,
    lexicon: ctx.lexicon,
  });
  const need: SkillNeed = { kind: "request", subject, confidence, evidence: [], language: ctx.rules.language };
  if (found.phrase) need.phrase = found.phrase;
  // A refined subject keeps an area only when it is still the lexicon's ("gaming" is no expense).
  const area = subject === found.subject ? found.area : ctx.lexicon.lookup(subject)?.area;
  if (area) need.area = area;
  if (scale) {
    need.scale = scale;
    need.unit = `${scale.min}-${scale.max}`;
  } else if (unit) need.unit = unit;
  // A field named like the subject ("a mood journal … mood") is the subject itself.
  const fields = findFields(words).filter((f) => f !== found.subject);
  const add = (f: string): void => {
    if (!fields.includes(f) && f !== found.subject) fields.push(f);
  };
  for (const f of found.fields ?? []) add(f);
  // "how long I practise" asks for a duration, "how much sugar" or a counting verb for an amount.
  if (found.clause === "duration") add("duration");
  if (found.clause === "amount" || ctx.rules.counting.test(intent)) add("amount");
  // Cues after the intent word: "with the dose", "and whether it helps", "how bad".
  for (const f of findCueFields(ctx.folded.slice(intentAt)))
    add(f === "severity" && scale && !/sever|nasil|stark|schlimm|intens|grav/.test(ctx.folded) ? "rating" : f);
  if (scale && !fields.includes("severity")) add("rating");
  if (fields.length > 0) need.fields = fields;
  return need;
}

function parseWith(ctx: Context): Outcome {
  let reason: NoneReason = "no-intent";
  // Most messages hold no intent word at all: one regex test settles them.
  ctx.rules.intent.lastIndex = 0;
  if (!ctx.rules.intent.test(ctx.folded)) return { kind: "none", reason };
  SENTENCE.lastIndex = 0;
  const bounds: [number, number, boolean][] = [];
  for (let m = SENTENCE.exec(ctx.folded); m; m = SENTENCE.exec(ctx.folded)) {
    bounds.push([m.index, m.index + m[0].length, m[0].includes("?")]);
    if (m[0].length === 0) break;
  }
  for (const [a, b, q] of bounds) {
    const out = parseSentence(ctx, a, b, q);
    if (out.kind !== "none") return out;
    reason = better(reason, out.reason);
  }
  return { kind: "none", reason };
}

/** A message already read: its folded text, tokens and language. */
export interface ReadText {
  folded: string;
  tokens: readonly Token[];
  language: Language;
}

/** Builds a request parser over a lexicon (the built-in one by default). */
export function createRequestParser(lexicon: Lexicon = createLexicon()): (text: string, read?: ReadText) => RequestParse {
  return function parseRequest(text: string, read?: ReadText): RequestParse {
    // detectNeeds has already folded, tokenised and placed the message in a language.
    const folded = read?.folded ?? fold(text);
    const tokens = read?.tokens ?? tokenize(folded);
    const language: Language = read?.language ?? detectLanguage(text, tokens);
    const first = parseWith({ original: text, folded, lexicon, rules: RULES[language] });
    if (first.kind !== "none" || first.reason !== "no-intent") return first;
    // A misjudged language: accept another language's reading only for a known trackable,
    // so a message that names none is settled here.
    if (lexicon.scan(tokens, false).length === 0) return first;
    for (const other of Object.values(RULES)) {
      if (other.language === language) continue;
      const out = parseWith({ original: text, folded, lexicon, rules: other });
      if (out.kind === "request" && out.need.area) return out;
      if (out.kind === "stop" && out.subject && lexicon.lookup(out.subject)) return out;
    }
    return first;
  };
}
