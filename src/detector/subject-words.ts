// Word lists the subject extractor shares: generic heads, empty objects, one-off lookups, and
// forms that defer to a more specific trackable. Folded forms (lowercase, no diacritics).
import { words } from "./rules.js";

// Heads that say "how much of something", so the something may come later ("my progress in running").
export const GENERIC_HEADS = words(
  `wyjsc wyjscia pomiary pomiarow pomiar measurements readings messungen mediciones mesures sorties hour minute day night cup glass bottle can pint mug shot piece serving portion one ones time session sessions salidas sesiones sesje seances lessons rounds hours minutes days nights godzin godziny minut stunden minuten horas minutos heures minutes nuits glasses cups bottles cans pints mugs shots pieces servings portions szklanek szklanki kubkow filizanek butelek porcji tassen glaser flaschen portionen vasos tazas botellas copas porciones verres tasses bouteilles portions progress amount number intake consumption habits habit levels level stats statistics data history totals total count time times spozycie ilosc konsum verbrauch menge anzahl consumo cantidad numero consommation quantite nombre
  date dates datum fecha fechas heure godzine godzina godzinke uhrzeit hora fois veces vez razy
  min mins hr hrs temps tiempo zeit czas czasu intensity intensite intensidad intensitat natezenie poziom nivel niveau duration duree duracion dauer dlugosc`,
);
// Measures that name no thing of their own: a duration, an intensity, a loudness, a number, a
// level, a rating ("la durée de …", "Lautstärke meines …", "le nombre de …", "ocena …").
export const MEASURES = words(
  `duration duree duracion dauer dlugosc czas czasu time temps tiempo zeit intensity intensite intensidad intensitat natezenie severity gravite schwere volume loudness lautstarke glosnosc volumen number nombre numero anzahl liczba liczbe ilosc amount quantite cantidad menge level levels niveau nivel poziom rating ratings note notes bewertung ocena calificacion puntuacion frequency frequence frecuencia haufigkeit czestotliwosc length longueur longitud lange`,
);
export const LINKS = words("of de du des del von");
// Words that are never a subject on their own.
export const EMPTY = words(
  "please pls plz stp svp porfa xfa bitte prosze dir mir haben hab habe sobie em 'em somewhere anywhere me you him her us them mnie cie go ja nas was mich dich ihn uns euch te lo la nos os moi toi lui nous vous it that this them these those something stuff things thing everything anything all everyday to je to wszystko tego es das alles eso esto todo ca cela tout ce",
);
// Objects of one-off lookups or other senses of "track"/"follow": not a tracking skill.
export const BLOCKED = words(
  "address adresse adres adresu direccion numer number nummer numero password passwort haslo contrasena appointment appointments termin termine cita citas rendez-vous wizyte wizyta wizyty spotkanie meeting reunion birthday urodziny geburtstag cumpleanos anniversaire recipe rezept receta recette przepis package packages parcel parcels order orders shipment shipments delivery flight flights bus train paczke paczki paczka przesylke przesylki zamowienie lot paket pakete sendung lieferung bestellung flug paquete paquetes envio pedido vuelo colis commande livraison vol phone iphone device laptop keys car telefon handy telefono telephone portable cours formation serie instructions course courses class classes series link url bug bugs issue error errors changes",
);

/** A word without an elided article ("d'heures" → "heures"). */
export const bare = (word: string): string => (/^[dlj]'/.test(word) ? word.slice(2) : word);
// "Nothing", "nichts", "nada", "rien", "nic" as the object: nothing to track.
export const NOTHING = words("nothing nichts nada rien nic niczego");
// Forms too general to win over a more specific trackable right after them ("ćwiczenia na
// gitarze", "lecturas de glucosa", "die Pflanzen gieße").
export const DEFER = words(
  "cwicze cwiczenia cwiczen cwiczeniach training trainings trening treningi exercises exercise ejercicios exercices lecturas plants rosliny roslin pflanzen plantas plantes sessions",
);
// Verbs that name a trackable only when nothing more specific is said ("wie viel ich trinke"
// is water, "ile piję kawy" is coffee).
// Intent words that are nouns, so the word before them may name the subject ("mood journal").
export const NOUN_INTENT = words(
  "journal journals diary diaries log logs logbook tracker trackers tally counter timesheet timesheets",
);
// Kinds the lexicon files under their area's subject but a request names by their own word: a
// migraine diary is not a headache log, insomnia is not sleep, a nap is not the night's sleep.
// Patterns still group them under the general subject. [general subject, the user's word, kind].
export const KINDS: [string, RegExp, string][] = [
  ["headaches", /^migr/, "migraines"],
  ["sleep", /^(?:insomn|bezsenn|schlaflos)/, "insomnia"],
  ["sleep", /^(?:naps?$|drzem|siest|nickerchen|mittagsschlaf)/, "naps"],
  // A medicine the lexicon files under medication keeps its own name, shots and all.
  ["medication", /^insulin/, "insulin"],
  // Anxiety is not stress: "ataques de ansiedad", "meine Angst", "niepokój" keep their own name.
  ["stress", /^(?:anxi|ansied|angst|niepokoj|lek$|leku$)/, "anxiety"],
];
export const VERB_FORMS = words("trinke bebo bois pije rauche fumo fume smoke smokes");
// "jajaja", "hahaha", "lol", "xd", "ptdr": laughter.
export const LAUGHTER = /^(?:(ha|ja|he|je|hi|ji|xa)\1+h?|lol+|lmao|xd+|ptdr|mdr|rofl)$/;
export const TIMES = words(
  "day days night nights morning mornings evening evenings week weeks jour jours nuit nuits matin matins soir soirs semaine semaines dia dias noche noches manana mananas tarde semana semanas tag tage nacht nachte morgen abend woche wochen dzien dni noc wieczor rano tydzien monatsersten wochenende weekend weekends monday mondays tuesday tuesdays wednesday wednesdays thursday thursdays friday fridays saturday saturdays sunday sundays poniedzialek wtorek sroda srode czwartek piatek sobota sobote niedziela niedziele montag dienstag mittwoch donnerstag freitag samstag sonntag lunes martes miercoles jueves viernes sabado domingo lundi mardi mercredi jeudi vendredi samedi dimanche",
);
// Units and containers between a number and what it counts ("2 liter wasser", "3 tazas de té").
export const UNIT_WORDS = words(
  "o'clock uhr tabl tabletki tab tabs ml l liter litre litres liters litr litry litrow litro litros g gr kg grams gramm gramos grammes gram gramow mg mcg ug kcal km m m2 m3 cm mm kwh wh kw lb lbs oz bpm mmhg min mins h hr hrs x glasses glass cups cup bottles bottle szklanki szklanek szklanka kubki kubkow glaser glas tassen tasse flaschen vasos vaso tazas taza botellas verres verre tasses bouteilles",
);
// Verbs that stand for another ("when I do it", "cada vez que lo haga", "kiedy to się dzieje") or
// say that the user tells the assistant ("whenever I tell you", "wenn ich's dir sag"): a clause of
// only these names nothing; the sentence named the thing before.
export const PRO_VERBS = words(
  "take takes taking biore bierze wezme nehme nimmt tomo toma tome prends prend duele duelen boli bola hurts weh do does did doing done happen happens happened tell told say said send sent haga hago hace hacer hacerlo pase pasa diga digo decir mande mando mache machen macht gemacht passiert sag sage sagen schick schicke fais fait faire arrive passe dis dise envoie robie robi zrobie zrobi dzieje stanie powiem napisze wysle mowie",
);

// What may come before French "pas" when it means steps ("mes pas", "nombre de pas", "8000 pas");
// anywhere else it is the negation ("pas de grignotage", "pas mal de").
export const STEPS_BEFORE = /^(?:mes|les|des|de|d'|ses|nos|vos|tes|nombre|\d[\d.,]*|mille|milliers)$/;
