// Messages per second through detectNeeds on a mixed multilingual stream (chatter, mentions,
// requests, lookalikes), against a baseline of one lowercase and one regex test per message.
import { detectNeeds, type Message } from "../src/detector/index.js";
import type { BenchFigure, BenchSuite } from "./types.js";

const TEXTS = [
  "Finished the quarterly report at work",
  "Meeting notes are in the shared folder",
  "Had my second coffee already",
  "I want to track how much water I drink",
  "Can you run the tests again?",
  "this track is great",
  "log in to the site",
  "Chcę śledzić ile piję wody",
  "Wypiłem dzisiaj dwie kawy",
  "Jutro mam spotkanie z klientem o 10",
  "Ich möchte meinen Kaffeekonsum verfolgen",
  "Der Zug hatte wieder Verspätung",
  "Hör auf, mein Gewicht zu verfolgen",
  "quiero registrar mis gastos",
  "Mañana tengo una reunión importante",
  "Anoche tomé dos cervezas",
  "je veux suivre mon sommeil",
  "Je suis fatigué aujourd'hui",
  "J'ai bu beaucoup d'eau",
  "please record my blood pressure, systolic and diastolic",
  "don't track my location",
  "Slept badly again, woke up at 4",
  "Went for a 5 km run before work, felt great",
  "Can you summarise the email thread from yesterday about the budget review?",
];

function stream(count: number): Message[] {
  const start = Date.UTC(2026, 10, 1);
  return Array.from({ length: count }, (_, i) => ({
    id: `m${i}`,
    text: TEXTS[(i * 7) % TEXTS.length]!,
    at: new Date(start + i * 1_800_000).toISOString(),
  }));
}

function rate(run: () => void, messages: number, rounds: number): number {
  for (let i = 0; i < Math.max(3, rounds / 10); i++) run();
  const begin = process.hrtime.bigint();
  for (let i = 0; i < rounds; i++) run();
  const seconds = Number(process.hrtime.bigint() - begin) / 1e9;
  return (messages * rounds) / seconds;
}

export const suite: BenchSuite = {
  name: "detector",
  async run(): Promise<BenchFigure[]> {
    // A realistic call: a few weeks of one user's messages at once.
    const batch = stream(500);
    const detector = rate(() => detectNeeds(batch), batch.length, 40);
    const probe = /\btrack\b/;
    let sink = 0;
    const baseline = rate(
      () => {
        for (const m of batch) if (probe.test(m.text.toLowerCase())) sink++;
      },
      batch.length,
      400,
    );
    if (sink < 0) throw new Error("unreachable");
    return [
      {
        suite: "detector",
        name: "detectNeeds throughput (500-message batches, 5 languages)",
        value: Math.round(detector),
        unit: "msg/s",
        target: "≥ 20,000/s",
      },
      {
        suite: "detector",
        name: "detectNeeds cost per message",
        value: 1e6 / detector,
        unit: "µs/msg",
        baseline: { name: "toLowerCase + one regex test, µs/msg", value: 1e6 / baseline },
        ratio: baseline / detector,
      },
    ];
  },
};
