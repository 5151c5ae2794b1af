import { alt, words, type LanguageRules } from "./rules.js";

export const PL: LanguageRules = {
  language: "pl",
  intent: new RegExp(
    `\\b(?:(${alt(
      "sledz(?:ic|e|isz|imy|cie|my|enie|enia|eniu|eniem)?", "sledzil\\w*", "monitorow(?:ac|anie|ania|aniu)", "monitoruj\\w*", "trackow\\w*", "trackuj\\w*",
      "prowadz\\w* (?:\\w+ )?(?:dziennik\\w*|dzienniczek\\w*|rejestr\\w*|ewidencj\\w*|statystyk\\w*|zapis\\w*)", "rejestrow(?:ac|anie|ania)", "rejestruj\\w*",
      "kontrolow(?:ac|anie|ania)", "kontroluj\\w*", "miec (?:kontrole|oko) nad", "mie(?:c|j|jmy|jcie) (?:\\w+ )?oko na", "pilnuj(?:esz|e|my|cie)?", "pilnow(?:ac|anie|ania|aniu)",
    )})|(${alt(
      "(?:za)?notowani\\w*", "zaznacz\\w*", "odnotuj\\w*", "pamietaj(?= (?:za kazdym|kiedy|gdy|ile|jak))", "(?:zobaczyc|widziec|wiedziec|sprawdzac)(?=,? (?:ile|jak czesto|jak dlugo|o ktorej))", "(?:miec|prowadz\\w*) (?:\\w+ )?liste", "zapisywani\\w*", "liczeni\\w*", "mierzeni\\w*", "(?:za)?notow(?:ac|anie|ywac)", "(?:za)?notuj\\w*", "odnotow\\w*", "zapamietuj\\w*", "zapisyw(?:ac|anie|al\\w*)", "(?:za)?notowal\\w*", "(?:po)?liczyl\\w*", "zapisuj\\w*", "zapisz", "zapisac", "(?:po|z)?licz(?:yc|enie|ymy)?", "zliczaj\\w*",
      "(?:z)?mierz(?:yc|enie)?", "(?:za)?logow(?:ac|anie)", "loguj", "ocen(?:iac|iaj|ic)?", "dziennik\\w*", "dzienniczek\\w*", "tracker\\w*", "rejestr(?:u)?", "licznik\\w*",
    )}))\\b`, "g"),
  frames: new RegExp(alt(
    "\\bchc(?:e|esz|emy|ialbym|ialabym|ialbys|ialbymy)\\b", "\\bpotrzebuj\\w*", "\\bpomoz\\w*", "\\bmozesz\\b", "\\bmozecie\\b", "\\bmoglbys\\b", "\\bmoglabys\\b",
    "\\bmozna\\b", "\\bmoge\\b", "\\bda sie\\b", "\\bprosze\\b", "\\bprosil(?:a)?bym\\b", "\\bzacznij\\w*", "\\bzaczne\\b", "\\bzaczac\\b", "\\bzaczynam\\b", "\\brozpocznij\\w*",
    "\\bzamierzam\\b", "\\bplanuje\\b", "\\bbede\\b", "\\bmusze\\b", "\\bpowinienem\\b", "\\bpowinnam\\b", "\\bniech\\b", "\\bsprobuje\\b", "\\bstworz\\w*", "\\butworz\\w*",
    "\\bzrob\\w*", "\\bdodaj\\b", "\\bwlacz\\b", "\\bod (?:dzis|dzisiaj|teraz|jutra)\\b", "\\bchcial(?:a)?bym\\b", "\\bfajnie by\\b", "\\bkazal(?:a)?\\b", "\\bzalecil(?:a)?\\b", "\\bpolecil(?:a)?\\b", "\\bprzydaloby\\b", "\\bdobrze by\\b", "\\bmyslalem\\b", "\\bmyslalam\\b", "\\bwarto\\b",
  )),
  laterFrames: /\bda sie\b|\bczy (?:to )?(?:mozliwe|realne)\b|\b(?:mozesz|mozna) (?:to|tak) (?:zrobic|robic)\b/,
  questionFrames: /\b(?:mozesz|moglbys|moglabys|mozecie|pomozesz|pomoglbys|pomoglabys|da sie|mozna|moge|moglbym|moglabym)\b/,
  howFrames: /\bjak (?:moge|mam|moglbym|moglabym|mozna)\b/,
  interrogative: /^(?:czy|co|jak|gdzie|kiedy|dlaczego|czemu|ile|kto|ktor\w*|jaki\w*|po co)\b/,
  negation: /\b(?:nie|nigdy|ani)\b/,
  notNegation: /\b(?:nie zapomnij\w*|nie wiem jak|czy nie|nie tylko)\b/g,
  negationScope: "before",
  stop: /\b(?:przesta(?:n|nmy|ncie|c)|skoncz\w*|zakoncz\w*|wylacz\w*|dosc|dosyc|koniec z\w*|juz nie|nie chce juz|zatrzymaj\w*|wstrzymaj\w*|rezygnuj\w*|zrezygnuj\w*)\b/,
  retraction: /\b(?:ale|lecz|choc|jednak)\b[^.?!]{0,40}?\b(?:lepiej nie|nie chce mi sie|nie chce(?= *(?:$|[,;!]|bo|tego))|nie mam ochoty|nie bede|jednak nie|chyba nie|daj spokoj|odpuszczam)\b/,
  hypothetical: /\b(?:gdyby\w*|jakby(?:m|s|smy)|jesli kiedys|jezeli kiedys)\b/,
  knowing: /^(?:wiedziec|sprawdzac)$/,
  period: /\b(?:dziennie|tygodniowo|miesiecznie|w (?:tygodniu|miesiacu|ciagu|tym)|na (?:dzien|tydzien|miesiac)|co (?:dzien|tydzien|miesiac|noc)|kazd\w+|codziennie)\b/,
  pronounBefore: /\b(?:ja|my|ty|on|ona|oni)\s*$/,
  counting: /\b(?:licz\w*|zlicz\w*|policz\w*|licznik\w*)\b/,
  seeing: /^(?:zobaczyc|widziec|wiedziec|sprawdzac)$/,
  firstPerson: /ę(?![a-ząćęłńóśźż])|[a-ząćęłńóśźż](?:am|em|im|ym|ę)\b|\b(?:mi|ja|my|moj\w*|moi\w*)\b/,
  anymore: /\b(?:juz|wiecej)\b/,
  otherSense: new RegExp(alt(
    // Asking for an app or device recommendation is not asking us to track.
    "\\bpole(?:c|ci)\\w*\\b[^.?!]{0,40}?\\b(?:aplikacj\\w*|apk\\w*|tracker\\w*|zegar\\w*|opask\\w*)\\b[^.?!]{0,60}", "\\b(?:aplikacj\\w*|apk\\w*|tracker\\w*|zegar\\w*|opask\\w*)\\b[^.?!]{0,40}?\\bpole(?:c|ci)\\w*[^.?!]{0,60}", "\\b(?:za|wy)?logow(?:ac|al\\w*|anie) sie\\b", "\\b(?:za|wy)loguj\\w*", "\\bzalogow\\w*", "\\bwylogow\\w*", "\\bloguj sie\\b",
    "\\bzapisz (?:mnie|sie|nas|plik|dokument|zmiany)\\b", "\\bzapis(?:ac|uj|ywac) (?:sie|mnie)\\b", "\\bzapisy\\b", "\\b(?:po)?licz(?:yc|e|ymy|ysz)? na\\b", "\\bna (?:ciebie|niego|nia|was) licz\\w*",
    "\\bmonitor (?:jest|sie|mi|nie)\\b", "\\b(?:moj|nowy|ten|drugi|stary) monitor\\b", "\\bsledzi(?:a|em|e)\\b", "\\bzarejestr\\w* (?:sie|mnie)\\b", "\\brejestracj\\w*",
    "\\bliczy sie\\b", "\\b(?:mie(?:c|j|jmy|jcie) (?:\\w+ )?oko na|pilnuj\\w*|pilnow\\w*|monitoruj\\w*) (?:na )?(?:moj\\w* |moi\\w* |te |tego |ta |tej )?(?:dzieci|dziecko|dziecka|dziecmi|psa|pies|kota|kot|dom|domu|torbe|torby|rzeczy|bagaz\\w*|niego|nia|nich|go|je|ja|zupy|obiadu)\\b", "\\bpilnuj\\w* sie\\b", "\\bpilnuj\\w* (?:\\w+ )?(?:dzieci|dziecka|psa|kota|domu|torby|rzeczy|bagazu)\\b", "\\b(?:po)?licz\\w* (?:\\w+ )?do (?:\\d+|trzech|pieciu|dziesieciu|stu)\\b", "\\bliczba\\b", "\\bmierz\\w* (?:sily|wysoko|w)\\b",
  ), "g"),
  viewing: /\b(?:pokaz\w*|powiedz\w*|usun\w*|wyswietl\w*|sprawdz\w*|wyslij\w*|podsumuj\w*|co (?:zapisal\w*|zanotowal\w*))\b/,
  subordinate: /^\W*(?:za kazdym razem|kiedy|gdy|jesli|jezeli|po tym jak|zawsze gdy)\b/,
  filler: /^(?:(?:hej|czesc|ok|okej|dobra|prosze|no|a|i|teraz|to|wiec|halo|siema)\b[\s,!]*)+/,
  notImperative: /^\w+(?:c|e|esz|isz|ysz|imy|ymy|emy|enie|l|la|lem|lam|li|ly|lo|les|las|lby\w*)\b/,
  othersPossessives: words("jego jej ich twoj twoja twoje twoich twojej twojego twoim twoimi wasz wasza wasze waszych"),
  thirdPerson: /\b(?:on|ona|oni|one|ono)\b/,
  possessives: words("moj moja moje moich mojej mojego mojemu moimi moim swoj swoja swoje swoich swojej swojego swoim swoimi swoja nasz nasza nasze naszych naszej naszego"),
  skip: words("za kazdym kazda kazdy kazde kazdej razem juz wiecej ile jak duzo czy sie mi ze to te ten ta moj moja moje moich mojej mojego moim moimi swoj swoja swoje swoich swojej swojego swoim swoimi nasz nasze naszych wszystkie codzienne codzienny dzienne dzienny moja ilosc liczbe czas"),
  end: words("w we na przez co codziennie z ze po dla bo kiedy zeby aby gdy i oraz a od do jako raz dziennie tygodniowo wedlug wg bez ja my ty on ona oni prosze teraz jutro dzisiaj juz tez"),
};
