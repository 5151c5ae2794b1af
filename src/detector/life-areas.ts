// The default catalogue of life areas for the gap detector, in the order gaps are offered.
// Vocabulary is folded (lowercase, no diacritics); "stem*" matches a prefix. The areas'
// subjects' own lexicon forms count as mentions too.
import type { LifeArea } from "./types.js";

export const DEFAULT_LIFE_AREAS: readonly LifeArea[] = [
  { id: "sleep", subjects: ["sleep", "dreams"], vocabulary: ["tired", "exhausted", "bed", "bedtime", "woke", "wake up", "asleep", "zmeczon*", "wyspan*", "niewyspan*", "lozk*", "obudzil*", "mude", "ausgeschlafen", "bett", "aufgewacht", "cansad*", "cama", "desperte", "dormi", "fatigue*", "reveille*", "couche"] },
  { id: "exercise", subjects: ["running", "steps", "workouts", "yoga", "swimming", "cycling", "push-ups", "walking"], vocabulary: ["walk", "walked", "walking", "hike", "hiking", "sport*", "spacer*", "spacerowal*", "rower", "wandern", "spaziergang", "spazieren", "caminar", "camine", "caminata", "senderismo", "marche", "randonnee", "promenade", "training", "trening*", "entrenar"] },
  { id: "hydration", subjects: ["water"], vocabulary: ["thirsty", "thirst", "dehydrated", "pragnien*", "spragnion*", "durst", "durstig", "sed", "sediento", "soif", "assoiffe"] },
  { id: "mood", subjects: ["mood", "stress", "meditation", "gratitude", "energy"], vocabulary: ["happy", "sad", "anxious", "upset", "angry", "depressed", "lonely", "smutn*", "szczesliw*", "wesol*", "zdenerwowan*", "samotn*", "traurig", "glucklich", "wutend", "einsam", "triste", "feliz", "enojad*", "solo", "heureux", "heureuse", "fache*", "seul"] },
  { id: "nutrition", subjects: ["food", "diet", "calories", "protein", "sugar", "sweets", "coffee", "tea", "caffeine"], vocabulary: ["eat", "ate", "eating", "lunch", "dinner", "breakfast", "snack*", "obiad*", "sniadani*", "kolacj*", "jem", "zjadl*", "mittag*", "fruhstuck", "abendessen", "gegessen", "comer", "comi", "almuerzo", "desayuno", "cena", "manger", "mange", "dejeuner", "diner"] },
  { id: "finances", subjects: ["expenses", "budget", "income", "savings"], vocabulary: ["money", "paid", "spent", "price", "bill", "bills", "rent", "salary", "pieniadz*", "zaplacil*", "wydal*", "czynsz*", "pensj*", "geld", "bezahlt", "ausgegeben", "miete", "gehalt", "dinero", "pague", "gaste", "alquiler", "sueldo", "argent", "paye", "loyer", "facture*"] },
  { id: "medication", subjects: ["medication", "vitamins"], vocabulary: ["doctor", "prescription", "pharmacy", "lekarz*", "recept*", "aptek*", "arzt", "arztin", "rezept", "apotheke", "medico", "receta", "farmacia", "medecin", "ordonnance", "pharmacie"] },
];
