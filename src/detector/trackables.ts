// The curated lexicon of trackable subjects. Forms are folded (lowercase, no diacritics):
// "word" matches a whole word, "stem*" a word starting with stem (stems ≥ 4 letters), "a b"
// consecutive words, and "~form" counts only inside an explicit request (it is too ambiguous to
// count as a mention: "run the tests", "next steps", "book a room"). A trackable with an empty
// area only names a subject that is not known ("práctica de guitarra" → "guitar practice").
export interface Trackable {
  subject: string;
  area: string;
  forms: string[];
}

export const TRACKABLES: readonly Trackable[] = [
  { subject: "water", area: "hydration", forms: ["water", "~waters", "woda", "wody", "wode", "wodzie", "wasser*", "agua", "eau", "d'eau", "l'eau", "hydration", "hydrat*", "nawodnieni*", "hidrat*", "~drinks", "~drinking", "~trinke", "~bebo", "~bois", "~pije"] },
  { subject: "coffee", area: "nutrition", forms: ["coffee*", "kawa", "kawy", "kaw", "kawe", "kawie", "kawka", "kawki", "kawke", "kaffee*", "cafe", "cafes", "espresso*", "latte", "lattes", "cappuccino*", "americano"] },
  { subject: "caffeine", area: "nutrition", forms: ["caffeine", "kofein*", "koffein*", "cafeina"] },
  { subject: "tea", area: "nutrition", forms: ["tea", "teas", "herbata", "herbaty", "herbate", "herbatke", "herbatki", "tee", "tees", "infusion*"] },
  { subject: "alcohol", area: "substances", forms: ["alcohol*", "alkohol*", "alcool*", "booze"] },
  { subject: "beer", area: "substances", forms: ["beer", "beers", "piwo", "piwa", "piw", "piwek", "piwem", "piwko", "bier", "biere", "biers", "bierchen", "cerveza*", "biere"] },
  { subject: "wine", area: "substances", forms: ["wine", "wines", "wino", "wina", "winem", "wein", "weins", "rotwein", "weiswein", "vino", "vinos", "vin", "vins"] },
  { subject: "cigarettes", area: "substances", forms: ["cigarette*", "cigs", "smoking", "~smoke", "~smokes", "papieros*", "palenie", "palenia", "zigarette*", "rauchen", "~rauche", "~fumo", "~fume", "cigarrillo*", "cigarro", "cigarros", "pitillo*", "fumar", "fumer", "clope*", "nicotine", "nikotyn*", "nikotin*", "vaping"] },
  { subject: "sleep", area: "sleep", forms: ["sleep", "sleeping", "slept", "~sleeps", "sen", "snu", "spanie", "spania", "spalem", "spalam", "spac", "schlaf*", "schlief", "geschlafen", "sueno", "suenos", "dormir", "duermo", "dors", "spie", "schlafe", "dormi", "sommeil", "naps", "nap", "drzemk*", "nickerchen", "siesta", "bedtime", "go to bed", "ins bett", "zu bett", "insomnia", "bezsennos*", "insomnio", "insomnie"] },
  { subject: "running", area: "exercise", forms: ["running", "jogging", "jog", "jogs", "~run", "~runs", "~ran", "bieganie", "biegania", "biegam", "biegalem", "biegalam", "biegac", "biegi", "joggen", "laufen", "laufe", "lauf", "laufrunde*", "laufkilometer*", "laufstreck*", "gelaufen", "lauftraining", "correr", "corri", "carreras", "courir", "footing", "course a pied", "courses a pied", "footings", "joggings", "salidas a correr", "~cours", "~course"] },
  { subject: "steps", area: "exercise", forms: ["~steps", "step count", "krokow", "~kroki", "~krokach", "schritte", "schrittzahl", "~pasos", "~pas"] },
  { subject: "workouts", area: "exercise", forms: ["workout*", "~work out", "~working out", "~worked out", "exercise*", "exercising", "~training", "gym", "trening*", "cwiczeni*", "cwicze", "silowni*", "trainieren", "trainings", "fitness*", "ejercicio*", "entrenamiento*", "gimnasio", "entreno", "entrenar", "entrainement*", "exercice*", "musculation", "muscu", "~sport"] },
  { subject: "yoga", area: "exercise", forms: ["yoga", "joga", "jogi", "joge"] },
  { subject: "swimming", area: "exercise", forms: ["swimming", "swim", "swims", "plywanie", "plywania", "plywalni*", "schwimm*", "nadar", "natacion", "nager", "natation", "piscine", "piscina", "basen", "basenie", "basenu", "basen", "plywam", "plywalam", "plywalem", "przeplyn*", "plywal*"] },
  { subject: "cycling", area: "exercise", forms: ["cycling", "biking", "bike ride", "bike rides", "rides", "rower", "rowerem", "rowerze", "jazda na rowerze", "radfahren", "fahrrad*", "radtour*", "radfahrt*", "radeln", "ciclismo", "bici", "bicicleta", "velo"] },
  { subject: "push-ups", area: "exercise", forms: ["push-ups", "pushups", "push ups", "pompki", "pompek", "liegestutz*", "flexiones", "pompes"] },
  { subject: "weight", area: "body", forms: ["weight", "weigh", "~weighing", "waga", "wagi", "wage", "wadze", "wazyc", "gewicht*", "peso", "poids"] },
  { subject: "mood", area: "mood", forms: ["mood*", "nastroj*", "samopoczuc*", "stimmung*", "laune", "launen", "animo", "estado de animo", "humor", "humeur*", "~emotions", "~feelings", "emocj*", "~emociones"] },
  { subject: "stress", area: "mood", forms: ["stress*", "stres", "stresu", "stresem", "estres", "anxiety", "niepokoj*", "angst", "ansiedad", "anxiete"] },
  { subject: "headaches", area: "health", forms: ["headache*", "migraine*", "bol glowy", "bolu glowy", "bole glowy", "bolow glowy", "migren*", "migrana", "migranas", "kopfschmerz*", "migrane*", "dolor de cabeza", "dolores de cabeza", "jaqueca*", "mal de tete", "maux de tete", "a la tete", "boli mnie glowa", "glowa boli", "duele la cabeza", "kopf tut weh", "head hurts", "head is killing"] },
  { subject: "pain", area: "health", forms: ["en:pain", "pains", "~bol", "bolu", "bole", "schmerz", "schmerzen", "dolor", "dolores", "douleur*"] },
  { subject: "medication", area: "medication", forms: ["medication*", "medicine*", "meds", "pill", "pills", "~tablets", "leki", "lek", "leku", "lekarstw*", "lekow", "lekach", "lekami", "tabletk*", "medikament*", "tablette*", "arznei*", "pille", "pillen", "medicamento*", "medicacion", "pastilla*", "medicament*", "pilule*", "insulin*"] },
  { subject: "vitamins", area: "medication", forms: ["vitamin*", "witamin*", "supplement*", "suplement*", "vitamina*", "vitamine*", "complement*"] },
  { subject: "blood pressure", area: "health", forms: ["blood pressure", "cisnienie", "cisnienia", "cisnieniem", "cisnieniu", "blutdruck*", "presion arterial", "~presion", "tension arterielle", "~tension"] },
  { subject: "heart rate", area: "health", forms: ["heart rate", "pulse", "tetno", "tetna", "puls", "pulsu", "herzfrequenz", "frecuencia cardiaca", "ritmo cardiaco", "pulso", "frequence cardiaque", "rythme cardiaque"] },
  { subject: "blood sugar", area: "health", forms: ["blood sugar", "glucose", "glukoz*", "cukier we krwi", "cukru we krwi", "blutzucker*", "glukose*", "azucar en sangre", "sucre sanguin", "glucosa", "glucemia", "glycemie", "glicemi*"] },
  { subject: "symptoms", area: "health", forms: ["symptom*", "objaw*", "sintoma*", "symptome*"] },
  { subject: "allergies", area: "health", forms: ["allerg*", "alergi*"] },
  { subject: "period", area: "health", forms: ["~period", "~periods", "menstrua*", "menstruac*", "miesiaczk*", "~okres", "periode", "~regla", "regles", "menstrual cycle", "cycle menstruel", "ciclo menstrual"] },
  { subject: "expenses", area: "finances", forms: ["~expense*", "my expenses", "spending", "~spend", "~spent", "~wydaje", "~ausgeben", "~money", "wydatk*", "wydatek", "koszt*", "ausgabe*", "gasto*", "depense*", "~spendings"] },
  { subject: "budget", area: "finances", forms: ["~budget*", "budzet*", "~presupuesto*"] },
  { subject: "income", area: "finances", forms: ["income", "earnings", "przychod*", "dochod*", "einkommen", "einnahme*", "ingreso*", "revenu*", "salaire"] },
  { subject: "savings", area: "finances", forms: ["savings", "oszczednosc*", "ersparnis*", "ahorro*", "epargne*"] },
  { subject: "food", area: "nutrition", forms: ["meals", "meal", "food", "~eating", "what i eat", "posilk*", "posilek", "jedzeni*", "~essen", "mahlzeit*", "ernahrung", "comida*", "alimentacion", "repas", "nourriture", "alimentation"] },
  { subject: "diet", area: "nutrition", forms: ["diet", "diets", "dieta", "diety", "diete", "diat*", "~regime"] },
  { subject: "calories", area: "nutrition", forms: ["calorie*", "kalori*", "kcal", "caloria*"] },
  { subject: "protein", area: "nutrition", forms: ["protein*", "bialk*", "proteina*", "proteine*"] },
  { subject: "sugar", area: "nutrition", forms: ["sugar", "cukier", "cukru", "zucker", "azucar", "sucre"] },
  { subject: "sweets", area: "nutrition", forms: ["sweets", "candy", "slodycz*", "sussigkeit*", "dulces", "chocolate", "czekolad*", "schokolade", "chocolat"] },
  { subject: "reading", area: "learning", forms: ["~reading", "novel", "novels", "~read", "books", "~book", "czytani*", "czytam", "ksiazk*", "ksiazek", "~lesen", "~lese", "bucher", "lectura", "~leer", "libros", "~lecture", "livres", "lecturas", "~lectures", "lektury", "lektur", "~leo", "~lis", "lekture", "leseliste", "lesezeit"] },
  { subject: "meditation", area: "mood", forms: ["meditat*", "meditac*", "medytacj*", "medytow*", "meditier*", "mindfulness", "achtsamkeit"] },
  { subject: "screen time", area: "habits", forms: ["screen time", "czas przed ekranem", "czas ekranowy", "bildschirmzeit", "tiempo de pantalla", "temps d'ecran", "temps d ecran", "screentime", "phone time", "phone usage", "handyzeit", "handynutzung", "tiempo de movil", "tiempo en el movil"] },
  { subject: "gratitude", area: "mood", forms: ["gratitude", "wdziecznosc*", "dankbarkeit*", "gratitud"] },
  { subject: "studying", area: "learning", forms: ["~studying", "~study", "~nauka", "~nauke", "~lernen", "~lern*", "~estudio", "~estudiar", "~etudes", "~etudier"] },
  { subject: "temperature", area: "health", forms: ["~temperature", "~temperatur", "~temperatura", "fever", "goraczk*", "fieber", "fiebre", "fievre"] },
  { subject: "diapers", area: "family", forms: ["diaper*", "nappies", "pieluch*", "windel*", "panales", "~couches"] },
  { subject: "walking", area: "exercise", forms: ["walking", "walks", "~walk", "spacer", "spacery", "spacerow", "spacerem", "spaziergang*", "spazieren", "caminar", "caminata*", "paseo*", "~marche", "promenade*"] },
  { subject: "habits", area: "habits", forms: ["~habits", "~habit", "nawyki", "nawykow", "nawyk", "gewohnheit*", "habitos", "habitudes"] },
  { subject: "energy", area: "mood", forms: ["~energy", "~energia", "~energii", "~energie", "~energia"] },
  { subject: "dreams", area: "sleep", forms: ["~dreams", "~sny", "~traume", "~reves"] },
  { subject: "fuel", area: "finances", forms: ["fuel", "gas mileage", "mileage", "paliwo", "paliwa", "tankowani*", "sprit", "kraftstoff", "tanken", "gasolina", "combustible", "carburant", "essence"] },
  { subject: "work hours", area: "work", forms: ["work hours", "hours worked", "working hours", "godziny pracy", "godzin pracy", "czas pracy", "arbeitszeit*", "arbeitsstunden", "horas de trabajo", "horas trabajadas", "heures de travail", "heures travaillees", "timesheet*", "work log", "work journal", "work diary", "stundenzettel*", "arbeitsstunde*", "horas trabajo", "temps de travail"] },
  // Names only (no area): not known trackables, but one English name in every language.
  { subject: "guitar practice", area: "", forms: ["~guitar*", "~gitar*"] },
  { subject: "piano practice", area: "", forms: ["~piano*", "~pianin*", "~klavier*", "~fortepian*"] },
  { subject: "plant watering", area: "home", forms: ["watering", "water my plants", "water the plants", "water my flowers", "water the flowers", "water the garden", "water them", "water plants", "watered my plants", "podlew*", "giese", "giesen", "giest", "gegossen", "blumengiesen", "riego", "riegos", "regar", "riegue", "arrosage*", "arroser", "arrose", "arroses"] },
  { subject: "plants", area: "home", forms: ["~plants", "~rosliny", "~pflanzen", "~plantas", "~plantes"] },
];
