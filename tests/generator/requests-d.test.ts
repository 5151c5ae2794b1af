// Request set D: 70 generate requests in the frame-free style people type into a generate box
// (14 per language: "how many times I wake up at night", "ile kaw wypijam dziennie", "meine Laune
// von 1 bis 10", "cuánto tiempo leo cada día", "mes heures de sommeil"), with the namings a fair
// judge also accepts in `alt`. Written as a development set for the instruction parser (it was
// tuned against, unlike sets A and C). The measure: a draft that passes audit and trial
// first time AND whose collection names the subject in English, over all requests. With the chat
// detector: 0/70 (detected 0); with the instruction parser: 64/70 (detected 70). The floors are
// those figures: raise them, never lower them quietly.
import { describeRequestSet } from "./request-set.js";

describeRequestSet({
  file: "requests-d.json",
  name: "D",
  holds: "70 frame-free requests, five languages",
  tenantId: "00000000-0000-4000-8000-0000000000d4",
  floor: { detected: 70, goal: 68 },
});
