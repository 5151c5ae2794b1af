// A small concept map for the pattern matcher: how people mention one recurring activity or
// complaint in passing, in different words each day ("a pounding head", "my temples are
// throbbing", "head's splitting" are all headaches). Each concept lists cue phrases per language
// over folded text (lowercase, no diacritics). A cue is a phrase that means the concept on its
// own; a bare word with other common senses ("pool", "back", "garden") is only a cue with a
// word that fixes the sense ("to the pool", "my back hurts", "in the garden"). The subject is
// the name the lexicon uses when it has one, so lexicon hits and paraphrases count together.
interface Concept {
  subject: string;
  cues: Record<"en" | "pl" | "de" | "es" | "fr", string[]>;
}

const CONCEPTS: Concept[] = [
  {
    subject: "swimming",
    cues: {
      en: [
        "(?:to|in|at|back in) the pool",
        "pool session",
        "lido",
        "(?:a|quick|cold|morning) dip",
        "freestyle",
        "breaststroke",
        "backstroke",
        "went swimming",
        "(?:a|my) swim",
      ],
      pl: ["na basen\\w*", "basenie", "plywal\\w*", "poplywal\\w*", "przeplyn\\w*", "kraulem", "zabka"],
      de: ["schwimmbad", "ins becken", "schwimmen (?:gewesen|gegangen)", "bahnen gezogen", "kraulen", "kraul"],
      es: ["(?:a|en) la piscina", "fui a nadar", "he ido a nadar", "nade", "braza", "crol"],
      fr: ["(?:a|de) la piscine", "nage", "brasse", "crawl", "j'ai fait \\d+ longueurs"],
    },
  },
  {
    subject: "headaches",
    cues: {
      en: [
        "(?:pounding|throbbing|splitting|aching|sore) head",
        "head(?:'s| is) (?:pounding|throbbing|splitting|killing me)",
        "temples? (?:are |is )?(?:throbbing|pounding|aching)",
        "my head hurts",
      ],
      pl: ["boli (?:mnie )?glowa", "glowa mnie boli", "glowa mi peka", "leb mi peka", "pulsuje w skroniach"],
      de: ["kopfweh", "schadel brummt", "mir brummt der schadel", "kopf tut weh", "kopf drohnt"],
      es: ["me duele la cabeza", "dolor de cabeza", "jaqueca", "cabeza me va a estallar"],
      fr: ["mal (?:a|de) (?:la )?tete", "maux de tete", "la tete qui (?:tape|cogne)", "crane qui (?:tape|cogne)"],
    },
  },
  {
    subject: "stomach aches",
    cues: {
      en: ["stomach ?ache", "tummy ?ache", "stomach (?:hurts|cramps|pain|is killing)", "cramps in my (?:stomach|belly|tummy)"],
      pl: [
        "boli (?:mnie )?brzuch",
        "brzuch mnie boli",
        "bol brzucha",
        "zoladek daje",
        "zoladek mnie boli",
        "skurcze w (?:pod)?brzuszu",
        "skreca (?:mnie )?w brzuchu",
      ],
      de: ["bauchschmerz\\w*", "bauchweh", "magenschmerz\\w*", "magenkramp\\w*", "magen (?:tut weh|druckt|rebelliert)"],
      es: ["me duele (?:el estomago|la barriga|la tripa)", "dolor de (?:estomago|barriga|tripa)", "retortijones"],
      fr: ["mal au ventre", "maux de ventre", "mal a l'estomac", "crampes d'estomac", "brulures d'estomac"],
    },
  },
  {
    subject: "back pain",
    cues: {
      en: [
        "(?:my|lower|upper) back (?:hurts|is killing|aches|is sore|went|twinged|pain|is acting up)",
        "backache",
        "back pain",
        "sciatica",
      ],
      pl: [
        "boli (?:mnie )?(?:kregoslup|plecy|krzyz)",
        "(?:kregoslup|plecy|krzyz) mnie boli",
        "bol plecow",
        "lumbago",
        "rwa kulszowa",
      ],
      de: [
        "ru(?:e)?ckenschmerz\\w*",
        "(?:kreuz|ru(?:e)?cken) tut\\w* (?:\\w+ ){0,3}weh",
        "(?:untere )?ru(?:e)?cken zieht",
        "im ru(?:e)?cken (?:geschossen|gezogen|zieht)",
        "hexenschuss",
        "lendenwirbel\\w*",
        "bandscheibe",
      ],
      es: ["me duele la espalda", "dolor de espalda", "lumbago", "lumbares", "ciatica"],
      fr: ["mal au dos", "mal aux reins", "lumbago", "lombaires", "sciatique", "tour de reins"],
    },
  },
  {
    // Patterns count a night without sleep as sleep, as the lexicon does with "insomnia".
    subject: "sleep",
    cues: {
      en: ["couldn't sleep", "barely slept", "tossing and turning", "didn't sleep a wink", "sleepless night", "up all night"],
      pl: ["nie moglem zasnac", "nie moglam zasnac", "nie spalem", "nie spalam", "nieprzespan\\w*", "oka nie zmruzyl\\w*"],
      de: ["kaum geschlafen", "nicht eingeschlafen", "wach gelegen", "schlaflose? nacht", "kein auge zugetan"],
      es: [
        "no he pegado ojo",
        "no pegue ojo",
        "dando vueltas en la cama",
        "me desvele",
        "volver a dormirme",
        "he dormido (?:como |solo |unas )?(?:dos|tres|cuatro|\\d) horas",
      ],
      fr: ["pas ferme l'oeil", "nuit blanche", "pas reussi a (?:me rendormir|dormir)", "tourne dans mon lit"],
    },
  },
  {
    // Taking the dog out, said without the word "walk" ("sacar a Lola a pasear", "Gassi gehen").
    subject: "dog walks",
    cues: {
      en: ["walked the dog", "dog walk\\w*", "took the dog out", "walkies"],
      pl: ["wyprowadzi\\w* (?:psa|psiaka|suczke)", "spacer\\w* z (?:psem|psiakiem|suczka)"],
      de: ["gassi", "mit dem hund (?:raus|draussen|spazieren|unterwegs)"],
      es: [
        "saca\\w* (?:a|al) \\w+ a (?:pasear|dar una vuelta|dar un paseo)",
        "saque (?:a|al) \\w+ a (?:pasear|dar una vuelta)",
        "pasear al perro",
      ],
      fr: ["sorti\\w* (?:le chien|la chienne)", "promene\\w* (?:le chien|la chienne)"],
    },
  },
  {
    subject: "gardening",
    cues: {
      en: ["weeded", "weeding", "in the garden", "allotment", "mulched", "raised beds?", "planted (?:the|out|some)"],
      pl: ["w ogrodzie", "na dzialce", "ogrodek", "plewil\\w*", "pielil\\w*", "grzadk\\w*"],
      de: ["im garten", "unkraut gejatet", "gejatet", "umgegraben", "beete?", "schrebergarten"],
      es: ["en el huerto", "en el jardin", "desherbe", "quitado (?:las )?malas hierbas", "bancal\\w*"],
      fr: ["potager", "desherbe", "au jardin", "paille les", "biner", "binage", "semis", "plante les"],
    },
  },
];

const DOG = /\b(?:dog|doggy|puppy|pup|pies|psem|psa|piesk\w*|suczk\w*|hund\w*|perr(?:o|a|ito|ita)s?|chien\w*|chienne)\b/;

const cuesOf = (c: Concept): string => Object.values(c.cues).flat().join("|");
// One pass over the message finds every cue; the concept of a cue is then found on its few
// characters alone (every message of a batch is scanned, so one regex beats one per concept).
const ANY_CUE = new RegExp(`\\b(?:${CONCEPTS.map(cuesOf).join("|")})\\b`, "g");
const WHOLE: [RegExp, string][] = CONCEPTS.map((c) => [new RegExp(`^(?:${cuesOf(c)})$`), c.subject]);

/** Concepts a folded message mentions through the cue table. */
export function conceptMentions(folded: string): string[] {
  const out: string[] = [];
  ANY_CUE.lastIndex = 0;
  for (let m = ANY_CUE.exec(folded); m !== null; m = ANY_CUE.exec(folded)) {
    const hit = WHOLE.find(([re]) => re.test(m![0]));
    if (hit && !out.includes(hit[1])) out.push(hit[1]);
  }
  return out;
}

/** A walk with the dog is a dog walk; the walking pattern is for the user's own walks. */
export function refineMention(subject: string, folded: string): string {
  return subject === "walking" && DOG.test(folded) ? "dog walks" : subject;
}
