// Request set C, written blind (100 tracking requests, 20 per language, with the namings a fair
// judge also accepts in `alt`), held out until it was scored. The measure: a draft that
// passes audit and trial first time AND whose collection names the subject in English, over all
// requests. Before this set was added: 47/100 (detected 75); when it was added: 53/100 (detected
// 80). With the instruction parser (a generate request needs no tracking frame): 58/100 (detected
// 100); with the detector's subject refinements as well, 65/100. The floors are the figures last
// measured: raise them, never lower them quietly.
import { describeRequestSet } from "./request-set.js";

describeRequestSet({
  file: "requests-c.json",
  name: "C",
  holds: "100 requests, five languages",
  tenantId: "00000000-0000-4000-8000-0000000000c4",
  floor: { detected: 100, goal: 79 },
});
