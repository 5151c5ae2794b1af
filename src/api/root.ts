// The composition root: the one place that turns a Config into real adapters (database, sandbox,
// clock, randomness, scheduler, and as the stages land: message senders, TOTP, the LLM) and hands
// them to the stages. `serve` and every CLI command build one; tests build one with overrides.
// Everything is built lazily and once: `skillforge audit` never opens the database.
import { join } from "node:path";
import type { Config } from "../config/index.js";
import type { Registry } from "../registry/index.js";
import type { GeneratePipeline, SkillGenerator } from "../generator/index.js";
import type { Clock, Ids, LlmProvider, MessageSender, RecordStore, Scheduler, TotpVerifier } from "../contract/index.js";
import type { ApprovalService, OnApproved } from "../approval/index.js";
import type { Sandbox } from "../sandbox/index.js";
import type { AuditInput } from "../validator/index.js";
import type { Storage } from "../storage/index.js";
import { createCronScheduler } from "./adapters/scheduler.js";
import { createJourney, type Journey } from "./journey.js";
import { cryptoIds, systemClock } from "./adapters/system.js";
import { createLogger, type Logger } from "./http/logger.js";

type GeneratorModule = typeof import("../generator/index.js");

/** The configured LLM provider, or undefined for the offline generator. */
function buildProvider(config: Readonly<Config>, gen: GeneratorModule): LlmProvider | undefined {
  const g = config.generator;
  if (g.provider === "offline") return undefined;
  return g.provider === "anthropic"
    ? gen.createAnthropicProvider({
        apiKey: g.anthropic.apiKey!,
        model: g.anthropic.model,
        ...(g.anthropic.baseUrl ? { baseUrl: g.anthropic.baseUrl } : {}),
      })
    : gen.createOpenAiCompatibleProvider({
        baseUrl: g.openai.baseUrl!,
        model: g.openai.model!,
        ...(g.openai.apiKey ? { apiKey: g.openai.apiKey } : {}),
      });
}

/** The configured skill writer; the offline templates need no prompts and no network. */
async function buildGenerator(provider: LlmProvider | undefined, gen: GeneratorModule): Promise<SkillGenerator> {
  if (!provider) {
    // The detector's glossary names the fields a change asks for in pl, de, es and fr in English.
    const { fieldWordsOf } = await import("../detector/index.js");
    return gen.createOfflineGenerator({ fieldWords: fieldWordsOf });
  }
  const { projectRoot } = await import("../storage/index.js");
  const prompts = await gen.loadPrompts(join(projectRoot(), "prompts"));
  return gen.createLlmGenerator({ provider, prompts });
}

export interface RootOverrides {
  clock?: Clock;
  ids?: Ids;
  logger?: Logger;
  /** A storage the caller owns (not closed by the root). */
  storage?: Storage;
  /** A sandbox the caller owns (not closed by the root). */
  sandbox?: Sandbox;
  scheduler?: Scheduler;
  /** A registry the caller owns (not closed by the root). */
  registry?: Registry;
  /** The LLM provider behind the generator and the request classifier (default: from `config.generator`). */
  llm?: LlmProvider;
  /** The skill writer (default: from `config.generator`). */
  generator?: SkillGenerator;
  /** A sandbox for trial runs the caller owns (default: one worker over an in-memory store). */
  trialSandbox?: Sandbox;
  /** Message senders replacing the configured ones (tests: loopback SMTP, a local Twilio). */
  senders?: Partial<Record<"sms" | "email", MessageSender>>;
  totp?: TotpVerifier;
  /** Called once a request is approved on two channels (the registry's activation). */
  onApproved?: OnApproved;
}

export interface Root {
  readonly config: Readonly<Config>;
  readonly clock: Clock;
  readonly ids: Ids;
  readonly logger: Logger;
  storage(): Promise<Storage>;
  /** The skills' data store on the configured database. */
  recordStore(): Promise<RecordStore>;
  sandbox(): Promise<Sandbox>;
  /** Skills, versions, activation, rollback, calls (the sandbox starts on the first call). */
  registry(): Promise<Registry>;
  scheduler(): Scheduler;
  /** detect → generate → audit → trial, up to "ready for approval". */
  generator(): Promise<GeneratePipeline>;
  /** The approval gateway, contact points and inbound SMS, over the configured channels. */
  approval(): Promise<ApprovalService>;
  /** The whole request: generate → register a pending version → open its approval. */
  journey(): Promise<Journey>;
  /** Stops schedules, then closes what the root opened (sandbox workers, the database, the audit's workers). */
  close(): Promise<void>;
}

/** Memoises an async factory: built on first use, once. */
function lazy<T>(build: () => Promise<T>): { get(): Promise<T>; peek(): Promise<T> | undefined } {
  let value: Promise<T> | undefined;
  return { get: () => (value ??= build()), peek: () => value };
}

export function createRoot(config: Readonly<Config>, overrides: RootOverrides = {}): Root {
  const logger = overrides.logger ?? createLogger(config.logLevel);
  const storage = lazy(async () => {
    if (overrides.storage) return overrides.storage;
    const { openStorage } = await import("../storage/index.js");
    return openStorage({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, timeoutMs: config.dbTimeoutMs });
  });
  const recordStore = lazy(async () => {
    const { createRecordStore } = await import("../storage/index.js");
    return createRecordStore((await storage.get()).db);
  });
  const sandbox = lazy(async () => {
    if (overrides.sandbox) return overrides.sandbox;
    const { createSandbox } = await import("../sandbox/index.js");
    const store = await recordStore.get();
    return createSandbox({
      store,
      clock: root.clock,
      ids: root.ids,
      log: (event) => {
        if (event.type === "worker-replaced") logger.warn("sandbox worker replaced", { pid: event.pid, reason: event.reason });
        else if (event.type === "violation")
          logger.warn("skill capability violation", { versionId: event.versionId, tenantId: event.tenantId, ...event.violation });
      },
    });
  });
  const clock = overrides.clock ?? systemClock;
  const ids = overrides.ids ?? cryptoIds;
  // One auditor for the registry's imports and the generator's repair loop: each audit runs in a
  // warm worker thread with a deadline and a heap cap (src/validator/auditor.ts). Babel loads with
  // the first audit, not when `serve` starts.
  const auditor = lazy(async () => (await import("../validator/index.js")).createAuditor());
  const audit = async (input: AuditInput) => (await auditor.get()).audit(input);
  const registry = lazy(async () => {
    if (overrides.registry) return overrides.registry;
    const { createRegistry } = await import("../registry/index.js");
    return createRegistry({
      storage: await storage.get(),
      sandbox: sandbox.get,
      clock,
      ids,
      logger,
      audit,
      // An imported bundle's trial runs like a generated draft's: a throwaway in-memory scope.
      trial: async (input) => (await trialSandbox.get()).trial(input),
      options: { archiveIdleDays: config.archiveIdleDays, quarantineAfter: config.quarantineAfter },
    });
  });
  // Trials run in a throwaway scope on their own in-memory store: trial rows never reach the
  // database, and a trial cannot wait behind (or slow down) live invocations.
  const trialSandbox = lazy(async () => {
    if (overrides.trialSandbox) return overrides.trialSandbox;
    const { createSandbox, createMemoryRecordStore } = await import("../sandbox/index.js");
    return createSandbox({ store: createMemoryRecordStore(), workers: 1, maxWorkers: 2 });
  });
  const generator = lazy(async () => {
    const [gen, { parseInstruction, createLlmRequestClassifier }] = await Promise.all([
      import("../generator/index.js"),
      import("../detector/index.js"),
    ]);
    const provider = overrides.llm ?? buildProvider(config, gen);
    const skillGenerator = overrides.generator ?? (await buildGenerator(provider, gen));
    // The rules decide what they are sure of; the model is asked only about the rest, and its
    // answer can only fill the same need shape (see the detector's llm-classify.ts).
    const classify = provider && config.generator.classifyRequests ? createLlmRequestClassifier({ provider }) : undefined;
    const trials = await trialSandbox.get();
    return gen.createGeneratePipeline({
      generator: skillGenerator,
      detect: async (text) => {
        // The classifier answers from the rules (no network) when they are sure, and asks the
        // model only about an intent word the rules could not settle: its answer stands. Text
        // with no intent word at all goes to the instruction parser, which refuses stops and
        // negations and otherwise reads the text as a description of what to track.
        const asked = classify ? await classify(text) : undefined;
        if (asked?.source === "llm")
          return asked.kind === "request" ? asked.need : { refused: "the request classifier found no tracking request" };
        const parsed = parseInstruction(text);
        return parsed.kind === "request" ? parsed.need : { refused: parsed.message };
      },
      audit,
      trial: (input) => trials.trial(input),
      clock: overrides.clock ?? systemClock,
    });
  });
  const journey = lazy(async () =>
    createJourney({ generate: await generator.get(), registry: await registry.get(), approval: await approval.get() }),
  );
  let scheduler: Scheduler | undefined = overrides.scheduler;
  const schedulerOf = (): Scheduler => (scheduler ??= createCronScheduler(logger));

  const approval = lazy(async () => {
    const a = await import("../approval/index.js");
    const { loadOrCreateSecretKey, createSecretBox } = await import("../storage/index.js");
    const db = (await storage.get()).db;
    const secretKey = loadOrCreateSecretKey(config.dataDir, config.secretKey);
    const senders: Partial<Record<"sms" | "email", MessageSender>> = { ...overrides.senders };
    let twilioSignatureValid: ((sig: string, url: string, params: Record<string, string>) => boolean) | undefined;
    if (config.twilio) {
      const t = await a.channelAdapters.twilio();
      senders.sms ??= t.createTwilioSender(config.twilio);
      twilioSignatureValid = t.createTwilioSignatureCheck(config.twilio.authToken);
    }
    if (config.smtp) senders.email ??= (await a.channelAdapters.smtp()).createSmtpSender(config.smtp);
    const dev = await a.channelAdapters.devOutbox();
    senders.sms ??= dev.createDevOutboxSender("sms");
    senders.email ??= dev.createDevOutboxSender("email");
    return a.createApprovalService({
      db,
      clock: root.clock,
      ids: root.ids,
      senders,
      box: createSecretBox(secretKey),
      codeKey: a.deriveCodeKey(secretKey),
      totp: overrides.totp ?? (await a.channelAdapters.totp()).createTotpVerifier(),
      publicUrl: config.publicUrl,
      contactCooldownMs: config.contactCooldownMs,
      twilioSignatureValid,
      // Until the registry is wired here, an approval is recorded and nothing is activated.
      // Both codes confirmed: the registry activates exactly the approved version, re-checking the
      // approval's binding (source sha256, capability set) in its own transaction.
      onApproved:
        overrides.onApproved ??
        (async (ap) => {
          await (await registry.get()).activate({ tenantId: ap.tenantId, versionId: ap.versionId, actor: `approval:${ap.id}` });
          logger.info("approved version activated", { approvalId: ap.id, versionId: ap.versionId });
        }),
      log: (msg, fields) => logger.warn(msg, fields),
    });
  });

  const root: Root = {
    config,
    logger,
    clock,
    ids,
    storage: storage.get,
    recordStore: recordStore.get,
    sandbox: sandbox.get,
    registry: registry.get,
    scheduler: schedulerOf,
    generator: generator.get,
    approval: approval.get,
    journey: journey.get,
    async close() {
      scheduler?.stopAll();
      // Messages already queued get their first try before the database closes.
      await (await approval.peek()?.catch(() => undefined))?.gateway.flush();
      // A part that failed to open has nothing to close.
      const opened = async <T>(p: Promise<T> | undefined) =>
        p
          ? p.then(
              (v) => v,
              () => undefined,
            )
          : undefined;
      // Buffered usage rows go to the database before it closes.
      if (!overrides.registry) await (await opened(registry.peek()))?.close();
      if (!overrides.sandbox) await (await opened(sandbox.peek()))?.close();
      if (!overrides.trialSandbox) await (await opened(trialSandbox.peek()))?.close();
      if (!overrides.storage) await (await opened(storage.peek()))?.close();
      await (await opened(auditor.peek()))?.close();
    },
  };
  return root;
}
