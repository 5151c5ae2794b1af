import { alt, words, type LanguageRules } from "./rules.js";

export const DE: LanguageRules = {
  language: "de",
  intent: new RegExp(
    `\\b(?:(${alt(
      "verfolg(?:en|e|st|t|ung)?", "track(?:en|e|st|t)?", "protokollier\\w*", "erfass(?:en|e|t)?", "u(?:e)?berwach(?:en|e|t|ung)?",
      "\\w*(?:tagebuch|buch|protokoll|liste|statistik|logbuch) (?:fuhr\\w*|schreib\\w*)", "fuhr\\w* (?:\\w+ ){0,3}(?:\\w*tagebuch|buch|protokoll|liste|statistik)", "buch fuhr\\w*",
      "im (?:auge|blick) behalt\\w*", "behalt\\w* (?:\\w+ ){0,3}im (?:auge|blick)", "mit(?:zu)?schreib\\w*", "mit(?:zu)?logg\\w*", "logg(?:en|e|st)", "dokumentier\\w*", "tracking",
    )})|(${alt(
      "zeichne(?:st)? (?:\\w+ ){0,4}?auf", "schreib(?:e|st)? (?:\\w+ ){0,4}?auf", "(?:auf)?(?:zu)?zeichn(?:en|e|et|est)", "aufzeichnung", "(?:mit)?(?:zu)?zahl(?:en|e|st)?", "notier(?:en|e|t|st)?", "(?:auf)?(?:zu)?schreib(?:en|e|t|st)?", "mess(?:en|e)", "miss",
      "fest(?:zu)?halt\\w*", "merk\\w* (?:dir|euch|ihnen)", "trag\\w* (?:\\w+ ){0,4}?ein", "ein(?:zu)?trag\\w*", "vermerk\\w*", "schreib\\w* mit", "zahl\\w* mit", "(?:sehen|wissen|seh|weiss|erfahren)(?=,? wie (?:viel|oft|lange))", "halt\\w* (?:\\w+ ){0,3}fest", "bewert(?:en|e)", "kontrollier(?:en|e)", "\\w*tagebuch", "\\w*tracker", "\\w*protokoll", "\\w*logbuch", "\\w*zahler", "\\w*stundenzettel",
    )}))\\b`, "g"),
  frames: new RegExp(alt(
    "\\bmocht\\w*", "\\bmoecht\\w*", "\\bwuerd\\w*", "\\bkoenn\\w*", "\\bhat mir (?:gesagt|empfohlen|geraten)\\b", "\\bwill\\b", "\\bwollen\\b", "\\bwollte\\b", "\\bwurd(?:e|est|en)\\b", "\\bgern\\w*", "\\bkannst\\b", "\\bkannste\\b", "\\bkonnteste\\b", "\\bkonntest\\b", "\\bkonnen sie\\b",
    "\\bkonnten sie\\b", "\\bkann ich\\b", "\\bkonnte ich\\b", "\\bhilf\\b", "\\bhilfst\\b", "\\bhelfen\\b", "\\bbitte\\b", "\\blass(?:t)? uns\\b", "\\bbrauche\\b", "\\bmuss\\b",
    "\\bmussen\\b", "\\bsollte\\b", "\\bich soll\\b", "\\bfang\\w* an\\b", "\\banfangen\\b", "\\bbeginn\\w*", "\\bstarte\\b", "\\bplane\\b", "\\bist es moglich\\b", "\\bmoglichkeit\\b",
    "\\berstell\\w*", "\\bleg\\w* (?:\\w+ )?an\\b", "\\bmach\\b", "\\bab (?:heute|jetzt|morgen|sofort)\\b", "\\bhatte gern\\b", "\\bware (?:toll|super|schon|gut|praktisch|hilfreich|klasse|cool|nett|genial)\\b", "\\bdu konntest\\b",
  )),
  laterFrames: /\bgeht (?:das|sowas)\b|\bist (?:das|sowas) moglich\b|\bklappt das\b|\b(?:kannst|konntest|kannste) du (?:das|es)\b|\b(?:ware|waere) (?:toll|super|schon|gut|praktisch|hilfreich|klasse|cool|genial)\b/,
  questionFrames: /\b(?:kannste|konnteste|kannst|konntest|kann ich|konnte ich|konnen sie|konnten sie|wurdest|wurden sie|hilfst)\b|\bist es moglich\b|\bgibt es (?:eine )?moglichkeit\b/,
  howFrames: /\bwie (?:kann|konnte|soll) ich\b/,
  interrogative: /^(?:was|wann|wo|warum|wieso|weshalb|wer|welch\w*|wie|hast|hat|habe|bist|ist|sind|war|trackst|verfolgst|zahlst|erfasst|speicherst|machst|tust|ob)\b/,
  negation: /\b(?:nicht|kein|keine|keinen|keinem|keiner|nie|niemals)\b/,
  notNegation: /\b(?:vergiss nicht|nicht vergessen|warum nicht|nicht nur)\b/g,
  negationScope: "clause",
  stop: /\b(?:hor\w* (?:\w+ ){0,2}auf|aufhor\w*|nicht mehr|stopp\w*|stop|beende\w*|schluss mit|kein\w* \w+ mehr|deaktivier\w*|schalt\w* (?:\w+ ){0,3}ab)\b/,
  retraction: /\b(?:aber|doch|jedoch|allerdings)\b[^.?!]{0,40}?\b(?:lieber nicht|keine lust|(?:will|mag|mochte) (?:ich )?(?:das )?nicht(?= *(?:$|[,;!]|weil))|besser nicht|doch nicht|lass (?:mal|es))\b/,
  hypothetical: /\b(?:wenn|falls) ich (?:\w+ ){0,5}?(?:hatte|ware|konnte|jemals|irgendwann|mal)\b|\bfalls ich\b/,
  knowing: /^(?:wissen|weiss|erfahren)$/,
  period: /\b(?:pro|jeden|jede|jedes|taglich|wochentlich|monatlich|am tag|in der woche|uber die woche|im monat|nachts)\b/,
  pronounBefore: /\b(?:ich|wir|du|er|sie|es)\s*$/,
  counting: /\b(?:\w*zahl\w*)\b/,
  seeing: /^(?:sehen|wissen|seh|weiss|erfahren)$/,
  firstPerson: /\b(?:ich|wir|mein\w*|mir|mich|unser\w*)\b/,
  anymore: /\bmehr\b/,
  otherSense: new RegExp(alt(
    // Asking for an app or device recommendation is not asking us to track.
    "\\bempf(?:e|ie)hl\\w*\\b[^.?!]{0,40}?\\b(?:app|apps|tracker|uhr|gerat|tool)\\b[^.?!]{0,60}", "\\b(?:app|apps|tracker|uhr|gerat|tool)\\b[^.?!]{0,40}?\\bempf(?:e|ie)hl\\w*[^.?!]{0,60}", "\\b(?:ein|aus)logg\\w*", "\\b(?:kinder|kind|hund|katze|haus|wohnung|server|tasche|baby|nachbarn|platz|gelande) (?:\\w+ )?u(?:e)?berwach\\w*", "\\bu(?:e)?berwach\\w* (?:\\w+ )?(?:kinder|kind|hund|katze|haus|wohnung|server|tasche|baby|nachbarn|platz|gelande)\\b", "\\blogg\\w* (?:mich|dich|sich|uns) (?:ein|aus)\\b", "\\beingeloggt\\b", "\\bauf (?:dich|ihn|sie|euch|mich|uns) zahl\\w*", "\\bzahl\\w* auf (?:dich|ihn|sie|euch|mich|uns)\\b",
    "\\bzahl(?:en|e|st|t)? (?:die |meine |deine |eine |den |das )?(?:rechnung\\w*|miete|steuer\\w*|gebuhr\\w*|bar|mit karte|beitrag)\\b", "\\b(?:der|mein|ein|neuer|zweiter|dieser) monitor\\b",
    "\\bverfolg\\w* (?:die |den |das |ein |eine |einen |mein |meine |meinen )?(?:nachrichten|news|serie|spiel|ziel|ziele|plan|strategie|kurs|idee|spur|politik|debatte|diskussion|entwicklung)\\b",
    "\\b(?:ziel|ziele|plan) verfolg\\w*", "\\bschreib\\w* (?:mir|dir|ihm|ihr|uns|eine|einen|ein) (?:\\w+ )?(?:mail|e-mail|nachricht|brief|text|gedicht)?", "\\b(?:auf|mit) (?!dem |den |das )(?:\\w+ )?zahlen\\b", "\\bzahl\\w* (?:\\w+ ){0,2}bis (?:\\d+|drei|funf|zehn|zwanzig|hundert)\\b",
  ), "g"),
  viewing: /\b(?:zeig\w*|sag\w*|losch\w*|offne\w*|prufe\w*|schick\w*|fass\w* (?:\w+ )?zusammen)\b/,
  subordinate: /^\W*(?:jedes mal|immer wenn|wenn|sobald|nachdem)\b/,
  filler: /^(?:(?:hey|hallo|hi|ok|okay|also|bitte|jetzt|und|dann|gut|ja)\b[\s,!]*)+/,
  notImperative: /^\w+en\b/,
  othersPossessives: words("sein seine seinen seinem seiner seines ihr ihre ihren ihrem ihrer ihres dein deine deinen deinem deiner deines euer eure euren"),
  thirdPerson: /^\W*(?:er|sie|es) (?:mocht\w*|will|wollen|muss|sollte|versucht|plant|mag)\b|\ber\b/,
  possessives: words("mein meine meinen meinem meiner meines unser unsere unseren unserem"),
  skip: words("mal jetzt sofort gerade gar so auch immer mehr nicht dir mir uns euch sich uber von der die das den dem des ein eine einen einem einer eines mein meine meinen meinem meiner meines unser unsere unseren wie viel viele oft wieviel wie viele menge anzahl jeden jede taglich bitte gerne gern ab heute ich du mir"),
  end: words("wann was welche welcher welches wo dass also in auf mit nach pro jeden jede jedes taglich fur damit weil wenn und oder von bis seit wahrend um am im zu zum zur ob als ich du wir er sie es bitte"),
};
