// The everyday dictionary behind open subjects in pl, de, es and fr: a spread of lookups over the
// areas people track (home, food, body, family, pets, money, work, screens, moods), under the
// forms a request uses — cases, verb persons and aspects, participles, German compounds and
// their front forms, several-word idioms, colloquial short forms — and the words that must drop.
import { describe, expect, it } from "vitest";
import { fold } from "./fold.js";
import { gloss, glossPhrase, glossarySize, translateWord } from "./glossary.js";
import { GLOSSARY_DE } from "./glossary-de.js";
import { GLOSSARY_ES } from "./glossary-es.js";
import { GLOSSARY_FR } from "./glossary-fr.js";
import { GLOSSARY_PL } from "./glossary-pl.js";
import type { Language } from "./types.js";

const en = (word: string, language: Language): string | undefined => translateWord(fold(word), language);
const phrase = (text: string, language: Language): string | undefined =>
  glossPhrase(fold(text).split(/\s+/), 0, language)?.gloss.en;
const drops = (word: string, language: Language): boolean => {
  const g = gloss(fold(word), language);
  return g === undefined || g.en === "" || g.pos === "f";
};

describe("glossary", () => {
  it("holds an everyday vocabulary in every language it reads", () => {
    for (const language of ["pl", "de", "es", "fr"] as const) expect(glossarySize(language)).toBeGreaterThan(2000);
  });

  it("finds Polish nouns under the cases a request uses", () => {
    expect(en("teściowej", "pl")).toBe("mother-in-law");
    expect(en("córką", "pl")).toBe("daughter");
    expect(en("wnuczki", "pl")).toBe("grandchildren");
    expect(en("szczeniaka", "pl")).toBe("puppy");
    expect(en("ziemniaków", "pl")).toBe("potatoes");
    expect(en("truskawek", "pl")).toBe("strawberries");
    expect(en("kolacji", "pl")).toBe("dinner");
    expect(en("prądu", "pl")).toBe("electricity");
    expect(phrase("licznik prądu", "pl")).toBe("meter");
    expect(en("paragonów", "pl")).toBe("receipts");
    expect(en("odkurzacza", "pl")).toBe("vacuum cleaner");
    expect(en("hulajnogą", "pl")).toBe("scooter");
    expect(en("nadgarstka", "pl")).toBe("wrist");
    expect(en("przeziębienie", "pl")).toBe("cold");
    expect(en("apka", "pl")).toBe("apps");
  });

  it("finds Polish verbs in both aspects, first person, infinitive and past", () => {
    for (const w of ["płacę", "płacić", "zapłaciłem"]) expect(en(w, "pl")).toBe("pay");
    for (const w of ["sadzę", "posadziłam"]) expect(en(w, "pl")).toBe("plant");
    expect(en("wyrzuciłem", "pl")).toBe("throw away");
    expect(en("oglądałem", "pl")).toBe("watch");
    expect(en("zarobiłam", "pl")).toBe("earn");
  });

  it("reads a Polish form through its own word where its stem is shared with another", () => {
    // "spało" and "spalać" share a stem, as "ważę" and "wąż" do once folded.
    for (const w of ["spało", "spałem", "spała", "wyspałam"]) expect(en(w, "pl")).toMatch(/^sleep/);
    for (const w of ["ważę", "ważyłam", "zważyłem"]) expect(en(w, "pl")).toBe("weigh");
    expect(en("ogrodzie", "pl")).toBe("garden");
  });

  it("knows the everyday Polish words of home, food, body, family, animals, money and work", () => {
    for (const [w, e] of [
      ["rolety", "blinds"],
      ["parapety", "window sills"],
      ["naleśniki", "pancakes"],
      ["jajecznicę", "scrambled eggs"],
      ["zagniatam", "knead"],
      ["frytkownicy", "air fryer"],
      ["chrypka", "hoarseness"],
      ["dreszcze", "chills"],
      ["lewotyroksyna", "levothyroxine"],
      ["cynku", "zinc"],
      ["szwagra", "brother-in-law"],
      ["ząbkowanie", "teething"],
      ["sierść", "fur"],
      ["żwirek", "litter"],
      ["sekator", "garden tools"],
      ["działce", "allotment"],
      ["kredytówki", "credit card"],
      ["sklepie", "shops"],
      ["wypracowania", "essays"],
      ["spóźnienia", "lateness"],
    ] as const)
      expect(en(w, "pl")).toBe(e);
    expect(phrase("kwas foliowy", "pl")).toBe("folic acid");
    expect(phrase("mleko modyfikowane", "pl")).toBe("formula");
  });

  it("knows the Polish words of pastimes, sport, transport, screens, moods, weather and places", () => {
    for (const [w, e] of [
      ["koraliki", "beads"],
      ["klarnet", "clarinet"],
      ["akordy", "chords"],
      ["przebiegłem", "run"],
      ["sprinty", "sprint"],
      ["hamulce", "brakes"],
      ["promem", "ferry"],
      ["przystanku", "station"],
      ["wideorozmowy", "video calls"],
      ["memy", "memes"],
      ["frustracja", "frustration"],
      ["zazdrość", "jealousy"],
      ["mgła", "fog"],
      ["ulewy", "downpours"],
      ["cmentarzu", "cemetery"],
      ["łąka", "meadow"],
      ["kumpel", "friend"],
    ] as const)
      expect(en(w, "pl")).toBe(e);
  });

  it("knows the Polish words that frame a request or say when, and drops them", () => {
    // Known as words to drop, not merely unknown: a stem they share can no longer name them.
    const dropped = (w: string): boolean => gloss(fold(w), "pl")?.en === "";
    for (const w of ["poświęcam", "spędzam", "siedzę", "odhaczaj", "śledzę", "zapisałam"]) expect(dropped(w)).toBe(true);
    for (const w of ["poniedziałek", "październiku", "dzisiejszy", "czasami", "itd", "kg"]) expect(dropped(w)).toBe(true);
  });

  it("finds German words, separable verbs and compounds of known parts", () => {
    expect(en("Schwiegermutter", "de")).toBe("mother-in-law");
    expect(en("Kram", "de")).toBe("stuff");
    expect(en("Kartoffeln", "de")).toBe("potatoes");
    expect(en("Regenmenge", "de")).toBe("rainfall");
    for (const w of ["aufräume", "aufräumen", "aufgeräumt"]) expect(en(w, "de")).toBe("tidy");
    expect(en("abgeholt", "de")).toBe("pick up");
    expect(en("einpflanzen", "de")).toBe("plant");
    expect(phrase("räume auf", "de")).toBe("tidy");
    // Compounds: the parts, with or without a linking letter, and a front form ("Erdbeer-").
    expect(en("Stromrechnung", "de")).toBe("electricity bills");
    expect(en("Hundeleine", "de")).toBe("dog leash");
    expect(en("Fahrradhelm", "de")).toBe("bike helmet");
    expect(en("Kellertür", "de")).toBe("basement door");
    expect(en("Wasserzählerstand", "de")).toBe("water meter readings");
    expect(en("Zahnarzttermin", "de")).toBe("dentist appointments");
    expect(en("Schwiegermuttergeburtstag", "de")).toBe("mother-in-law birthdays");
    expect(en("Erdbeer", "de")).toBe("strawberries");
    // A front part is a modifier, singular in English.
    expect(en("Erdbeertorte", "de")).toBe("strawberry cake");
    expect(en("Tomatenpflanzen", "de")).toBe("tomato plants");
  });

  it("finds German everyday words across home, health, family, money, work, hobbies, sport and weather", () => {
    for (const [w, e] of [
      ["Schnuller", "dummy"],
      ["Hebamme", "midwife"],
      ["Schilddrüse", "thyroid"],
      ["Levothyroxin", "levothyroxine"],
      ["Igel", "hedgehogs"],
      ["Heckenschere", "hedge trimmer"],
      ["Überweisungen", "transfers"],
      ["Bewerbungen", "job applications"],
      ["Klassenarbeiten", "class tests"],
      ["Tonleitern", "scales"],
      ["Höhenmeter", "altitude"],
      ["Reifendruck", "tyre pressure"],
      ["Sprachnachrichten", "voice messages"],
      ["Lampenfieber", "nervousness"],
      ["Schlafqualität", "sleep quality"],
      ["Nieselregen", "drizzle"],
      ["draußen", "outdoors"],
    ] as const)
      expect(en(w, "de")).toBe(e);
    for (const w of ["bewerbe", "bewerben", "beworben"]) expect(en(w, "de")).toBe("apply");
    for (const w of ["pflücke", "pflücken", "gepflückt"]) expect(en(w, "de")).toBe("pick");
    for (const w of ["kündige", "gekündigt"]) expect(en(w, "de")).toBe("cancel");
    expect(phrase("frische Luft", "de")).toBe("fresh air");
  });

  it("reads a German word under its own entry, not a longer word's stem it shares", () => {
    // "Kuchen" shares its stem with "Küche", "Bein" with "bei", "mag" with "Magen", "nichts" with
    // "Nichte", "neun" with "neu", "man" with "Mann".
    expect(en("Kuchen", "de")).toBe("cake");
    expect(en("Bein", "de")).toBe("leg");
    for (const w of ["nichts", "mag", "neun", "man"]) expect(drops(w, "de")).toBe(true);
  });

  it("finds Spanish words under plurals, verb persons and participles", () => {
    expect(en("suegra", "es")).toBe("mother-in-law");
    expect(en("nietos", "es")).toBe("grandchildren");
    expect(en("tobillo", "es")).toBe("ankle");
    expect(en("agujetas", "es")).toBe("muscle pain");
    expect(en("lentejas", "es")).toBe("lentils");
    expect(en("facturas", "es")).toBe("bills");
    expect(en("luz", "es")).toBe("electricity");
    expect(phrase("contador del gas", "es")).toBe("meter");
    for (const w of ["pago", "pagar", "pagado"]) expect(en(w, "es")).toBe("pay");
    for (const w of ["planto", "sembrado"]) expect(en(w, "es")).toBe("plant");
    // Colloquial forms.
    expect(en("curro", "es")).toBe("work");
    expect(en("pelis", "es")).toBe("films");
    expect(phrase("dolor de espalda", "es")).toBe("back pain");
    expect(phrase("aire acondicionado", "es")).toBe("air conditioning");
  });

  it("finds Spanish everyday words across the areas people track", () => {
    for (const [w, e] of [
      ["persianas", "blinds"],
      ["goteras", "leaks"],
      ["fontanero", "plumber"],
      ["berenjenas", "aubergines"],
      ["albóndigas", "meatballs"],
      ["escalofríos", "chills"],
      ["llagas", "mouth ulcers"],
      ["cetirizina", "antihistamines"],
      ["levotiroxina", "levothyroxine"],
      ["cuñada", "sister-in-law"],
      ["guardería", "nursery"],
      ["ladridos", "barking"],
      ["rascador", "scratching post"],
      ["tomateras", "tomato plants"],
      ["bizum", "transfers"],
      ["fianza", "deposit"],
      ["temario", "syllabus"],
      ["partituras", "sheet music"],
      ["goles", "goals scored"],
      ["averías", "breakdowns"],
      ["gasolinera", "petrol station"],
      ["seguidores", "followers"],
      ["orgullo", "pride"],
      ["madrugones", "early mornings"],
      ["granizo", "hail"],
      ["barrio", "neighbourhood"],
    ] as const)
      expect(en(w, "es")).toBe(e);
    // Verbs under their irregular and reflexive forms.
    for (const w of ["duermo", "dormí", "durmiendo"]) expect(en(w, "es")).toBe("sleep");
    for (const w of ["amaso", "amasar"]) expect(en(w, "es")).toBe("knead");
    for (const w of ["fichar", "fiché"]) expect(en(w, "es")).toBe("clock-in");
    expect(phrase("punto de cruz", "es")).toBe("cross-stitch");
    expect(phrase("hago ejercicio", "es")).toBe("exercise");
  });

  it("finds the right Spanish word where a stem is shared with another", () => {
    // "talla" shares its stem with "taller", "caro" with "cara", "poda" with "podo".
    expect(en("talla", "es")).toBe("height");
    expect(en("caro", "es")).toBe("expensive");
    expect(en("poda", "es")).toBe("pruning");
    // "salir" is no salt, "marcar" and "recordar" no personal bests: they frame a request.
    for (const w of ["salir", "marcar", "recordar"]) expect(drops(w, "es")).toBe(true);
  });

  it("finds French words, colloquial short forms and idioms", () => {
    expect(en("belle-mère", "fr")).toBe("mother-in-law");
    expect(en("petits-enfants", "fr")).toBe("grandchildren");
    expect(en("courbatures", "fr")).toBe("muscle pain");
    expect(en("rhume", "fr")).toBe("cold");
    expect(phrase("compteur électrique", "fr")).toBe("meter");
    expect(en("croquettes", "fr")).toBe("pet food");
    expect(en("tondeuse", "fr")).toBe("lawnmower");
    for (const w of ["épluche", "éplucher", "épluché"]) expect(en(w, "fr")).toBe("peel");
    expect(en("jeté", "fr")).toBe("throw away");
    for (const [w, e] of [
      ["bouquins", "books"],
      ["exos", "exercises"],
      ["conso", "consumption"],
      ["kiné", "physiotherapy"],
      ["muscu", "strength training"],
      ["appart", "flat"],
      ["boulot", "work"],
    ] as const)
      expect(en(w, "fr")).toBe(e);
    expect(phrase("prise de sang", "fr")).toBe("blood tests");
    expect(phrase("arrêt maladie", "fr")).toBe("sick leave");
  });

  it("finds French everyday words across the areas people track", () => {
    for (const [w, e] of [
      // Home, food and cooking.
      ["couette", "duvet"],
      ["débouché", "unblock"],
      ["aubergines", "aubergines"],
      ["pétri", "knead"],
      ["mangé", "eat"],
      // Body, symptoms, medicines.
      ["céphalées", "headaches"],
      ["saignements", "bleeding"],
      ["codéine", "painkillers"],
      ["lévothyroxine", "levothyroxine"],
      // Family, pets, garden.
      ["biberons", "bottle feeds"],
      ["câlins", "cuddles"],
      ["belle-sœur", "sister-in-law"],
      ["aboie", "bark"],
      ["dressage", "dog training"],
      ["désherbage", "weeding"],
      ["récoltées", "harvest"],
      // Money, work, hobbies, sport, transport.
      ["virements", "transfers"],
      ["candidatures", "job search"],
      ["aquarelle", "watercolour"],
      ["partitions", "sheet music"],
      ["dénivelé", "elevation gain"],
      ["natation", "swimming"],
      ["plaquettes", "brakes"],
      ["covoiturage", "car sharing"],
      // Screens, moods, sleep, weather, people.
      ["abonnés", "followers"],
      ["déçue", "disappointment"],
      ["dors", "sleep"],
      ["rêves", "dreams"],
      ["canicule", "heat"],
      ["brouillard", "fog"],
      ["potes", "friend"],
      ["coloc", "flatmates"],
    ] as const)
      expect(en(w, "fr")).toBe(e);
    expect(phrase("pois chiches", "fr")).toBe("chickpeas");
    expect(phrase("papier toilette", "fr")).toBe("toilet paper");
    expect(phrase("non lus", "fr")).toBe("unread");
  });

  it("reads a French form that shares a stem with another word as its own word", () => {
    // "tête" is no feed ("tétée"), "couché" no nappy ("couches"), "papier" no grandpa ("papi"),
    // "boit" no box ("boîte"), "soeur" typed without œ is still a sister.
    expect(en("tête", "fr")).toBe("head");
    expect(en("couché", "fr")).toBe("bedtime");
    expect(en("papier", "fr")).toBe("paper");
    expect(en("boit", "fr")).toBe("drink");
    expect(en("soeur", "fr")).toBe("sister");
    expect(drops("tous", "fr")).toBe(true);
  });

  it("leaves words that frame a request (a counter, a diary, notes) out of the things it names", () => {
    // "zrób licznik", "un compteur de cigarettes", "llevar el control", "Tagebuch führen".
    expect(en("licznik", "pl")).toBeUndefined();
    expect(en("compteur", "fr")).toBeUndefined();
    expect(en("control", "es")).toBeUndefined();
    expect(en("Tagebuch", "de")).toBeUndefined();
  });

  it("drops time and quantity words, and keeps function words out of subjects", () => {
    for (const w of ["dzień", "tygodnia", "dużo", "wczoraj"]) expect(drops(w, "pl")).toBe(true);
    for (const w of ["Tag", "Wochen", "gestern", "bei", "über"]) expect(drops(w, "de")).toBe(true);
    for (const w of ["finde", "semana", "ayer", "pero", "sobre"]) expect(drops(w, "es")).toBe(true);
    for (const w of ["journée", "combien", "hier", "soir"]) expect(drops(w, "fr")).toBe(true);
    // Measures and frame words of a French request: "la durée de mes siestes", "noter le nombre d'heures".
    // The glossary lists them as words to drop, not merely as words it does not know.
    for (const w of ["durée", "heures", "noter", "intensité", "lundi", "quelques", "kg"])
      expect(gloss(fold(w), "fr")?.en).toBe("");
  });

  it("no form is listed twice with the same kind and a different English word", () => {
    // The first entry for a form wins, so a later one under another English word is never read
    // ("pádel" under football hid padel). Each form keeps the one sense a request means.
    const sources = { es: GLOSSARY_ES, fr: GLOSSARY_FR, de: GLOSSARY_DE, pl: GLOSSARY_PL };
    for (const [language, source] of Object.entries(sources)) {
      const seen = new Map<string, string>();
      const conflicts: string[] = [];
      for (const raw of source.split("\n")) {
        const m = /^([nvaf-])\s+([^:]*):\s*(.+)$/.exec(raw.trim());
        if (!m) continue;
        const english = m[2]!.trim();
        for (const form of m[3]!.split(",").map((f) => fold(f.trim()))) {
          if (!form) continue;
          const key = `${m[1]} ${form}`;
          const first = seen.get(key);
          if (first === undefined) seen.set(key, english);
          else if (first !== english) conflicts.push(`${key}: ${first} / ${english}`);
        }
      }
      expect(conflicts, language).toEqual([]);
    }
  });
});
