// German → English words for open subjects (read by glossary.ts). One entry a line:
// `<kind> <english>: <forms>`, kind n noun, v verb, a adjective, f function word, - a word to
// drop. Forms are also found through their stem, and compounds through their known parts
// ("Wasserfilter" + "Wechsel"), so the parts matter more than every compound.
export const GLOSSARY_DE = `
v change: wechsle, wechseln, gewechselt, tausche, tauschen, getauscht, erneuere, erneuern
v clean: putze, putzen, geputzt, reinige, reinigen, gereinigt, sauber, saubermache, saubermachen
v water: gieße, gießen, gegossen, giese
v take: nehme, nehmen, genommen, schlucke, schlucken, einnehme, einnehmen
v use: benutze, benutzen, benutzt, verwende, verwenden, nutze, nutzen
v shower: dusche, duschen, geduscht
v feed: füttere, füttern, gefüttert
v wash: wasche, waschen, gewaschen
v play: spiele, spielen, gespielt, zocke, zocken
v practise: übe, üben, geübt, trainiere, trainieren
v cook: koche, kochen, gekocht
v bake: backe, backen, gebacken
v stretch: dehne, dehnen, gedehnt
v descale: entkalke, entkalken, entkalkt
v defrost: abtaue, abtauen, taue
v vacuum: sauge, saugen, staubsauge, staubsaugen, gesaugt
v get: kriege, kriegen, kriegt, bekomme, bekommen, kriegt
v have: habe, hab, haben, hatte
v bath: bade, baden, gebadet
v wake: aufwache, aufwachen, wache, aufgewacht
v sweep: fege, fegen, kehre, kehren
v mop: wische, wischen, gewischt
v iron: bügle, bügeln, gebügelt
v mow: mähe, mähen, gemäht
v weed: jäte, jäten, gejätet
v walk: gehe gassi, gassi, spaziere, spazieren
v run: jogge, joggen, renne, rennen
v swim: schwimme, schwimmen, geschwommen
v cycle: radle, radeln, fahre rad
v climb: klettere, klettern, bouldere, bouldern
v hike: wandere, wandern, gewandert
v dance: tanze, tanzen
v meditate: meditiere, meditieren
v read: lese, lesen, gelesen
v write: schreibe, schreiben
v draw: zeichne, zeichnen
v paint: male, malen
v knit: stricke, stricken
v sew: nähe, nähen
v smoke: rauche, rauchen, geraucht
v drink: trinke, trinken, getrunken
v eat: esse, essen, gegessen
v bite: kaue, kauen
v spend: ausgebe, ausgeben, gebe aus, raushaue, raushauen, verprasse
v save: spare, sparen, gespart
v buy: kaufe, kaufen, gekauft
v order: bestelle, bestellen, bestellt
v brew: ansetze, ansetzen, braue, brauen, angesetzt
v brush: bürste, bürsten, gebürstet
v shave: rasiere, rasieren
v floss: zahnseide benutze
v charge: lade, laden, auflade
v refuel: tanke, tanken, getankt
v vaccinate: impfe, impfen, geimpft
v deworm: entwurme, entwurmen
v trim: schneide, schneiden, kürze
v repot: umtopfe, umtopfen
v fertilize: dünge, düngen, gedüngt
v harvest: ernte, ernten, geerntet
v call: anrufe, anrufen, telefoniere
v study: lerne, lernen, studiere
v pray: bete, beten
v cry: weine, weinen
v check: checke, checken, schaue aufs handy
v snack: nasche, naschen
n trash: müll rausbringe, müll rausbringen, müll raustragen
n mushroom foraging: in die pilze, pilze sammeln, pilze suchen
n dog walks: gassi gehen, mit dem hund raus
n bedsheets: bettwäsche, bettbezug, laken
n towels: handtücher, handtuch
n contact lenses: kontaktlinsen, linsen
n plants: pflanzen, pflanze, zimmerpflanzen
n flowers: blumen, blume
n orchids: orchideen, orchidee
n tomatoes: tomaten, tomate
n herbs: kräuter
n lawn: rasen
n garden: garten
n dog: hund, hunde, hundes
n cat: katze, katzen, kater
n rabbit: kaninchen, hase
n hamster: hamster
n horse: pferd, pferde
n chickens: hühner, huhn
n fish: fische, fisch
n aquarium: aquarium
n litter box: katzenklo, katzenklos, katzentoilette
n litter: streu
n teeth: zähne, zahn
n floss: zahnseide
n nails: nägel, nagel, fingernägel
n hair: haare
n car: auto, autos, wagen
n bike: fahrrad, rad
n motorcycle: motorrad
n oil: öl
n tyres: reifen
n exercises: übungen, übung
n physiotherapy: physio, physiotherapie, krankengymnastik, reha
n knee: knie
n back: rücken
n shoulder: schulter
n neck: nacken
n dishes: geschirr, abwasch
n clothes: kleidung, klamotten
n dishwasher: spülmaschine, geschirrspüler
n laundry: wäsche, waschmaschine
n washing machine: waschmaschine
n trash: müll, abfall, mülltonne
n flat: wohnung
n house: haus
n room: zimmer
n coffee machine: kaffeemaschine
n kettle: wasserkocher
n fridge: kühlschrank
n oven: backofen, ofen
n water: wasser
n filter: filter
n change: wechsel
n tick tablet: zeckentablette
n ticks: zecken
n tablet: tablette, tabletten, pille, pillen
n vitamins: vitamine
n ibuprofen: ibuprofen, ibu, ibus
n paracetamol: paracetamol
n aspirin: aspirin
n painkillers: schmerzmittel, schmerztabletten
n inhaler: inhalator, asthmaspray
n insulin: insulin
n antibiotic: antibiotikum, antibiotika
n drops: tropfen
n mushrooms: pilze, pilz
n heartburn: sodbrennen
n waist: bauch, taille
n circumference: umfang
n hips: hüfte, hüften
n chest: brust
n upper arm: oberarm
n thigh: oberschenkel
n body fat: körperfett
n hay fever: heuschnupfen
n symptoms: symptome, beschwerden
n allergy: allergie
n asthma: asthma
n attacks: anfälle, anfall, attacken
n migraines: migräne, migräneanfälle
n headaches: kopfschmerzen, kopfweh
n nosebleeds: nasenbluten
n cramps: krämpfe, krampf, wadenkrämpfe
n nausea: übelkeit
n dizziness: schwindel
n cough: husten
n rash: ausschlag
n acne: pickel, akne
n tinnitus: tinnitus, ohrensausen
n bloating: blähungen, blähbauch
n period: periode, regel, menstruation
n insomnia: schlaflosigkeit
n nightmares: albträume, alpträume
n panic attacks: panikattacken
n pain: schmerzen, schmerz
n stretching: dehnen, dehnübungen
n guitar: gitarre
n piano: klavier
n violin: geige
n drums: schlagzeug
n flute: flöte
n chess: schach
n games: partien, partie, spiele
n board games: brettspiele
n crosswords: kreuzworträtsel
n puzzles: puzzle, puzzles
n books: bücher, buch
n pages: seiten
n films: filme, film
n series: serien
n podcasts: podcasts
n birds: vögel, vogel
n windows: fenster
n floor: boden
n bathroom: bad, badezimmer
n toilet: klo, toilette
n kitchen: küche
n bed: bett
n stairs: treppe
n bread: brot
n kombucha: kombucha
n sourdough: sauerteig
n sweets: süßigkeiten, naschzeug
n chocolate: schokolade
n chips: chips
n fruit: obst
n vegetables: gemüse
n eggs: eier
n meat: fleisch
n fast food: fastfood
n food delivery: lieferando, lieferdienst, essenslieferung, lieferessen
n groceries: lebensmittel, einkäufe, einkauf, supermarkt
n energy drinks: energydrinks
n juice: saft
n milk: milch
n cola: cola
n beer: bier
n wine: wein
n tea: tee
n coffee: kaffee
n cigarettes: zigaretten, kippen
n money: geld, kohle, knete, kröten
n spending: ausgaben
n fuel: sprit, benzin
n rent: miete
n subscriptions: abos, abonnements
n weight: gewicht
n blood pressure: blutdruck
n blood sugar: blutzucker, zuckerwert, zuckerwerte
n sugar: zucker
n pulse: puls
n temperature: temperatur, fieber
n gym: fitnessstudio, gym
n pool: schwimmbad
n laps: bahnen
n football: fußball
n tennis: tennis
n climbing: kletterhalle
n push-ups: liegestütze, liegestützen
n pull-ups: klimmzüge
n squats: kniebeugen
n sit-ups: situps, sit-ups
n nappies: windeln
n nap: mittagsschlaf, nickerchen
n steps: schritte
n cold shower: kalte dusche, eisbad
a cold: kalt, kalte, kaltes, kalten
a hot: heiß, heiße
a warm: warm, warme, warmes
a homemade: selbstgemacht, hausgemacht
a morning: morgendlich
a fasting: nüchtern
- : der, die, das, den, dem, des, ein, eine, einen, einem, einer, mein, meine, meinen, meinem, meiner, seine, seinen, ich, mir, mich, sich, wann, wenn, ob, dass, wie, oft, viel, viele, jedes, mal, immer, gehe, geh, gehen, mache, mach, machen, tue, tun, bitte, mal
f of: von, vom
f for: für, fürs
f with: mit
f in: in, im
f on: auf, am
f after: nach
f before: vor
v floss: zahnseide benutzt, zahnseide benutzen, zahnseide genommen
// More everyday words: symptoms, the body, family, animals, things at home, food, study, sport.
v vomit: erbreche, erbrechen, kotze, kotzen, übergebe, übergeben, bricht, erbricht
v get up: aufstehe, aufstehen, stehe auf
v find: finde, finden, gefunden, sammle, sammeln, gesammelt
v inspect: kontrolliere, kontrollieren, kontrolliert, prüfe, prüfen, geprüft, inspiziere, durchsehe
v lubricate: öle, ölen, geölt, schmiere, schmieren, geschmiert
v lay: lege, legen, gelegt
v burn: verbrenne, verbrennen, heize, heizen, verheizt
v apply: creme, cremen, eincreme, eincremen, auftrage, auftragen
v inject: spritze, spritzen, gespritzt, injiziere, injizieren
v breastfeed: stille, stillen, gestillt
v learn: lerne, lernen, gelernt, pauke, pauken
v sneeze: niese, niesen, geniest
v scratch: kratze, kratzen, gekratzt
v fall asleep: einschlafe, einschlafen, schlafe ein
v snore: schnarche, schnarchen
v massage: massiere, massieren
v sort: sortiere, sortieren, trenne, trennen
v pump: abpumpe, abpumpen, pumpe ab
v visit: besuche, besuchen, besucht
n diarrhea: durchfall, durchfälle
n constipation: verstopfung
n fever: fieber
n hiccups: schluckauf
n eczema: ekzem, ekzeme, neurodermitis
n flare-ups: schub, schübe, schüben
n itching: juckreiz, jucken
n sore throat: halsschmerzen, halsweh
n stomach ache: bauchschmerzen, bauchweh, magenschmerzen
n toothache: zahnschmerzen
n ear: ohr, ohren
n eye: auge, augen
n drops: tropfen
n sunscreen: sonnencreme, sonnenschutz
n cream: creme, salbe
n grandma: oma, omi, großmutter
n grandpa: opa, großvater
n mum: mama, mutter, mutti
n dad: papa, vater
n sister: schwester
n brother: bruder
n friends: freunde, freundin, freund
n coffee machine: kaffeevollautomat, vollautomat, kaffeeautomat, espressomaschine, siebträger
n toothbrush: zahnbürste
n brush head: aufsteckbürste, bürstenkopf
n sourdough starter: sauerteig, anstellgut
n firewood: brennholz, holz, scheite
n fireplace: kamin, ofen
n mushrooms: pilze, pilz
n forest: wald
n hives: bienenstöcke, bienenstock, bienenvölker, beuten
n bees: bienen
n hens: hühner, hennen
n eggs: eier, ei
n words: vokabeln, wörter, vokabel
n german: deutsch
n english: englisch
n spanish: spanisch
n french: französisch
n italian: italienisch
n language: sprache, sprachen
n lessons: unterricht, stunden, kurs
n homework: hausaufgaben
n routes: routen, route, touren
n grade: grad, schwierigkeitsgrad
n night: nacht, nachts
n sweets: süßes, süßigkeiten, naschzeug, süßkram
n snacks: snacks, knabberzeug
n salt: salz
n protein: eiweiß, protein
n resting heart rate: ruhepuls
n heart rate: puls
n cartridge: kartusche
n filter cartridge: filterkartusche, wasserfilterkartusche
n bus: bus
n train: zug, bahn
n commute: pendeln, arbeitsweg
n overtime: überstunden
n mileage: kilometerstand
n refueling: tankvorgang, tankvorgänge, tankstopp, tankfüllung
n car wash: autowäsche, waschanlage
n haircut: friseur, haarschnitt
n dentist: zahnarzt
n doctor: arzt, ärztin, arztbesuch
n blood donation: blutspende
n leg cramps: wadenkrampf, wadenkrämpfe
n push-ups: liegestütze, liegestützen, liegestuetze
n meditation: meditationen
n climbing: klettertraining, klettern
`;
