// Request set F, written blind (100 requests, 20 per language, typed into a generate box: many
// with no tracking verb, many asked as questions — who does the dishes, what kind, how well, did
// I — and subjects no list holds). Three fifths were a dev set; two fifths (ids ending in 4, 5, 9
// and 0) were held out until they were scored: first-time pass named in English 15/40 before the
// question reading and the bigger glossaries, 16/40 after (detected 38 both times). From here on
// it is a tuning set like the others. The floors are the figures of the whole set when it was
// added: raise them, never lower them quietly.
import { describeRequestSet } from "./request-set.js";

// Goal lowered once, from 69 to 68, on purpose: "how many grams of cat food Biscuit eats a day"
// passed only because its name, cat_food_biscuit_eat_gramming, happened to hold "cat food" ("grams"
// read as a verb). "grams" is now a unit and "Biscuit" who eats; the name is food_entries.
describeRequestSet({
  file: "requests-f.json",
  name: "F",
  holds: "100 requests, five languages, many asked as questions",
  tenantId: "00000000-0000-4000-8000-0000000000f6",
  floor: { detected: 98, goal: 68 },
});
