// Mentions that only their context makes unambiguous, and paraphrases of one activity: "went for
// a run", "jogged 5k", "my morning run" and "did an easy 3 miles" are all running although "run"
// alone is not ("run the tests"); "12,000 steps" is steps although "next steps" is not; "spent
// 40 euros" is expenses. A word used in an unrelated sense is taken back: a nose that won't stop
// running is not running.
import { conceptMentions, refineMention } from "./activity-concepts.js";

const CONTEXT: [RegExp, string][] = [
  [
    /\b(?:for a|morning|evening|long|easy|quick|my|a \d+ ?(?:k|km|mile)) run\b(?! (?:time|out|of))|\bran (?:a |an )?(?:\d+(?:[.,]\d+)? ?(?:k|km|kms|miles?|mi)\b|half|marathon)|\b(?:went|go|going) running\b|\bjog(?:ged|ging)\b|\b(?:did|ran|jogged|easy|tempo) (?:an? )?(?:easy |quick |slow )?\d+(?:[.,]\d+)? ?(?:k|km|kms|miles?|mi)\b|\b(?:pobiegal|przebiegl)\w*|\bgejoggt\b|\bsali a correr\b|\bhe corrido\b|\bj'ai couru\b/,
    "running",
  ],
  [/\b\d[\d,.]* ?k? (?:steps|krokow|krokach|schritte|pasos)\b|\bpas \d/, "steps"],
  [
    /\b(?:spent|paid|wydal(?:em|am)|zaplacil(?:em|am)|ausgegeben|bezahlt|gaste|pague|depense|paye) (?:\w+ )?(?:\$|€|£)?\d/,
    "expenses",
  ],
  [/\bswam\b|\b\d+ (?:laps|lengths|dlugosci|bahnen|largos|longueurs)\b|\bgeschwommen\b|\bhe nadado\b|\bj'ai nage\b/, "swimming"],
  [
    /\b(?:vinyasa|asanas?|pranayama|ashtanga|hatha|sun salutations?|salutations? au soleil|downward dog|chien tete en bas|sonnengru\w*|saludos? al sol|powitani\w* slonca)\b/,
    "yoga",
  ],
  [
    /\b(?:gitarr?\w*|guitar\w*|guitare\w*|guitarra\w*)\b[^.!?]{0,40}\b(?:geubt|gespielt|geprobt|practi[cs]ed|played|cwiczyl\w*|gral\w*|practique|practicado|tocado|joue|ubung\w*|stunde|lesson|lekcj\w*|clase|cours)\b|\b(?:gitarr|guitar)\w*(?:stunde|unterricht|ubung)\w*|\b(?:geubt|practi[cs]ed|played)\b[^.!?]{0,20}\b(?:gitarr?\w*|guitar\w*)\b|\b(?:rumgeklimpert|geklimpert|klimper\w*|strumm\w*|fingerpicking|klampfe|barre-?griff\w*|(?:durch)?gezupft)\b|\b(?:akkord(?:e|wechsel)|chords?|chord changes|acordes|akordy)\b[^.!?]{0,30}\b(?:geubt|gelernt|practi[cs]ed|learn(?:ed|t)|ensayado|practicado|cwiczyl\w*)\b|\b(?:geubt|practi[cs]ed|ensayado|practicado|cwiczyl\w*) (?:\w+ )?(?:akkord\w*|chords?|acordes|akordy)\b/,
    "guitar practice",
  ],
  [
    /\b(?:cycled|biked|rode (?:my |a |the )?bike|(?:on|by) (?:my |the )?bike|bike (?:ride|rides|commute|trip|tour))\b|\b(?:geradelt|radtour\w*|radeln|radelt|mit dem (?:rad|fahrrad|bike))\b|\b(?:en bici\w*|pedale\w*|ruta en bici\w*|salida en bici\w*)\b|\b(?:a velo|en velo|de velo|sortie velo|balade a velo|pedale\w*)\b|\b(?:rowerem|na rowerze|rowerow\w*|pojezdzil\w* na rowerze|na szosowce|na dwoch kolkach|pedalowal\w*)\b/,
    "cycling",
  ],
  [
    /\b(?:walked (?:the dog|for|to|home|around|along|\d)|went for a (?:walk|stroll)|(?:long|short|evening|morning|brisk|lunchtime|my|a) (?:walk|stroll)\b(?! (?:in|into|out|away|through the door))|strolled)\b|\b(?:balade|promenade|randonnee)s?\b(?! (?:en|a) (?:voiture|velo))|\b(?:une|petite|longue|ma|la) marche (?:rapide|d'une|de \d|apres|digestive|nordique|ce|du|en)\b|\ballee? marcher\b|\b(?:paseo|caminata)s?\b|\bvuelta (?:rapida |corta |larga )?a la manzana\b|\bsali a caminar\b|\bspacerow\w*\b|\bspazieren\w*\b/,
    "walking",
  ],
  [/\bmedit(?:e|o|ed|ado|ando|ais|ait|ation|acion|ere|ierte?|owal\w*)\b|\bj'ai medite\b/, "meditation"],
  [
    /\b(?:finished|started|reading|read) (?:a |another |the |my |a new )?(?:chapter|book|novel|pages?|audiobook)s?\b|\bread (?:for )?(?:an hour|half an hour|\d+ ?(?:min|minutes|pages|hours?))\b/,
    "reading",
  ],
];

// Unrelated senses of a lexicon form: the mention is withdrawn.
const OTHER_SENSES: [RegExp, string][] = [
  [
    /\b(?:nose|tap|faucet|eyes?|water|mascara|paint|program|script|tests?|errands?|meeting)\b[^.!?]{0,30}\brunning\b|\brunning (?:out|late|low|errands?|the (?:meeting|show|company|business))\b/,
    "running",
  ],
  // "to nie moja wina": fault, not wine.
  [
    /\b(?:czyja|moja|twoja|jego|jej|nasza|wasza|ich|to|nie|tylko) wina\b|\b(?:do|bez|z (?:mojej|twojej|jego|jej|czyjej|naszej|wlasnej)) winy\b|\bwina (?:pogody|rzadu|szefa)\b/,
    "wine",
  ],
];

/** Canonical subjects that context makes certain in a folded message. */
export function contextMentions(folded: string): string[] {
  const out: string[] = [];
  for (const [re, subject] of CONTEXT) if (re.test(folded)) out.push(refineMention(subject, folded));
  for (const subject of conceptMentions(folded)) if (!out.includes(subject)) out.push(subject);
  return out;
}

/** Subjects whose lexicon mention is another sense of the word in this folded message. */
export function otherSenses(folded: string): string[] {
  const out: string[] = [];
  for (const [re, subject] of OTHER_SENSES) if (re.test(folded)) out.push(subject);
  return out;
}
