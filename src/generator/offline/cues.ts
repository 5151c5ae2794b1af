// Words in a request (folded: lowercase, no diacritics) that tell the shape, unit and fields of a
// tracker, in en, pl, de, es and fr. Data only; shape.ts decides with them.

/** The request counts things ("how many", "ile", "wie viele", "cuántos", "combien de"). */
export const COUNT_CUE =
  /\bhow many\b|\bhow often\b|\bcount\b|\bnumber of\b|\bile\b|\blicz|\bwie viele\b|\bwie oft\b|\bzahl|\bcuant[oa]s\b|\bcuenta\b|\bcontar\b|\bcombien de\b|\bcompter\b|\bnombre de\b/;
/** Counting containers: "how many glasses of water" is a count even for a measured subject. */
export const CONTAINER_CUE =
  /\bglass|\bcups?\b|\bmugs?\b|\bbottles?\b|\bszklan|\bkubk|\bfilizank|\btass|\bglas\b|\bglaser\b|\bvasos?\b|\btazas?\b|\bverres?\b|\btasses?\b/;
/** The request asks for a duration ("how long", "ile czasu", "wie lange", "cuánto tiempo", "combien de temps"). */
export const DURATION_CUE =
  /\bhow long\b|\bhow much time\b|\bile czasu\b|\bwie lange\b|\bwie viel zeit\b|\bcuanto tiempo\b|\bel tiempo\b|\bcombien de temps\b|\ble temps\b|\bduration\b|\bdauer\b|\bduree\b|\bduracion\b|\btime spent\b|\btemps passe\b|\bczas spedzony\b|\btiempo (?:dedicado|invertido)\b/;
/** A yes/no question per day ("whether", "czy", "ob", "si", "yes or no", tick off). */
export const YESNO_CUE =
  /\bwhether\b|\byes or no\b|\byes\/no\b|\bdid i\b|.\bczy\b|\bodhacz|\bob\b|\babhak|\bhak\b.*\bab\b|\bsi (?:he|me|hice|tome|ya)\b|\bsi o no\b|\bsolo si\b|\bsi j'|\bsi j |\bsi je\b|\best-ce que j'|\bhab(?:e)? ich\b|\bcocher\b|\bmarcar\b|\bque dias\b|\bcheck off\b|\btick off\b/;
/** Free text: journals, diaries, descriptions. */
export const TEXT_CUE =
  /\bjournal|\bdiary\b|\bdiaries\b|\bdziennik|\btagebuch|\bdiario\b|\bwrite down\b|\ba few lines\b|\bfree text\b|\btexte libre\b|\bdescrip|\bopis|\bbeschreib|\bwofur ich\b|\bwhat i.m grateful\b|\bzapisac jedna rzecz\b|\bce que je\b/;
/** Entries grouped by a category ("by category", "w podziale na kategorie", "nach Kategorien"). */
export const CATEGORY_CUE = /categor|kategori|\bby type\b|\bnach art\b|\bper type\b|\bpor tipo\b|\bpar type\b/;
/** Amounts per client, project or meal ("cada cliente", "chaque projet", "each project"). */
export const PER_GROUP_CUE =
  /\b(?:each|every|per|cada|chaque|jede[nmr]?|pro|kazd\w*)\s+(?:client|customer|project|meal|cliente|proyecto|comida|projet|repas|klient\w*|projekt\w*|kunde\w*|mahlzeit|posil\w*)/;
/** Which group field a category request names. */
export const GROUP_CUES: readonly { field: string; cue: RegExp }[] = [
  {
    field: "meal",
    cue: /\b(?:each|every|per) meal\b|\bpo?sil(?:ek|ku|kow)\b|\bmahlzeit|\bcada comida\b|\ben cada comida\b|\bchaque repas\b|\bbreakfast\b|\bsniadanie\b|\bfruhstuck\b|\bdesayuno\b|\bpetit.dejeuner\b/,
  },
  { field: "client", cue: /\bclients?\b|\bcustomers?\b|\bklient|\bkunde|\bcliente/ },
  { field: "project", cue: /\bprojects?\b|\bprojekt|\bproyecto|\bprojet/ },
  {
    field: "category",
    cue: /categor|kategori|\bby type\b|\bnach art\b|\bspend\b|\bwydat|\bausgaben\b|\bgastos?\b|\bdepenses?\b|\bkosten\b|\bcosts?\b/,
  },
];
/** The user wants less of it. */
export const LESS_CUE =
  /\bcut (?:down|back)\b|\bless\b|\bfewer\b|\bquit|\breduc|\bstop\b|\bmniej\b|\brzuci|\bogranicz|\bweniger\b|\breduzier|\baufhor|\bmenos\b|\bdejar|\bmoins\b|\barreter\b/;

/** Units named in a request; the first that matches wins (so "km" before "m", "mg" before "g"). */
export const UNIT_CUES: readonly { unit: string; cue: RegExp }[] = [
  { unit: "mg/dL", cue: /\bmg\/dl\b/ },
  { unit: "mmol/L", cue: /\bmmol\/l\b/ },
  { unit: "g/L", cue: /\bg\/l\b/ },
  { unit: "ml", cue: /\bml\b|\bmil+ilit|\bmil+iliter/ },
  { unit: "km", cue: /\bkm\b|\bkilomet/ },
  { unit: "mg", cue: /\bmg\b|\bmil+igram/ },
  { unit: "kg", cue: /\bkg\b|\bkilos?\b|\bkilogram/ },
  { unit: "cm", cue: /\bcm\b|\bcentimet/ },
  { unit: "kcal", cue: /\bkcal\b/ },
  { unit: "l", cue: /\blit(?:r|er|ro|re)|\bl\b/ },
  { unit: "g", cue: /\bgram|\bg\b/ },
  { unit: "m", cue: /\bmet(?:r|er|ro|re)s?\b|\bmetrow\b|\bmetern\b/ },
  { unit: "h", cue: /\bhours?\b|\bgodzin|\bstunden?\b|\bhoras?\b|\bheures?\b/ },
  { unit: "min", cue: /\bminut|\bmin\b/ },
];
export const TIME_UNITS: ReadonlySet<string> = new Set(["h", "min"]);

/** Currencies, for amounts of money. */
export const CURRENCY_CUES: readonly { unit: string; cue: RegExp }[] = [
  { unit: "EUR", cue: /\beur\b|\beuros?\b|€/ },
  { unit: "USD", cue: /\busd\b|\bdollars?\b|\$/ },
  { unit: "PLN", cue: /\bpln\b|\bzl\b|\bzlot|\bzlotowk/ },
  { unit: "GBP", cue: /\bgbp\b|\bpounds? sterling\b|£/ },
  { unit: "CHF", cue: /\bchf\b|\bfranken\b/ },
];

/** Numeric fields named in a request (several of them make a multi-value reading). */
export const NUMERIC_FIELD_CUES: readonly { field: string; cue: RegExp }[] = [
  { field: "systolic", cue: /\bsystol|\bskurcz|\bsistol|\boberer wert\b|\bla alta\b/ },
  { field: "diastolic", cue: /\bdiastol|\brozkurcz|\bunterer wert\b|\bla baja\b/ },
  { field: "pulse", cue: /\bpulse\b|\btetn|\bpuls\b|\bpulso\b|\bpulsacion|\bpouls\b|\bheart rate\b/ },
  {
    field: "before_meal",
    cue: /\bbefore (?:and after )?meals?\b|\bprzed (?:i po )?posil|\bvor (?:und nach )?dem essen\b|\bantes (?:y despues )?de (?:las )?comidas?\b|\bavant (?:et apres )?les repas\b/,
  },
  { field: "after_meal", cue: /\bafter meals?\b|\band after\b|\bi po\b|\bund nach\b|\by despues\b|\bet apres\b/ },
  { field: "protein", cue: /\bprotein|\bbialk|\beiweis|\bproteina|\bproteine/ },
  { field: "carbs", cue: /\bcarb|\bweglowodan|\bkohlenhydrat|\bcarbohidrat|\bglucides?\b/ },
  { field: "fat", cue: /\bfats?\b|\btluszcz|\bfett\b|\bgrasas?\b|\blipides?\b/ },
  { field: "waist", cue: /\bwaist\b|\btalia\b|\btaille\b|\bcintura\b/ },
  { field: "hips", cue: /\bhips?\b|\bbiodr|\bhufte|\bcaderas?\b|\bhanches?\b/ },
  { field: "chest", cue: /\bchest\b|\bklatk|\bbrust\b|\bpecho\b|\bpoitrine\b/ },
];

/** Optional text fields a request asks for alongside the value. */
export const EXTRA_CUES: readonly { field: string; cue: RegExp }[] = [
  { field: "trigger", cue: /\btrigger|\bwywol|\bausloser|\bdesencaden|\bdeclench/ },
  { field: "dose", cue: /\bdose\b|\bdosage\b|\bdawk|\bdosis\b/ },
  { field: "time_of_day", cue: /\btime of day\b|\bpora dnia\b|\btageszeit\b|\bhora del dia\b|\bmoment de la journee\b/ },
];
