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
v have: habe, hab, haben, hatte, hat, hast
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
n nails: nägel, nagel
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
n laundry: wäsche
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
n waist: taille
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
n temperature: temperatur
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
v find: finde, finden, gefunden
v inspect: kontrolliere, kontrollieren, kontrolliert, prüfe, prüfen, geprüft, inspiziere, durchsehe
v lubricate: öle, ölen, geölt, schmiere, schmieren, geschmiert
v lay: lege, legen, gelegt
v burn: verbrenne, verbrennen, heizen, verheizt
v apply: creme, cremen, eincreme, eincremen, auftrage, auftragen
v inject: spritze, spritzen, gespritzt, injiziere, injizieren
v breastfeed: stille, stillen, gestillt
v learn: gelernt, pauke, pauken
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
n sourdough starter: anstellgut
n firewood: brennholz, holz, scheite
n fireplace: kamin
n mushrooms: pilze, pilz
n forest: wald
n hives: bienenstöcke, bienenstock, bienenvölker, beuten
n bees: bienen
n hens: hennen
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
n leg cramps: wadenkrampf
n push-ups: liegestütze, liegestützen, liegestuetze
n meditation: meditationen
n climbing: klettertraining, klettern
// Household and chores.
n chores: hausarbeit, haushalt, hausarbeiten, aufgaben im haushalt
n stuff: kram, zeug, krempel
n vacuum cleaner: staubsauger, saugroboter
n broom: besen
n bucket: eimer
n sponge: schwamm
n cloth: lappen, tuch, tücher, putzlappen
n detergent: waschmittel, spülmittel, putzmittel, reiniger
n fabric softener: weichspüler
n hanger: kleiderbügel, bügel
n ironing board: bügelbrett
n wardrobe: kleiderschrank, schrank
n drawer: schublade, schubladen
n shelf: regal, regale
n curtains: vorhänge, vorhang, gardinen, gardine
n carpet: teppich, teppiche
n sofa: sofa, couch
n table: tisch
n chair: stuhl, stühle
n desk: schreibtisch
n lamp: lampe, lampen
n light bulb: glühbirne, glühbirnen, leuchtmittel
n batteries: batterie, batterien, akku, akkus
n key: schlüssel
n door: tür, türen
n garage: garage
n basement: keller
n attic: dachboden
n hallway: flur
n bedroom: schlafzimmer
n living room: wohnzimmer
n children's room: kinderzimmer
n sink: spüle, waschbecken, waschbecken
n tap: wasserhahn
n mirror: spiegel
n mould: schimmel
n dust: staub
n mess: unordnung, chaos
n repairs: reparatur, reparaturen
n renovation: renovierung, sanierung
n tools: werkzeug, werkzeuge
n drill: bohrmaschine
n boiler: heizkessel, therme, boiler
n radiator: heizkörper
n air conditioning: klimaanlage
n smoke alarm: rauchmelder
n freezer: gefrierschrank, gefriertruhe, tiefkühler, eisfach
n microwave: mikrowelle
n toaster: toaster
n blender: mixer
n dryer: trockner, wäschetrockner
n recycling: recycling, mülltrennung
n compost: kompost
n bottles: flaschen, flasche, pfandflaschen, leergut
n packages: pakete, paket, päckchen
n post: post, briefe, brief
n window: fensterscheibe
n bin bags: müllsäcke, müllbeutel
n light: licht
n heating: heizung
n stove: herd
n shopping list: einkaufsliste
// Cleaning.
v tidy: räume auf, aufräumen, aufgeräumt, aufräume
v wipe: wische ab, abwischen, abgewischt
v scrub: schrubbe, schrubben, geschrubbt
v disinfect: desinfiziere, desinfizieren, desinfiziert
v polish: poliere, polieren, poliert
v rinse: spüle, spülen, gespült, abspülen
v air: lüfte, lüften, gelüftet
v bleed: entlüfte, entlüften, entlüftet
v declutter: miste aus, ausmisten, ausgemistet, entrümple, entrümpeln
v fold: falte, falten, gefaltet, zusammenlegen
v hang: hänge, hängen, aufhängen, aufgehängt
v empty: leere, leeren, geleert, ausleeren, ausräumen
v dust: abstaube, abstauben, staubwische, staubwischen
n window cleaning: fensterputzen
n spring cleaning: frühjahrsputz, großputz
// Kitchen, food, drinks, meals.
n meals: mahlzeit, mahlzeiten
n breakfast: frühstück, frühstücke
n lunch: mittagessen, mittag
n dinner: abendessen, abendbrot
n dessert: nachtisch, dessert
n snack: zwischenmahlzeit, imbiss
n recipes: rezept, rezepte
n soup: suppe, suppen, eintopf
n salad: salat, salate
n sandwich: brötchen, stulle, stullen, sandwich, belegte brötchen
n rice: reis
n pasta: nudeln, nudel, pasta, spaghetti
n potatoes: kartoffeln, kartoffel, pommes, bratkartoffeln
n porridge: haferbrei, porridge, haferflocken
n cereal: müsli, cornflakes
n cheese: käse
n butter: butter
n yoghurt: joghurt, quark, skyr
n ham: schinken
n sausage: wurst, würstchen, würste, bratwurst
n chicken: hähnchen, hühnchen, geflügel
n pork: schweinefleisch, schnitzel
n beef: rindfleisch, steak
n apples: äpfel, apfel
n bananas: bananen, banane
n oranges: orangen, orange, apfelsinen
n strawberries: erdbeeren, erdbeere
n raspberries: himbeeren
n blueberries: heidelbeeren, blaubeeren
n cherries: kirschen, kirsche
n plums: pflaumen, zwetschgen
n pears: birnen, birne
n grapes: trauben, weintrauben
n lemons: zitronen, zitrone
n berries: beeren
n nuts: nüsse, nuss
n carrots: karotten, möhren, karotte, möhre
n onions: zwiebeln, zwiebel
n garlic: knoblauch
n peppers: paprika
n cucumbers: gurken, gurke
n cabbage: kohl, sauerkraut
n beans: bohnen
n peas: erbsen
n spinach: spinat
n broccoli: brokkoli
n courgettes: zucchini
n pumpkin: kürbis
n cake: torte, torten
n biscuits: kekse, keks, plätzchen
n ice cream: eis, speiseeis
n honey: honig
n jam: marmelade, konfitüre
n flour: mehl
n sweetener: süßstoff
n spices: gewürze, gewürz
n olive oil: olivenöl
n sparkling water: sprudel, sprudelwasser, mineralwasser
n lemonade: limo, limonade, schorle, apfelschorle
n smoothie: smoothie, smoothies
n cocoa: kakao
n espresso: espresso
n latte: latte, milchkaffee, cappuccino
n green tea: grüntee, grüner tee
n herbal tea: kräutertee
n drinks: getränke, getränk, drinks
n alcohol: alkohol
n spirits: schnaps, schnäpse
n cocktails: cocktail, cocktails
n sushi: sushi
n kebab: döner, kebab
n burgers: burger
n fries: pommes frites
n leftovers: reste, essensreste
n calories: kalorien, kalorie
n carbs: kohlenhydrate
n fat: fett
n caffeine: koffein
n diet: diät, ernährung
n meal prep: vorkochen, mealprep
n preserves: einmachgläser, eingemachtes
n fibre: ballaststoffe
// Garden, plants, weather.
n vegetable patch: gemüsebeet, beet, beete, hochbeet
n greenhouse: gewächshaus
n seeds: samen, saatgut
n seedlings: setzlinge, jungpflanzen, sämlinge
n trees: bäume, baum
n fruit trees: obstbäume
n bushes: büsche, sträucher, strauch
n hedge: hecke
n roses: rosen, rose
n tulips: tulpen
n succulents: sukkulenten
n pots: töpfe, topf, blumentopf, blumentöpfe
n soil: erde, blumenerde
n fertiliser: dünger
n weeds: unkraut
n leaves: laub, blätter, blatt
n grass: gras
n lawnmower: rasenmäher
n hose: gartenschlauch, schlauch
n watering can: gießkanne
n rain barrel: regentonne
n harvest: ernte
n pests: schädlinge, läuse, schnecken
n weather: wetter
n rain: regen
n rainfall: niederschlag, regenmenge
n snow: schnee
n frost: frost
n wind: wind
n sun: sonne
n storms: gewitter, sturm, stürme
n humidity: luftfeuchtigkeit, feuchtigkeit
n air quality: luftqualität, feinstaub
n pollen: pollen, pollenflug
n sunrise: sonnenaufgang
n sunset: sonnenuntergang
// Body, measurements.
n body: körper
n head: kopf
n face: gesicht
n nose: nase
n mouth: mund
n lips: lippen
n gums: zahnfleisch
n throat: hals
n stomach: magen
n belly: bauch
n hand: hand, hände
n fingers: finger
n wrist: handgelenk
n elbow: ellenbogen
n foot: fuß, füße
n ankle: knöchel
n heel: ferse
n leg: beine
f at: bei, beim
f over: über
n calf: wade, waden
n skin: haut
n muscles: muskeln, muskel
n bones: knochen
n joints: gelenke, gelenk
n heart: herz
n lungs: lunge
n liver: leber
n kidneys: nieren, niere
n bladder: blase
n bowel movements: stuhlgang
n urine: urin
n height: körpergröße
n measurements: maße
n blood oxygen: sauerstoffsättigung, sättigung
n cholesterol: cholesterin
n breathing: atmung, atem
n cycle: zyklus
n ovulation: eisprung
n pregnancy: schwangerschaft
n kicks: tritte, kindsbewegungen
n contractions: wehen
n hydration: flüssigkeit
// Symptoms and illnesses.
n cold: erkältung, schnupfen
n flu: grippe
n covid: corona, covid
n runny nose: laufende nase
n sneezing: niesen
n earache: ohrenschmerzen
n neck pain: nackenschmerzen
n joint pain: gelenkschmerzen
n muscle pain: muskelkater, muskelschmerzen
n chest pain: brustschmerzen
n period pain: regelschmerzen, menstruationsschmerzen
n fatigue: müdigkeit, erschöpfung
n weakness: schwäche
n vomiting: erbrechen
n indigestion: verdauungsprobleme, verdauung
n reflux: reflux
n swelling: schwellung, schwellungen
n bruises: blaue flecken, prellung, prellungen
n wounds: wunde, wunden
n burns: verbrennung, verbrennungen
n blisters: blasen
n bites: stiche, mückenstiche, bisse
n urticaria: nesselsucht
n dry skin: trockene haut
n hair loss: haarausfall
n dandruff: schuppen
n cold sores: herpes, lippenherpes
n infections: infekt, infekte, infektion, infektionen
n urinary infection: blasenentzündung
n sinusitis: nebenhöhlen, nebenhöhlenentzündung
n depression: depression, depressionen
n stress: stress
n burnout: burnout
n diabetes: diabetes
n hypertension: bluthochdruck
n epilepsy: epilepsie
n arthritis: arthritis, rheuma
n hot flashes: hitzewallungen
n palpitations: herzrasen, herzstolpern
n shortness of breath: atemnot, kurzatmigkeit
n tremor: zittern
n numbness: taubheit, kribbeln
n snoring: schnarchen
n teeth grinding: zähneknirschen
n brain fog: gehirnnebel
n mood swings: stimmungsschwankungen
n cravings: heißhunger, heißhungerattacken
n appetite: appetit, hunger
n thirst: durst
n injuries: verletzung, verletzungen
n sprain: verstauchung, zerrung
n falls: sturz, stürze
// Medicine, therapy, doctors.
n medicine: medikament, medikamente, medizin, arznei
n prescription: rezept vom arzt, verschreibung
n capsules: kapseln, kapsel
n syrup: sirup, hustensaft
n injection: spritze, spritzen
n plasters: pflaster
n bandage: verband, bandage
n spray: spray, nasenspray
n supplements: nahrungsergänzung, nahrungsergänzungsmittel, präparate
n vitamin d: vitamin d
n magnesium: magnesium
n iron: eisen
n omega-3: fischöl, omega
n probiotics: probiotika
n melatonin: melatonin
n contraception: verhütung, antibabypille
n antihistamine: antihistaminikum
n antidepressants: antidepressiva
n sleeping pills: schlaftabletten
n therapy: therapie, psychotherapie
n therapist: therapeut, therapeutin, psychologe, psychologin, psychiater
n appointments: termin, termine
n check-ups: vorsorge, untersuchung, untersuchungen
n blood tests: blutbild, blutabnahme, blutwerte
n vaccine: impfung, impfungen
n hospital: krankenhaus, klinik
n surgery: praxis, arztpraxis, sprechstunde
n pharmacy: apotheke
n nurse: pflegekraft, krankenschwester
n gynaecologist: frauenarzt, frauenärztin, gynäkologe
n dermatologist: hautarzt, hautärztin
n optician: augenarzt, optiker
n paediatrician: kinderarzt, kinderärztin
n vet: tierarzt, tierärztin
n massage: massage, massagen
n sick leave: krankmeldung, krankschreibung, krank geschrieben
n speech therapy: logopädie
n osteopathy: osteopathie, osteopath, chiropraktiker
n glasses: brille
n hearing aid: hörgerät
n brace: zahnspange
n mouthwash: mundspülung
// Family and people.
n family: familie
n parents: eltern
n mother-in-law: schwiegermutter
n father-in-law: schwiegervater
n in-laws: schwiegereltern
n son: sohn
n daughter: tochter
n children: kinder, kids
n child: kind
n baby: baby, säugling
n toddler: kleinkind
n grandchildren: enkel, enkelin, enkelkinder
n husband: mann, ehemann
n wife: frau, ehefrau
n partner: partner, partnerin
n aunt: tante
n uncle: onkel
n cousin: cousin, cousine, kusine
n niece: nichte
n nephew: neffe
n twins: zwillinge
n neighbours: nachbarn, nachbar, nachbarin
n colleagues: kollegen, kollege, kollegin
n boss: chef, chefin
n guests: gäste, gast
n babysitter: babysitter
n people: leute, menschen
n birthdays: geburtstag, geburtstage
n dates: dates, date, verabredung, verabredungen
n sex: sex
// Pets and animals.
n pets: haustiere, haustier, tiere, tier
n puppy: welpe, welpen
n kitten: kätzchen
n guinea pig: meerschweinchen
n turtle: schildkröte
n snake: schlange
n lizard: echse, gecko, bartagame
n budgie: wellensittich, wellensittiche
n parrot: papagei
n rat: ratte, ratten
n mouse: maus, mäuse
n ferret: frettchen
n goats: ziegen, ziege
n sheep: schafe, schaf
n cows: kühe, kuh
n pigs: schweine, schwein
n geese: gänse, gans
n butterflies: schmetterlinge
n mosquitoes: mücken, mücke
n spiders: spinnen
n pet food: futter, tierfutter, trockenfutter, nassfutter
n dog food: hundefutter
n cat food: katzenfutter
n treats: leckerlis, leckerli
n leash: leine
n collar: halsband
n fleas: flöhe
n grooming: hundefriseur, fellpflege
n kennel: hundehütte, zwinger
n cage: käfig, stall
n bird feeder: vogelhäuschen, futterhaus
n birdwatching: vogelbeobachtung
n walks: spaziergang, spaziergänge, gassirunde
// Hobbies, crafts, music, games, collecting.
n hobbies: hobby, hobbys
n crochet: häkeln, häkle, gehäkelt
n embroidery: sticken, stickerei
n sewing machine: nähmaschine
n yarn: wolle, garn
n fabric: stoff
n pottery: töpfern, töpfere, keramik
n woodwork: heimwerken, basteln, bastle, gebastelt, schreinern
n drawings: zeichnungen, zeichnung
n paintings: bilder, bild, gemälde
n sketches: skizzen, skizze
n calligraphy: kalligrafie, handlettering
n origami: origami
n lego: lego, legosteine
n models: modelle, modell, modellbau
n photography: fotografie, fotografieren, fotos, foto
n camera: kamera
n singing: singen, gesang, singe, gesungen
n choir: chor
n songs: lieder, lied, songs
n music: musik
n concerts: konzerte, konzert
n ukulele: ukulele
n saxophone: saxofon, saxophon
n trumpet: trompete
n cello: cello
n keyboard: keyboard
n accordion: akkordeon
n cards: karten, kartenspiel, kartenspiele
n poker: poker
n sudoku: sudoku
n video games: videospiele, videospiel, computerspiele, games, zocken
n console: konsole, playstation, switch
n jigsaw puzzles: puzzeln
n stamps: briefmarken
n coins: münzen, münze
n vinyl records: schallplatten, platten, vinyl
n postcards: postkarten
n collection: sammlung
n comics: comics, comic
n novels: romane, roman
n audiobooks: hörbücher, hörbuch
n e-books: ebooks, kindle
n library: bücherei, bibliothek
n poems: gedichte, gedicht
n fishing: angeln, angle, geangelt
n camping: camping, zelten
n travel: reisen, reise, urlaub
n trips: ausflüge, ausflug
n museums: museum, museen
n cinema: kino, kinobesuche
n theatre: theater
n geocaching: geocaching
n knitting: stricken
// Sports and exercise.
n workouts: training, trainings, workout, workouts, einheiten, trainingseinheiten
n running: laufen, lauf, läufe, joggingrunde
n walking: gehen, walken, nordic walking
n cycling: radfahren, fahrradfahren
n yoga: yoga
n pilates: pilates
n strength training: krafttraining, muckibude, muckis
n weights: gewichte, hanteln
n bench press: bankdrücken
n deadlifts: kreuzheben
n lunges: ausfallschritte
n burpees: burpees
n skipping: seilspringen
n crunches: crunches
n abs: bauchmuskeln
n cardio: cardio, ausdauertraining, ausdauer
n fitness: fitness, aerobic, zumba
n crossfit: crossfit
n martial arts: kampfsport, karate, judo, boxen, kickboxen
n handball: handball
n ice hockey: eishockey
n golf: golf
n skiing: skifahren, ski, langlauf
n snowboard: snowboarden, snowboard
n ice skating: schlittschuhlaufen, eislaufen
n rowing: rudern, ruderergometer, kajak, paddeln
n sailing: segeln
n surfing: surfen, windsurfen
n horse riding: reiten
n table tennis: tischtennis
n bowling: bowling, kegeln
n darts: darts
n matches: spiele im verein, wettkämpfe, wettkampf
n races: rennen, marathon, halbmarathon, volkslauf
n personal bests: bestzeit, bestzeiten, rekord
n pace: tempo, pace
n training plan: trainingsplan
n warm-up: aufwärmen, aufwärmübungen
n sets: sätze, wiederholungen
n treadmill: laufband
n exercise bike: heimtrainer, ergometer
n sports: sport, sporteinheiten
// Transport, car, bike, fuel, commute.
n driving: autofahren, fahrten, fahrt
n driving lessons: fahrstunden, fahrstunde
n kilometres: kilometer
n petrol: super
n diesel: diesel
n consumption: verbrauch
n fuel consumption: spritverbrauch
n charging: ladestation, ladevorgang, ladevorgänge, wallbox
n electric car: elektroauto, e-auto
n service: inspektion, werkstatt, tüv, service
n tyre change: reifenwechsel
n parking: parken, parkplatz, parkgebühren, parkticket
n tolls: maut, vignette
n tickets: fahrkarte, fahrkarten, ticket, tickets, deutschlandticket
n speeding tickets: strafzettel, knöllchen, blitzer
n traffic jams: stau, staus
n tram: straßenbahn, tram
n underground: ubahn, u-bahn, sbahn, s-bahn
n plane: flug, flugzeug
n taxis: taxi, taxis
n scooter: roller, e-roller, e-scooter
n business trips: dienstreisen, dienstreise, geschäftsreise
n helmet: helm
n cycle path: radweg
// Money, shopping, bills, utilities.
n cash: bargeld
n expenses: kosten
n income: einnahmen, einkommen, verdienst
n salary: gehalt, lohn
n savings: ersparnisse, sparschwein, rücklagen
n budget: budget, haushaltsbuch
n debt: schulden
n loan: kredit, darlehen, rate, raten
n mortgage: hypothek, baufinanzierung
n investments: investitionen, aktien, etf, etfs, depot, sparplan
n crypto: krypto, bitcoin
n pocket money: taschengeld
n tips: trinkgeld
n donations: spenden, spende
n gifts: geschenke, geschenk
n online shopping: onlineshopping, amazon, zalando
n orders: bestellungen
n shoes: schuhe, schuh
n cosmetics: kosmetik, schminke, makeup
n perfume: parfüm, parfum
n receipts: kassenzettel, quittungen, quittung, belege, beleg, bons, bon
n bills: rechnungen, rechnung, nebenkosten
n electricity: strom, stromverbrauch
n gas: gas, gasverbrauch
n water bill: wasserrechnung
n meter readings: zählerstand, zählerstände, ablesung
n meter: stromzähler, gaszähler, wasserzähler
n internet: internet, wlan
n phone bill: handyrechnung, handyvertrag
n insurance: versicherung, versicherungen
n taxes: steuern, steuer, steuererklärung
n fees: gebühren, beiträge, beitrag, mitgliedsbeitrag
n streaming: netflix, spotify, disney, streamingdienste
n lottery: lotto, lottoschein, rubbellose
n bets: wetten, sportwetten
n prices: preise, preis
n discounts: angebote, rabatt, rabatte
n returns: rücksendungen, retouren
n deliveries: lieferungen, lieferung
// Work, study, school, languages.
n work hours: arbeitszeit, arbeitszeiten, arbeitsstunden
n work: arbeit, job, maloche
n office: büro
n remote work: homeoffice
n shifts: schichten, schicht, dienste, nachtdienst, nachtschicht
n meetings: meetings, meeting, besprechungen, besprechung, sitzungen, calls
n emails: emails, email, mails, mail
n tasks: aufgaben, aufgabe, todos, to-dos
n projects: projekte, projekt
n deadlines: deadlines, fristen
n clients: kunden, kunde, kundin
n sales: verkauf, verkäufe, umsatz
n breaks: pausen, pause
n school: schule
n university: uni, universität, studium, hochschule
n lectures: vorlesungen, vorlesung, seminar, seminare
n exams: prüfungen, prüfung, klausuren, klausur, examen
n grades: noten, note
n tests: tests, test, arbeiten in der schule
n notes: mitschriften
n revision: wiederholung, lernzeit
n flashcards: karteikarten, anki
n thesis: abschlussarbeit, bachelorarbeit, masterarbeit, doktorarbeit
n courses: kurse, fortbildung, weiterbildung, schulung
n tutoring: nachhilfe
n maths: mathe, mathematik
n russian: russisch
n chinese: chinesisch
n japanese: japanisch
n polish: polnisch
n duolingo: duolingo
n programming: programmieren, coden, programmiere
n typing: tippen, zehnfingersystem
// Media, screens, phone, social networks.
n screen time: bildschirmzeit, handyzeit
n phone: handy, smartphone, telefon
n apps: apps, app
n social media: social media, soziale medien
n facebook: facebook
n instagram: instagram, insta
n tiktok: tiktok
n youtube: youtube, youtube-videos
n messages: nachrichten, nachricht, sms, whatsapp
n calls: anrufe, anruf, telefonate, telefonat
n news: news
n tv: fernsehen, fernseher, glotze
n episodes: folgen, folge, episoden
n notifications: benachrichtigungen
n scrolling: scrollen, doomscrolling
n laptop: laptop, computer, rechner, pc
n gaming: gaming, zocken am pc
n radio: radio
// Emotions and moods.
n mood: stimmung, laune, befinden
n emotions: gefühle, gefühl, emotionen
n happiness: glück, freude
n sadness: traurigkeit, trauer
n anger: wut, ärger
n fear: angst, ängste
n anxiety: ängstlichkeit, angstzustände
n worry: sorgen
n loneliness: einsamkeit
n boredom: langeweile
n energy: energie, kraft
n motivation: motivation
n gratitude: dankbarkeit
n calm: ruhe, gelassenheit
n irritability: gereiztheit, reizbarkeit
n crying: weinen, tränen
n self-esteem: selbstwert, selbstbewusstsein
n relationships: beziehung, beziehungen
n tantrums: wutanfälle, wutanfall
// Compound parts: the front form of a word whose stem would cut it short ("Erdbeerkuchen").
n strawberries: erdbeer
n raspberries: himbeer
n blueberries: heidelbeer, blaubeer
n blackberries: brombeeren, brombeer
n church: kirche, kirch
n pram: kinderwagen
n running shoes: laufschuhe
n hiking boots: wanderschuhe
n hikes: wanderung, wanderungen
// Time words: dropped from a subject.
- : tag, tage, tagen, tages, woche, wochen, monat, monate, monats, jahr, jahre, jahres, minute, minuten, gestern, morgen, vorgestern, jetzt, dann, danach, sonst, meistens, normalerweise, regelmäßig, wochenende, wochenenden, vormittags, nachmittags, mittags, anzahl, menge, wieviel, wieviele
// Verbs of daily life.
n getting dressed: ziehe mich an, anziehen
n hair washing: haare waschen, haarewaschen
n nappy changes: wickle, wickeln, gewickelt
n bedtime: ins bett bringen, bringe ins bett, zubettgehen, ins bett gehen
v drive: fahre, fahren, gefahren
v commute: pendle, pendeln, gependelt
v fly: fliege, fliegen, geflogen
v travel: verreise, verreisen, verreist
v pack: packe, packen, gepackt, einpacken
v cut: geschnitten, schnippeln
v fry: brate, braten, gebraten
v grill: grille, grillen, gegrillt
v peel: schäle, schälen, geschält
v prepare: bereite vor, vorbereiten, zubereiten, bereite zu
v throw away: werfe weg, wegwerfen, weggeworfen, entsorge, entsorgen
v recycle: recycle, recyceln
v fix: repariere, reparieren, repariert
v build: baue, bauen, gebaut
v plant: pflanze an, anpflanzen, pflanze ein, einpflanzen, säe, säen, gesät
v pick up: abhole, abholen, hole ab, abgeholt
v pay: zahle, bezahle, bezahlen, bezahlt, gezahlt
v earn: verdiene, verdienen, verdient
v borrow: leihe, leihen, ausleihen, geliehen
v sell: verkaufe, verkaufen, verkauft
v invest: investiere, investieren, investiert
v donate: spende, gespendet
v work: arbeite, arbeiten, gearbeitet
v jump: springe, springen, gesprungen, hüpfe, hüpfen
v row: rudere
v sail: segle
v fish: angle
v sing: singe
v listen: höre, hören, gehört, anhöre, anhören
v watch: schaue, schauen, gucke, gucken, angeschaut, geguckt
v photograph: fotografiere
v collect: sammle, sammeln, gesammelt
v text: schreibe mit, texte
v meet: treffe, treffen, getroffen
v hug: umarme, umarmen, kuschle, kuscheln
v kiss: küsse, küssen, geküsst
v laugh: lache, lachen, gelacht
v shout: schreie, schreien, geschrien, brülle, brüllen, meckere, meckern
v worry: mache mir sorgen, grüble, grübeln
v relax: entspanne, entspannen, entspannt, chille, chillen
v sunbathe: sonne mich, sonnen
n sauna: sauna, saunagänge, saunagang, sauniere
n phone scrolling: am handy hängen, hänge am handy
v post: poste, posten, gepostet
v download: lade herunter, herunterladen, runterladen
v forget: vergesse, vergessen, vergisst
v lose: verliere, verlieren, verloren
v procrastinate: prokrastiniere, prokrastinieren, aufschieben, schiebe auf
v overeat: überesse, überessen, fresse, fressen
v sip: nippe, nippen
v chew: gekaut
n chewing gum: kaugummi, kaugummis
v pee: pinkle, pinkeln, gepinkelt
v sweat: schwitze, schwitzen, geschwitzt
v yawn: gähne, gähnen
v wax: epiliere, epilieren, enthaare, enthaaren
n makeup: schminke mich, schminken
n nail painting: nägel lackieren, lackiere
v moisturise: eincreme die haut
v stretch: strecke, strecken
v wait: warte, warten, gewartet
v tidy up: räume, räumen
// Adjectives.
a red: rot, rote, roter, roten, rotes
a white: weiß, weiße, weißer, weißen
a black: schwarz, schwarze, schwarzer, schwarzen
a green: grün, grüne, grüner, grünen
a sweet: süße, süßer, süßen
a salty: salzig, salzige
a sparkling: sprudelnd
a fresh: frisch, frische, frischen
a frozen: tiefgekühlt, gefroren
a healthy: gesund, gesunde, gesunden
a big: groß, große, großen, großer
a small: klein, kleine, kleinen, kleiner
a short: kurz, kurze, kurzen
a heavy: schwer, schwere
a light: leicht, leichte, leichten
a dry: trocken, trockene
a wet: nass, nasse
a old: alt, alte, alten
a new: neu, neue, neuen, neuer
a electric: elektrisch, elektrische
a vegan: vegan, vegane, veganen
a vegetarian: vegetarisch, vegetarische
a alcoholic: alkoholisch, alkoholische
a non-alcoholic: alkoholfrei, alkoholfreie, alkoholfreies
a decaf: entkoffeiniert
a sugar-free: zuckerfrei
a gluten-free: glutenfrei
a spicy: scharf, scharfe
a sour: sauer, saure
a sugary: gezuckert, gesüßt
a left: links, linke, linken
a right: rechts, rechte, rechten
a upper: obere, oberen
a lower: untere, unteren
a chronic: chronisch, chronische, chronischen
a sick: krank, kranke
a tired: müde
// Habits said as acts: skipping a meal, snoozing the alarm, taking bottles back.
v skip: auslasse, auslassen, ausgelassen, lasse aus, überspringe, überspringen
v snooze alarm: auf schlummern drücke, auf snooze drücke, schlummertaste drücke, wecker wegdrücke, den wecker wegdrücke
v snooze: snooze, snoozen
n alarm: wecker, weckers
v return: wegbringe, wegbringen, zurückbringe, zurückbringen, abgebe, abgeben
// Home: rooms, furniture, fittings.
n home: zuhause, daheim, heim
n rooms: raum, zimmern
n terrace: terrasse
n dining room: esszimmer
n guest room: gästezimmer
n study: arbeitszimmer
n utility room: hauswirtschaftsraum, waschküche
n loft: speicher
n cellar: kellerraum
n shed: gartenhaus, gartenhütte
n driveway: einfahrt, auffahrt
n yard: hof, innenhof
n front door: haustür, wohnungstür
n doorbell: klingel, türklingel
n letterbox: briefkasten, briefkästen
n roof: dach, dächer
n gutters: dachrinne, dachrinnen, regenrinne, regenrinnen
n chimney: schornstein
n walls: wand, wände, mauer
n blanket: decke
n tiles: fliesen, fliese, kacheln
n grout: fugen, fuge
n parquet: parkett, laminat, dielen
n windowsill: fensterbank, fensterbrett
n blinds: rollo, rollos, jalousie, jalousien, rollladen, rollläden
n radiators: heizkörpern
n thermostat: thermostat
n socket: steckdose, steckdosen
n cables: kabel
n fuse: sicherung, sicherungen
n pipes: rohre, rohr, leitung, leitungen
n drain: abfluss, abflüsse, ausguss
n bathtub: badewanne, wanne
n shower: duschkabine
n toilet paper: klopapier, toilettenpapier
n towel: handtuchs
n bathmat: badematte, badvorleger
n soap: seife, seifen, flüssigseife
n shampoo: shampoo, shampoos
n shower gel: duschgel
n conditioner: spülung, haarspülung
n toothpaste: zahnpasta, zahncreme
n razor: rasierer, rasierklinge, rasierklingen
n deodorant: deo, deodorant
n bed linen: bettzeug, bezug, bezüge, kissenbezug, kissenbezüge
n duvet: bettdecke, zudecke, federbett
n pillow: kissen, kopfkissen
n mattress: matratze, matratzen
n blanket: wolldecke, kuscheldecke, decken
n cushions: sofakissen, zierkissen
n armchair: sessel
n bookshelf: bücherregal
n cupboard: küchenschrank, hängeschrank
n chest of drawers: kommode
n bedside table: nachttisch, nachtkästchen
n dining table: esstisch
n crockery: teller, schüssel, schüsseln
n cutlery: besteck, gabel, gabeln, messer
n pans: pfanne, pfannen
n saucepans: kochtopf, kochtöpfe
n baking tray: backblech
n cutting board: schneidebrett, brettchen
n tea towels: geschirrtuch, geschirrtücher, geschirrhandtuch
n houseplants: grünpflanzen
n candles: kerze, kerzen
n rug: fußmatte
n vase: vase
n picture frames: bilderrahmen
n clock: wanduhr
n smoke detector: rauchmeldern
n router: router
n printer: drucker
n ink: druckerpatrone, druckerpatronen, tinte, toner
n paper: papier
n extractor hood: dunstabzug, dunstabzugshaube, abzugshaube
n coffee grinder: kaffeemühle
n juicer: entsafter
n slow cooker: schongarer
n air fryer: heißluftfritteuse, airfryer
n pressure cooker: schnellkochtopf
n rice cooker: reiskocher
n food processor: küchenmaschine, thermomix
n scales: waage, küchenwaage, personenwaage
n dehumidifier: luftentfeuchter, entfeuchter
n humidifier: luftbefeuchter, befeuchter
n air purifier: luftreiniger
n fan: ventilator
n heater: heizlüfter, heizstrahler
n water softener: enthärter, wasserenthärter
n limescale: kalk
n robot vacuum: staubsaugerroboter, mähroboter
n vacuum bags: staubsaugerbeutel
n bin: tonne, tonnen, mülleimer, biotonne, gelbe tonne, papiertonne, restmüll
n organic waste: biomüll, bioabfall
n paper waste: altpapier
n glass recycling: altglas
n plastic: plastik, plastikmüll, kunststoff
n packaging: verpackung, verpackungen, verpackungsmüll
n deposit bottles: pfand
n recycling centre: wertstoffhof
n moving: umzug, umzüge
n boxes: kartons, karton, kisten, kiste
n furniture: möbel
n decorations: deko, dekoration
n lights: lichter, lichterkette
n locks: schloss, schlösser
n spare key: ersatzschlüssel
n alarm system: alarmanlage
n cleaner: putzfrau, putzkraft, reinigungskraft
n caretaker: hausmeister
n landlord: vermieter, vermieterin
n tenants: mieter, mieterin
n flatmates: mitbewohner, mitbewohnerin, wg
// Chores: the work, the tools, the verbs.
n cleaning: reinigung, sauber machen
n mopping: bodenwischen
n dusting: staubwischen
n washing up: abwaschen
n laundry loads: waschgang, waschgänge
n washing line: wäscheleine, wäscheständer
n laundry basket: wäschekorb
n stains: flecken, fleck
n limescale removal: entkalken
n descaler: entkalker
n dishwasher tablets: spülmaschinentabs, tabs
n dishwasher salt: spülmaschinensalz, regeneriersalz
n rinse aid: klarspüler
n gloves: handschuhe, handschuh
n bin day: abfuhr, müllabfuhr
n cleaning rota: putzplan
n ironing pile: bügelwäsche
n socks: socken, socke, strümpfe
n underwear: unterwäsche, unterhosen
n shirts: hemden, hemd, blusen, bluse
n t-shirts: t-shirts, tshirts, shirts
n trousers: hosen, hose, jeans
n jackets: jacke, jacken, mantel, mäntel
n jumpers: pullover, pulli, pullis
n dresses: kleid, kleider
n hats: mütze, mützen, hut, hüte
n scarves: schal, schals
n bags: tasche, taschen, rucksack, rucksäcke
n buttons: knöpfe, knopf
n holes: löcher, loch
n shoe polishing: schuhe putzen
v vacuum: sauge ab, abgesaugt, staubgesaugt
v wash up: spüle ab, spülte
v load: belade, beladen, einräume, einräumen, eingeräumt
v unload: ausräume, ausgeräumt, räume aus
v sort: sortiert, sortierte
v fold: lege zusammen, zusammengelegt, faltete
v wash: wusch, wäscht
v clean: putzte, reinigte, sauber gemacht
v mop: wischte, feudel, feudeln
v dust: abgestaubt, staube ab
v iron: bügelte, gebügelt
v change: wechselte, tauschte, erneuert, erneuerte
v water: goss, gießt, bewässere, bewässern, bewässert
v repair: flicke, flicken, geflickt, reparierte
v sew on: annähen, angenäht
v darn: stopfe, stopfen, gestopft
v paint: streiche, streichen, gestrichen, strich
v wallpaper: tapeziere, tapezieren, tapeziert
v drill: bohre, bohren, gebohrt
v assemble: aufbaue, aufbauen, aufgebaut, baue auf, montiere, montieren, montiert
v hoard: horte, horten
v organise: organisiere, organisieren, organisiert, ordne, ordnen, geordnet
v put away: wegräume, wegräumen, weggeräumt, räume weg
v take out: rausbringe, rausbringen, rausgebracht, bringe raus
v defrost: abgetaut, taue ab
v descale: entkalkte
v unblock: entstopfe, entstopfen
v ventilate: lüftete, stoßlüften
v heat: heize, geheizt
v lock: abschließe, abschließen, schließe ab, sperre ab
v check: kontrollierte, prüfte, checkte, gecheckt
v read the meter: ablesen, abgelesen, lese ab
n bed making: bett gemacht, bettenmachen, bette, bettest
v sort laundry: wäsche sortieren
v hang up laundry: wäsche aufhängen, hänge wäsche auf
a clean: saubere, sauberen, sauberer, sauberes
a dirty: dreckig, dreckige, schmutzig, schmutzige, schmutzigen, verdreckt
a tidy: ordentlich, ordentliche, aufgeräumte
a messy: unordentlich, chaotisch
a broken: kaputt, kaputte, kaputten, defekt, defekte
a full: voll, volle, vollen, voller
a empty: leer, leere, leeren
// Food: staples, produce, dishes.
n food: nahrung, nahrungsmittel
n portions: portion, portionen
n brunch: brunch
n afternoon snack: vesper, jause, brotzeit
n cake: kuchen, kuchenstück, kuchenstücke
n muffins: muffin, muffins
n croissants: croissant, croissants, hörnchen
n pastries: gebäck, teilchen, stückchen, plunder
n pretzels: brezel, brezeln, breze, brezn
n bread rolls: semmel, semmeln, schrippe, schrippen, weckle, wecken
n toast: toast, toastbrot
n wholemeal bread: vollkornbrot
n crispbread: knäckebrot
n sandwiches: belegtes brot, butterbrot, butterbrote
n pizza: pizza, pizzen, pizzas
n lasagne: lasagne
n noodles: ramen, asianudeln, mie-nudeln
n dumplings: knödel, klöße, kloß, maultaschen
n spätzle: spätzle, käsespätzle
n pancakes: pfannkuchen, eierkuchen, pancakes, crêpes
n waffles: waffeln, waffel
n omelette: omelett, rührei, spiegelei, spiegeleier
n boiled eggs: frühstücksei
n fish fingers: fischstäbchen
n salmon: lachs
n tuna: thunfisch
n prawns: garnelen, shrimps, krabben
n seafood: meeresfrüchte
n mince: hackfleisch, hack
n meatballs: frikadellen, frikadelle, buletten, fleischpflanzerl, köttbullar
n turkey: pute, truthahn, putenbrust
n lamb: lamm, lammfleisch
n bacon: speck, bacon
n salami: salami
n cold cuts: aufschnitt
n tofu: tofu
n tempeh: tempeh
n seitan: seitan
n hummus: hummus
n falafel: falafel
n chickpeas: kichererbsen
n quinoa: quinoa
n couscous: couscous, bulgur
n oats: hafer
n muesli: granola
n flakes: flocken
n crisps: kartoffelchips
n popcorn: popcorn
n crackers: cracker, salzstangen
n gummy bears: gummibärchen, gummibären, fruchtgummi
n sweets: bonbons, bonbon, lutscher
n chocolate bars: schokoriegel, riegel
n pralines: pralinen
n cookies: cookies
n doughnuts: berliner, krapfen, donuts
n cream: sahne, schlagsahne
n sour cream: schmand, saure sahne
n cream cheese: frischkäse
n mozzarella: mozzarella
n feta: feta, schafskäse
n parmesan: parmesan
n kefir: kefir
n buttermilk: buttermilch
n oat milk: hafermilch
n soy milk: sojamilch
n almond milk: mandelmilch
n plant milk: pflanzenmilch
n margarine: margarine
n peanut butter: erdnussbutter
n nutella: nutella, nussnougatcreme
n syrup: ahornsirup
n sugar cubes: würfelzucker
n ketchup: ketchup
n mayonnaise: mayo, mayonnaise
n mustard: senf
n sauce: soße, soßen, sauce, saucen
n gravy: bratensoße
n dressing: dressing
n vinegar: essig
n pepper: pfeffer
n herbs: kraut
n basil: basilikum
n parsley: petersilie
n chives: schnittlauch
n mint: minze, pfefferminz
n rosemary: rosmarin
n thyme: thymian
n dill: dill
n coriander: koriander
n ginger: ingwer
n turmeric: kurkuma
n cinnamon: zimt
n chilli: chili, chilis, peperoni
n avocados: avocado, avocados
n mangos: mango, mangos
n pineapple: ananas
n kiwis: kiwi, kiwis
n peaches: pfirsich, pfirsiche
n apricots: aprikosen, aprikose, marillen
n melons: melone, melonen, wassermelone
n gooseberries: stachelbeeren
n currants: johannisbeeren
n rhubarb: rhabarber
n figs: feigen
n dates: datteln
n raisins: rosinen
n dried fruit: trockenobst
n almonds: mandeln, mandel
n walnuts: walnüsse, walnuss
n hazelnuts: haselnüsse
n peanuts: erdnüsse, erdnuss
n cashews: cashews, cashewkerne
n seeds: kerne, sonnenblumenkerne, kürbiskerne
n chia seeds: chiasamen
n linseed: leinsamen
n asparagus: spargel
n lettuce: kopfsalat, blattsalat, eisbergsalat, rucola
n radishes: radieschen, rettich
n beetroot: rote bete, rote beete
n celery: sellerie, staudensellerie
n leeks: lauch, porree
n aubergines: aubergine, auberginen
n cauliflower: blumenkohl
n kale: grünkohl
n brussels sprouts: rosenkohl
n sweetcorn: mais
n sweet potatoes: süßkartoffeln, süßkartoffel
n mushrooms: champignons, pfifferlinge, steinpilze
n olives: oliven
n pickles: gewürzgurken, essiggurken
n soups: brühe, bouillon
n stew: gulasch, ragout
n curry: curry
n risotto: risotto
n chili con carne: chili con carne
n roast: braten, schweinebraten, sonntagsbraten
n sausages: currywurst, weißwurst, wiener
n ready meals: fertiggerichte, fertiggericht, fertigessen, tiefkühlpizza
n takeaway: takeaway, imbissbude, mitnehmessen
n fast food: pommesbude, mcdonalds, burger king, fast food
n canteen: kantine, mensa, mensaessen, kantinenessen
n packed lunch: pausenbrot, lunchbox, brotdose
n school lunch: schulessen
n eating out: essengehen, essen gehen, restaurantbesuch, restaurantbesuche
n restaurants: restaurant, restaurants, lokal, gaststätte
n cafés: café, cafés, cafe
n bakery: bäckerei, bäcker
n butcher: metzgerei, metzger, fleischerei
n market: markt, wochenmarkt
n ingredients: zutaten, zutat
n weekly shop: wocheneinkauf
n supplies: vorräte, vorrat
n best-before dates: mindesthaltbarkeitsdatum, mhd, haltbarkeit
n food waste: lebensmittelverschwendung, weggeworfene lebensmittel
// Drinks.
n water: leitungswasser, stilles wasser
n coffees: kaffees
n filter coffee: filterkaffee
n cold brew: cold brew
n decaf: entkoffeinierter kaffee
n chai: chai
n matcha: matcha
n black tea: schwarztee, schwarzer tee
n peppermint tea: pfefferminztee
n chamomile tea: kamillentee
n fruit tea: früchtetee
n iced tea: eistee
n hot chocolate: heiße schokolade
n soft drinks: softdrinks, limonaden, brause
n coke zero: cola zero
n energy drinks: energydrink, red bull, monster
n protein shakes: proteinshake, proteinshakes, shake, shakes
n juices: säfte
n beers: biere, pils, weizen, radler, helles
n craft beer: craft beer
n wines: sekt, prosecco, champagner
n spritz: spritz, aperol
n gin: gin, gin tonic
n vodka: wodka
n whisky: whisky, whiskey
n rum: rum
n liqueur: likör
n shots: shots, shot, kurzer
n mulled wine: glühwein
n alcohol-free beer: alkoholfreies bier
n units of alcohol: alkoholeinheiten
// Cooking.
n cooking: gekochtes, kocherei
n baking: gebackenes
n bread baking: brotbacken
n batches: ansätze, ansatz, charge, chargen
n dough: teig, teige
n yeast: hefe
n preserves: marmeladen
n jam making: einkochen, einmachen
n fermentation: fermentieren, fermentation
n pickling: einlegen
n barbecue: grillen, grillabend, grillabende, barbecue
n dishes cooked: gerichte, gericht, speisen, speise
n menu: speiseplan, wochenplan, menü
n recipes: rezeptideen
n cookbooks: kochbücher, kochbuch
v cook: kochte, koch
v bake: backte, buk, backe ab
v roast: röste, rösten, geröstet
v stir: rühre, rühren, gerührt
v knead: knete, kneten, geknetet
v boil: siede, sieden
v steam: dünste, dünsten, gedünstet, dämpfe, dämpfen, gedämpft
v simmer: köchle, köcheln, geköchelt
v fry: briet, frittiere, frittieren, frittiert
v chop: hacke, hacken, gehackt, schnipple, geschnippelt
v grate: reibe, reiben, gerieben
v mix: mische, mischen, gemischt, mixe, mixen
v season: würze, würzen, gewürzt
v marinate: mariniere, marinieren, mariniert
v ferment: fermentiere, fermentiert
v preserve: einkochen, eingekocht, eingemacht
v pickle: eingelegt
v freeze: einfrieren, eingefroren, friere
v thaw: taue auf, auftauen, aufgetaut
v heat up: wärme auf, aufwärmen, aufgewärmt
v taste: probiere, probier, probieren, probiert, probierte, verkoste, verkosten, verkostet
n tastings: verkostung, verkostungen, weinprobe, weinproben, tasting
n types: sorte, sorten
a homemade: selbst gemacht, selbstgebacken, selbst gebacken, hausgemachte
a raw: roh, rohe, rohes, rohen
a cooked: gekochte, gekochten, gekochtes
a fried: frittierte, gebratene
a grilled: gegrillte
a sweet: süß, süßes
a bitter: bitter, bittere
a fatty: fettig, fettige
a whole grain: vollkorn
a low-fat: fettarm, fettarme, mager, magere
a organic: bio, biologisch, öko
a regional: regional, regionale
a seasonal: saisonal, saisonale
a fizzy: mit kohlensäure, spritzig
a still: still, stilles
a strong: stark, starke, starker, starken
a weak: schwach, schwache
a fast: schnell, schnelle
a cheap: billig, billige, günstig, günstige
a expensive: teuer, teure, teuren
a lactose-free: laktosefrei, laktosefreie
a plant-based: pflanzlich, pflanzliche
a processed: verarbeitet, verarbeitete, hochverarbeitet
a ready: fertig, fertige
// Body.
n forehead: stirn
n eyebrows: augenbrauen
n eyelashes: wimpern
n eyelids: augenlid, augenlider, lid
n cheeks: wange, wangen
n chin: kinn
n jaw: kiefer
n tongue: zunge
n wisdom teeth: weisheitszähne, weisheitszahn
n molars: backenzahn, backenzähne
n beard: bart
n moustache: schnurrbart
n scalp: kopfhaut
n shoulders: schultern
n arms: arm, arme
n forearm: unterarm
n thumb: daumen
n fingernails: fingernagel
n toenails: fußnägel, zehennagel, zehennägel
n toes: zeh, zehe, zehen
n leg: bein
n shins: schienbein, schienbeine
n soles: fußsohle, fußsohlen
n hip joint: hüftgelenk
n bottom: po, hintern, gesäß
n groin: leiste, leisten
n lower back: unterer rücken, lendenwirbel
n spine: wirbelsäule
n tailbone: steißbein
n ribs: rippen, rippe
n breasts: brüste
n nipples: brustwarzen
n belly button: bauchnabel, nabel
n intestines: darm, därme
n digestive tract: verdauungstrakt
n pelvis: becken, beckenboden
n pelvic floor exercises: beckenbodentraining
n thyroid: schilddrüse
n glands: drüsen, lymphknoten
n veins: venen, vene, adern, ader
n blood: blut
n hormones: hormone, hormon
n brain: gehirn, hirn
n nerves: nerven, nerv
n tendons: sehnen, sehne
n ligaments: bänder
n cartilage: knorpel
n scar: narbe, narben
n moles: muttermal, muttermale, leberfleck, leberflecken
n freckles: sommersprossen
n pores: poren
n wrinkles: fältchen
n body hair: körperbehaarung
n voice: stimme
n posture: haltung, körperhaltung
n figure: figur
n waist circumference: bauchumfang, taillenumfang
n hip circumference: hüftumfang
n chest circumference: brustumfang
n arm circumference: armumfang, oberarmumfang
n body measurements: körpermaße
n bmi: bmi
n body fat percentage: körperfettanteil, fettanteil
n muscle mass: muskelmasse
n weight loss: abnehmen, gewichtsverlust
n weight gain: zunehmen, gewichtszunahme
n belly fat: bauchfett
n visceral fat: viszeralfett
n heart rate variability: hrv, herzratenvariabilität
n oxygen saturation: spo2
n blood glucose: glukose, glukosewert, glukosewerte, zuckerspiegel, blutzuckerwert, blutzuckerwerte
n ketones: ketone, ketonwert
n hba1c: hba1c, langzeitzucker
n thyroid levels: tsh, schilddrüsenwerte
n iron levels: ferritin, eisenwert, eisenwerte
n vitamin levels: vitaminwerte
n levels: werte, wert, level, levels
n body temperature: körpertemperatur, basaltemperatur
n waking temperature: aufwachtemperatur
n lung function: lungenfunktion, peak flow
n hearing: gehör
n eyesight: sehkraft
n diopters: dioptrien
// Symptoms.
n complaints: beschwerde
n pain levels: schmerzlevel, schmerzstärke, schmerzintensität
n aches: wehwehchen
n back pain: rückenschmerzen, rückenweh, kreuzschmerzen, hexenschuss
n lower back pain: ischias
n shoulder pain: schulterschmerzen
n knee pain: knieschmerzen
n hip pain: hüftschmerzen
n foot pain: fußschmerzen
n leg pain: beinschmerzen
n wrist pain: handgelenkschmerzen
n tooth pain: zahnweh
n ear pain: ohrenweh
n eye strain: augenbelastung, müde augen
n dry eyes: trockene augen
n itchy eyes: juckende augen, tränende augen
n red eyes: rote augen
n stiff neck: steifer nacken, nackensteife
n tension: verspannung, verspannungen
n stiffness: steifheit, steifigkeit
n stitch: seitenstechen
n dizzy spells: schwindelanfälle, schwindelanfall, schwindelgefühl
n fainting: ohnmacht, ohnmachtsanfälle, umkippen
n blackouts: aussetzer, blackout, filmriss
n headaches: kopfschmerz, spannungskopfschmerzen
n cluster headaches: clusterkopfschmerzen
n aura: aura
n light sensitivity: lichtempfindlichkeit
n runny nose: laufnase, schnupfnase
n blocked nose: verstopfte nase
n sneezing fits: niesanfälle, niesanfall
n coughing fits: hustenanfälle, hustenanfall, reizhusten
n phlegm: schleim, auswurf
n hoarseness: heiserkeit
n chills: schüttelfrost
n night sweats: nachtschweiß
n sweat: schweiß, schweißausbrüche
n hot flushes: hitzewallung
n heart palpitations: herzklopfen
n high blood pressure: hoher blutdruck
n low blood pressure: niedriger blutdruck
n stomach cramps: magenkrämpfe, bauchkrämpfe
n wind: blähung, pupsen, pups
n bowel movements: kacka, kacken, großes geschäft
n bloody stool: blut im stuhl
n acid reflux: saures aufstoßen, aufstoßen
n burping: rülpsen, bäuerchen
n loss of appetite: appetitlosigkeit
n food intolerance: unverträglichkeit, unverträglichkeiten, intoleranz
n lactose intolerance: laktoseintoleranz
n gluten: gluten
n allergic reactions: allergische reaktion, allergische reaktionen
n itchy skin: juckende haut
n hives: quaddeln
n redness: rötung, rötungen
n spots: mitesser, unreine haut
n sunburn: sonnenbrand
n warts: warze, warzen
n ingrown toenail: eingewachsener zehennagel
n athlete's foot: fußpilz
n fungal infections: pilzinfektion, pilzinfektionen, nagelpilz
n thrush: scheidenpilz
n cystitis: blasenentzündungen
n bleeding: blutung, blutungen, bluten, blutet
n spotting: schmierblutung, zwischenblutung
n discharge: ausfluss
n pms: pms, prämenstruelles syndrom
n menopause: wechseljahre, menopause
n endometriosis: endometriose
n bruising: bluterguss, blutergüsse
n cuts: schnitt, schnittwunde, schnittwunden
n splinters: splitter
n swollen feet: geschwollene füße, dicke füße
n water retention: wassereinlagerungen
n varicose veins: krampfadern
n restless legs: unruhige beine, restless legs
n pins and needles: ameisenlaufen
n shaking: zittrig
n memory lapses: vergesslichkeit, gedächtnislücken
n concentration: konzentration, konzentrationsprobleme
n forgetfulness: vergesslich
n exhaustion: erschöpfungszustände
n tiredness: abgeschlagenheit, schlappheit
n sleepiness: schläfrigkeit
n jet lag: jetlag
n hangover: verkatert, katerfrühstück
n seizures: krampfanfall, krampfanfälle, epileptische anfälle
n tics: tic, tics
n stuttering: stottern
n sensitivity: empfindlichkeit
n sleep apnoea: schlafapnoe, atemaussetzer
n fever spikes: fieberschübe, fieberschub
n temperature readings: fiebermessen
n ear infections: mittelohrentzündung, ohrenentzündung
n tonsillitis: mandelentzündung, angina
n bronchitis: bronchitis
n pneumonia: lungenentzündung
n gastro: magen-darm, magendarm, magen-darm-grippe
n food poisoning: lebensmittelvergiftung
n chickenpox: windpocken
n measles: masern
n head lice: kopfläuse
n worms: würmer, wurm
n colds: erkältungen
n long covid: long covid, post covid
n relapses: rückfall, rückfälle
n illnesses: krankheit, krankheiten, kranksein
n sick days: krankheitstage, krankentage, fehltage
// Medicines and supplements (generic names).
n medication: medikation, tabletteneinnahme
n dose: dosierung
n morning-after pill: pille danach
n diclofenac: diclofenac, voltaren
n naproxen: naproxen
n metamizole: metamizol, novalgin, novaminsulfon
n codeine: codein
n tramadol: tramadol
n antihistamines: antihistaminika
n nasal spray: nasensprays, schnupfenspray, xylometazolin
n cough syrup: hustensirup, hustenlöser
n throat lozenges: lutschtabletten, halstabletten
n antacids: magentabletten, säureblocker
n omeprazole: omeprazol
n pantoprazole: pantoprazol
n laxatives: abführmittel
n probiotics: probiotikum
n iron tablets: eisentabletten
n zinc: zink
n calcium: calcium, kalzium
n potassium: kalium
n folic acid: folsäure
n vitamin b12: b12, vitamin b12
n vitamin c: vitamin c
n vitamin d3: d3, vitamin d3
n multivitamins: multivitamin, multivitamine
n fish oil: omega-3
n creatine: kreatin
n collagen: kollagen
n protein powder: proteinpulver, eiweißpulver
n electrolytes: elektrolyte
n ashwagandha: ashwagandha
n cbd: cbd, cbd-öl
n valerian: baldrian
n st john's wort: johanniskraut
n homeopathic remedies: globuli, homöopathie
n levothyroxine: levothyroxin, l-thyroxin, thyroxin
n metformin: metformin
n statins: statine, atorvastatin, simvastatin
n blood thinners: blutverdünner, aspirin protect, marcumar
n beta blockers: betablocker, bisoprolol, metoprolol
n ace inhibitors: ramipril, lisinopril, enalapril
n blood pressure tablets: blutdrucktabletten, blutdrucksenker
n amlodipine: amlodipin
n cortisone: kortison, cortison, prednisolon
n asthma inhaler: notfallspray, salbutamol
n steroid inhaler: budesonid
n antidepressant: antidepressivum, sertralin, citalopram, escitalopram, fluoxetin, venlafaxin
n sleeping tablets: schlafmittel, zolpidem
n sedatives: beruhigungsmittel, diazepam, lorazepam, tavor
n triptans: triptan, triptane, sumatriptan
n insulin injections: insulinspritze, insulinspritzen
n insulin pens: insulinpen, insulinpens
n anticonvulsants: antiepileptika
n hormone therapy: hormontherapie
n progesterone: progesteron
n oestrogen: östrogen
n testosterone: testosteron
n hrt: hrt
n eye drops: augentropfen
n ear drops: ohrentropfen
n moisturiser: feuchtigkeitscreme, bodylotion, lotion
n lip balm: lippenpflege, labello
n heat patches: wärmepflaster
n compression stockings: kompressionsstrümpfe, stützstrümpfe
n splint: schiene, orthese
n crutches: krücken
n wheelchair: rollstuhl
n blood pressure monitor: blutdruckmessgerät
n thermometer: thermometer, fieberthermometer
n glucose sensor: sensor, libre, cgm
n test strips: teststreifen
n pregnancy tests: schwangerschaftstest, schwangerschaftstests
n ovulation tests: ovulationstest, ovulationstests
n covid tests: schnelltest, schnelltests, coronatest
n condoms: kondome, kondom
n side effects: nebenwirkung, nebenwirkungen
n refills: nachschub, folgerezept
n missed doses: vergessene tabletten
n pill box: tablettendose, pillendose, medikamentenbox
// Family and kids.
n children: kindern, kiddies
n little one: zwerg, knirps, krümel, kleiner mann
n newborn: neugeborenes, neugeborene
n babies: babys
n toddlers: kleinkinder
n teenagers: teenager, jugendliche, jugendlicher
n sons: söhne, sohnes
n siblings: geschwister
n sisters: schwestern
n grandma: großmama, omas
n grandpa: großpapa, opas
n grandparents: großeltern
n great-grandmother: uroma
n great-grandfather: uropa
n mum: mami, mum
n dad: papi, vati, dad
n mother-in-law: schwiegermama
n father-in-law: schwiegerpapa
n son-in-law: schwiegersohn
n daughter-in-law: schwiegertochter
n brother-in-law: schwager
n sister-in-law: schwägerin
n stepchildren: stiefkinder, stiefkind, stiefsohn, stieftochter
n godchild: patenkind
n relatives: verwandte, verwandten, verwandtschaft
n husband: gatte
n wife: gattin
n fiancé: verlobter, verlobte
n ex: ex, expartner, expartnerin
n best friend: bester freund, beste freundin
n friends: kumpel, kumpels, freundes
n friends: freundinnen
n classmates: mitschüler, klassenkameraden
n teacher: lehrer, lehrerin, lehrkraft
n childminder: tagesmutter
n nursery: kita, kindergarten, krippe, kindertagesstätte
n playgroup: spielgruppe
n school run: schulweg
n playground: spielplatz
n toys: spielzeug, spielsachen
n stuffed animals: kuscheltier, kuscheltiere, teddy
n dummy: schnuller
n bottles: fläschchen
n formula: milchpulver, pre-milch, säuglingsnahrung
n breast milk: muttermilch
n breastfeeding: stillmahlzeit, stillmahlzeiten, stillzeit
n baby food: babybrei, brei, gläschen
n solids: beikost
n wet nappies: nasse windeln
n dirty nappies: volle windeln, stinkwindel
n nappy rash: wunder po
n potty training: töpfchen, töpfchentraining
n teething: zahnen, zahnt
n first words: ersten wörter
n new words: neue wörter
n milestones: meilensteine, meilenstein, entwicklungsschritte
n growth: wachstum, körperlänge
n growth spurts: wachstumsschub, wachstumsschübe
n child check-ups: u-untersuchung, u-untersuchungen
n vaccinations: impftermine
n night feeds: nachtmahlzeiten, nächtliches stillen
n crying fits: schreiattacken, schreiphasen
n tantrums: trotzanfall, trotzanfälle, trotzphase, wutausbrüche, wutausbruch
n screaming: geschrei
n arguments: streit, streits, streitereien, zoff
n sibling fights: geschwisterstreit
n punishments: strafen, strafe, hausarrest
n rewards: belohnung, belohnungen, sternchen, sticker
n kids' chores: ämtchen
n screen time: medienzeit
n bedtime stories: gutenachtgeschichte, gutenachtgeschichten, vorlesen
n sayings: sprüche, spruch, zitate, zitat
n funny sayings: lustige sprüche
n children's drawings: kinderzeichnungen
n school bag: schulranzen, ranzen
n report cards: zeugnis, zeugnisse
n parents' evening: elternabend
n childcare: kinderbetreuung, betreuung
n pick-ups: abholung, abholungen
n custody: umgang, umgangstage, papawochenende
n family time: familienzeit, familienausflug, familienausflüge
n quality time: zweisamkeit, paarzeit
n date nights: date night, dateabend, paarabend
n visits: besuch, besuche, besuchs
n weddings: hochzeit, hochzeiten
n anniversaries: jahrestag, jahrestage, hochzeitstag
n funerals: beerdigung, beerdigungen
n birthday presents: geburtstagsgeschenke
n parties: party, partys, feier, feiern, fete
n christmas: weihnachten, weihnachtsgeschenke
n easter: ostern
n holidays: ferien, feiertage, feiertag
v care: pflege, pflegen, gepflegt, betreue, betreuen, betreut, kümmere, kümmern, gekümmert
v babysit: passe auf, aufpassen, aufgepasst
v bring: bringe, bringen, gebracht, brachte
v read aloud: lese vor, vorgelesen
v comfort: tröste, trösten, getröstet
v argue: streite, streiten, gestritten, zanke, zanken
v praise: lobe, loben, gelobt
v punish: bestrafe, bestrafen, bestraft
v tell off: schimpfe, schimpfen, geschimpft
v cuddle: kuschelte, gekuschelt
v call: rufe an, angerufen, telefoniert, telefonieren
v write: schrieb, geschrieben
v talk: rede, reden, geredet, spreche, sprechen, gesprochen, unterhalte, unterhalten
v say: sage, sagen, gesagt, sagt
v visit: besuchte
// Pets and animals.
n dog: hündin, hündchen, hunden
n cat: kätzin, mieze, miezen
n rabbit: häschen, hasen
n gerbils: rennmäuse, rennmaus
n chinchillas: chinchilla, degus, degu
n tortoise: landschildkröte
n fish tank: fischbecken
n aquarium fish: zierfische, guppys, goldfische, goldfisch
n terrarium: terrarium
n reptiles: reptilien
n ducks: enten, ente
n roosters: hahn, hähne
n chicks: küken
n ponies: pony, ponys
n donkeys: esel
n alpacas: alpakas, alpaka, lamas
n cattle: rinder, rind
n calves: kälber, kalb
n lambs: lämmer
n piglets: ferkel
n wildlife: wildtiere
n deer: reh, rehe, hirsch
n foxes: fuchs, füchse
n hedgehogs: igel
n squirrels: eichhörnchen, eichhörnchens
n badgers: dachs
n wild boar: wildschweine, wildschwein
n bats: fledermäuse, fledermaus
n frogs: frösche, frosch
n snails: schnecke
n slugs: nacktschnecken
n worms: regenwürmer
n insects: insekten, insekt, käfer
n flies: fliegenplage, stubenfliegen
n wasps: wespen, wespe
n ants: ameisen
n moths: motten
n cockroaches: kakerlaken
n bedbugs: bettwanzen
n aphids: blattläuse
n caterpillars: raupen, raupe
n ladybirds: marienkäfer
n bumblebees: hummeln
n owls: eulen, eule
n blackbirds: amseln, amsel
n sparrows: spatzen, spatz
n blue tits: meisen, meise, blaumeise, kohlmeise
n robins: rotkehlchen
n crows: krähen
n pigeons: tauben, taube
n storks: störche
n swallows: schwalben
n birdsong: vogelgesang, vogelstimmen
n bird species: vogelarten
n animal sightings: tiersichtungen, sichtungen, sichtung
n vet visits: tierarztbesuch, tierarztbesuche, tierarzttermine
n vaccination record: impfpass
n worming: entwurmung, wurmkur, wurmtablette, wurmtabletten
n flea treatment: flohmittel, flohbehandlung, spot-on
n tick removal: zeckenentfernung
n tick bites: zeckenbiss, zeckenbisse
n grooming: trimmen, striegeln
n claws: krallen, kralle
n fur: fell
n shedding: fellwechsel
n paws: pfoten, pfote
n tail: schwanz
n muzzle: maulkorb
n harness: brustgeschirr
n dog bed: hundekörbchen, körbchen, hundebett
n scratching post: kratzbaum
n bowl: napf, fressnapf, wassernapf
n hay: heu
n straw: stroh
n bedding: einstreu
n dog walk: hunderunde, hunderunden
n dog training: hundeschule, hundetraining
n commands: kommandos, kommando, tricks
n accidents indoors: pfützen, malheur, malheure
n barking: bellen, gebell
n whining: winseln
n biting: beißen, gebissen
n hunting: jagen, jagt, jagd
n cat litter: katzenstreu
n poop bags: kotbeutel, gassibeutel
n dog poo: hundekot, häufchen
n heat: läufigkeit, läufig, rollig
n pregnancy in pets: trächtigkeit, trächtig
n egg laying: legeleistung
n milk yield: milchleistung, milchmenge
n milking: melken, gemolken
n horse riding lessons: reitstunde, reitstunden
n farrier: hufschmied
n hooves: hufe, huf
n stable: reitstall, pferdestall
n saddle: sattel
v walk the dog: gassi gegangen
v feed: fütterte, gefüttert
v brush: bürstete
v train: trainierte, trainiert, erziehe, erziehen
v groom: striegle
v milk: melke, melk
v ride: reite, reiten, geritten, ritt
v bark: belle, bellt
v bite: beiße, beißt, biss
v shed: haart
v chew: knabbere, knabbert, zerbeißt
// Garden and plants.
n gardening: gartenarbeit, gärtnern
n allotment: schrebergarten, kleingarten, parzelle
n raised bed: hochbeete
n beds: beeten
n flower beds: blumenbeet, blumenbeete
n balcony plants: balkonpflanzen, balkonkasten, balkonkästen
n window boxes: blumenkasten, blumenkästen
n lawn care: rasenpflege
n mowing: rasenmähen
n sowing: aussaat, aussäen
n planting: pflanzung, einpflanzung, pflanzaktion
n cuttings: stecklinge, steckling, ableger
n bulbs: blumenzwiebeln
n shrubs: gehölze
n perennials: stauden, staude
n climbing plants: kletterpflanzen, efeu, clematis
n fruit bushes: beerensträucher
n apple tree: apfelbaum, apfelbäume
n cherry tree: kirschbaum
n olive tree: olivenbaum
n lemon tree: zitronenbaum
n palm: palme, palmen
n monstera: monstera, fensterblatt
n ficus: ficus, gummibaum, birkenfeige
n bonsai: bonsai
n ferns: farn, farne
n moss: moos
n geraniums: geranien
n lavender: lavendel
n sunflowers: sonnenblumen, sonnenblume
n dahlias: dahlien
n hydrangeas: hortensien
n daffodils: narzissen, osterglocken
n snowdrops: schneeglöckchen
n lilies: lilien
n peonies: pfingstrosen
n wildflowers: wildblumen, blumenwiese
n vegetable growing: gemüseanbau
n seed potatoes: saatkartoffeln
n courgette plants: zucchinipflanzen
n tomato plants: tomatenpflanze, tomatenstauden
n chilli plants: chilipflanzen
n herb garden: kräutergarten, kräuterbeet
n strawberry plants: erdbeerpflanzen
n pumpkins: kürbisse
n windfalls: fallobst
n yield: ertrag, erträge, ausbeute
n harvest weight: erntemenge, erntegewicht
n crops: kulturen, feldfrüchte
n fruit harvest: obsternte
n germination: keimung, keimen, gekeimt
n sprouts: sprossen, keimlinge
n blossoms: blüte, blütezeit
n buds: knospen
n shoots: triebe, trieb
n roots: wurzeln, wurzel
n branches: äste, zweige, zweig
n tree stumps: baumstumpf, baumstümpfe
n pruning: rückschnitt, baumschnitt, obstbaumschnitt
n hedge trimming: heckenschnitt
n compost heap: komposthaufen, komposter
n mulch: mulch, rindenmulch
n manure: mist, dung, pferdemist
n peat: torf
n potting soil: pflanzerde, anzuchterde
n sand: sand
n gravel: kies, schotter
n stones: steine, stein
n paths: wege, gartenweg
n fence: zaun, zäune
n pond: teich, gartenteich
n fountain: brunnen
n irrigation: bewässerung, tropfbewässerung
n sprinkler: rasensprenger, sprinkler
n rainwater: regenwasser
n water butt: wassertonne
n garden tools: gartengeräte, gartengerät
n spade: spaten, schaufel
n rake: harke
n wheelbarrow: schubkarre
n secateurs: gartenschere, rosenschere
n hedge trimmer: heckenschere
n leaf blower: laubbläser
n strimmer: rasentrimmer, freischneider
n garden furniture: gartenmöbel
n parasol: sonnenschirm
n greenhouse plants: gewächshauspflanzen
n cold frame: frühbeet
n slug pellets: schneckenkorn
n pesticide: pestizide, spritzmittel, pflanzenschutz
n plant diseases: pflanzenkrankheiten, mehltau, braunfäule
n frost damage: frostschäden
n overwintering: überwinterung, winterquartier
n soil moisture: bodenfeuchte, bodenfeuchtigkeit
n soil temperature: bodentemperatur
n ph: ph, ph-wert
n plant food: flüssigdünger, pflanzendünger
n wood chopping: holzhacken
v sow: säte, sähe, aussäe
v prick out: pikiere, pikieren, pikiert
v prune: schneide zurück, zurückschneiden, zurückgeschnitten
v trim the hedge: hecke schneiden
v rake: reche, rechen, geharkt, gerecht
v dig: grabe, graben, gegraben, umgraben, grabe um
v hoe: hacke um
v pick: pflücke, pflücken, gepflückt
v mulch: mulche, mulchen
v compost: kompostiere, kompostieren
v spray: sprühe, sprühen, besprühe, besprühen
v transplant: verpflanze, verpflanzen, verpflanzt, setze um
v cover: decke ab, abdecken, abgedeckt
v overwinter: überwintere, überwintern
v bloom: blüht, blühen, geblüht
v grow: wachse, wachsen, gewachsen, wächst, anbauen, baue an, angebaut
v sprout: keimt, sprießen
v wilt: welkt, welken, verwelkt
// Money and shopping.
n spending: geldausgaben
n purchases: kauf, käufe, anschaffung, anschaffungen
n impulse buys: spontankäufe, impulskäufe, frustkäufe
n shopping: shopping, bummeln, shoppingtrip
n shopping trips: einkaufstour, shoppingtour
n clothes shopping: klamottenkauf, kleiderkauf
n second-hand: secondhand, flohmarkt, flohmärkte, kleinanzeigen, vinted, ebay
n sales listings: inserate, inserat
n bank account: konto, konten, girokonto, kontostand
n balance: saldo, guthaben
n transfers: überweisung, überweisungen
n direct debits: lastschrift, lastschriften, abbuchung, abbuchungen
n standing orders: dauerauftrag, daueraufträge
n card payments: kartenzahlung, kartenzahlungen, ec-karte
n credit card: kreditkarte, kreditkarten
n paypal: paypal
n withdrawals: abhebung, abhebungen, geldautomat
n small change: kleingeld
n piggy bank: spardose
n savings goal: sparziel, sparziele
n emergency fund: notgroschen, notfallfonds
n pension: rente, altersvorsorge, riester
n interest: zinsen, zins
n dividends: dividende, dividenden
n shares: aktie, wertpapiere
n funds: fonds
n gold: gold
n net worth: vermögen, nettovermögen
n household budget: haushaltskasse, haushaltsgeld
n grocery budget: essensbudget, lebensmittelbudget
n instalments: ratenzahlung, abzahlung
n refunds: erstattung, erstattungen, rückerstattung
n cashback: cashback, payback
n vouchers: gutschein, gutscheine
n coupons: coupons, coupon
n bargains: schnäppchen
n price comparisons: preisvergleich
n fuel prices: spritpreise, benzinpreis, benzinpreise
n electricity prices: strompreis
n invoices: ausgangsrechnungen
n contracts: vertrag, verträge
n cancellations: kündigung, kündigungen
n memberships: mitgliedschaft, mitgliedschaften
n gym membership: fitnessabo
n rent payments: mietzahlung, mietzahlungen
n service charges: hausgeld
n council tax: grundsteuer
n tv licence: rundfunkbeitrag, gez
n heating costs: heizkosten
n water consumption: wasserverbrauch
n consumption: verbräuche
n tax return: steuerbescheid
n work expenses: werbungskosten
n side income: nebeneinkünfte, nebenjob, nebenverdienst
n wages: stundenlohn, löhne
n bonus: bonus, prämie
n allowance: kindergeld, elterngeld, zuschuss
n benefits: bürgergeld, arbeitslosengeld, wohngeld
n cash spending: barausgaben
n coffee to go: coffee to go, kaffee to go
n gifts: präsente
n wish list: wunschliste, wunschzettel
n shops: geschäft, geschäfte, läden
n supermarket: supermärkte, discounter, aldi, lidl, rewe, edeka
n chemist: drogerie, dm, rossmann
n hardware store: baumarkt
n pharmacy orders: versandapotheke
n online orders: onlinebestellungen, onlinebestellung
v spend: ausgegeben, gab aus, ausgab
v buy: kaufte, besorge, besorgen, besorgt
v shop: shoppe, shoppen, geshoppt, bummle
v order: bestellte, bestellt
v pay: zahlte, bezahlte, überweise, überweisen, überwiesen
v save: sparte, spare an
v put aside: lege zurück, zurückgelegt, lege beiseite
v withdraw: hebe ab, abheben, abgehoben
v lend: verleihe, verleihen, verliehen
v owe: schulde, schulden
v return: gebe zurück, zurückgeben, zurückgegeben, schicke zurück, zurückschicken
v cancel: kündige, kündigen, gekündigt
v sell: verkaufte
v waste: verschwende, verschwenden, verschwendet
// Work.
n work hours: arbeitsstunde
n workday: arbeitstag, arbeitstage, werktag, werktage
n end of work: feierabend
n job applications: bewerbung, bewerbungen, bewerbungsschreiben, initiativbewerbung
n job interviews: vorstellungsgespräch, vorstellungsgespräche, bewerbungsgespräch, bewerbungsgespräche
n job offers: jobangebot, jobangebote, stellenangebot, stellenangebote, zusage, zusagen
n rejections: absage, absagen
n job search: jobsuche, stellensuche
n career: karriere, laufbahn
n promotion: beförderung
n pay rise: gehaltserhöhung
n appraisal: mitarbeitergespräch, jahresgespräch, feedbackgespräch
n feedback: feedback, rückmeldung, rückmeldungen
n reviews: reviews, review, code-reviews, codereviews
n comments: anmerkungen, anmerkung, kommentare, kommentar
n bugs: bugs, bug
n tickets: jira
n commits: commits, commit
n pull requests: pull requests, pullrequests, pr, prs
n releases: release, releases
n deployments: deployment, deployments, deploys
n incidents: incident, incidents, störung, störungen, ausfall, ausfälle
n on-call: rufbereitschaft, bereitschaft, bereitschaftsdienst
n billable hours: abrechenbare stunden
n timesheet: stundenzettel, zeiterfassung, stundennachweis
n time off: urlaubstage, urlaubstag, freie tage, freizeitausgleich
n holidays left: resturlaub
n presentations: präsentation, präsentationen, vortrag, vorträge, referat, referate
n reports: bericht, berichte, report, reports
n documents: dokumente, dokument, unterlagen
n deals: abschlüsse, abschluss
n leads: leads, lead
n sales calls: verkaufsgespräche, kundengespräche, akquise
n customer calls: kundenanrufe
n support tickets: supporttickets, anfragen, anfrage
n complaints: reklamationen, reklamation
n orders: aufträge, auftrag
n turnover: umsätze
n revenue: erlöse
n profit: gewinn, profit
n goals: ziele, ziel, zielvorgaben
n productivity: produktivität
n focus time: fokuszeit, deep work
n pomodoros: pomodoro, pomodoros, tomaten-timer
n to-do list: todo-liste, to-do-liste, aufgabenliste
n ideas: ideen, idee, einfälle
n workload: arbeitsbelastung, pensum
n stress at work: arbeitsstress
n interruptions: unterbrechungen, unterbrechung
n work satisfaction: arbeitszufriedenheit
n team: team, teams, abteilung
n manager: vorgesetzte, vorgesetzter, teamleiter, teamleiterin
n employees: mitarbeiter, mitarbeiterin, mitarbeitende, angestellte
n patients: patienten, patient, patientin
n students: schüler, schülerin, studenten, studentin, studierende
n clients: kundschaft
n commute time: fahrzeit, pendelzeit
n business lunches: geschäftsessen
n conferences: konferenz, konferenzen, tagung, tagungen
n networking: netzwerken, networking
n side project: nebenprojekt, side project
n freelancing: selbstständigkeit, freelancing
// Study and school.
n study sessions: lerneinheiten, lerneinheit, lernsession, lernsessions
n study hours: lernstunden
n subjects: fächer, fach, schulfächer
n lessons: schulstunden, unterrichtsstunden, lektion, lektionen
n classes: klasse, klassen
n modules: module, modul
n credits: ects, leistungspunkte, credits
n assignments: abgaben, abgabe, einsendeaufgaben
n essays: aufsatz, aufsätze, essay, essays
n papers: paper, papers, artikel, fachartikel
n reading: lektüre, lesestoff
n vocabulary: vokabular, wortschatz
n grammar: grammatik
n pronunciation: aussprache
n conversation practice: sprachpartner, tandem, konversation
n chapters: kapitel
n sources: quellen, literatur
n notes: notizen, notiz, aufzeichnungen, mitschrift
n worksheets: aufgabenblätter, übungsblätter, übungsblatt, übungsaufgaben
n mistakes: fehler, fehlern
n class tests: klassenarbeit, klassenarbeiten, schulaufgabe, schulaufgaben
n quizzes: quiz, quizze, abfrage
n oral exams: mündliche prüfung, mündliche prüfungen
n exam dates: prüfungstermine
n semester: semester, trimester
n timetable: stundenplan
n school days: schultage, schultag
n absences: fehlzeiten, abwesenheit, abwesenheiten, gefehlt
n reading minutes: leseminuten, lesezeit
n spelling: rechtschreibung, diktat, diktate
n times tables: einmaleins, kopfrechnen
n physics: physik
n chemistry: chemie
n biology: biologie
n history: geschichte
n geography: erdkunde, geografie
n art: kunst, kunstunterricht
n music lessons: musikunterricht, musikstunde, musikstunden
n pe: sportunterricht
n latin: latein
n portuguese: portugiesisch
n turkish: türkisch
n arabic: arabisch
n korean: koreanisch
n dutch: niederländisch, holländisch
n swedish: schwedisch
n greek: griechisch
n ukrainian: ukrainisch
n sign language: gebärdensprache
n coding: coding
n online courses: onlinekurs, onlinekurse, udemy, coursera
n tutorials: tutorial, tutorials
n certifications: zertifikat, zertifikate, zertifizierung
n driving test: führerschein, fahrprüfung
n apprenticeship: ausbildung, lehre, berufsschule
n internship: praktikum, praktika
n dissertation: dissertation, promotion
n word count: wortanzahl, wortzahl
v study: studierte, studiert, lernte
v revise: wiederhole, wiederholen, wiederholt
v memorise: auswendig lernen, auswendig gelernt, einpräge, einprägen
v write: verfasse, verfassen, verfasst
v read: las
v apply: bewerbe, bewerben, beworben
v present: präsentiere, präsentieren, präsentiert
v teach: unterrichte, unterrichten, unterrichtet, bringe bei, beibringen, beigebracht
v translate: übersetze, übersetzen, übersetzt
v code: codiere, gecodet
v program: programmierte, programmiert
v finish: beende, beenden, beendet, erledige, erledigen, erledigt
v start: beginne, beginnen, begonnen, fange an, anfangen, angefangen, starte, starten, gestartet
v plan: plane, planen, geplant
v send: schicke, schicken, geschickt, sende, senden, gesendet, verschicke, verschicken, verschickt
v receive: erhalte, erhalten
v reply: antworte, antworten, geantwortet, beantworte, beantworten, beantwortet
v fill in: fülle aus, ausfüllen, ausgefüllt
v sign: unterschreibe, unterschreiben, unterschrieben
v type: tippe, getippt, tippte
// Hobbies and leisure.
n free time: freizeit
n leisure: muße
n book club: buchclub, lesekreis
n magazines: zeitschrift, zeitschriften, magazin, magazine, hefte
n newspaper: zeitung, zeitungen
n manga: manga, mangas
n fan fiction: fanfiction
n blog posts: blogbeiträge, blogartikel, blog
n stories: geschichten, kurzgeschichten
n poetry: lyrik, poesie
n documentaries: dokus, doku, dokumentationen, dokumentation
n anime: anime, animes
n board game nights: spieleabend, spieleabende
n quiz nights: quizabend, pubquiz
n pub: kneipe, kneipen, bars
n clubbing: disco, club, clubs
n festivals: festival, festivals
n exhibitions: ausstellung, ausstellungen
n flea markets: trödelmarkt
n day trips: tagesausflug, tagesausflüge
n excursions: exkursion, exkursionen
n sightseeing: besichtigung, besichtigungen, sehenswürdigkeiten
n hiking trails: wanderwege, wanderweg
n summits: gipfel
n mountains: berge, berg
n lakes: seen, see
n beaches: strand, strände
n caravan: wohnwagen, wohnmobil, camper
n campsites: campingplatz, campingplätze
n volunteering: ehrenamt, freiwilligenarbeit, ehrenamtlich
n club: verein, vereine
n church services: gottesdienst, gottesdienste
n prayers: gebete, gebet
n bible reading: bibellese, bibel
n meditation sessions: meditationseinheiten
n astronomy: astronomie, sterne beobachten, teleskop
n stargazing: sternegucken
n classic cars: oldtimer
n model railway: modelleisenbahn, modellbahn
n railway: eisenbahn
n model kits: bausätze, bausatz
n miniatures: miniaturen, tabletop, warhammer
n drones: drohne, drohnen
n aquascaping: aquaristik
n beekeeping: imkerei, imkern
n metal detecting: sondeln
n bird counts: vogelzählung
n genealogy: ahnenforschung, stammbaum
n trading cards: sammelkarten, pokemonkarten, panini-sticker
n figurines: figuren, figürchen
n watches: uhren
n wine collection: weinkeller
n perfumes: parfums, düfte
n escape rooms: escape room, escape rooms, escaperoom
n karaoke: karaoke
n magic tricks: zaubertricks, zaubern
n juggling: jonglieren
n rubik's cube: zauberwürfel
n chess puzzles: schachaufgaben, taktikaufgaben
n chess rating: elo, elozahl, wertungszahl
n wins: siege, sieg, gewonnen
n losses: niederlagen, niederlage
n scores: punktestand, ergebnis, ergebnisse, score
n achievements: erfolge, erfolg, errungenschaften
n playing time: spielzeit, spielzeiten, spielstunden
n streaks: streak, strähne, glückssträhne
// Crafts.
n crafts: basteleien, bastelei, bastelte, handarbeit, handarbeiten, diy
n knitting projects: strickprojekt, strickprojekte, strickstück
n rows: reihen, reihe
n stitches: maschen, masche
n patterns: muster, strickmuster, schnittmuster, anleitung, anleitungen
n wool: strickwolle, wollknäuel, knäuel
n sock yarn: sockenwolle
n quilts: quilt, quilts, patchwork
n sewing: näharbeiten
n sewing projects: nähprojekt, nähprojekte
n alterations: änderungen, änderung
n cross-stitch: kreuzstich
n macramé: makramee
n weaving: weben
n felting: filzen
n jewellery: schmuck, ketten, kette, ohrringe, armband, armbänder
n beads: perlen, perle
n candle making: kerzen gießen, kerzenziehen
n soap making: seifen sieden
n resin: epoxidharz, harz
n ceramics: keramiken, tonarbeiten
n clay: modelliermasse, tonerde
n pottery wheel: töpferscheibe
n glazes: glasur, glasuren
n woodturning: drechseln
n carving: schnitzen, schnitzerei
n furniture upcycling: upcycling
n painting: malerei
n watercolours: aquarell, aquarelle
n acrylics: acryl, acrylbilder
n oil painting: ölmalerei, ölbilder
n canvases: leinwand, leinwände
n sketchbook: skizzenbuch, sketchbook
n doodles: kritzeleien
n lettering: lettering
n scrapbooking: scrapbooking
n bullet journal: bullet journal, bujo
n photo albums: fotoalbum, fotoalben, fotobuch
n 3d printing: 3d-druck, 3d-drucker
n electronics projects: elektronik, arduino, raspberry pi
n soldering: löten, gelötet
n diy projects: heimwerkerprojekte
n diy projects: diy-projekte
v knit: strickte, gestrickt
v crochet: häkelte
v sew: nähte, genäht
v embroider: sticke, stickte, gestickt
v paint: malte, gemalt
v draw: zeichnete, gezeichnet
v sketch: skizziere, skizzieren, skizziert
v glue: klebe, kleben, geklebt
v cut out: schneide aus, ausschneiden, ausgeschnitten
v carve: schnitze, geschnitzt
v solder: löte
v build: baute
// Music.
n instruments: instrument, instrumente
n practice: übungszeit, übezeit
n practice sessions: übungseinheiten, übeeinheiten
n scales: tonleitern, tonleiter
n chords: akkorde, akkord, griffe
n pieces: stücke, musikstücke
n sheet music: notenblatt, notenblätter
n music theory: musiktheorie, harmonielehre
n ear training: gehörbildung
n rehearsals: probe, proben, bandprobe, chorprobe, orchesterprobe
n performances: auftritte, auftritt, aufführung, aufführungen, vorspiel
n gigs: gig, gigs
n band: bands
n orchestra: orchester
n bass: bass, e-bass, bassgitarre
n electric guitar: e-gitarre
n acoustic guitar: akustikgitarre, westerngitarre
n digital piano: e-piano, digitalpiano
n organ: orgel
n recorder: blockflöte
n clarinet: klarinette
n trombone: posaune
n horn: horn
n harp: harfe
n viola: bratsche
n double bass: kontrabass
n mandolin: mandoline
n banjo: banjo
n harmonica: mundharmonika
n synthesizer: synthesizer, synth
n dj sets: auflegen, dj
n music production: musikproduktion, beats
n recordings: aufnahmen, aufnahme
n songwriting: songwriting, songs schreiben
n lyrics: songtexte, songtext
n vocal training: gesangsunterricht, gesangsstunden, stimmbildung
n music teacher: musiklehrer, musiklehrerin
n metronome: metronom
n tempo: bpm
n albums: album, alben
n playlists: playlist, playlists
n radio plays: hörspiele, hörspiel
v rehearse: geprobt
v perform: trete auf, auftreten, aufgetreten
v compose: komponiere, komponieren, komponiert
v record: nehme auf, aufnehmen, aufgenommen
v sing: sang
v play: spielte
v practise: übte, geübt
// Sports and exercise.
n exercise: bewegung, körperliche aktivität
n activity: aktivität, aktivitäten
n training sessions: trainingstage, trainingstag
n runs: runs, laufrunde, laufrunden, joggingrunden
n distance: distanz, strecke, strecken, entfernung
n running time: laufzeit, laufzeiten
n splits: zwischenzeiten
n intervals: intervalle, intervall, intervalltraining, hiit
n sprints: sprints, sprint
n tempo runs: tempolauf, tempoläufe
n long runs: langer lauf, lange läufe
n trail running: traillauf, trailrunning
n parkrun: parkrun
n triathlon: triathlon
n duathlon: duathlon
n ironman: ironman
n bike rides: radtour, radtouren, fahrradtour, fahrradtouren, ausfahrt, ausfahrten
n cycling distance: radkilometer
n mountain biking: mountainbiken, mountainbike, mtb
n road bike: rennrad
n e-bike: e-bike, pedelec
n spinning class: spinning, indoor cycling
n lengths: längen
n open-water swimming: freiwasserschwimmen
n aqua aerobics: aquafitness, wassergymnastik
n diving: tauchen, tauchgänge, tauchgang
n snorkelling: schnorcheln
n mountaineering: bergsteigen, bergtouren, bergtour, hochtouren
n altitude: höhenmeter
n elevation gain: aufstieg
n climbing sessions: kletterei
n bouldering: bouldern, boulderhalle, boulder
n climbing grades: schwierigkeitsgrade
n gymnastics: turnen, turne, gymnastik
n calisthenics: calisthenics
n planks: plank, planks, unterarmstütz
n dips: dips
n leg raises: beinheben
n bicep curls: bizepscurls, curls
n shoulder press: schulterdrücken
n kettlebell: kettlebell, kettlebells
n resistance bands: widerstandsbänder, fitnessband, theraband
n foam rolling: faszienrolle, blackroll
n mobility: mobilität, beweglichkeit
n flexibility: flexibilität, dehnbarkeit
n balance: gleichgewicht, balance
n core: rumpf, core, rumpftraining
n leg day: beintag, beintraining
n upper body: oberkörper
n lower body: unterkörper
n max weight: maximalgewicht, 1rm
n reps: reps
n personal training: personal trainer, personaltraining
n sports club: sportverein
n football training: fußballtraining
n basketball: basketball
n volleyball: volleyball, beachvolleyball
n badminton: badminton, federball
n squash: squash
n padel: padel
n hockey: hockey
n rugby: rugby
n baseball: baseball
n fencing: fechten
n boxing: boxtraining
n wrestling: ringen
n kung fu: kung fu, kungfu, taekwondo, aikido, jiu-jitsu, bjj
n self-defence: selbstverteidigung
n archery: bogenschießen
n shooting: schießen, sportschießen
n skateboarding: skaten, skateboard, skateboarden
n inline skating: inlineskaten, inliner
n stand-up paddling: sup, stand-up-paddling
n canoeing: kanu, kanufahren
n ski days: skitage, skitag
n cross-country skiing: langlaufen, skilanglauf
n sledging: rodeln, schlitten
n tai chi: tai chi, qigong
n stretching routine: dehnroutine
n sports injuries: sportverletzung, sportverletzungen
n goals: tore, torschuss
n results: resultate
n competitions: turnier, turniere, meisterschaft
n medals: medaille, medaillen
n finish times: zielzeit, zielzeiten, endzeit
n training load: trainingsbelastung, belastung
n recovery: erholung, regeneration, regenerationstag, ruhetag, ruhetage
n heart rate zones: herzfrequenzzonen, pulszonen
n average heart rate: durchschnittspuls
n maximum heart rate: maximalpuls, maxpuls
n heart rate: herzfrequenz
n vo2max: vo2max
n calories burned: kalorienverbrauch, verbrannte kalorien
n active minutes: aktivminuten, aktive minuten
n step count: schrittzahl, schrittzähler, schrittanzahl
n floors: stockwerke
n stairs climbed: treppenstufen
v exercise: bewege, bewegen, bewegt, sporteln
v train: trainierte
v run: lief, gelaufen, laufe, gejoggt
v swim: schwamm
v cycle: radelte, geradelt, fahre fahrrad, fahrrad gefahren
v lift: stemme, stemmen, gestemmt, hebe, heben, gehoben
v hike: wanderte
v climb: kletterte, geklettert, gebouldert
v ski: fahre ski, ski gefahren
v row: ruderte, gerudert
v box: boxe, geboxt
v stretch: dehnte
v skip rope: springe seil
n football: kicken, kicke, kickte, gekickt
v win: gewinne, gewinnen, gewann
v lose: verlor
a active: aktiv, aktive, aktiven
a sporty: sportlich
a fit: fit
a sore: wund
// Transport.
n trips by car: autofahrten
n commute: heimweg, hinweg, pendelstrecke
n public transport: öpnv, öffis, öffentliche verkehrsmittel, nahverkehr
n means of transport: verkehrsmittel
n trains: züge
n regional trains: regionalbahn, regionalzug
n high-speed trains: ice, fernzug, fernverkehr
n delays: verspätung, verspätungen, verspätet
n train cancellations: zugausfall, zugausfälle
n missed connections: anschluss verpasst
n buses: busse
n coach: fernbus, flixbus
n ferry: fährschiff, fährverbindung
n flights: flüge, flugreisen, flugreise
n airport: flughafen
n boarding passes: bordkarte
n luggage: gepäck, koffer
n rail card: bahncard
n monthly ticket: monatskarte, monatsticket, jahresticket, abo-ticket
n car sharing: carsharing
n lifts: mitfahrgelegenheit, fahrgemeinschaft, fahrgemeinschaften
n rides: mitfahrten
n walking: zu fuß
n footpaths: fußweg, fußwege
n cycling routes: radrouten, radstrecke
n bike repairs: fahrradreparatur
n flat tyres: platter reifen, plattfuß
n bike lock: fahrradschloss
n bike lights: fahrradlicht
n chain oil: kettenöl
n punctures: reifenpanne, reifenpannen, panne, pannen
n traffic: verkehr, berufsverkehr
n accidents: unfall, unfälle, beinahe-unfälle
n near misses: beinaheunfall
n fines: bußgeld, bußgelder
// Car.
n car: pkw, kfz, karre
n petrol station: tankstelle
n refueling: tankbuch, tankbelege
n electric charging: stromtanken
n charging sessions: ladesession, ladesessions, ladestopps
n battery level: batterieladung, ladestand, akkustand
n range: reichweite
n oil change: ölwechsel
n engine oil: motoröl
n brakes: bremsen, bremse, bremsbeläge
n wipers: scheibenwischer
n windscreen wash: wischwasser, scheibenwischwasser
n coolant: kühlwasser, kühlflüssigkeit
n tyre pressure: reifendruck
n winter tyres: winterreifen
n summer tyres: sommerreifen
n car inspection: hauptuntersuchung, abgasuntersuchung
n servicing: wartung, wartungen
n garage visits: werkstattbesuch, werkstattbesuche, werkstatttermin
n car repairs: autoreparatur, autoreparaturen
n car insurance: kfz-versicherung, autoversicherung
n road tax: kfz-steuer
n car loan: autokredit, leasing, leasingrate
n car washes: autowaschen, waschstraße
n car cleaning: auto putzen, innenreinigung
n parking fees: parkgebühr, parkhaus, parkuhr
n parking tickets: parkknöllchen
n speed: geschwindigkeit
n engine: motor
n headlights: scheinwerfer
n warning lights: warnleuchte, kontrollleuchte
n dents: delle, dellen, kratzer
n car seat: kindersitz
n motorbike rides: motorradtouren, motorradfahrt, motorradfahrten
n moped: mopped, moped
n van: transporter
v refuel: tankte
v charge: lud, geladen, aufgeladen, lade auf
v park: parke, parken, geparkt
v drive: fuhr, fährt
v overtake: überhole, überholen
v brake: bremse, bremst, gebremst
n breakdowns: liegen geblieben, liegengeblieben
v take the bus: fahre bus, fahre mit dem bus
v take the train: fahre zug, fahre bahn, fahre mit der bahn
// Screens and media.
n screens: bildschirm, bildschirme, monitor
n screen use: bildschirmnutzung
n phone use: handynutzung, handykonsum, smartphonenutzung
n phone unlocks: entsperrungen, entsperrt
n tablet: ipad, tablet, tablets
n smartwatch: smartwatch, fitnesstracker, fitbit, garmin
n tv time: fernsehzeit, fernsehkonsum
n tv shows: sendungen, sendung, tv-serien, shows, show
n binge watching: binge-watching, bingewatching
n streaming services: streamingdienst
n video calls: videoanruf, videoanrufe, videocall, videocalls, facetime, zoom
n chats: chat, chats, chatten
n voice messages: sprachnachrichten, sprachnachricht, sprachmemos
n group chats: gruppenchat, gruppenchats
n posts: posts, postings
n stories: storys, stories, story
n likes: likes, like
n followers: follower, followers, abonnenten
n reels: reels, shorts
n reddit: reddit
n twitter: twitter
n linkedin: linkedin
n snapchat: snapchat
n telegram: telegram
n online news: nachrichtenseiten, newsfeed
n podcast episodes: podcastfolgen, podcastfolge
n music streaming: musikstreaming
n games consoles: nintendo, xbox, ps5, ps4
n mobile games: handyspiele, handyspiel, mobile games
n online gaming: onlinespiele
n internet use: internetnutzung, onlinezeit
n digital detox: digital detox, handyfasten, offline zeit, offlinezeit
n screen-free time: bildschirmfreie zeit
n selfies: selfie, selfies
n videos: video, videos, clips
n youtube videos: youtubevideos
n inbox: posteingang, postfach, inbox
n passwords: passwort, passwörter
n backups: backup, backups, sicherungskopie
n updates: update, updates
n downloads: downloads, download
n app subscriptions: app-abos
v watch: sah, gesehen, schaute, geschaut, guckte, sehe, sehen, anschauen, schaue an
v scroll: scrolle, gescrollt
v stream: streame, streamen, gestreamt
v chat: chatte, gechattet
v film: filmen, gefilmt
v upload: lade hoch, hochladen, hochgeladen
v unlock: entsperre, entsperren
v log in: einloggen, eingeloggt
// Moods and feelings.
n feelings: empfindung, empfindungen, gefühlslage
n mood: stimmungen, launen, gemütszustand, gemütslage, tagesform
n good mood: gute laune
n bad mood: schlechte laune, miese laune
a moody: launisch, launenhaft
n wellbeing: wohlbefinden, befindlichkeit
n happiness: glücklich, glücksmomente, glücksmoment
n joy: freuden
n highlights: highlight, highlights, höhepunkte, höhepunkt, lichtblicke
n good things: schöne momente, schönes, gute dinge
n satisfaction: zufriedenheit, zufrieden
n pride: stolz
n hope: hoffnung
n love: liebe
n affection: zuneigung, zärtlichkeit
n longing: sehnsucht
n homesickness: heimweh
n jealousy: eifersucht, neid
n shame: scham
n guilt: schuldgefühle, schuldgefühl, schlechtes gewissen
n regret: reue
n frustration: frust, frustration
n disappointment: enttäuschung, enttäuschungen
n annoyance: genervtheit, genervt
n rage: zorn, rage
n aggression: aggression, aggressionen
n fears: befürchtungen
n panic: panik
n nervousness: nervosität, aufregung, lampenfieber
n restlessness: unruhe, innere unruhe
n overwhelm: überforderung, überfordert
n tension: anspannung
n stress levels: stresslevel, stresspegel, stressniveau
n stressors: stressoren, stressauslöser
n triggers: trigger, auslöser
n sadness: traurig, niedergeschlagenheit
n low moods: tiefs, stimmungstiefs
n depressive episodes: depressive phase, depressive phasen, depressive episode
n crying spells: heulanfälle, weinanfälle, heulen
n grief: trauerphase
n apathy: antriebslosigkeit, lustlosigkeit
a burnt out: ausgebrannt
n mental health: psychische gesundheit, mentale gesundheit, psyche
n self-care: selbstfürsorge, selfcare, me-time, auszeit, auszeiten
n mindfulness: achtsamkeit
n affirmations: affirmationen, affirmation
n intentions: vorsätze, vorsatz, absichten
n reflections: reflexion, reflexionen, gedanken, gedanke
n worries: sorge, grübeleien
n thoughts: gedankengänge
n intrusive thoughts: zwangsgedanken, aufdringliche gedanken
n compulsions: zwänge, zwangshandlungen
n cravings: suchtdruck
n urges: drang, impulse
n sobriety: nüchternheit, abstinenz, trocken bleiben
n kindness: freundlichkeit, nette gesten, gute taten
n compliments: komplimente, kompliment
n conflicts: konflikte, konflikt, auseinandersetzung, auseinandersetzungen
n social contacts: soziale kontakte, kontakte
n social battery: soziale batterie
n confidence: selbstvertrauen, zuversicht
n courage: mut
n patience: geduld
n laughter: gelächter
n smiles: lächeln
n wins of the day: erfolgserlebnisse, erfolgserlebnis
n good deeds: gute tat
n gratitude journal: dankbarkeitstagebuch
n dreams: träume, traum, traumtagebuch
n lucid dreams: klarträume, klartraum
a happy: froh, frohe, fröhlich, glückliche
a sad: traurige, betrübt, niedergeschlagen
a angry: wütend, wütende, zornig
a anxious: ängstlich, ängstliche, besorgt, nervös
a stressed: gestresst, gestresste, gestressten
a calm: ruhig, ruhige, gelassen, entspannte
a relaxed: entspannt
a lonely: einsam, einsame
a bored: gelangweilt
a grateful: dankbar
a proud: stolze
a motivated: motiviert, motivierte
a productive: produktiv, produktive
a focused: konzentriert, fokussiert
a irritable: gereizt, reizbar, gereizte
a exhausted: erschöpft, erschöpfte, ausgelaugt, ausgelaugte
a good: gut, gute, guten, guter, gutes
a bad: schlecht, schlechte, schlechten, schlechter, mies, miese
a nice: schön, schöne, schönen, schöner, nett, nette
a funny: lustig, lustige, lustigen, witzig, witzige
a positive: positiv, positive, positiven
a negative: negativ, negative, negativen
// Sleep.
n sleep: schlaf, nachtschlaf
n sleep quality: schlafqualität, schlafgüte
n sleep duration: schlafdauer, schlafstunden
n bedtime: zubettgehzeit, schlafenszeit
n wake-up time: aufstehzeit, aufwachzeit, weckzeit
n night waking: nächtliches aufwachen, wachphasen, wachphase
n sleep phases: schlafphasen, tiefschlaf, rem-schlaf, leichtschlaf
n sleep debt: schlafmangel, schlafdefizit
n sleep routine: schlafroutine, abendroutine
n morning routine: morgenroutine
n nap: powernap
n siestas: siesta
n sleepwalking: schlafwandeln
n sleep talking: im schlaf reden
n sleep tracker: schlaftracker
n sleep mask: schlafmaske
n earplugs: ohrstöpsel, oropax
n baby's sleep: babyschlaf
v sleep in: schlafe aus, ausschlafen, ausgeschlafen
v wake up: wache auf, wachte auf, aufwachte
v doze off: döse, dösen, eingenickt
v lie awake: liege wach, wach gelegen
a awake: wach
a sleepy: schläfrig, verschlafen
a rested: ausgeruht, erholt
// Time words.
- : früh, spät, später, vorhin, eben, bald, neulich, kürzlich, zuletzt, zuerst, vorher, nachher, inzwischen, zwischendurch, tagsüber, abend, vormittag, nachmittag, frühmorgens, spätabends
- : täglich, tägliche, täglichen, wöchentlich, wöchentliche, monatlich, monatliche, jährlich, jährliche, stündlich, stündliche, werktags, wochentags
- : montag, dienstag, mittwoch, donnerstag, freitag, samstag, sonnabend, sonntag, montags, dienstags, mittwochs, donnerstags, freitags, samstags, sonntags
- : januar, februar, märz, april, mai, juni, juli, august, september, oktober, november, dezember
- : stunde, sekunde, sekunden, viertelstunde, uhr, uhrzeit, uhrzeiten, zeitpunkt, datum
- : wochenweise, quartal, halbjahr, saison
- : dauer, zeit, zeiten, häufigkeit, zeitraum, verlauf, statistik, statistiken, übersicht, historie, auswertung
n time: zeitaufwand
n summer: sommer
n spring: frühling, frühjahr
n autumn: herbst
n winter: winter, winters
n seasons: jahreszeiten
// Weather.
n temperatures: temperaturen, außentemperatur, innentemperatur, raumtemperatur
n heat: hitze, hitzetage, hitzewelle
n cold: kälte
n sunshine: sonnenschein, sonnenstunden, sonnig
n clouds: wolken, wolke, bewölkung
n fog: nebel
n drizzle: nieselregen
n showers: schauer, regenschauer
n thunderstorms: unwetter, gewitters
n hail: hagel
n sleet: schneeregen
n ice: glatteis, eisglätte
n snowfall: schneefall, neuschnee
n snow depth: schneehöhe
n air pressure: luftdruck, barometer
n wind speed: windgeschwindigkeit, windstärke, böen
n uv index: uv-index, uv
n weather forecast: wettervorhersage, wetterbericht, vorhersage
n rain days: regentage
n frost nights: frostnächte, frosttage
n heatwave: hitzeperiode
n drought: trockenheit, dürre
n floods: hochwasser, überschwemmung, überschwemmungen
n water level: pegelstand, pegel, wasserstand
n tides: gezeiten, ebbe, flut
n sea temperature: wassertemperatur
n moon: mond, mondphase, mondphasen, vollmond, neumond
n stars: sterne
n clock change: zeitumstellung
n daylight: tageslicht, tageslänge
n weather sensitivity: wetterfühligkeit, wetterfühlig, wetterumschwung
a sunny: sonnige, sonnigen
a rainy: regnerisch, verregnet
a cloudy: bewölkt, trüb, trübe
a windy: windig
a foggy: neblig
a stormy: stürmisch
a humid: feucht, feuchte
a snowy: verschneit
v rain: regnet, geregnet
v snow: schneit, geschneit
// Places.
n places: orte, ort, plätze, platz
n city: stadt, innenstadt, städte
n village: dorf, dörfer
n countryside: auf dem land, landleben
n neighbourhood: nachbarschaft, kiez, wohnviertel
n street: straße, straßen
n park: park, parks, stadtpark
n square: marktplatz
n station: bahnhof, hauptbahnhof, haltestelle, bushaltestelle
n town hall: rathaus, bürgeramt, amt, ämter, behörde, behörden
n post office: postamt, postfiliale, packstation
n bank: bank, sparkasse
n hairdresser: frisör, friseursalon
n beauty salon: kosmetikstudio, nagelstudio, kosmetikerin
n barber: barbier, barbershop
n gym visits: gymbesuche, studiobesuche
n swimming pool: hallenbad, freibad, schwimmhalle
n sauna visits: saunabesuch, saunabesuche
n spa: wellness, thermalbad
n sports ground: sportplatz, turnhalle
n stadium: stadion
n zoo: zoo, tierpark
n library visits: bibliotheksbesuche
n church: gotteshaus
n mosque: moschee
n synagogue: synagoge
n cemetery: friedhof, grab, gräber
n grave care: grabpflege
n hospital stays: krankenhausaufenthalt, krankenhausaufenthalte
n emergency room: notaufnahme, notarzt, notdienst
n family doctor: hausarzt, hausärztin, hausarztpraxis
n specialists: facharzt, fachärzte, fachärztin
n orthopaedist: orthopäde, orthopädin
n cardiologist: kardiologe, kardiologin
n neurologist: neurologe, neurologin
n ent: hno, hno-arzt
n urologist: urologe
n physiotherapist: physiotherapeut, physiotherapeutin
n midwife: hebamme
n pharmacist: apotheker, apothekerin
n care home: pflegeheim, altenheim, seniorenheim
n nursing service: pflegedienst
n workplace: arbeitsplatz, arbeitsplätze
n factory: fabrik, werk
n construction site: baustelle, baustellen
n abroad: ausland
n holiday home: ferienwohnung, ferienhaus
n hotel: hotel, hotels, übernachtung, übernachtungen
n countries: länder
n border: grenze
n sea: meer, küste
n mountain hikes: bergwanderungen, bergwanderung
n outdoors: draußen, im freien, an der frischen luft
n fresh air: frische luft, frischluft
n nature: natur
n forest walks: waldspaziergang, waldspaziergänge, waldbaden
n air: luft
n indoors: drinnen
// People.
n person: person, personen, mensch
n men: männer
n women: frauen
n girls: mädchen
n boys: jungen, jungs, junge
n kids' friends: spielkameraden, spielkamerad, spielfreunde
n visitors: besucher, besucherin
n strangers: fremde, unbekannte
n seniors: senioren, rentner, rentnerin
n carer: pfleger, pflegerin, betreuer, betreuerin
n tradesmen: handwerker
n plumber: klempner, installateur
n electrician: elektriker
n postman: postbote, paketbote, briefträger
n delivery driver: lieferant
n drivers: fahrer
n driver: autofahrer
n cyclist: radfahrer
n runner: läuferin
n trainer: trainer, trainerin, coach
n team mates: mitspieler, teamkollegen, mannschaft
n opponents: gegner, gegnerin
n contacts: ansprechpartner
n members: mitglieder, mitglied
n group: gruppe, gruppen
n community: gemeinschaft, gemeinde
n celebrities: promis, prominente
// Words that frame a request (recording, counting, rating) rather than name its thing.
- : notiere, notieren, notiert, notier, festhalten, festhalte, halte fest, festgehalten, eintragen, trag, eingetragen, aufschreiben, schreibe auf, schreib auf, aufgeschrieben, mitschreiben, mitgeschrieben
- : zähl, zählen, zählt, gezählt, mitzählen, zähl mit, zähle mit, mitgezählt, tracken, tracke, getrackt, tracking, protokollieren, protokolliere, protokolliert, dokumentieren, dokumentiere, dokumentiert
- : erfassen, erfasse, erfasst, aufzeichnen, zeichne auf, aufgezeichnet, loggen, logge, geloggt, speichern, speichere, gespeichert, vermerken, vermerke, vermerkt, merken, merk
- : führen, führe, geführt, liste, eintrag, einträge, einträgen, logbuch, skala, bewerte, bewerten, bewertet, bewertung, einschätzen, beurteile, beurteilen
- : messe, messen, gemessen, misst, messung, messungen, wiege, wiegen, gewogen, wiegt
// Units and amounts: the thing is what they measure.
- : eins, zwei, drei, vier, fünf, sechs, sieben, acht, neun, zehn, elf, zwölf, zwanzig, dreißig, hundert, tausend, halb, halbe, halben, doppelt, erste, ersten, erster, zweite, zweiten, dritte, einmal, zweimal, dreimal, paar
// Pronouns, determiners, degree words and fillers.
- : sie, er, es, man, ihm, ihn, ihnen, dein, deine, deinen, deinem, deiner, euer, eure, jemand, jemanden, niemand, etwas, nichts, alles, alle, allen, aller, jeder, jedem, beide, beiden, einige, einigen, mehrere, manche, manchmal, selbst, selber
- : diese, diesen, dieser, dieses, diesem, jene, solche, letzte, letzten, letzter, letztes, nächste, nächsten, nächster, vergangene, vergangenen, kommende, kommenden, heutige, heutigen, gestrige, gestrigen
- : sehr, ganz, ziemlich, total, echt, wohl, etwa, ungefähr, circa, ca, genau, insgesamt, gesamt, jeweils, durchschnittlich, mindestens, höchstens, zusammen, extra
- : wenig, weniger, mehr, meisten, meist, häufig, selten, nie, niemals, ständig, dauernd, öfter, öfters, gern, gerne, lieber, liebsten, bloß, eh, sowieso, also, quasi, irgendwie, irgendwas, irgendwann, irgendwo, einfach
- : nicht, kein, keine, keinen, keinem, keiner, jo, okay, ok, danke, hallo, hey, hi, moin, servus, bzw, usw, etc, zb, evtl, ggf, sowie
- : nen, ne, nem, ner, nes
- : mag, magst, mögen, möchten, darf, darfst, dürfen, könnte, könntest, könnten, müsste, würden, wäre, wären, sollen, lass, lasse, lassen, lässt, gelassen, brauche, brauchst, brauchen, versuche, versuchen, versucht, schaffe, schaffen, schafft, geschafft, hinbekommen, hinkriegen
- : gemacht, machte, macht, machst, getan, tat, gewesen, geworden, gibts, gegangen, ging, gingen, komme, kommen, gekommen, kam, komm, kommt
f since: seit, seitdem
f without: ohne
f until: bis
f during: während
f against: gegen
f between: zwischen
f through: durch
f around: um
f under: unter
f next to: neben
f behind: hinter
f after: nachm, nachem
f per: je
f than: als
// Everyday verbs in the short forms a request uses ("ich ess", "hab … gegessen").
v eat: ess, isst, esst, aß, frühstücke, frühstücken, gefrühstückt
v drink: trink, trinkt, trank, getrunkene
v have: gehabt, hatten
v take: nehm, nahm, nimmt, eingenommen
v cook: kocht
v clean: putz, putzt
v tidy: räum auf, aufgeräumte
v wash: wasch, waschte
v walk: spazierte, spaziert
v run: lauf, läuft
v read: les, liest
v write: schreib, schreibt
v learn: lern, lernt
v work: arbeitet
v play: spiel, spielt
v watch: schau, guck, guckt, schaut
v smoke: rauch, raucht, rauchte
v buy: kauf, kauft
v spend: ausgeb, ausgibt
v pay: bezahl
v order: bestell
v get up: steh auf, aufgestanden, stand auf
v give: gebe, geben, gibt, gegeben, gab
v make: herstellen, stelle her, hergestellt
v try: probiere aus, ausprobieren, ausprobiert
v feel: fühle, fühlen, gefühlt, fühlt
v think: denke, denken, gedacht
v need: benötige, benötigen, benötigt
v forget: vergaß, vergess, vergessene
v remember: erinnere, erinnern, erinnert
v miss: verpasse, verpassen, verpasst
v skip: schwänze, schwänzen, geschwänzt
v eat out: auswärts essen, auswärts gegessen
n takeaway orders: bestelle essen, essen bestellt, essen bestellen
v bite nails: nägel kauen, kaue nägel, nägelkauen
v pick skin: knibble, knibbeln, knibbel
v grind teeth: knirsche, knirschen, geknirscht
v swear: fluche, fluchen, geflucht
v complain: beschwere, beschweren, beschwert, beklage, jammere, jammern, gejammert
v lie: lüge, lügen, gelogen, schwindle
v apologise: entschuldige, entschuldigen, entschuldigt
v thank: bedanke, bedanken, bedankt
v help: helfe, helfen, geholfen, hilft, half
v volunteer: engagiere, engagieren, engagiert
v meet up: verabrede, verabreden, verabredet
v host: einladen, eingeladen
v celebrate: feiere, feierte, gefeiert
v move: ziehe um, umziehen, umgezogen
v renovate: renoviere, renovieren, renoviert, saniere, sanieren, saniert
v wait: wartete
v sit: sitze, sitzen, gesessen, saß
v stand: stehe, stehen, gestanden
v lie down: liege, liegen, gelegen, lag
v breathe: atme, atmen, geatmet
v cough: huste, hustet, gehustet
v bleed: blute, blutet, geblutet
v itch: juckt, gejuckt
v hurt: tut weh, tat weh, wehgetan, schmerzt, geschmerzt
v vomit: kotzte, erbrach, gekotzt
v faint: falle in ohnmacht, umgekippt, kippe um
v fall: falle, fallen, stürze, stürzen, gestürzt, hingefallen
v tan: bräune, bräunen, gebräunt
n eyebrow plucking: zupfe die augenbrauen, augenbrauen zupfen, augenbrauen gezupft
v cut hair: haare schneiden, haare geschnitten, schneide haare
v colour: färbe, färben, gefärbt, töne, tönen
n makeup: schminkte, geschminkt
`;
