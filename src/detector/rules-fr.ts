import { alt, words, type LanguageRules } from "./rules.js";

export const FR: LanguageRules = {
  language: "fr",
  intent: new RegExp(
    `\\b(?:(${alt(
      "(?:faire|fais|faites|fait) (?:le |un )?suivi", "suivi (?:de|du|des|d')", "tracker", "(?:tenir|tiens|tenez|tienne|tenons) (?:un |le |mon |une )?(?:journal|registre|compte|carnet|suivi|decompte|historique)",
      "gard(?:er|e|ez|ons) (?:une )?trace", "gard(?:er|e|ez|ons) (?:un )?(?:o|oe)il sur", "surveill(?:er|e|ez|ons)(?= (?:ma|mon|mes|combien|la quantite|ce que)\\b)", "consign(?:er|e|ez)", "journaliser",
    )})|(${alt(
      "suiv(?:re|ez|ons|es)", "suis", "enregistr(?:er|e|ez|es)", "not(?:er|e|ez|es)", "compt(?:er|e|ez|es|abiliser|abilise|age)", "enregistrements?", "mesur(?:er|e|ez)", "evalu(?:er|e)",
      "surveill(?:er|e|ez)", "marqu(?:er|e|ez)", "(?:rappelle|souviens)[- ]toi", "(?:voir|savoir)(?= combien\\b)", "journal", "carnet", "registre", "compteur",
    )}))\\b`, "g"),
  frames: new RegExp(alt(
    "\\bje (?:veux|voudrais|souhaite|souhaiterais|vais|dois|compte|pense|prefere)\\b", "\\bj'(?:aimerais|ai besoin|adorerais|voudrais|aimerai|ai envie)", "\\bveux\\b",
    "\\bvoudrais\\b", "\\baimerais\\b", "\\bsouhait\\w*", "\\bbesoin\\b", "\\bpeux[- ]tu\\b", "\\bpourrais[- ]tu\\b", "\\bpouvez[- ]vous\\b", "\\bpourriez[- ]vous\\b", "\\bvous pourriez\\b",
    "\\btu peux\\b", "\\btu pourrais\\b", "\\bvous pouvez\\b", "\\bpuis[- ]je\\b", "\\baide[- ]moi\\b", "\\baidez[- ]moi\\b", "\\bm'aider\\b", "\\bs'il (?:te|vous) plait\\b",
    "\\bstp\\b", "\\bsvp\\b", "\\bcommen\\w*", "\\bon va\\b", "\\ballons\\b", "\\bil faut\\b", "\\best[- ]il possible\\b", "\\bcree\\w*", "\\bdes (?:aujourd'hui|maintenant)\\b",
    "\\ba partir d'aujourd'hui\\b", "\\benvie de\\b", "\\bmerci de\\b", "\\bm'a (?:dit|conseille|recommande|demande) de\\b", "\\bserait (?:bien|super|genial|utile|top|cool|pratique|chouette)\\b", "\\bje pense a\\b", "\\bj'aimerais bien\\b",
  )),
  laterFrames: /\bc'est (?:possible|faisable|jouable)\b|\best-ce (?:possible|faisable)\b|\b(?:tu peux|vous pouvez|tu pourrais) (?:le faire|faire ca)\b/,
  questionFrames: /\b(?:vous pourriez|peux[- ]tu|pourrais[- ]tu|pouvez[- ]vous|pourriez[- ]vous|tu peux|tu pourrais|vous pouvez|puis[- ]je|est[- ]il possible|m'aider|aide[- ]moi|est-ce que (?:tu peux|tu pourrais|vous pouvez|je peux))\b/,
  howFrames: /\bcomment (?:puis[- ]je|je peux|pourrais[- ]je|faire pour)\b/,
  interrogative: /^(?:que|qu'est-ce|quoi|quand|ou|pourquoi|qui|quel\w*|comment|combien|est-ce|as-tu|es-tu|sais-tu|ai-je|avez-vous|suis-tu|enregistres-tu)\b/,
  negation: /\b(?:ne|n'\w+|jamais|pas)\b/,
  notNegation: /\b(?:n'oublie pas|n'oubliez pas|pourquoi pas|ne sais pas comment)\b/g,
  negationScope: "before",
  stop: /\b(?:arret\w*|stoppe\w*|cesse\w*|desactive\w*|fini\w*|termine\w*) (?:(?:le|la|les|ton|ce|cette|mon|ma|mes|tout) |l')?$|\b(?:arret\w* d(?:e|(?='))|cess\w* d(?:e|(?='))|ne \w+ plus|n'\w+ plus|plus besoin|desactiv\w*|ne plus|stop|assez de)\b/,
  retraction: /\b(?:mais|pourtant|sauf que)\b[^.?!]{0,40}?(?:vaut mieux pas|mieux vaut pas|pas envie|(?:je )?(?:ne )?veux pas(?= *(?:$|[,;!]|parce))|non merci|laisse tomber|je ne vais pas|je vais pas|bof|finalement non)\b/,
  hypothetical: /\bsi (?:j'avais|j'etais|je pouvais|un jour|jamais|je devais|j'ai un jour)\b/,
  knowing: /^savoir$/,
  period: /\b(?:par (?:jour|semaine|mois|nuit)|chaque|tous les|toutes les|quotidien\w*|au quotidien|la nuit)\b/,
  pronounBefore: /\b(?:je|tu|il|elle|on|nous|vous|ils|elles|le|la|les)\s*$/,
  counting: /\b(?:compt\w*|decompte)\b/,
  seeing: /^(?:voir|savoir)$/,
  firstPerson: /\b(?:je|j'|nous|me|m'|mon|ma|mes|moi)|\bj'/,
  anymore: /\bplus\b/,
  otherSense: new RegExp(alt(
    // Asking for an app or device recommendation is not asking us to track.
    "\\brecommand\\w*\\b[^.?!]{0,40}?\\b(?:app|apps|appli\\w*|tracker|montre|bracelet)\\b[^.?!]{0,60}", "\\b(?:app|apps|appli\\w*|tracker|montre|bracelet)\\b[^.?!]{0,40}?\\brecommand\\w*[^.?!]{0,60}", "\\bje suis\\b", "\\b(?:surveill\\w*|(?:o|oe)il sur) (?:mon |ma |mes |le |la |les |l'|ton |ta |tes )?(?:enfants?|gamins?|bebes?|chiens?|chats?|maison|four|sac|valise|affaires|soupe|quartier)\\b", "\\b(?:la|les|le|on) surveill\\w*", "\\bsurveill\\w* (?:les|le|la|l'|ton|ta|tes|son|sa|ses) (?:enfants?|gamins?|bebes?|chiens?|chats?|four|maison|sac|valise|affaires|quartier)\\b", "\\bsuis[- ]moi\\b", "\\bsuivez[- ]moi\\b", "\\b(?:me|te|nous|vous|le|la|les) suivre\\b",
    "\\bsuivre (?:un |des |le |les |la |une |ce |cette )?(?:cours|formation|serie|series|conseil|conseils|instructions|regles|chemin|route|exemple|actualite|actualites|actu|match|emission|recette|rythme|mouvement|traitement|regime|colis|commande)\\b",
    "\\bcompt(?:er|e|ons|ez) sur\\b", "\\bcompt\\w* (?:\\w+ )?jusqu'a (?:\\d+|trois|cinq|dix|cent)\\b", "\\b(?:mon|ton|son|un|le|votre|notre|du) compte\\b(?! de| d')", "\\benregistr\\w* (?:une |la |le |un |des |ce |cette |mon |ma )?(?:chanson|video|musique|message|vocal|podcast|emission|fichier|document|modifications|modification|album)\\b",
    "\\bnote (?:de frais|bien)\\b", "\\b(?:la|une|bonne|ma|mes|les) notes?\\b", "\\bjournal (?:televise|du soir|de 20h|officiel)\\b", "\\b(?:lire|lis|lu) (?:le|un) journal\\b",
    "\\b(?:m'|s')enregistr\\w*", "\\ble journal\\b(?! de\\b| d'| du\\b| des\\b)", "\\b(?:mon|un|le) compteur (?:de vitesse|electrique|d'eau)\\b",
  ), "g"),
  viewing: /\b(?:montre\w*|dis[- ]moi|affiche\w*|supprime\w*|efface\w*|ouvre\w*|verifie\w*|envoie\w*|resume\w*)\b/,
  subordinate: /^\W*(?:chaque fois que|a chaque fois que|quand|lorsque|si|des que|apres)\b/,
  filler: /^(?:(?:salut|bonjour|coucou|ok|bon|alors|et|maintenant|stp|svp|oui)\b[\s,!]*)+/,
  notImperative: /^(?:\w+(?:er|ir)|suivre)\b/,
  othersPossessives: words("son sa ses leur leurs ton ta tes votre vos"),
  thirdPerson: /\b(?:elle|ils|elles)\b|\bil (?!faut|est|serait|me|m')/,
  possessives: words("mon ma mes notre nos"),
  skip: words("plus pas jamais le la les l' un une des du de d' combien mon ma mes ce cette ces tous toutes notre nos quantite nombre consommation"),
  end: words("quand lorsque en avec par chaque tous toutes pour parce quand sur et ou pendant depuis dans je tu il elle nous vous aujourd'hui demain maintenant qui que"),
};
