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
n pumpkin: kürbis, kürbisse
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
n boyfriend: freund
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
n petrol: benzin, super
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
n plane: flug, flüge, flugzeug
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
v cut: schneide, geschnitten, schnippeln
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
v chew: kaue, gekaut
n chewing gum: kaugummi, kaugummis
v pee: pinkle, pinkeln, gepinkelt
v sweat: schwitze, schwitzen, geschwitzt
v yawn: gähne, gähnen
v wax: wachse, epiliere, epilieren, enthaare, enthaaren
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
`;
