// The words around a tracking instruction that are not what to track, per language, on folded
// text (lowercase, no diacritics): wrappers that ask for the tracker ("make me a tracker for",
// "chcę wiedzieć", "ich möchte wissen", "quiero saber", "je veux savoir"), time phrases that say
// how often the user will log ("each day", "dziennie", "jeden Tag", "cada semana", "chaque
// jour"), and the openings of a factual question ("what's the weather"), which is no tracker.
// The question lead-ins that ask for a quantity over time ("how many", "ile", "wie oft",
// "cuánto tiempo", "combien de fois") are not here: the clause reader (`clause.ts`) owns them.
import type { Language } from "./types.js";

// Longer names first: "journal de bord" must not stop at "journal".
const TRACKER_NOUNS =
  "journal de bord|tracker|skill|app|log|logger|counter|journal|diary|tally|habit tracker|dziennik|dzienniczek|licznik|aplikacje|aplikacja|umiejetnosc|tagebuch|zahler|protokoll|registro|contador|diario|seguimiento|suivi|compteur|registre";

/**
 * Wrappers at the start of an instruction, tried repeatedly until none matches: politeness, the
 * instruction to build something, and a wish to know or see. Each entry is a named strategy so a
 * new way of asking is a new line here.
 */
export const WRAPPERS: Record<Language, [name: string, pattern: RegExp][]> = {
  en: [
    // "streak for not checking work email", "no screens after 10pm": the act, kept as a flag.
    ["a streak for", /^(?:an? |my )?(?:streaks?|chain) (?:for|of|counter for)\b/],
    ["politeness", /^(?:please|pls|plz|ok|okay|hey|hi|hello|so|just|also|and)\b/],
    [
      "build me a tracker",
      new RegExp(
        String.raw`^(?:(?:can|could|would) you |i (?:want|need|would like) (?:you to )?|i'd like (?:you to )?|let's )?(?:create|make|build|generate|set up|setup|add|start|give|get)(?:(?: me| us)(?: (?:an?|the|one))?(?: new| simple| little)?(?: (?:${TRACKER_NOUNS})s?)?|(?: (?:an?|the|one|my))?(?: new| simple| little)? (?:${TRACKER_NOUNS})s?)(?: (?:for|of|to (?:track|log|count|record|note)|that (?:tracks|logs|counts|records)|about|on|with))?\b`,
      ),
    ],
    [
      "a tracker for",
      new RegExp(String.raw`^(?:an?|my|new) (?:${TRACKER_NOUNS})s? (?:for|of|to (?:track|log|count)|about|on)\b`),
    ],
    [
      "i want to know",
      /^(?:i (?:want|need|would like|'d like|would love|'d love)|i'd like|i'd love|i wanna|i'm curious|i am curious) (?:to )?(?:know|see|find out|learn|understand)?\b/,
    ],
    ["a wish for", /^(?:i (?:want|need|would like)|i'd like|i wanna)(?: an?| my)?\b/],
    ["to know", /^(?:to )?(?:know|see|find out)\b/],
    // "save my gift ideas", "remember every dream": keeping is recording, in a box that asks for a tracker.
    [
      "a keeping verb",
      /^(?:save|store|remember)(?: (?:for )?me)?(?= (?:my|our|a|an|the|all|every|each|some|any|what|which|how|when)\b)/,
    ],
    // "notes on every bake", "notatki z rozmów", "Notizen zu jedem Wein": the notes are the record; what they are on is the subject.
    ["notes on", /^(?:(?:some |short |quick |my )?notes?) (?:on|about|from|for)\b/],
    ["tracking of", /^(?:tracking|logging|counting|recording)(?: of)?\b/],
    // Verbs that only record in a box that already asks for a tracker: "mark whether I took …",
    // "mark off the days I …", "somewhere to jot down …", "need to keep my readings".
    [
      "a recording verb",
      /^(?:(?:i )?need to |somewhere to |a place to )?(?:mark|tick|check)(?: off)?(?= (?:whether|if|the days?|days)\b)|^(?:(?:i )?need to |somewhere to |a place to )(?:keep|jot down|write down|note down|save)\b/,
    ],
    ["a checkbox", /^(?:an? )?(?:daily |simple )?(?:checkbox|check box|checklist|yes\/no)(?: for)?\b/],
  ],
  pl: [
    ["a streak for", /^(?:seria|passa) (?:dni )?(?:bez|z|na)?\b/],
    ["politeness", /^(?:prosze|prosilbym|prosilabym|hej|czesc|ok|okej|no|to|i|a)\b/],
    [
      "build me a tracker",
      new RegExp(
        String.raw`^(?:(?:czy )?(?:mozesz|mozna|moglbys|moglabys) )?(?:stworz|zrob|utworz|zbuduj|dodaj|przygotuj|stworzyc|zrobic|utworzyc|dodac|zaloz|zalozyc)(?: mi| nam)?(?: (?:nowy|nowa|nowe|prosty|prosta))?(?: (?:${TRACKER_NOUNS}))?(?: (?:do|na|dla|o|ktory|ktora|ktore))?\b`,
      ),
    ],
    ["a tracker for", new RegExp(String.raw`^(?:${TRACKER_NOUNS}) (?:do|na|dla|o)\b`)],
    [
      "i want to know",
      /^(?:chce|chcialbym|chcialabym|potrzebuje|wolalbym|chetnie|ciekawi mnie)(?: (?:wiedziec|widziec|zobaczyc|sprawdzac|sprawdzic|znac|miec))?\b/,
    ],
    // "notes on every bake", "notatki z rozmów", "Notizen zu jedem Wein": the notes are the record; what they are on is the subject.
    ["notes on", /^(?:notatki|notatka|notki|notatke) (?:z|ze|o|na temat|po)\b/],
    ["to know", /^(?:wiedziec|widziec|zobaczyc|sprawdzac)\b/],
    ["a keeping verb", /^(?:zapamietaj|zachowaj|przechowuj|zapisz mi|zapisuj mi|zanotuj mi)\b/],
  ],
  de: [
    ["a streak for", /^(?:eine |meine )?(?:serie|strahne|streak) (?:fur|von|ohne)?\b/],
    ["politeness", /^(?:bitte|hallo|hi|hey|ok|okay|also|und|mal)\b/],
    [
      "build me a tracker",
      new RegExp(
        String.raw`^(?:(?:kannst|konntest) du )?(?:erstelle|erstell|mach|mache|bau|baue|leg|lege|gib)(?: mir| uns)?(?: (?:bitte))?(?: (?:einen|eine|ein|neuen|neue|neues))?(?: (?:${TRACKER_NOUNS}))?(?: (?:fur|uber|zu|zum|zur|an|mit))?\b`,
      ),
    ],
    ["a tracker for", new RegExp(String.raw`^(?:(?:einen|eine|ein) )?(?:${TRACKER_NOUNS}) (?:fur|uber|zu|zum|zur)\b`)],
    [
      "i want to know",
      /^(?:ich (?:mochte|will|wurde gern(?:e)?|hatte gern(?:e)?|brauche|wusste gern(?:e)?)|mich interessiert)(?: (?:gern(?:e)?|wissen|sehen|erfahren|einen|eine|ein))*\b/,
    ],
    // "notes on every bake", "notatki z rozmów", "Notizen zu jedem Wein": the notes are the record; what they are on is the subject.
    ["notes on", /^(?:(?:kurze |meine )?notiz(?:en)?) (?:zu|zum|zur|uber|von|vom|aus)\b/],
    ["to know", /^(?:wissen|sehen|erfahren)\b/],
    ["a keeping verb", /^(?:merk dir|merke dir|speicher|speichere|behalte)\b/],
  ],
  es: [
    ["a streak for", /^(?:una |mi )?racha (?:de|sin|para)\b/],
    ["politeness", /^(?:por favor|porfa|hola|oye|ok|vale|y|pues)\b/],
    [
      "build me a tracker",
      new RegExp(
        String.raw`^(?:(?:puedes|podrias) )?(?:crea|creame|crear|haz|hazme|hacer|prepara|preparame|monta|montame|anade|dame)(?: me)?(?: (?:un|una|mi))?(?: (?:nuevo|nueva|sencillo|sencilla))?(?: (?:${TRACKER_NOUNS}))?(?: (?:de|para|del|sobre|que registre|que cuente))?\b`,
      ),
    ],
    ["a tracker for", new RegExp(String.raw`^(?:(?:un|una) )?(?:${TRACKER_NOUNS}) (?:de|para|del|sobre)\b`)],
    ["i want to know", /^(?:quiero|quisiera|me gustaria|necesito|me interesa)(?: (?:saber|ver|conocer|tener|un|una))*\b/],
    // "notes on every bake", "notatki z rozmów", "Notizen zu jedem Wein": the notes are the record; what they are on is the subject.
    ["notes on", /^(?:(?:unas |mis )?(?:notas|apuntes)) (?:de|del|sobre)\b/],
    ["to know", /^(?:saber|ver|conocer)\b/],
    [
      "a keeping verb",
      /^(?:guarda(?:me)?(?:lo|la|los|las)?|apunta(?:me)?|anota(?:me)?|recuerda(?:me)?)\b(?! (?:que|si|cuando)\b)/,
    ],
  ],
  fr: [
    ["a streak for", /^(?:une |ma )?(?:serie|streak) (?:de|d'|sans|pour)\b/],
    // "pas d'écran après 22h", "zéro sucre": what is kept away is the subject ("pas" is no step).
    ["none of", /^(?:pas|zero) (?:de |d')|^zero\b/],
    ["politeness", /^(?:s'il te plait|s'il vous plait|stp|svp|salut|bonjour|ok|alors|et)\b/],
    [
      "build me a tracker",
      new RegExp(
        String.raw`^(?:(?:tu peux|peux-tu|pourrais-tu|tu pourrais) )?(?:cree|creer|fais|faire|fais-moi|prepare|preparer|ajoute|ajouter|donne|donne-moi|mets en place)(?: moi)?(?: (?:un|une|mon|ma))?(?: (?:nouveau|nouvelle|petit|petite|simple))?(?: (?:${TRACKER_NOUNS}))?(?: (?:de|d'|pour|du|des|sur))?\b`,
      ),
    ],
    ["a tracker for", new RegExp(String.raw`^(?:(?:un|une) )?(?:${TRACKER_NOUNS}) (?:de|pour|du|des|sur)\b`)],
    [
      "i want to know",
      /^(?:je (?:veux|voudrais|souhaite|souhaiterais|aimerais bien)|j'aimerais(?: bien)?|il me faut|j'ai besoin d')(?: (?:savoir|voir|connaitre|avoir|un|une))*\b/,
    ],
    // "notes on every bake", "notatki z rozmów", "Notizen zu jedem Wein": the notes are the record; what they are on is the subject.
    ["notes on", /^(?:(?:des |mes |quelques )?notes) (?:sur|de|du|des|d\')/],
    ["to know", /^(?:savoir|voir|connaitre)\b/],
    ["a keeping verb", /^(?:garde(?:-moi|z)?|conserve(?:-moi)?|retiens|note-moi|enregistre)\b/],
  ],
};

/** How often the user will log: not part of what to track. Matched as whole phrases anywhere. */
export const TIME_PHRASES: Record<Language, RegExp> = {
  en: /\b(?:(?:each|every|per|a|one|once a) (?:single )?(?:day|night|morning|evening|week|month)|daily|weekly|nightly|monthly|today|every morning|in the (?:morning|evening)|at the end of (?:the|each) day)\b/g,
  pl: /\b(?:dziennie|codziennie|tygodniowo|miesiecznie|kazdego (?:dnia|ranka|wieczoru|tygodnia|miesiaca)|co (?:dzien|tydzien|miesiac|rano|wieczor)|na (?:dzien|dobe|tydzien|miesiac)|w (?:tygodniu|miesiacu|ciagu dnia)|dzisiaj|dzis|rano|wieczorem)\b/g,
  de: /\b(?:jeden (?:tag|morgen|abend|monat)|jede (?:woche|nacht)|pro (?:tag|woche|monat|nacht)|am tag|in der woche|im monat|taglich|wochentlich|monatlich|heute|morgens|abends|jeden tag)\b/g,
  es: /\b(?:cada (?:dia|noche|manana|tarde|semana|mes)|todos los dias|todas las (?:noches|mananas|semanas)|al dia|a la semana|al mes|por (?:dia|semana|mes|noche)|diariamente|semanalmente|hoy)\b/g,
  fr: /\b(?:chaque (?:jour|nuit|matin|soir|semaine|mois)|tous les (?:jours|soirs|matins|mois)|toutes les (?:nuits|semaines)|par (?:jour|semaine|mois|nuit)|quotidiennement|aujourd'hui|le (?:matin|soir))\b/g,
};

/**
 * The opening of a factual question: asks about the world, not for a record of the user's life.
 * Consulted only when no clause reader took the text ("how many hours I sleep" is a clause).
 */
export const FACTUAL_QUESTION: Record<Language, RegExp> = {
  en: /^(?:how (?:do|does|did|can|could|should|is|are|was|to)|what(?:'s| is| are| was| were)?|who(?:'s| is)?|where(?:'s| is)?|why|which|when(?:'s| is)|is|are|was|were|does|do|did|will|can|could|should|tell me)\b/,
  pl: /^(?:jak (?:sie|mam|moge|zrobic)|co|kto|gdzie|dlaczego|czemu|jaka|jaki|jakie|ktora|ktory|kiedy jest|czy jest|czy bedzie|powiedz mi)\b/,
  de: /^(?:wie (?:kann|mache|macht|geht|ist|sind)|was|wer|wo|warum|wieso|weshalb|welche\w*|wann ist|ist|sind|wird|gibt es|sag mir|wie spat|wie ist|wie wird)\b/,
  es: /^(?:como (?:se|puedo|hago|es|esta)|que|quien|donde|por que|cual\w*|cuando es|es|son|sera|hay|dime|como esta|como es)\b/,
  fr: /^(?:comment (?:on|faire|je peux|est|va)|qu'est-ce|quel\w*|qui|ou|pourquoi|quand est|est-ce|c'est quoi|dis-moi|quoi|comment est)\b/,
};

/**
 * Lead-ins that ask for the time spent on an activity: "how long I spend reading", "le temps
 * que je passe à courir", "cuánto tiempo paso leyendo". The activity follows; the lead-in brings
 * a duration. (A verb-final German "… verbringe" is blanked with the time phrases.)
 */
export const TIME_SPENT: Record<Language, RegExp> = {
  en: /^(?:(?:how (?:much time|long)|(?:the )?time|(?:the )?hours|(?:the )?minutes) (?:that )?(?:i|we) (?:spend|spent|put in|pass)|(?:time|hours|minutes) (?:spent|wasted|lost))(?: (?:on|at|in|with|doing))?\b/,
  pl: /^(?:(?:ile (?:czasu|godzin|minut)|jak dlugo|czas,? (?:ktory|jaki)) (?:spedzam|poswiecam|trace|przeznaczam)|czas (?:spedzony|poswiecony|stracony|zmarnowany))(?: (?:na|przy|w|z))?\b/,
  de: /^(?:wie (?:viel zeit|viele stunden|lange)|die zeit,? die) ich(?: (?:mit|beim|am|fur|furs|auf))?\b/,
  es: /^(?:(?:cuant[oa]s? (?:tiempo|horas|minutos)|el tiempo que|las horas que) (?:paso|dedico|invierto|gasto|echo)|(?:el )?tiempo (?:dedicado|invertido|que paso|perdido|malgastado))(?: (?:en|a|con))?\b/,
  fr: /^(?:(?:combien (?:de temps|d'heures|de minutes)|le temps (?:que|qu')) ?(?:je passe|j'y passe|je consacre|je mets)|(?:le )?temps (?:passe|perdu))(?: (?:a|au|aux|en|sur))?\b/,
};

/**
 * Marks that the answer is a flag, not what to track: "y/n", "yes/no", "t/n", "ja/nein", "sí/no",
 * "oui/non", "einfach abhaken", "just tick it off". Blanked; the generator reads them as yes/no.
 */
export const FLAG_MARKS =
  /(?:^|\s|\()(?:y\/n|yes\/no|t\/n|tak\/nie|j\/n|ja\/nein|s\/n|si\/no|o\/n|oui\/non)\b\)?|\b(?:(?:just |simply )?(?:tick|check) (?:it )?off|(?:einfach )?abhaken|(?:po prostu )?odhaczac|(?:solo|nada mas) marcar|juste cocher)\b/g;

/** Verbs of spending time that close a German clause: blanked, not named. */
export const TIME_SPENT_TAIL: Partial<Record<Language, RegExp>> = {
  de: /\b(?:verbringe|verbracht habe|verbringen|aufwende|investiere)\b/g,
};

/** Small talk that is no description at all, whatever the language: the whole text. */
export const SMALL_TALK =
  /^(?:thanks?(?: you)?|thx|hello|hi|hey|ok|okay|yes|no|nope|cool|great|dzieki|dziekuje|czesc|tak|nie|danke|hallo|ja|nein|gracias|hola|si|vale|merci|bonjour|salut|oui|non)[\s.!?]*$/;

/**
 * A remark rather than a description: an opinion word first ("nice weather", "great day",
 * "schönes Wetter", "qué bonito día") or a statement about something ("my cat is cute", "das
 * Wetter ist schön"). Consulted only for a noun phrase the lexicon does not know, with no unit,
 * scale or clause about the user to say it is a record.
 */
export const OPINION_WORDS = new Set(
  "nice lovely great good bad awful terrible beautiful cute funny amazing awesome cool boring weird fine ladny ladna ladne fajny fajna fajne super dobry dobra dobre zly zla piekny piekna schon schones schone gut gutes gute toll tolles schlecht bonito bonita bueno buena buen genial malo mala lindo linda beau belle bon bonne joli jolie genial mauvais mauvaise sympa".split(
    " ",
  ),
);
export const COPULA: Record<Language, RegExp> = {
  en: /\b(?:is|are|was|were|looks|seems)\b/,
  pl: /\b(?:jest|sa|byl|byla|bylo|wyglada)\b/,
  de: /\b(?:ist|sind|war|waren|sieht)\b/,
  es: /\b(?:es|esta|son|estan|era|estaba)\b/,
  fr: /\b(?:est|sont|etait|etaient|c'est)\b/,
};

/**
 * How the user feels, asked as "how <adjective> I am/was": "how tired I am", "jak bardzo jestem
 * zmęczony", "wie zufrieden ich war", "qué tan cansado estoy", "à quel point je suis fatigué".
 * The feeling is named by its English noun. [noun, folded adjective stems in any language].
 */
export const FEELINGS: [noun: string, stems: string][] = [
  ["satisfaction", "satisfied content zadowolon zufrieden satisfech satisfait"],
  ["happiness", "happy szczesliw glucklich feliz heureu"],
  ["tiredness", "tired exhausted zmeczon mude cansad agotad fatigu epuise"],
  ["stress", "stressed zestresowan gestresst estresad stresse"],
  ["anxiety", "anxious niespokojn angstlich ansios anxieu"],
  ["productivity", "productive produktywn produktiv productiv productif"],
  ["motivation", "motivated zmotywowan motiviert motivad motive"],
  ["focus", "focused skupion konzentriert concentrad concentre"],
  ["energy", "energetic energized energiczn energiegeladen energic energique"],
  ["hunger", "hungry glodn hungrig hambrient affame"],
  ["calmness", "calm spokojn ruhig tranquil calme"],
  ["gratitude", "grateful thankful wdzieczn dankbar agradecid reconnaissant"],
];
const FEELING_STEMS = FEELINGS.flatMap(([, stems]) => stems.split(" ")).join("|");
/** The lead-in, up to two words (a copula, "bardzo", "ich"), then a feeling's stem. */
export const FEELING_LEAD: Record<Language, RegExp> = {
  en: new RegExp(String.raw`^how (?:very )?(${FEELING_STEMS})\w*\b`),
  pl: new RegExp(String.raw`^(?:jak|na ile)(?: \w+){0,2}? (${FEELING_STEMS})\w*\b`),
  de: new RegExp(String.raw`^wie(?: sehr)? (${FEELING_STEMS})\w*\b`),
  es: new RegExp(String.raw`^(?:que tan|cuan|lo|como de)(?: \w+){0,2}? (${FEELING_STEMS})\w*\b`),
  fr: new RegExp(String.raw`^(?:a quel point|combien|comment)(?: \w+){0,3}? (${FEELING_STEMS})\w*\b`),
};

/**
 * Lead-ins that count the times something happens, said as a noun: "(the number of) times I
 * snooze", "la cantidad de veces que", "le nombre de fois où", "die Anzahl der Male, die". The
 * event follows as a clause about the user.
 */
export const TIMES_OF: Record<Language, RegExp> = {
  en: /^(?:the )?(?:number of |count of )?times (?:that |when )?(?=(?:i|we|my|our|the|his|her|their)\b)/,
  pl: /^(?:liczba|ilosc) razy,? (?:kiedy|gdy|jak)?/,
  de: /^(?:die )?(?:anzahl der )?(?:male|mal),? (?:die|wo|wenn) /,
  es: /^(?:(?:la )?(?:cantidad|numero) de )?(?:las )?veces (?:que|en que) /,
  fr: /^(?:le nombre de )?(?:les )?fois (?:ou|que) /,
};
