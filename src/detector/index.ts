// The detector's public face: decides from a user's messages when a new skill is wanted.
import { createDetector } from "./detect.js";
import { createInstructionParser, type InstructionParse } from "./instruction.js";
import { createRequestParser } from "./request-parser.js";
import type { DetectOptions, Message, Pace, RequestParse, SkillNeed } from "./types.js";

const detector = createDetector();

export type {
  DetectOptions,
  Language,
  LifeArea,
  Message,
  NeedKind,
  NoneReason,
  Pace,
  ParseMessagesResult,
  RequestParse,
  Scale,
  SkillNeed,
} from "./types.js";
export type { InstructionParse, InstructionRefusal } from "./instruction.js";
export { DETECT_DEFAULTS } from "./detect.js";
export { createDetectMemo, type DetectMemo } from "./memo.js";
export { fieldWordsOf } from "./field-words.js";
export { DEFAULT_LIFE_AREAS } from "./life-areas.js";
export { isIsoTime, MAX_MESSAGES, MAX_TEXT_CHARS, parseMessages, parseMessagesPaced } from "./messages.js";
/** The optional async second opinion for messages the rules are unsure about (an LlmProvider). */
export { createLlmRequestClassifier, type ClassifiedParse, type LlmClassifierOptions } from "./llm-classify.js";

/** Requests from every message, patterns over the window, at most one gap. */
export const detectNeeds: (messages: readonly Message[], options?: DetectOptions) => SkillNeed[] = detector.detectNeeds;
/** `detectNeeds` that waits whenever `pace` hands back a promise: large batches in slices. */
export const detectNeedsPaced: (messages: readonly Message[], options: DetectOptions, pace: Pace) => Promise<SkillNeed[]> =
  detector.detectNeedsPaced;
/** The request parser alone: a request, a stop, or none with a reason. */
export const parseRequest: (text: string) => RequestParse = createRequestParser();
/**
 * Text known to ask for a tracker (the generate command and route): a framed request as the
 * request parser reads it, a stop or negation refused, anything else read as a description of
 * what to track ("how many times I wake up at night", "water, in ml").
 */
export const parseInstruction: (text: string) => InstructionParse = createInstructionParser();
