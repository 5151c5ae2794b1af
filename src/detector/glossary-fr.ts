// French → English words for open subjects (read by glossary.ts). One entry a line:
// `<kind> <english>: <forms>`, kind n noun, v verb, a adjective (after its noun in French),
// f function word, - a word to drop. Forms are also found through their stem (plurals, verb
// persons), elided articles are cut before lookup, and unaccented spellings fold the same.
export const GLOSSARY_FR = `
v change: change, changer, changé, remplacer
v clean: nettoie, nettoyer, nettoyé
v wash: lave, laver, lavé
v mow: tonds, tondre, tondu
v water: arrose, arroser, arrosé
v take: prends, prendre, pris, avale
v use: utilise, utiliser, emploie, mets, mettre
v do: fais, faire, fait, passe
v give: donne, donner, donné
v walk: promène, promener, sors, sortir, balade, balader
v play: joue, jouer, joué
v practise: pratique, pratiquer, entraîne, entraîner, répète, répéter
v cook: cuisine, cuisiner
v bake: cuis, cuire
v have: ai, avoir, eu
v stretch: étire, étirer
v feed: nourris, nourrir
v brush: brosse, brosser
v bite: ronge, ronger
v iron: repasse, repasser
v sweep: balaie, balayer
v mop: serpillière
v vacuum: passe l'aspirateur, aspire, aspirer
n vacuuming: aspirateur
v run: cours, courir
v swim: nage, nager
v cycle: pédale, pédaler
v climb: grimpe, grimper
v hike: randonne, randonnée, randonnées
v dance: danse, danser
v meditate: médite, méditer
v read: lis, lire
v write: écris, écrire
v draw: dessine, dessiner
v paint: peins, peindre
v knit: tricote, tricoter
v sew: couds, coudre
v smoke: fume, fumer
v drink: bois, boire
v spend: dépense, dépenser
v save: économise, économiser
v buy: achète, acheter
v order: commande, commander
v brew: brasse, brasser
v shave: rase, raser
v floss: fil dentaire
v charge: recharge, recharger
v refuel: fais le plein, plein d'essence
v vaccinate: vaccine, vacciner
v deworm: vermifuger
v trim: coupe, couper, tailler
v repot: rempote, rempoter
v fertilize: engraisse, fertilise
v harvest: récolte, récolter, cueille, cueillir
v call: appelle, appeler
v study: étudie, étudier, révise, réviser
v pray: prie, prier
v cry: pleure, pleurer
v wake: réveille, réveiller
v snack: grignote, grignoter
v descale: détartre, détartrer
v defrost: dégivre, dégivrer
v check: consulte
v check phone: regarde mon tel, regarde mon téléphone, regarde mon portable, consulte mon téléphone, regarder mon téléphone
n trash: sors les poubelles, sortir les poubelles, descends les poubelles
n bedsheets: draps, drap, housse de couette
n contact lenses: lentilles, lentilles de contact
n plants: plantes, plante
n flowers: fleurs, fleur
n orchids: orchidées, orchidée
n tomatoes: tomates
n herbs: herbes aromatiques
n lawn: pelouse, gazon
n garden: jardin, potager
n dog: chien, chienne, toutou
n cat: chat, chatte, minou
n rabbit: lapin
n hamster: hamster
n horse: cheval
n chickens: poules
n fish: poissons, poisson
n aquarium: aquarium
n litter: litière
n shower: douche, douches
n bath: bain
n teeth: dents
n nails: ongles
n hair: cheveux
n car: voiture
n bike: vélo
n motorcycle: moto
n oil: huile, vidange
n tyres: pneus
n exercises: exercices, exercice
n physiotherapy: kiné, kinésithérapie, rééducation
n pelvic floor: périnée
n knee: genou
n back: dos
n shoulder: épaule
n neck: nuque
n stretching: étirements, étirement
n laundry: lessive, linge, machine à laver, machines
n dishes: vaisselle
n dishwasher: lave-vaisselle
n trash: poubelle, poubelles
n towels: serviettes
n clothes: vêtements, fringues, habits
n bed: lit
n filter: filtre
n water: eau
n water filter: carafe filtrante, filtre à eau
n dewormer: vermifuge
n pill: comprimé, comprimés, cachet, cachets, pilule
n vitamins: vitamines
n ibuprofen: ibuprofène
n paracetamol: paracétamol
n aspirin: aspirine
n painkillers: antidouleurs
n inhaler: inhalateur
n puffs: bouffées
n insulin: insuline
n antibiotic: antibiotique, antibiotiques
n drops: gouttes
n iron: fer
n waist: taille
n circumference: tour
n hips: hanches
n chest: poitrine
n arm: bras
n thigh: cuisse
n body fat: masse grasse
n attacks: crise, crises
n asthma: asthme
n panic attacks: crises d'angoisse, crises de panique
n anxiety: anxiété, angoisse
n tinnitus: acouphènes
n insomnia: insomnie, insomnies
n nightmares: cauchemars
n migraines: migraines, migraine
n headaches: maux de tête, mal de tête
n heartburn: brûlures d'estomac
n nosebleeds: saignements de nez
n allergy: allergie
n hay fever: rhume des foins
n cramps: crampes
n nausea: nausées
n dizziness: vertiges
n cough: toux
n rash: plaques
n acne: boutons, acné
n bloating: ballonnements
n period: règles
n pain: douleur, douleurs
n bread: pain
n sourdough: levain
n kombucha: kombucha
n sweets: bonbons, sucreries
n chocolate: chocolat
n chips: chips
n fruit: fruits
n vegetables: légumes
n eggs: oeufs, œufs, oeuf, œuf
n meat: viande
n fast food: fast-food, malbouffe
n food delivery: livraison, uber eats, deliveroo
n groceries: courses, supermarché
n energy drinks: boissons énergisantes, red bull
n juice: jus
n milk: lait
n soda: sodas, soda
n beer: bière, bières
n wine: vin
n tea: thé
n coffee: café, cafés
n cigarettes: cigarettes, clopes
n money: argent, fric, sous
n spending: dépenses
n fuel: essence, carburant
n rent: loyer
n subscriptions: abonnements
n weight: poids
n blood pressure: tension
n blood sugar: glycémie, sucre dans le sang
n pulse: pouls
n temperature: température
n gym: salle de sport, salle
n pool: piscine
n laps: longueurs
n football: foot
n tennis: tennis
n climbing: escalade
n push-ups: pompes
n pull-ups: tractions
n squats: squats
n sit-ups: abdos
n nappies: couches
n nap: sieste, siestes
n steps: pas
n violin: violon
n piano: piano
n guitar: guitare
n flute: flûte
n drums: batterie
n chess: échecs
n games: parties, partie, matchs, match
n board games: jeux de société
n crosswords: mots croisés
n puzzles: puzzles
n books: livres, livre
n pages: pages
n films: films
n series: séries
n podcasts: podcasts
n birds: oiseaux
n mushrooms: champignons
n floor: sol
n windows: fenêtres
n kitchen: cuisine
n bathroom: salle de bain
n toilet: toilettes
n fridge: frigo, réfrigérateur
n oven: four
n kettle: bouilloire
n flat: appartement, appart
n bread baking: pain maison
a cold: froide, froides, froid, froids
a hot: chaude, chaudes, chaud
a homemade: maison
a takeaway: à emporter
- : le, la, les, un, une, des, mon, ma, mes, me, se, quand, chaque, fois, que, qui, combien, toujours
f of: de, du, d'
f to: à, au, aux
f with: avec
f in: en, dans
f for: pour
f after: après
f before: avant
v floss: passe le fil dentaire, passer le fil dentaire, passé le fil dentaire, mets du fil dentaire
// More everyday words: symptoms, the body, family, animals, things at home, food, study, sport.
v vomit: vomit, vomis, vomir, vomi, vomissement, vomissements
v get up: lève, lever, levé
v find: trouve, trouver, ramasse, ramasser
v inspect: inspecte, inspecter, contrôle, contrôler, visite des ruches
v lubricate: graisse, graisser, huile, huiler
v lay: pondent, pondre, pond
v burn: brûle, brûler
v apply: mets de la crème, applique, appliquer
v inject: pique, piquer, injecte, injecter, injection, injections, piqûre, piqûres
v breastfeed: allaite, allaiter, allaitement, tétée, tétées
v learn: apprends, apprendre
v sneeze: éternue, éternuer
v scratch: gratte, gratter
v snore: ronfle, ronfler
v massage: masse, masser, massage
v sort: trie, trier, tri
v visit: rends visite, rendre visite
v feed: rafraîchis, rafraîchir, nourris, nourrir
v iron: repasse, repasser, repassage
v call: téléphone, téléphoner, coup de fil
n diarrhea: diarrhée, diarrhées
n constipation: constipation
n fever: fièvre
n hiccups: hoquet
n eczema: eczéma
n flare-ups: poussée, poussées
n itching: démangeaisons, démangeaison
n sore throat: mal de gorge, maux de gorge
n stomach ache: mal au ventre, maux de ventre
n back pain: mal au dos, maux de dos
n toothache: mal aux dents, rage de dents
n ear: oreille, oreilles
n eye: œil, yeux
n ear drops: gouttes pour les oreilles
n eye drops: gouttes pour les yeux, collyre
n sunscreen: crème solaire
n cream: crème, pommade
n grandma: grand-mère, mamie, mémé
n grandpa: grand-père, papi, pépé
n mum: maman, mère
n dad: papa, père
n sister: sœur
n brother: frère
n friends: amis, copains, copines
n kids: enfants, gamins, petits
n coffee machine: cafetière, machine à café, machine à expresso
n toothbrush: brosse à dents
n firewood: bois de chauffage, bûches
n fireplace: cheminée, poêle
n mushrooms: champignons, cèpes
n forest: forêt, bois
n hives: ruches, ruche
n bees: abeilles
n words: mots, vocabulaire
n german: allemand
n english: anglais
n spanish: espagnol
n italian: italien
n language: langue, langues
n lessons: cours, leçons
n homework: devoirs
n night: nuit, nuits
n sweets: sucreries, bonbons, friandises
n snacks: grignotage
n salt: sel
n protein: protéine, protéines
n bus: bus
n train: train
n commute: trajet, trajets
n overtime: heures sup, heures supplémentaires
n mileage: kilométrage
n car wash: lavage auto
n haircut: coiffeur
n dentist: dentiste
n doctor: médecin
n blood donation: don du sang
n fast food: fast-food, malbouffe
n laundry: machines, lessives, lessive, machine de linge, machines de linge
// Household and chores.
n chores: tâches ménagères, corvées, corvée, tâches
n housework: ménage, le ménage
n stuff: trucs, affaires, bazar
n vacuum cleaner: robot aspirateur
n broom: balai
n mop: serpillière, serpillère
n bucket: seau
n sponge: éponge, éponges
n cloth: chiffon, chiffons, torchon, torchons
n detergent: liquide vaisselle, javel, produit ménager
n fabric softener: adoucissant
n hanger: cintre, cintres
n ironing board: planche à repasser
n wardrobe: armoire, placard, placards, penderie
n drawer: tiroir, tiroirs
n shelf: étagère, étagères
n curtains: rideaux, rideau
n carpet: tapis, moquette
n sofa: canapé
n table: table
n chair: chaise, chaises
n desk: bureau
n lamp: lampe
n light bulb: ampoule, ampoules
n batteries: piles, pile
n key: clés, clé, clefs
n door: porte, portes
n balcony: balcon, terrasse
n garage: garage
n basement: cave, sous-sol
n attic: grenier
n hallway: couloir
n bedroom: chambre
n living room: salon, séjour
n children's room: chambre des enfants
n sink: évier, lavabo
n tap: robinet
n mirror: miroir, glace de la salle de bain
n mould: moisissure, moisissures
n dust: poussière
n mess: désordre, bordel
n repairs: réparation, réparations, bricolage
n renovation: travaux, rénovation
n tools: outils
n drill: perceuse
n boiler: chaudière, ballon d'eau chaude, cumulus
n radiator: radiateur, radiateurs
n air conditioning: climatisation, clim
n smoke alarm: détecteur de fumée
n freezer: congélateur, congél
n microwave: micro-ondes
n toaster: grille-pain
n blender: mixeur, blender
n dryer: sèche-linge
n recycling: recyclage, tri sélectif, tri
n compost: compost
n bottles: bouteilles, bouteille
n cans: canettes, canette, conserves
n packages: colis
n post: courrier, lettres, lettre
n bin bags: sacs poubelle
n heating: chauffage
n stove: cuisinière
n shopping list: liste de courses
n flat: appart, apparts
// Cleaning.
v tidy: range, ranger, rangé, rangement
v wipe: essuie, essuyer, essuyé
v scrub: frotte, frotter, frotté, récure, récurer
v disinfect: désinfecte, désinfecter, désinfecté
v polish: cire, cirer, ciré
v rinse: rince, rincer, rincé
v air: aère, aérer, aéré
v declutter: désencombre, désencombrer, trie mes affaires
v fold: plie, plier, plié
v hang: étends, étendre, étendu, accroche, accrocher
v empty: vide, vider, vidé
v dust: dépoussière, dépoussiérer, fais la poussière
n window cleaning: lavage des vitres, nettoyage des vitres
n windows: vitres, vitre
n spring cleaning: grand ménage
// Kitchen, food, drinks, meals.
n meals: repas
n breakfast: petit-déjeuner, petit déjeuner, petit-déj, petit déj
n lunch: déjeuner, déj
n dinner: dîner, souper
n dessert: dessert, desserts
n snack: goûter, en-cas, encas
n recipes: recette, recettes
n soup: soupe, soupes, potage, bouillon, velouté
n salad: salade, salades
n sandwich: sandwich, sandwichs, casse-croûte
n rice: riz
n pasta: pâtes, spaghettis
n potatoes: pommes de terre, patates, patate, purée
n porridge: porridge, flocons d'avoine
n cereal: céréales
n cheese: fromage, fromages
n butter: beurre
n yoghurt: yaourt, yaourts, yogourt
n ham: jambon
n sausage: saucisse, saucisses, saucisson
n chicken: poulet
n pork: porc
n beef: bœuf, steak, steaks
n apples: pommes, pomme
n bananas: bananes, banane
n oranges: oranges, orange
n strawberries: fraises, fraise
n raspberries: framboises
n blueberries: myrtilles
n cherries: cerises
n plums: prunes
n pears: poires, poire
n grapes: raisin, raisins
n lemons: citrons, citron
n nuts: noix, amandes, noisettes, cacahuètes
n carrots: carottes, carotte
n onions: oignons, oignon
n garlic: ail
n peppers: poivrons, poivron
n cucumbers: concombres, concombre
n lettuce: laitue
n beans: haricots
n spinach: épinards
n broccoli: brocolis, brocoli
n courgettes: courgettes, courgette
n pumpkin: potiron, citrouille, courge
n cake: gâteau, gâteaux, tarte, tartes
n biscuits: biscuits, biscuit, gâteaux secs
n pastries: viennoiseries, croissants, croissant, pains au chocolat
n ice cream: glace, glaces
n honey: miel
n jam: confiture, confitures
n flour: farine
n sugar: sucre
n sweetener: édulcorant, sucrette
n spices: épices
n olive oil: huile d'olive
n sparkling water: eau gazeuse, eau pétillante
n lemonade: limonade, diabolo
n smoothie: smoothie, smoothies
n cocoa: cacao
n espresso: expresso, espresso
n latte: café au lait, cappuccino
n green tea: thé vert
n herbal tea: tisane, tisanes, infusion, infusions
n drinks: boissons, boisson, apéro, apéros
n alcohol: alcool
n spirits: shots, shooters, alcool fort
n cocktails: cocktails, cocktail
n cider: cidre
n sushi: sushi, sushis
n kebab: kebab
n burgers: burgers, burger, hamburger
n fries: frites
n leftovers: restes
n calories: calories
n carbs: glucides
n fat: lipides, gras
n caffeine: caféine
n diet: régime
n meal prep: batch cooking
n preserves: conserves maison, bocaux, bocal
n fibre: fibres
// Garden, plants, weather.
n greenhouse: serre
n seeds: graines, semences
n seedlings: semis, boutures
n trees: arbres, arbre
n fruit trees: arbres fruitiers
n bushes: arbustes, buissons
n hedge: haie
n roses: roses, rosiers, rosier
n tulips: tulipes
n succulents: succulentes, plantes grasses
n pots: pots, pot, jardinières
n soil: terreau, terre
n fertiliser: engrais
n weeds: mauvaises herbes
n leaves: feuilles mortes, feuilles
n grass: herbe
n lawnmower: tondeuse
n hose: tuyau d'arrosage
n watering can: arrosoir
n harvest: récolte, récoltes
n pests: pucerons, limaces, nuisibles
n weather: météo, temps qu'il fait
n rain: pluie
n rainfall: précipitations, pluviométrie
n snow: neige
n frost: gelées
n wind: vent
n sun: soleil
n storms: orages, orage, tempête, tempêtes
n humidity: humidité
n air quality: qualité de l'air, pollution
n pollen: pollen, pollens
n sunrise: lever du soleil
n sunset: coucher du soleil
// Body, measurements.
n body: corps
n face: visage
n nose: nez
n mouth: bouche
n lips: lèvres
n gums: gencives
n throat: gorge
n stomach: estomac, ventre, bide
n hand: main, mains
n fingers: doigts, doigt
n wrist: poignet
n elbow: coude
n foot: pied, pieds
n ankle: cheville, chevilles
n heel: talon
n leg: jambe, jambes
n calf: mollet, mollets
n skin: peau
n muscles: muscles, muscle
n bones: os
n joints: articulations
n heart: cœur
n lungs: poumons
n liver: foie
n kidneys: reins
n bladder: vessie
n bowel movements: selles, caca
n urine: urine, pipi
n height: taille en cm
n measurements: mensurations
n blood oxygen: saturation, oxygène
n cholesterol: cholestérol
n breathing: respiration
n cycle: cycle, cycles
n ovulation: ovulation
n pregnancy: grossesse
n kicks: coups de pied du bébé
n contractions: contractions
n hydration: hydratation
// Symptoms and illnesses.
n cold: rhume, rhumes
n flu: grippe
n covid: covid
n runny nose: nez qui coule
n sneezing: éternuements
n earache: mal d'oreille, otite
n neck pain: mal au cou, torticolis
n joint pain: douleurs articulaires
n muscle pain: courbatures, douleurs musculaires
n period pain: règles douloureuses, douleurs de règles
n fatigue: fatigue, épuisement, coup de barre
n weakness: faiblesse
n vomiting: vomissements
n indigestion: indigestion, digestion
n reflux: reflux, remontées acides
n swelling: gonflement, œdème
n bruises: bleus, hématomes
n wounds: plaies, blessure, blessures, coupure, coupures
n burns: brûlures
n blisters: ampoules aux pieds
n bites: piqûres, morsures
n urticaria: urticaire
n hair loss: chute de cheveux
n dandruff: pellicules
n cold sores: bouton de fièvre, herpès
n infections: infection, infections
n urinary infection: cystite, infection urinaire
n sinusitis: sinusite
n depression: déprime, dépression, coup de blues
n stress: stress
n burnout: burn-out, burnout
n diabetes: diabète
n hypertension: hypertension
n epilepsy: épilepsie
n arthritis: arthrose, arthrite, rhumatismes
n hot flashes: bouffées de chaleur
n palpitations: palpitations
n shortness of breath: essoufflement
n tremor: tremblements
n snoring: ronflements
n teeth grinding: bruxisme
n mood swings: sautes d'humeur
n cravings: fringales, envies de sucre
n appetite: appétit, faim
n thirst: soif
n injuries: blessures sportives
n sprain: entorse, entorses
n falls: chutes, chute
// Medicine, therapy, doctors.
n medicine: médicament, médicaments, médocs, médoc, traitement
n prescription: ordonnance
n capsules: gélules, gélule
n syrup: sirop
n injection: piqûre, injection, injections
n plasters: pansements, pansement
n bandage: bandage
n spray: spray
n supplements: compléments, complément, compléments alimentaires
n vitamin d: vitamine d
n magnesium: magnésium
n omega-3: oméga, oméga 3
n probiotics: probiotiques
n melatonin: mélatonine
n contraception: contraception, pilule contraceptive
n antihistamine: antihistaminique
n antidepressants: antidépresseurs
n sleeping pills: somnifères
n therapy: thérapie, psychothérapie
n therapist: psy, psychologue, psychiatre, thérapeute
n appointments: rendez-vous, rdv, consultation, consultations
n check-ups: contrôle, contrôles, bilan, bilans
n blood tests: prise de sang, analyses, bilan sanguin
n vaccine: vaccin, vaccins, vaccination
n hospital: hôpital, urgences
n pharmacy: pharmacie
n nurse: infirmière, infirmier
n gynaecologist: gynéco, gynécologue
n dermatologist: dermato, dermatologue
n optician: ophtalmo, ophtalmologue, opticien
n paediatrician: pédiatre
n vet: véto, vétérinaire
n massage: massage, massages
n sick leave: arrêt maladie, arrêt de travail
n speech therapy: orthophoniste, orthophonie
n osteopathy: ostéo, ostéopathe
n glasses: lunettes
n hearing aid: appareil auditif
n brace: appareil dentaire
n mouthwash: bain de bouche
// Family and people.
n family: famille
n parents: parents
n mother-in-law: belle-mère
n father-in-law: beau-père
n in-laws: beaux-parents
n son: fils
n daughter: fille
n baby: bébé, bébés
n grandchildren: petits-enfants, petit-fils, petite-fille
n husband: mari
n wife: femme, épouse
n partner: conjoint, conjointe, compagnon, compagne, chéri, chérie
n boyfriend: mec
n girlfriend: meuf
n aunt: tante, tata
n uncle: oncle, tonton
n cousin: cousin, cousine
n niece: nièce
n nephew: neveu
n twins: jumeaux, jumelles
n neighbours: voisins, voisin, voisine
n colleagues: collègues, collègue
n boss: patron, chef, boss
n guests: invités
n babysitter: baby-sitter, nounou
n people: gens, personnes
n birthdays: anniversaires, anniversaire, anniv
n dates: rencards, rencard, rendez-vous galants
n sex: sexe
// Pets and animals.
n pets: animaux, animal, animaux de compagnie
n puppy: chiot
n kitten: chaton
n guinea pig: cochon d'inde, cochons d'inde
n turtle: tortue
n snake: serpent
n lizard: lézard, gecko
n budgie: perruche, perruches
n parrot: perroquet
n rat: rat, rats
n mouse: souris
n ferret: furet
n goats: chèvres, chèvre
n sheep: moutons, mouton, brebis
n cows: vaches, vache
n pigs: cochons, cochon
n ducks: canards, canard
n butterflies: papillons
n mosquitoes: moustiques
n spiders: araignées
n pet food: croquettes, pâtée, gamelle
n leash: laisse
n collar: collier
n fleas: puces
n flea treatment: pipette, pipettes, antipuces
n grooming: toilettage
n cage: cage
n bird feeder: mangeoire
n walks: promenade, promenades, balade, balades
// Hobbies, crafts, music, games, collecting.
n hobbies: loisirs, passe-temps, hobby
n crochet: crochet
n embroidery: broderie, brode, broder
n sewing machine: machine à coudre
n yarn: laine, pelotes
n fabric: tissu, tissus
n pottery: poterie, céramique
n woodwork: menuiserie, travail du bois
n drawings: dessins, dessin
n paintings: tableaux, tableau, toiles
n sketches: croquis
n calligraphy: calligraphie, lettering
n lego: lego, legos
n models: maquettes, maquette, modélisme
n photography: photographie, photo
n camera: appareil photo
n singing: chant, chante, chanter, chanté
n choir: chorale
n songs: chansons, chanson
n music: musique
n concerts: concerts, concert
n saxophone: saxophone, saxo
n trumpet: trompette
n cello: violoncelle
n keyboard: clavier
n accordion: accordéon
n harmonica: harmonica
n cards: cartes, belote, tarot
n poker: poker
n sudoku: sudoku, sudokus
n video games: jeux vidéo, jeu vidéo, gaming
n console: console, switch, playstation
n jigsaw puzzles: casse-tête
n stamps: timbres
n coins: pièces de monnaie
n vinyl records: vinyles, disques
n postcards: cartes postales
n collection: collection
n comics: bd, bandes dessinées, mangas, manga
n novels: romans, roman
n audiobooks: livres audio
n e-books: liseuse, kindle, ebooks
n library: bibliothèque, médiathèque
n poems: poèmes, poésie
n diary: journal intime
n fishing: pêche
n hunting: chasse
n camping: camping
n travel: voyages, voyage
n trips: excursions, escapades
n holidays: vacances, congés
n museums: musées, musée
n cinema: ciné, cinéma
n theatre: théâtre
n books: bouquins, bouquin, livres, livre
n films: films, film
// Sports and exercise.
n workouts: entraînement, entraînements, séances de sport
n running: course à pied, footing, jogging, courses à pied
n walking: marche, marche nordique
n cycling: cyclisme
n yoga: yoga
n pilates: pilates
n strength training: muscu, musculation
n weights: haltères, poids et haltères
n bench press: développé couché
n deadlifts: soulevé de terre
n lunges: fentes
n burpees: burpees
n skipping: corde à sauter
n crunches: crunchs
n cardio: cardio
n fitness: fitness, aérobic, zumba
n crossfit: crossfit
n martial arts: arts martiaux, boxe, kickboxing
n handball: handball, hand
n basketball: basket
n volleyball: volley
n golf: golf
n skiing: ski
n ice skating: patinage, patin à glace
n rowing: aviron, rameur, kayak, canoë
n sailing: voile
n surfing: surf
n horse riding: équitation
n table tennis: ping-pong, tennis de table
n bowling: bowling
n darts: fléchettes
n races: marathon, semi-marathon
n personal bests: records, record, chrono, chronos
n pace: allure
n training plan: plan d'entraînement
n warm-up: échauffement
n sets: répétitions
n treadmill: tapis de course
n exercise bike: vélo d'appartement
n sports: sport
// Transport, car, bike, fuel, commute.
n driving: conduite
n driving lessons: leçons de conduite, auto-école
n kilometres: kilomètres
n diesel: gazole, gasoil, diesel
n consumption: conso, consommation
n charging: recharge, borne
n electric car: voiture électrique
n service: révision, entretien, contrôle technique
n tyre change: changement de pneus
n parking: stationnement, parking
n tolls: péage, péages
n tickets: billets, billet, ticket, tickets, pass navigo
n speeding tickets: amendes, amende, pv, contraventions
n traffic jams: bouchons, embouteillages
n tram: tramway, tram
n underground: métro, rer
n plane: avion, vols, vol
n taxis: taxi, taxis, uber
n scooter: trottinette, trottinettes, scooter
n business trips: déplacements professionnels
n helmet: casque
// Money, shopping, bills, utilities.
n cash: thunes, liquide, espèces, pognon
n expenses: dépense, frais
n income: revenus, revenu
n salary: salaire, paie, paye
n savings: économies, épargne, tirelire
n budget: budget
n debt: dettes, dette
n loan: prêt, crédit, mensualités
n mortgage: prêt immobilier
n investments: placements, investissements, actions, bourse
n crypto: crypto, bitcoin, cryptos
n pocket money: argent de poche
n tips: pourboires, pourboire
n donations: dons, don
n gifts: cadeaux, cadeau
n purchases: achats, achat
n online shopping: achats en ligne, amazon, vinted, shein
n shoes: chaussures, baskets
n cosmetics: cosmétiques, maquillage
n perfume: parfum
n receipts: tickets de caisse, reçus
n bills: factures, facture
n electricity: électricité, électricité consommée
n gas: gaz
n water bill: facture d'eau
n meter readings: relevé de compteur, relevés de compteur
n meter: compteur électrique, compteur d'eau, compteur de gaz, linky
n internet: internet, box, wifi, fibre optique
n phone bill: forfait, forfait mobile
n insurance: assurance, assurances, mutuelle
n taxes: impôts, taxes
n fees: cotisations, cotisation
n streaming: netflix, spotify, deezer, disney
n lottery: loto, euromillions, grattage
n bets: paris sportifs
n prices: prix
n discounts: promos, promotions, soldes, réductions
n returns: retours
n orders: commandes, commande
n deliveries: livraisons
// Work, study, school, languages.
n work hours: heures de travail, heures travaillées
n work: boulot, taf, travail, job
n office: bureau au travail
n remote work: télétravail
n shifts: gardes, garde, astreintes
n meetings: réunions, réunion, visios, visio
n emails: mails, mail, e-mails, courriels
n tasks: tâches à faire, todo
n projects: projets, projet
n deadlines: échéances, deadlines
n clients: clients, client, clientes
n sales: ventes
n breaks: pauses, pause
n school: école, collège, lycée
n university: fac, université, études
n lectures: cours magistraux, amphis, td
n exams: examens, examen, partiels, concours
n grades: notes scolaires
n tests: contrôles de maths, interros, interro
n notes: fiches de révision
n revision: révisions, révise, réviser, révisé
n flashcards: cartes mémoire
n thesis: mémoire, thèse
n courses: formations, formation
n tutoring: soutien scolaire, cours particuliers
n maths: maths, mathématiques
n russian: russe
n chinese: chinois
n japanese: japonais
n portuguese: portugais
n duolingo: duolingo
n programming: programmation, code, coder
n exercises: exos, exo
// Media, screens, phone, social networks.
n screen time: temps d'écran, écrans, écran
n phone: portable, téléphone, smartphone
n apps: applis, appli, applications
n social media: réseaux sociaux, réseaux
n facebook: facebook, fb
n instagram: instagram, insta
n tiktok: tiktok
n youtube: youtube, vidéos
n messages: messages, textos, sms, whatsapp
n calls: appels, appel, coups de fil
n news: infos, actualités, actus, journal télévisé
n tv: télé, télévision
n episodes: épisodes, épisode
n notifications: notifications, notifs
n scrolling: scroll, scroller
n laptop: ordinateur, ordi, pc
n radio: radio
// Emotions and moods.
n mood: humeur, moral
n emotions: émotions, sentiments
n happiness: bonheur, joie
n sadness: tristesse, cafard
n anger: colère, colères, énervement
n fear: peur, peurs
n worry: inquiétude, inquiétudes, soucis
n loneliness: solitude
n boredom: ennui
n energy: énergie, forme
n motivation: motivation
n gratitude: gratitude, reconnaissance
n calm: calme, sérénité
n irritability: irritabilité, nerfs
n crying: pleurs, larmes
n self-esteem: estime de soi, confiance en soi
n relationships: relation, relations, couple
n tantrums: crises de colère, caprices
// Time words: dropped from a subject.
- : jours, journée, journées, semaines, an, ans, année, années, minute, minutes, hier, demain, maintenant, ensuite, puis, d'habitude, habituellement, régulièrement, récemment, week-end, week-ends, weekend, matin, matins, soir, soirs, soirée, après-midi, nombre, quantité, combien
// Verbs of daily life.
n getting dressed: m'habille, s'habiller
n hair washing: me lave les cheveux, lavage des cheveux, shampoing, shampooing
n nappy changes: change la couche, changer la couche
n bedtime: couche les enfants, heure du coucher
v drive: conduis, conduire, conduit
v commute: fais la navette
v fly: prends l'avion
v travel: voyage en, voyager, voyagé
v pack: fais mes valises, emballe, emballer
v fry: fais frire, frire, frit
v grill: grille, griller, grillé, barbecue, barbecues
v peel: épluche, éplucher, épluché
v prepare: prépare, préparer, préparé
v throw away: jette, jeter, jeté
v recycle: recycle, recycler, recyclé
v fix: répare, réparer, réparé
v build: construis, construire, construit
v plant: plante des, planter, planté, sème, semer, semé
v pick up: récupère, récupérer, récupéré
v pay: paie, payer, payé
v earn: gagne, gagner, gagné
v borrow: emprunte, emprunter, emprunté
v sell: vends, vendre, vendu
v invest: investis, investir, investi
v donate: donne à, donner à
v work: travaille, travailler, travaillé, bosse, bosser, bossé
v jump: saute, sauter, sauté
v row: rame, ramer
v sail: navigue, naviguer
v fish: pêche à, pêcher, pêché
v listen: écoute, écouter, écouté
v watch: regarde, regarder, regardé
v photograph: photographie des, photographier, prends des photos
v collect: collectionne, collectionner, collectionné
v text: écris à, envoie des messages
v meet: rencontre, rencontrer, retrouve, retrouver
v hug: câline, câliner, serre dans mes bras
v kiss: embrasse, embrasser
v laugh: ris, rire, ri
v shout: crie, crier, crié, hurle, hurler, engueule, engueuler
v worry: inquiète, inquiéter, stresse, stresser
v relax: détends, détendre, détendu, repose, reposer
v sunbathe: bronze, bronzer, bronzage
n sauna: sauna, hammam
n phone scrolling: traîne sur mon téléphone, traîne sur le téléphone
v post: poste, poster, posté, publie, publier
v download: télécharge, télécharger, téléchargé
v forget: oublie, oublier, oublié
v lose: perds, perdre, perdu
v procrastinate: procrastine, procrastiner, procrastination
v overeat: m'empiffre, s'empiffrer, goinfre
v sip: sirote, siroter
v chew: mâche, mâcher
n chewing gum: chewing-gum, chewing-gums, chewing gum
v pee: fais pipi
v sweat: transpire, transpirer, sue, suer
v yawn: bâille, bâiller
v wax: épile, épiler, épilé, épilation
n makeup: me maquille, maquiller
n nail painting: vernis, vernis à ongles
v moisturise: hydrate, hydrater
v wait: attends, attendre, attendu
// Adjectives.
a red: rouge, rouges
a white: blanc, blanche, blancs
a black: noir, noire, noirs
a green: vert, verte, verts
a sweet: sucré, sucrée, sucrés, sucrées
a salty: salé, salée, salés
a sparkling: pétillant, pétillante
a fresh: frais, fraîche, fraîches
a frozen: surgelé, surgelés, congelé, congelés
a healthy: sain, saine, sains, healthy
a big: grand, grande, grands, gros, grosse
a long: long, longue, longues
a short: court, courte, courts
a heavy: lourd, lourde
a light: léger, légère, light
a dry: sec, sèche, secs
a wet: mouillé, humide
a old: vieux, vieille, ancien
a new: nouveau, nouvelle, neuf, neuve
a electric: électrique, électriques
a vegan: végan, végane, vegan
a vegetarian: végétarien, végétarienne, végé
a alcoholic: alcoolisé, alcoolisées
a non-alcoholic: sans alcool
a decaf: déca, décaféiné
a sugar-free: sans sucre
a gluten-free: sans gluten
a spicy: épicé, épicée, piquant
a sour: acide
a left: gauche
a right: droit, droite
a upper: supérieur, haut
a lower: inférieur
a chronic: chronique, chroniques
a tired: fatigué, fatiguée
// Habits said as acts: skipping a meal, snoozing the alarm, checking the phone.
v skip breakfast: saute le petit-déj, saute le petit-déjeuner, saute le petit déjeuner, saute le petit déj, sauter le petit-déjeuner
v skip lunch: saute le déjeuner, sauter le déjeuner
v skip dinner: saute le dîner, sauter le dîner
v snooze alarm: repousse mon réveil, repousse le réveil, repousser le réveil, repousse l'alarme
n alarm: réveil, réveils, alarme
n phone: tel, tél, portable, téléphone
f in bed: au lit, dans mon lit, dans le lit
// Frame words of a request and measures of a thing: never its name ("noter le nombre d'heures…").
- : noter, note, noté, notée, notés, notées, notez, enregistrer, enregistré, enregistrées, consigner, inscrire, inscris, suivre, suivi, suivie, compter, compté, comptabiliser, mesurer, mesuré, retenir, garder, gardé, tenir, tiens, cocher, coche, coché, trace, traces
- : nb, nbr, total, totaux, moyenne, moyennes, durée, durées, fréquence, fréquences, intensité, niveau, niveaux, taux, score, scores, évolution, historique, statistiques, stats, suivi quotidien, type, types, sorte, sortes, genre
- : heure, heures, h, temps, secondes
- : ceci, cela, ça, ce, cet, cette, ces, celui, celle, ceux, celles, tout, toute, tous, toutes, même, mêmes, autre, autres, quelque, quelques, plusieurs, certains, certaines, chacun, chacune
- : y, lui, elle, elles, il, ils, eux
- : oui, ok, voilà, bref, style, enfin, bon, bien, super, merci, sinon, ailleurs, hein, alors, puis, ensuite
- : beaucoup, peu, assez, plus, moins, encore, jamais, souvent, parfois, rarement, presque, environ, seulement, juste, uniquement, vraiment, surtout, également
- : chose, choses, machin
- : lorsque, puisque, tandis, parce, qu'il, qu'elle, qu'on, sera, serai, étais
- : idem, etc, ex, exemple
f without: sans
f on: sur
f between: entre
f against: contre
f during: pendant, durant, lors de, au cours de
f since: depuis
f until: jusqu'à, jusqu'au, jusque
f at: chez
f towards: vers
f per: par
f by: selon
f as: comme
f in front of: devant
f behind: derrière
f near: près de, à côté de
f around: autour de
f instead of: au lieu de
f about: à propos de, concernant, au sujet de
// Words a French word shares a stem with, given their own entry so the right one is found first.
n bedtime: couche, coucher, couché, couchée, couchées, couchers
n overtime: sup, supplémentaires
n work hours: travaillées, heures travaillées
n babysitting: baby-sitting, babysitting
n sister: soeur, soeurs, sœurs, frangine
n brother: frangin, frères
n heart: coeur, coeurs
n beef: boeuf, bœufs, boeufs
n eye: oeil
// Home and chores.
n home: maison, domicile, foyer, logement
n house: pavillon, baraque
n rooms: pièce, pièces
n walls: mur, murs
n ceiling: plafond
n floors: parquet, carrelage, dalles
n stairs: escalier, escaliers
n roof: toit, toiture
n gutters: gouttière, gouttières
n garden shed: cabane de jardin, abri de jardin
n shutters: volets, volet, stores, store
n blinds: persiennes
n windowsill: rebord de fenêtre
n doorbell: sonnette
n letterbox: boîte aux lettres
n lock: serrure, verrou
n alarm system: alarme de la maison
n lights: lumière, lumières, éclairage
n sockets: prise électrique, prises électriques
n plugs: multiprise, multiprises
n fuses: fusible, fusibles, disjoncteur
n thermostat: thermostat
n ventilation: vmc, aération
n chimney sweep: ramonage, ramoner, ramoné
n pipes: canalisation, canalisations, tuyauterie
n leaks: fuite, fuites
n drain: siphon, évacuation, canalisation bouchée
n plumber: plombier
n electrician: électricien
n cleaner: femme de ménage
n bed linen: linge de lit, parure de lit
n duvet: couette, couettes
n pillow: oreiller, oreillers, taie, taies, taies d'oreiller
n blanket: couverture, couvertures, plaid, plaids
n mattress: matelas
n cushions: coussin, coussins
n tablecloth: nappe, nappes
n tea towels: torchons de cuisine
n bath mat: tapis de bain
n shower curtain: rideau de douche
n toilet paper: papier toilette, pq, papier hygiénique
n bathtub: baignoire
n toilet brush: balayette
n bleach: eau de javel
n limescale: calcaire, tartre
n descaler: anti-calcaire, détartrant
n dishwasher tablets: pastilles lave-vaisselle, tablettes lave-vaisselle
n washing-up liquid: produit vaisselle
n rubbish: ordures, déchets, ordures ménagères
n bin: benne, conteneur, composteur
n glass recycling: bouteilles en verre, verre recyclé
n cardboard: carton, cartons
n paper: papier, papiers
n plastic: plastique, plastiques, emballages
n batteries recycling: piles usagées
n bulky waste: encombrants, déchetterie
n washing machine: lave-linge, machine à laver le linge
n wash loads: machine de blanc, machine de couleurs, machines à laver
n laundry basket: panier à linge, corbeille à linge
n drying rack: étendoir, séchoir, tancarville
n clothes pegs: pinces à linge
n ironing: repassage, fer à repasser
n socks: chaussettes, chaussette
n underwear: sous-vêtements, culottes, slips, caleçons
n shirts: chemise, chemises
n t-shirts: t-shirt, t-shirts, tee-shirt, tee-shirts
n trousers: pantalon, pantalons, jean, jeans
n dresses: robe, robes
n skirts: jupe, jupes
n jumpers: pull, pulls, sweat, sweats
n coats: manteau, manteaux, veste, vestes, blouson, doudoune
n shoe polishing: cirage
n wardrobe clear-out: tri des vêtements, tri de placard
n cupboards: buffet, meuble, meubles
n furniture: mobilier
n bookshelf: bibliothèque à livres
n sofa bed: clic-clac, canapé-lit
n houseplants: plantes d'intérieur, plantes vertes
n candles: bougie, bougies
n decorations: déco, décoration, décorations
n christmas tree: sapin, sapin de noël
n frames: cadre, cadres
n boxes: boîte, boîtes, caisse, caisses
n bags: sac, sacs, sachet, sachets
n moving house: déménagement, déménager, déménage, déménagé
n tidying: rangement, rangements
n vacuuming: passage de l'aspirateur
n mopping: lavage du sol, lavage des sols
n dusting: dépoussiérage
n cleaning: nettoyage, nettoyages, nettoie, nettoyer, nettoyé
n deep cleaning: nettoyage en profondeur
n bathroom cleaning: ménage de la salle de bain
n oven cleaning: nettoyage du four
n fridge cleaning: nettoyage du frigo
n defrosting: dégivrage
n descaling: détartrage
n bed making: faire le lit, fais mon lit, fait mon lit
n errands: courses à faire, commissions, démarches
n paperwork: paperasse, papiers administratifs, administratif, démarches administratives
n DIY: bricole, bricoler, bricolé
n painting walls: peinture, peintures, repeindre, repeins, repeint
n wallpaper: papier peint
n shelves: rayonnage, rayonnages
n screws: vis, clous, clou
n hammer: marteau
n screwdriver: tournevis
n ladder: échelle, escabeau
n glue: colle
n tape: scotch, ruban adhésif
n keys: trousseau
n heating oil: fioul, mazout
n pellets: granulés
n wood stove: poêle à bois
n solar panels: panneaux solaires
n pool cleaning: nettoyage de la piscine
n car cleaning: nettoyage de la voiture
n window blinds: stores vénitiens
v sweep: balaye, balayé, balayée
v vacuum: aspiré, aspirée
v mop: lave le sol, laver le sol, lavé le sol, passe la serpillière, passé la serpillière
v tidy: range, rangée, rangés, rangées, ranges
v clean: nettoie, nettoyées, nettoyés, nettoyée, lavée, lavées
v wash: lave, laves, lavent
v hoover: passe l'aspi, passé l'aspi
v change: changée, changés, changées, changes
v replace: remplacé, remplacée, remplacés, remplacées
v iron: repassé, repassée, repassés, repassées
v fold: plie, pliée, pliés, pliées
v hang: étendu, étendue, étendus, étendues, suspends, suspendre, suspendu
v empty: vidée, vidés, vidées
v fill: remplis, remplir, rempli, remplie
v load: charge, charger, chargé
v unload: décharge, décharger, déchargé
v tidy up: mets de l'ordre
v sort: triée, triés, triées
v throw away: jetée, jetés, jetées, jette
v unblock: débouche, déboucher, débouché
v paint: peint, peinte, peints
v drill: perce, percer, percé
v screw: visse, visser, vissé
v assemble: monte, monter, monté, assemble, assembler
v mend: raccommode, raccommoder, raccommodé, recouds, recoudre, recousu
v lock: ferme à clé, verrouille, verrouiller
v open: ouvre, ouvrir, ouvert, ouverte
v close: ferme, fermer, fermé, fermée
v heat: chauffe, chauffer, chauffé
v ventilate: ventile, ventiler
v renovate: rénove, rénover, rénové
v decorate: décore, décorer, décoré
v move: bouge, bouger, bougé
v shovel: déneige, déneiger, déneigé, pelleter
v rake: ratisse, ratisser, ratissé
// Food and drink.
n food: nourriture, bouffe, alimentation, aliments, aliment
n meals: plats, plat, menu, menus
n starter: entrée, entrées
n main course: plat principal
n snacks: collation, collations, en-cas salés
n brunch: brunch
n picnic: pique-nique, pique-niques
n barbecue: barbecue, barbeuc
n takeaway: plats à emporter, resto rapide
n restaurants: restaurant, restaurants, resto, restos, restau, brasserie, bistrot
n canteen: cantine, self
n bakery: boulangerie, boulangeries, boulanger
n pizza: pizza, pizzas
n pancakes: crêpes, crêpe, pancakes, galettes
n waffles: gaufres, gaufre
n quiche: quiche, quiches
n omelette: omelette, omelettes
n sandwiches: tartine, tartines, tartinade
n toast: pain grillé, toasts, toast
n baguette: baguette, baguettes
n wholemeal bread: pain complet
n rolls: petits pains
n brioche: brioche
n pain au chocolat: chocolatine, chocolatines
n muesli: muesli, granola
n oats: avoine, flocons
n yoghurt: yaourt nature, fromage blanc, skyr
n cream: crème fraîche, chantilly
n plant milk: lait d'avoine, lait d'amande, lait de soja, lait végétal
n cheese: camembert, comté, emmental, gruyère, roquefort, brie, mozzarella, parmesan, fromage râpé
n raclette: raclette, raclettes
n fondue: fondue, fondues
n tofu: tofu
n salmon: saumon
n tuna: thon
n cod: cabillaud, colin, morue
n sardines: sardines, sardine
n mackerel: maquereau, maquereaux
n trout: truite, truites
n fish fingers: poisson pané, bâtonnets de poisson
n seafood: fruits de mer, crevettes, moules, huîtres
n chicken: blanc de poulet, escalope, escalopes, nuggets
n turkey: dinde
n lamb: agneau
n duck: magret, confit de canard
n meat: viandes, charcuterie, lardons, bacon
n minced meat: viande hachée, steak haché
n meatballs: boulettes
n vegetables: légume, crudités, légumes verts
n tomatoes: tomate
n aubergines: aubergine, aubergines
n peas: petits pois, pois
n chickpeas: pois chiches, houmous
n green beans: haricots verts
n cabbage: chou, choux, chou-fleur, choux de bruxelles
n leeks: poireau, poireaux
n radishes: radis
n beetroot: betterave, betteraves
n celery: céleri
n asparagus: asperges, asperge
n artichokes: artichaut, artichauts
n avocados: avocat, avocats
n sweet potatoes: patate douce, patates douces
n squash: butternut
n turnips: navets, navet
n fennel: fenouil
n rocket: roquette
n lamb's lettuce: mâche
n shallots: échalote, échalotes
n parsley: persil
n basil: basilic
n mint: menthe
n chives: ciboulette
n thyme: thym
n rosemary: romarin
n coriander: coriandre
n ginger: gingembre
n turmeric: curcuma
n cinnamon: cannelle
n pepper: poivre
n mustard: moutarde
n ketchup: ketchup
n mayonnaise: mayo, mayonnaise
n vinegar: vinaigre
n sauce: sauce, sauces, vinaigrette
n fruit: fruit
n peaches: pêches
n apricots: abricot, abricots
n melon: melon, melons
n watermelon: pastèque, pastèques
n pineapple: ananas
n mango: mangue, mangues
n kiwis: kiwi, kiwis
n clementines: clémentine, clémentines, mandarine, mandarines
n grapefruit: pamplemousse
n figs: figue, figues
n dates: dattes
n dried fruit: fruits secs, raisins secs
n redcurrants: groseilles, cassis
n blackberries: mûres
n rhubarb: rhubarbe
n compote: compote, compotes
n seeds: graines de chia, graines de lin
n peanut butter: beurre de cacahuète
n spread: pâte à tartiner
n pasta dishes: lasagnes, raviolis, gnocchis, tagliatelles, macaronis, coquillettes
n noodles: nouilles, ramen
n couscous: couscous, semoule, boulgour, quinoa
n bread crumbs: chapelure
n crackers: crackers, biscottes
n popcorn: pop-corn, popcorn
n cakes: gâteau au chocolat, fondant, brownie, brownies, muffin, muffins, cookie, cookies, madeleines, macarons, éclair, éclairs, tarte aux pommes
n sweets: bonbon, confiserie, confiseries, réglisse
n chocolate bars: barre chocolatée, barres chocolatées, barre de chocolat, tablette de chocolat, carré de chocolat, carrés de chocolat
n cereal bars: barre de céréales, barres de céréales, barre protéinée, barres protéinées
n desserts: crème dessert, mousse au chocolat, tiramisu, flan, panna cotta
n ice lollies: esquimau, glace à l'eau, sorbet, sorbets
n water: eau plate, eau du robinet, gourde, gourdes
n glasses: verre, verres
n cups: tasse, tasses, mug, mugs, bol, bols
n water bottles: bouteille d'eau, bouteilles d'eau
n capsules: capsules, dosettes, capsule, dosette
n tea: thés, thé noir, rooibos, matcha
n hot chocolate: chocolat chaud
n fruit juice: jus de fruits, jus d'orange, jus de pomme, pur jus
n fizzy drinks: boisson gazeuse, boissons gazeuses, coca, cola, ice tea
n syrup drinks: sirop de grenadine, sirop de menthe
n energy drinks: boisson énergisante
n beer: binouze, pinte, pintes, bière sans alcool
n wine: vins, vin rouge, vin blanc, champagne, crémant, pinard
n spirits: whisky, vodka, rhum, gin, pastis, ricard, tequila, cognac, digestif, liqueur
n aperitif: apéritif, apéritifs
n glasses of wine: verres de vin, verre de vin
n alcohol units: unités d'alcool, verres d'alcool
n binge drinking: beuverie, cuite, cuites
n hangover: gueule de bois
n sugar: sucres, sucre ajouté
n sweetened drinks: boissons sucrées
n salt: sodium
n fibre: fibre
n portions: portion, portions
n plates: assiette, assiettes
n fruit and veg: fruits et légumes
n water intake: consommation d'eau, eau bue
n fasting: jeûne, jeûner, jeûne intermittent
n junk food: cochonneries, junk food
n treats: gâteries, plaisirs sucrés
n vegetarian meals: repas végétariens, repas végé
n lunch box: lunch box
n groceries: courses alimentaires, épicerie, primeur
a organic: bio
// Cooking and baking.
n cooking: cuisine maison, popote, tambouille
n baking: pâtisserie, pâtisseries, pâtisse, pâtisser, pâtissé
n home baking: gâteaux maison
n dough: pâte, pâte à pizza, pâte à pain, pâte feuilletée, pâte brisée
n batter: pâte à crêpes
n bread making: fais mon pain, faire mon pain, fait mon pain, machine à pain
n jam making: confitures maison
n preserves: conserve, bocaux, stérilisation
n fermentation: fermentation, fermente, fermenter, fermenté, lacto-fermentation
n kimchi: kimchi
n yoghurt making: yaourtière, yaourts maison
n batch cooking: plats préparés à l'avance
n recipes tried: nouvelles recettes
n cookbook: livre de cuisine, livres de cuisine
n ingredients: ingrédient, ingrédients
n leftovers: reste, restes du frigo
n food waste: gaspillage alimentaire, gaspillage
n expiry dates: dates de péremption, date de péremption, dlc, périmé, périmés
n pans: casserole, casseroles, poêle à frire, poêles, marmite, cocotte, faitout
n baking tray: plaque de cuisson, moule, moules à gâteau
n knives: couteau, couteaux
n chopping board: planche à découper
n air fryer: friteuse, airfryer, air fryer, friteuse sans huile
n slow cooker: mijoteuse
n pressure cooker: cocotte-minute, autocuiseur
n food processor: robot, robot de cuisine, robot pâtissier
n barbecue grill: plancha
n scales: balance, balance de cuisine, pèse-personne
n lunchbox: boîte repas
n oven temperature: température du four
n cooking time: temps de cuisson, cuisson
v cook: cuisiné, cuisinée, cuisinés, cuisinées, mijote, mijoter, mijoté, fais à manger, faire à manger
v bake: cuit, cuite, cuits, enfourne, enfourner, enfourné
v knead: pétris, pétrir, pétri
v roast: rôtis, rôtir, rôti, rôtie
v boil: bous, bouillir, bouilli, fais bouillir
v steam: cuis à la vapeur, cuit à la vapeur
v simmer: mijotent
v chop: hache, hacher, haché, émince, émincer, émincé
v slice: tranche, trancher, tranché
v grate: râpe, râper, râpé
v mix: mélange, mélanger, mélangé, mixe, mixer, mixé
v whisk: fouette, fouetter, fouetté
v stir: remue, remuer, remué
v season: assaisonne, assaisonner, assaisonné
v marinate: mariner, mariné
v freeze: congèle, congeler, congelé, congelée, congelées
v thaw: décongèle, décongeler, décongelé
v reheat: réchauffe, réchauffer, réchauffé
v taste: goûte, goûter, goûté, goûtée, goûtés, goûtées, déguste, déguster, dégusté
v try: essaie, essaye, essayer, essayé, teste, tester, testé, testée, testés, testées
v serve: sers, servir, servi
v set the table: mets la table, mettre la table, mis la table
v clear the table: débarrasse, débarrasser
v eat: mange, manger, mangé, mangée, mangés, mangées, manges, mangent
v eat out: mange dehors, manger dehors, mangé dehors, mange au resto, manger au restaurant
v drink: bu, bue, bues, buvons, boivent
v order food: commande à manger
v nibble: picore, picorer, picoré
v binge: craque, craquer, craqué
v weigh: pèse, peser, pesé
v portion: portionne
n weighing: pesée, pesées
n cravings: craquage, craquages
// Body and health.
n health: santé
n head: tête
n forehead: front
n cheeks: joues, joue
n chin: menton
n jaw: mâchoire
n eyebrows: sourcils
n eyelashes: cils
n eyelids: paupières, paupière
n ears: oreille droite, oreille gauche
n tongue: langue de la bouche
n tooth: dent, dent de sagesse, dents de sagesse
n shoulders: épaules
n shoulder blades: omoplates, omoplate
n collarbone: clavicule
n armpits: aisselles
n upper arm: biceps, triceps
n forearm: avant-bras
n thumb: pouce, pouces
n nails: ongle, ongles des pieds, ongles des mains
n belly: abdomen, bidon
n navel: nombril
n lower back: lombaires, bas du dos
n spine: colonne vertébrale, colonne, vertèbres
n hips: hanche
n buttocks: fesses, fessier
n groin: pli de l'aine
n knees: genoux
n shins: tibia, tibias
n toes: orteil, orteils, doigts de pied
n soles: plante des pieds, voûte plantaire
n hamstrings: ischios, ischio-jambiers
n quads: quadriceps, quadris
n tendons: tendon, tendons, tendon d'achille
n ligaments: ligament, ligaments, ligaments croisés
n nerves: nerf, nerf sciatique
n brain: cerveau
n blood: sang
n veins: veine, veines, varices
n thyroid: thyroïde
n prostate: prostate
n uterus: utérus
n breasts: seins, sein
n skin: épiderme
n moles: grains de beauté, grain de beauté
n acne: bouton, pustules, points noirs
n scars: cicatrice, cicatrices
n wrinkles: rides, ride
n hair: poils, cheveu
n beard: barbe
n moustache: moustache
n posture: posture, maintien
n flexibility: souplesse
n balance: équilibre
n weight loss: perte de poids, maigrir, maigris, maigri, mincir
n weight gain: prise de poids, grossir, grossis, grossi
- : kilo, kilos, kg, gramme, grammes, gr, ml, cl, litre, litres
n bmi: imc
n body temperature: température corporelle
n heart rate: fréquence cardiaque, cardiaque, rythme cardiaque, battements de cœur, battements de coeur, bpm
n resting heart rate: fréquence cardiaque au repos
n blood pressure: pression artérielle, tension artérielle
n oxygen saturation: taux d'oxygène, spo2
n ketones: cétones, cétose
n hormones: hormone, hormones, hormonal
n menstruation: menstruations, menstrues, ragnagnas
n periods: règles abondantes
n pms: spm, syndrome prémenstruel
n menopause: ménopause, préménopause
n fertility: fertilité
n pregnancy test: test de grossesse
n baby kicks: mouvements du bébé, coups de bébé
n breastfeeding: allaitement maternel
n breast pump: tire-lait
n libido: libido
n hygiene: hygiène
n teeth brushing: brossage de dents, brossage des dents, brosse les dents, brosser les dents
n flossing: fil dentaire
n skincare: soins du visage, soin du visage, routine beauté, skincare, routine de soin
n moisturiser: crème hydratante
n face masks: masque, masques, masque visage
n shaving: rasage
n hair removal: épilation laser
n manicure: manucure
n pedicure: pédicure
n hairdresser: coiffure, coupe de cheveux, coiffeuse
n hair dye: coloration, teinture
n deodorant: déodorant, déo
n conditioner: après-shampoing, après-shampooing
n soap: savon, gel douche
n toothpaste: dentifrice
n razor: rasoir, lames de rasoir
n tampons: tampons, serviettes hygiéniques, cup, coupe menstruelle
n contact lens solution: produit pour lentilles
n checkup: examen médical, visite médicale, check-up
n screening: dépistage, mammographie, frottis, coloscopie
n scans: radio des poumons, radiographie, irm, scanner, échographie, écho
n x-rays: radios
n surgery: opération, opérations, chirurgie, intervention
n recovery: convalescence, récupération, guérison
n rehabilitation: rééduc
n physio sessions: séances de kiné
n sessions: session, sessions
n bowel movements: transit, selle, aller à la selle
n bathroom trips: pipis, passages aux toilettes
n water retention: rétention d'eau
n health insurance: sécu, sécurité sociale, carte vitale
n medical records: carnet de santé, dossier médical
n emergency: urgence
n ambulance: ambulance, samu
n pharmacist: pharmacien, pharmacienne
n gp: médecin traitant, généraliste, toubib, médecin généraliste
n specialist: spécialiste
n cardiologist: cardiologue
n endocrinologist: endocrinologue, endocrino
n rheumatologist: rhumatologue, rhumato
n ent doctor: orl
n midwife: sage-femme
n dietitian: diététicienne, diététicien, nutritionniste
n chiropractor: chiropracteur, chiro
n podiatrist: podologue
n acupuncture: acupuncture
n homeopathy: homéopathie
n naturopath: naturopathe, naturopathie
n orthodontist: orthodontiste
n dental care: soins dentaires, détartrage dentaire
v heal: guéris, guérir, guéri, guérie, cicatrise, cicatriser
v breathe: respire, respirer, respiré
v floss: passe le fil
v brush teeth: brosse mes dents, brossé mes dents, brosser mes dents
v bathe: baigne, baigner, baigné, prends un bain, pris un bain
v pee: uriner
v poop: fais caca
// Symptoms and illnesses.
n symptoms: symptôme, symptômes
n pain: mal, maux, douleur vive, douleurs chroniques
n aches: courbature, bobo, bobos
n headaches: céphalée, céphalées, mal au crâne, mal à la tête
n migraines: crise de migraine, crises de migraine
n stomach ache: mal de ventre, maux d'estomac, douleurs abdominales
n back pain: lombalgie, lumbago, sciatique, mal de dos
n knee pain: mal au genou, mal aux genoux, douleur au genou
n shoulder pain: mal à l'épaule, douleur à l'épaule
n neck pain: cervicales, mal à la nuque
n tooth pain: mal de dents
n leg pain: jambes lourdes, mal aux jambes
n foot pain: mal aux pieds
n wrist pain: tendinite, tendinites
n chest pain: douleur thoracique, douleurs thoraciques
n period pain: douleurs menstruelles, mal de règles
n fainting: malaise, malaises, évanouissement, évanouissements, syncope
n dizziness: vertige, tête qui tourne
n nausea: nausée, mal au cœur, mal au coeur, envie de vomir, mal des transports
n vomiting: vomissement, vomi
n diarrhoea: chiasse, gastro, gastro-entérite, courante
n constipation: constipé, constipée
n bloating: ballonnement, ventre gonflé, flatulences, pets
n heartburn: aigreurs, brûlure d'estomac
n cough: toux sèche, toux grasse, tousse, tousser, toussé
n sore throat: gorge irritée, angine, angines
n blocked nose: nez bouché, congestion nasale
n runny nose: rhinite
n tissues: mouchoirs, mouchoir
n sneezing: éternuement
n fever: fièvres, température élevée, fébrile
n chills: frissons, frisson
n sweating: sueurs, sueurs nocturnes, transpiration
n night sweats: sueurs de nuit
n fatigue: fatigues, crevé, crevée, épuisé, épuisée, claqué, naze
n brain fog: brouillard mental, brouillard cérébral
n concentration: concentration, attention
n memory: oublis, trous de mémoire
n headache triggers: déclencheurs
n allergies: allergies, réaction allergique, réactions allergiques
n hives: plaques rouges
n itching: prurit
n dry skin: peau sèche
n sunburn: coup de soleil, coups de soleil
n insect bites: piqûre de moustique, piqûres de moustiques, piqûres d'insectes
n ticks: tique, tiques
n lice: poux, pou
n warts: verrue, verrues
n fungal infection: mycose, mycoses
n thrush: candidose
n conjunctivitis: conjonctivite
n styes: orgelet
n ear infection: otites
n bronchitis: bronchite
n pneumonia: pneumonie
n chickenpox: varicelle
n measles: rougeole
n gastroenteritis: gastro-entérites
n food poisoning: intoxication alimentaire
n colds: rhumes de cerveau
n sore muscles: muscles douloureux
n cramp: crampe
n stiffness: raideur, raideurs
n tingling: fourmillements, picotements
n numbness: engourdissement, engourdi
n swelling: enflure, gonflé, gonflée, gonflés, chevilles gonflées
n inflammation: inflammation, inflammations
n bleeding: saignement, saignements, saigne, saigner
n nosebleeds: saigne du nez
n bruising: bleu, hématome
n cuts: coupure au doigt
n burns: brûlure
n fractures: fracture, fractures, plâtre
n sprains: foulure, entorse de la cheville
n back spasms: tour de reins
n hernia: hernie, hernie discale
n tendinitis: tendinite du coude, épicondylite
n carpal tunnel: canal carpien
n kidney stones: calculs rénaux, colique néphrétique
n cystitis: cystites
n haemorrhoids: hémorroïdes
n ibs: côlon irritable, colopathie
n crohn's: crohn, maladie de crohn
n endometriosis: endométriose, endo
n pcos: sopk
n thyroid problems: hypothyroïdie, hyperthyroïdie
n anaemia: anémie, carence en fer
n deficiency: carence, carences
n hypoglycaemia: hypoglycémie, hypo, hypos
n hyperglycaemia: hyperglycémie
n high blood pressure: hypertension artérielle
n low blood pressure: hypotension
n heart palpitations: tachycardie, cœur qui bat vite
n asthma attacks: crise d'asthme, crises d'asthme
n wheezing: sifflements
n breathlessness: souffle court
n apnoea: apnée, apnée du sommeil, apnées
n seizures: convulsions, crise d'épilepsie, crises d'épilepsie
n tics: tic, tics
n stammering: bégaiement, bégaie
n vertigo: labyrinthite
n tinnitus: acouphène, sifflement d'oreille
n hearing: audition, ouïe
n eyesight: vue, vision
n dry eyes: yeux secs
n eye strain: fatigue oculaire, fatigue visuelle
n long covid: covid long
n covid tests: test covid, tests covid, test antigénique, autotest, autotests
n tests: test, tests, dépistages
n illness: maladie, maladies, malade, malades
n sick days: arrêts maladie
n relapses: rechute, rechutes
n psoriasis: psoriasis
n rosacea: rosacée
n cold feet: pieds froids
n hot flushes: bouffée de chaleur
n night wakings: réveils nocturnes, réveil nocturne
n restless legs: jambes sans repos, impatiences
n teeth clenching: serre les dents
n sensitivity: sensibilité
n intolerance: intolérance, intolérances, intolérance au lactose
n gluten: gluten
n lactose: lactose
n reactions: réaction, réactions
n side effects: effets secondaires, effets indésirables
n triggers: déclencheur, facteurs déclenchants
// Medicines and supplements (generic names).
n pills: pilules, comprimé effervescent
n lozenges: pastille, pastilles
n doses: prise de médicament, prises de médicaments
n medication: traitement de fond, médication, traitements
n ointment: onguent, baume
n gel: gel
n patches: patch, patchs, patches
n suppositories: suppositoire, suppositoires
n nasal spray: spray nasal, sérum physiologique, pschitt
n eye drops: collyres
n cough syrup: sirop contre la toux
n throat lozenges: pastilles pour la gorge
n antibiotics: amoxicilline
n anti-inflammatories: anti-inflammatoire, anti-inflammatoires
n painkillers: antidouleur, analgésique, analgésiques, codéine, tramadol
n antihistamines: antihistaminiques, cétirizine, loratadine, desloratadine
n antacids: antiacide, antiacides
n omeprazole: oméprazole, ésoméprazole
n pantoprazole: pantoprazole
n laxatives: laxatif, laxatifs, macrogol
n anti-diarrhoeals: antidiarrhéique, antidiarrhéiques
n loperamide: lopéramide
n levothyroxine: lévothyroxine
n metformin: metformine
n statins: statine, statines, atorvastatine, rosuvastatine
n blood thinners: anticoagulant, anticoagulants
n beta blockers: bêtabloquant, bêtabloquants
n antihypertensives: antihypertenseur, antihypertenseurs
n corticosteroids: cortisone, corticoïdes, prednisolone, prednisone
n salbutamol: salbutamol
n inhalers: inhalateurs, pompe pour l'asthme
n anxiolytics: anxiolytique, anxiolytiques, benzodiazépines
n alprazolam: alprazolam
n antidepressants: antidépresseur, sertraline, fluoxétine, escitalopram, paroxétine
n sleeping pills: somnifère
n zolpidem: zolpidem
n methylphenidate: méthylphénidate
n hormone treatment: traitement hormonal, progestérone, œstrogènes, oestrogènes
n iron supplements: fer en gélules, complément de fer
n vitamin b12: vitamine b12, b12
n vitamin c: vitamine c
n folic acid: acide folique, folates
n zinc: zinc
n calcium: calcium
n potassium: potassium
n collagen: collagène
n creatine: créatine
n whey: whey, protéine en poudre, shaker
n spirulina: spiruline
n fish oil: huile de poisson
n cbd: cbd
n essential oils: huiles essentielles, huile essentielle
n herbal remedies: plantes médicinales, phytothérapie
n valerian: valériane
n turmeric capsules: curcuma en gélules
n nicotine patches: patchs de nicotine, patch nicotine, gommes à la nicotine
n vaping: vapote, vapoter, vapoté, vape, cigarette électronique, e-cigarette, puff
n nicotine: nicotine
n cannabis: cannabis, joint, joints, shit, beuh, weed
n injections: piqûre d'insuline
n insulin units: unités d'insuline
n blood sugar tests: dextro, glycémies
n glucose sensor: capteur, capteur de glycémie
n ibuprofen: ibu, ibuprofène 400
n pill box: pilulier
n refills: renouvellement, renouvellements
v sneeze: éternué
n fainting: évanouis, évanouir, évanoui, évanouie
// Family and kids.
n children: enfant, gosses, gosse, mômes, môme, marmots, loulous, loulou, bambins
n toddler: bambin, tout-petit, tout-petits
n newborn: nouveau-né, nourrisson, nourrissons
n baby: bout de chou
n son: fiston, fils aîné, garçon, garçons
n daughter: filles, fillette, fille aînée
n eldest: aîné, aînée
n youngest: cadet, cadette, benjamin, petit dernier, petite dernière
n teenager: ado, ados, adolescent, adolescente, adolescents
n siblings: frères et sœurs, fratrie
n grandparents: grands-parents
n grandmother: grand-mères, grand-maman, mamies, grand-mère paternelle, grand-mère maternelle
n grandfather: grand-pères, grand-papa, papy, papis, papys
n great-grandmother: arrière-grand-mère
n godchild: filleul, filleule
n godparents: parrain, marraine
n stepfather: beau-papa
n stepmother: belle-maman
n stepchildren: beaux-enfants
n sister-in-law: belle-sœur, belle-soeur
n brother-in-law: beau-frère
n daughter-in-law: belle-fille
n son-in-law: gendre
n relatives: famille proche, proches, parents éloignés
n partner: amoureux, amoureuse, moitié
n ex: ex-mari, ex-femme
n spouse: époux
n parenting: parentalité, éducation des enfants
n custody: garde alternée, garde des enfants
n childcare: crèche, nourrice, assistante maternelle, halte-garderie, garderie
n school run: trajet école, dépose à l'école
n nursery school: maternelle, petite section, grande section
n primary school: primaire, école primaire, cp, ce1, ce2, cm1, cm2
n teacher: maîtresse, maître, instit, prof, profs, professeur, professeure
n school bag: cartable
n school meals: cantine scolaire
n after-school club: périscolaire, centre de loisirs, centre aéré
n summer camp: colo, colos, colonie de vacances
n bottle feeds: biberon, biberons, bibi, bibis
n formula: lait infantile, lait maternisé, lait en poudre
n breastmilk: lait maternel
n baby food: petits pots, purée de bébé, diversification
n weaning: sevrage
n burps: rot, rots, rototo
n nappies: couche lavable, couches lavables
n nappy rash: érythème fessier
n potty training: propreté, apprentissage de la propreté
n accidents: pipi au lit, accidents, accident
n bedwetting: énurésie
n teething: poussée dentaire, dents de bébé, dentition
n first words: premiers mots
n milestones: étapes, progrès de bébé, premiers pas
n growth: croissance, courbe de croissance
n tantrums: caprice, crise de colère
n meltdowns: pétage de plombs, effondrements
n screaming: cris, hurlements
n bedtime routine: rituel du coucher
n bedtime stories: histoire, histoires
n night feeds: biberons de nuit, tétées de nuit, biberon de nuit
n toys: jouet, jouets, joujou, peluche, peluches, doudou, doudous
n dummy: tétine, tétines, sucette, sucettes
n pushchair: poussette, landau
n car seat: siège auto
n high chair: chaise haute
n cot: lit bébé, berceau
n baby monitor: babyphone
n vaccinations: vaccins de bébé, calendrier vaccinal, rappel, rappels
n paediatrician visits: visites chez le pédiatre
n chores chart: tableau des tâches
n rewards: récompense, récompenses, gommettes
n punishments: punition, punitions, puni, punie
n behaviour: comportement, comportements
n screen time kids: écrans des enfants
n homework help: aide aux devoirs
n school reports: bulletin, bulletins
n parent-teacher meetings: réunion parents-profs
n activities: activité, activités, activités extrascolaires
n swimming lessons: cours de natation
n family time: temps en famille, moments en famille
n family meals: repas de famille, repas en famille
n visits: visite, visites
v visit: visiter, visité, rends visite
v babysit: garde les enfants
v breastfeed: allaité, donne le sein, donné le sein
v bottle-feed: donne le biberon, donné le biberon
v bath the baby: baigne le bébé
n story time: lis une histoire, lu une histoire, lire une histoire
v pick up: vais chercher, va chercher, aller chercher
v drop off: dépose, déposer, déposé
n cuddles: câlin, câlins, câlinou
n kisses: bisou, bisous
v scold: gronde, gronder, grondé
n arguments: dispute, disputes, disputer, disputé, engueulade, engueulades, conflits, conflit, embrouille, embrouilles
n compliments: compliment, félicitations
// Pets and animals.
n animals: bête, bêtes, bestioles
n dogs: chiens, chiennes, toutous, clebs, cabot
n cats: chats, chattes, minous, matou
n kittens: chatons
n puppies: chiots
n rabbits: lapins, lapine
n hamsters: hamsters
n guinea pigs: cobaye, cobayes
n chinchilla: chinchilla
n mice: souris blanches
n birds: oiseau
n canaries: canari, canaris
n chickens: poule, poulailler
n rooster: coq
n chicks: poussins, poussin
n eggs laid: œufs pondus, oeufs pondus, ponte, pontes
n horses: chevaux, poney, poneys, jument
n donkey: âne, ânes
n goldfish: poisson rouge, poissons rouges
n tortoise: tortue de terre, tortues
n axolotl: axolotl
n insects: insecte, insectes
n ants: fourmis, fourmi
n wasps: guêpes, guêpe, frelons
n flies: mouche, mouches
n slugs: limace, escargots, escargot
n hedgehogs: hérisson, hérissons
n squirrels: écureuil, écureuils
n foxes: renard, renards
n deer: cerf, biche, chevreuil, chevreuils
n boars: sanglier, sangliers
n bats: chauves-souris
n frogs: grenouilles, grenouille, crapaud
n wildlife: faune, animaux sauvages
n bird watching: ornithologie, observation des oiseaux
n bird species: espèces d'oiseaux
n sightings: observation, observations
n birds seen: oiseaux vus, oiseaux observés
n dog walks: sortie du chien, sorties du chien, promenade du chien, promenades du chien, balade du chien
n dog training: dressage, éducation canine, éduc canine
n obedience: obéissance, rappel du chien
n tricks: astuces
n vet visits: visite chez le véto, visites chez le véto, consultation vétérinaire
n pet weight: poids du chat, poids du chien
n pet insurance: assurance animaux
n kennel: chenil, niche, pension pour chien
n cat sitter: pet-sitter, garde de chat
n cat flap: chatière
n scratching post: griffoir, arbre à chat
n litter tray: bac à litière, caisse à litière
n hairballs: boules de poils
n fur: pelage, poils du chat
n shedding: mue
n claws: griffes, griffe
n paws: patte, pattes, coussinets
n fleas treatment: traitement antipuces, anti-puces
n ticks treatment: anti-tiques, collier antiparasitaire
n pet food: pâtées, sachets de pâtée, nourriture pour chat, nourriture pour chien, croquette
n bowls: gamelles
n water bowl: écuelle, fontaine à eau
n aquarium fish: poissons d'aquarium, néons, guppys
n terrarium: terrarium, vivarium
n hay: foin
n bedding: copeaux, litière végétale
n cat catches: proies, proie
n hunting trophies: trophées de chasse
v groom: toiletter, toiletté
v bark: aboie, aboyer, aboyé, aboiements
v meow: miaule, miauler, miaulements
v purr: ronronne, ronronner
v hunt: chasser, chassé
v lay eggs: pondu, pondus, pondue
v feed: donne à manger, donner à manger, donné à manger, nourri, nourrie
// Garden and plants.
n gardening: jardinage, jardine, jardiner, jardiné, jardinier
n vegetable garden: jardin potager, carré potager, carrés potagers, potagers
n allotment: jardin partagé, jardin ouvrier, jardins familiaux
n flower beds: massif, massifs, parterre, parterres, plates-bandes
n borders: bordure, bordures
n raised beds: bacs surélevés, bac potager
n window boxes: jardinière
n planters: pots de fleurs, pot de fleurs, cache-pot
n compost heap: tas de compost
n mulch: paillage, paillis, pailler, paillé
n cuttings: bouture, bouturage, bouturé
n bulbs: bulbe, bulbes, oignons de fleurs
n plants: plant, plants, végétaux
n houseplants: plante verte, plantes vertes, plante d'intérieur
n cacti: cactus
n ferns: fougère, fougères
n monstera: monstera
n bonsai: bonsaï, bonsaïs
n herbs: aromatiques, fines herbes
n flowers: floraison, bouquet, bouquets
n sunflowers: tournesol, tournesols
n lavender: lavande
n hydrangeas: hortensia, hortensias
n geraniums: géranium, géraniums
n daisies: marguerite, marguerites, pâquerettes
n peonies: pivoine, pivoines
n dahlias: dahlia, dahlias
n lilies: lys
n daffodils: jonquilles, jonquille, narcisses
n climbing plants: grimpantes, plantes grimpantes, lierre, glycine, vigne vierge
n vines: vigne, vignes, pieds de vigne
n hedges: haies, thuyas
n trees: chêne, chênes, bouleau, érable, sapins, pin, pins
n fruit bushes: groseilliers, framboisiers
n apple trees: pommier, pommiers
n pear trees: poirier, poiriers
n cherry trees: cerisier, cerisiers
n olive trees: olivier, oliviers
n lemon tree: citronnier
n fig tree: figuier
n orchard: verger
n tomato plants: pieds de tomates, plants de tomates, tomates cerises
n courgette plants: pieds de courgettes
n strawberry plants: fraisiers
n yield: rendement, production
n harvest: cueillette, cueillettes, ramassage
n fruit picking: ramassage des fruits
n grass cutting: tonte, tontes, tonte de la pelouse
n hedge trimming: taille de la haie, taille des haies
n pruning: taille des arbres, taille des rosiers, élagage, élaguer, élagué
n weeding: désherbage, désherbe, désherber, désherbé, arrache les mauvaises herbes
n digging: bêche, bêcher, bêché, retourne la terre
n hoeing: binage, bine, biner
n garden tools: outils de jardin
n spade: pelle
n rake: râteau
n shears: sécateur, cisaille
n wheelbarrow: brouette
n gloves: gants, gant
n irrigation: arrosage automatique, goutte-à-goutte, irrigation
n rainwater: récupérateur d'eau, eau de pluie, cuve
n watering: arrosage, arrosages, arrosée, arrosés, arrosées
n plant food: engrais liquide
n manure: fumier
n pesticides: pesticide, pesticides, traitement du jardin, bouillie bordelaise
n aphids: puceron
n snails: escargots du jardin
n diseases: mildiou, oïdium
n frost: gelée, givre
n germination: germination, germe, germer, germé, germées
n repotting: rempotage
n soil ph: ph du sol, acidité
n garden pond: bassin, mare
n lawn care: entretien du gazon
n moss: mousse
n leaves raking: ramassage des feuilles
n garden furniture: salon de jardin
n garden jobs: travaux du jardin, travaux de jardinage
n garden centre: jardinerie
n balcony plants: plantes du balcon
n foraging: cueillette sauvage
n berries: baies, mûres sauvages
n chestnuts: châtaignes, marrons
n walnuts: noix du jardin
v sow: semée, semés, semées
v plant out: repique, repiquer, repiqué
v pick: cueilli, cueillie, cueillis
v weed: désherbé
v harvest: récolté, récoltée, récoltés, récoltées
v grow: cultive, cultiver, cultivé, cultivée, fais pousser, faire pousser
v bloom: fleurit, fleurir, fleuri, fleurie
v wilt: fane, faner, fané, fanée
v mulch: paille
// Money and shopping.
n money spent: argent dépensé, sommes dépensées
n amount: montant, montants, somme, sommes
- : euro, euros, eur, centimes, centime, dollars
n bank account: compte en banque, comptes bancaires
n savings account: livret a, livret, livret d'épargne, pel
n bank: banque, banques
n bank cards: carte bancaire, carte bleue, cb
n transfers: virement, virements
n direct debits: prélèvement, prélèvements
n withdrawals: retrait, retraits, distributeur
n payments: paiement, paiements, règlement
n refunds: remboursement, remboursements, remboursé, remboursée
n overdraft: découvert, agios
n bank fees: frais bancaires
n pension: retraite, pension de retraite, épargne retraite
n benefits: allocations, allocs, caf, chômage, rsa, aides sociales
n tax return: déclaration d'impôts, déclaration de revenus
n council tax: taxe foncière, taxe d'habitation
n charges: charges, charges de copropriété
n bills paid: factures payées, factures à payer
n electricity bill: facture d'électricité, facture edf
n gas bill: facture de gaz
n phone bill: facture de téléphone, facture internet
n rent paid: loyer payé, loyers
n household budget: budget familial, budget du foyer
n monthly budget: budget mensuel
n cash flow: trésorerie
n accounts: comptes, comptabilité, compta
n quotes: devis
n price: tarif, tarifs, coût, coûts
n value: valeur
n stocks: actions en bourse, portefeuille, etf
n dividends: dividendes
n interest: intérêts
n insurance payments: cotisations d'assurance
n car insurance: assurance auto, assurance voiture
n home insurance: assurance habitation
n shopping: shopping, magasin, magasins, boutique, boutiques, centre commercial, lèche-vitrine
n supermarket: supermarchés, hypermarché, hypermarchés, grande surface
n corner shop: supérette, épicerie du coin
n butcher: boucherie, boucher
n pharmacy purchases: achats en pharmacie
n bookshop: librairie
n second-hand: friperie, brocante, vide-grenier, vide-greniers
n impulse purchases: achats impulsifs, achat impulsif, coups de cœur, coups de coeur
n clothes shopping: achats de vêtements, achat de vêtements
n wishlist: liste d'envies, envies d'achat, liste de souhaits
n christmas shopping: achats de noël
n christmas presents: cadeaux de noël, cadeaux de noel
n gift ideas: idées cadeaux, idées de cadeaux, idée cadeau
n ideas: idée, idées
n coupons: bons de réduction, coupons, codes promo, code promo
n loyalty points: points de fidélité, carte de fidélité
n cashback: cashback
n bargains: bonnes affaires, bonne affaire
n sales items: soldes d'hiver
n parcels: colis reçus, colis envoyés
n returns: retour
n refunds: rembourser
n shared expenses: dépenses partagées, dépenses communes
n loans to friends: argent prêté, prêté, prêtée, prêter
n borrowed money: argent emprunté
n debts owed: dettes à rembourser
n gambling: jeux d'argent, casino, pmu
n scratch cards: tickets à gratter, ticket à gratter
n subscription: abonnement, abo, abos
n memberships: adhésion, adhésions
n cinema tickets: places de cinéma, places de ciné
n tickets: place de concert, places de concert
n brands: marque, marques
n products: produit, produits, article, articles
n stock: stocks, réserves, provisions
v spend: dépensé, dépensée, dépensés, dépensées, claquer
v save: économisé, économisée, épargne, épargner, épargné, mets de côté, mis de côté
v pay: payée, payés, payées, règle, régler, réglé
v buy: acheté, achetée, achetés, achetées
v shop: fais les magasins, faire les magasins, fais du shopping
v sell: vendue, vendus, vendues, revends, revendre, revendu
v receive: reçois, recevoir, reçu, reçue, reçus
v send: envoie, envoyer, envoyé, envoyée
v withdraw: retire, retirer, retiré
v transfer: vire, virer, viré
v budget: budgète, budgéter
v compare: compare, comparer, comparé
v return: rapporte, rapporter, rapporté
// Work and study.
n job: emploi, métier, taff
n career: carrière
n job search: recherche d'emploi, candidature, candidatures, cv, lettre de motivation, entretien d'embauche, entretiens d'embauche
n interviews: entretiens
n job offers: offres d'emploi, offre d'emploi
n internship: stage, stages, stagiaire, alternance
n freelance work: freelance, indépendant, auto-entrepreneur, micro-entreprise
n business: entreprise, société, startup, ma boîte
n company: employeur
n employees: salarié, salariés, employés, employé
n team: équipe, équipes
n manager: manager, responsable, cheffe
n timesheets: pointage
n leave: congé, congés payés, rtt, jours de congé
n days off: jour de repos, jours de repos
n rest: repos
n workplace: lieu de travail, open space, coworking
n commute to work: trajet domicile-travail, trajet pour le boulot
n business travel: déplacement, déplacements, mission, missions
n calls: call, calls, visioconférence, conf call, teams, zoom
n emails answered: mails traités
n inbox: boîte mail, boîte de réception
n tasks: tâche, todo list, to-do
n to-do list: liste de tâches
n priorities: priorité, priorités
n goals: objectif, objectifs, but, buts
n results: résultat, résultats, performance, performances
n productivity: productivité
n focus time: concentration au travail, travail concentré, deep work
n pomodoros: pomodoro, pomodoros
n procrastination: procrastine
n interruptions: interruption, interruptions
n meetings: rendez-vous client, rdv client
n presentations: présentation, présentations, exposé, exposés
n reports: rapport, rapports, comptes rendus, compte-rendu
n documents: document, documents, dossier, dossiers, fichier, fichiers
n files: classeur, classeurs
n contracts: contrat, contrats
n invoices sent: factures envoyées, factures émises
n quotes sent: devis envoyés
n customers: clientèle
n orders received: commandes reçues
n sales calls: prospection, appels de prospection, démarchage
n leads: prospects, prospect
n revenue: chiffre d'affaires
n profit: bénéfice, bénéfices, marge
n salary increase: augmentation
n bonuses: prime, primes, bonus
n payslips: fiche de paie, fiches de paie, bulletin de salaire
n training: formation professionnelle
n skills: compétence, compétences
n certifications: certification, certifications, diplôme, diplômes
n networking: réseautage, networking
n side project: projet perso, side project
n side income: revenus complémentaires, revenus annexes
n night shifts: garde de nuit, gardes de nuit, poste de nuit, nuits de garde
n on-call: astreinte
n stress at work: stress au travail
n colleagues: collègue de travail, collaborateurs, collaboratrices
n coding: développement, dev, programmer
n commits: commit, commits
n bugs: bug, bugs, bogue
n pull requests: pull request, pull requests, pr
n code reviews: revue de code, code review
n lines of code: lignes de code
n writing: rédaction, écriture, rédige, rédiger, rédigé
n words written: mots écrits
n articles: article de blog, articles de blog
n blog: blog, blogs
n newsletter: newsletter, newsletters
n translation: traduction, traductions, traduis, traduire
// Study and school.
n studies: étude, cursus
n study time: révision du bac
n school subjects: matière, matières
n french: français
n history: histoire-géo, histoire géo
n geography: géographie, géo
n physics: physique, physique-chimie
n chemistry: chimie
n biology: biologie, svt
n philosophy: philo, philosophie
n economics: économie, éco
n literature: littérature
n arabic: arabe
n dutch: néerlandais
n korean: coréen
n latin: latin
n grammar: grammaire
n spelling: orthographe, dictée, dictées
n conjugation: conjugaison
n vocabulary: vocab, lexique
n kanji: kanji, kanjis
n times tables: tables de multiplication, table de multiplication
n maths exercises: exercices de maths
n problems: problème, problèmes
n essays: dissertation, dissertations, dissert, rédaction scolaire, essai, essais
n assignments: devoir, dm, devoirs maison, copies
n exams: épreuve, épreuves, bac, brevet, partiel, concours blanc, bac blanc
n quizzes: quiz, qcm, questionnaire
n mock exams: examen blanc, examens blancs
n driving test: code de la route, permis de conduire, permis
n oral exams: oral, oraux
n lectures: cours magistral, amphi, conférence, conférences
n seminars: séminaire, séminaires, atelier, ateliers
n classes: classe, classes
n absences: absence, absences
n lateness: retard, retards
n reading list: liste de lecture
n textbooks: manuel, manuels, manuel scolaire
n notebooks: cahier, cahiers
n mind maps: carte mentale, cartes mentales
n revision cards: fiche, fiches, fiches bristol
n anki cards: anki
n study sessions: sessions de révision, séances de révision
n research: recherche, recherches, labo, laboratoire
n phd: doctorat, thésard
n dissertation: mémoire de master
n scholarship: bourse d'études
n online courses: cours en ligne, mooc
n language learning: apprentissage des langues
n language exchange: tandem, échange linguistique
n sign language: langue des signes
n learning: apprentissage, apprentissages
v study: étudié, étudiée, bûcher
v revise: révisée, révisés
v learn: appris, apprise, apprend
v memorise: mémorise, mémoriser, mémorisé, apprends par cœur, apprends par coeur, apprendre par coeur, apprendre par cœur
v understand: comprends, comprendre, compris
v teach: enseigne, enseigner, enseigné
v present: présente, présenter, présenté
v attend: assiste, assister, assisté
v apply: postule, postuler, postulé
v hire: embauche, embaucher, embauché, recrute, recruter
v quit: démissionne, démissionner, démissionné
v code: code, coder, codé, développe, développer, développé
v write: écrit, écrite, écrits, écrites
v read: lu, lue, lus, lues, lisent, bouquine, bouquiner, bouquiné
v finish: finis, finir, fini, finie, termine, terminer, terminé, terminée, terminés, terminées
v start: commence, débute, débuter, débuté
v complete: complète, compléter, complété, accomplis, accomplir
v plan: planifie, planifier, planifié, organise, organiser, organisé
v deliver: livrer, livré, livrée
v sign: signe, signer, signé
v reply: réponds, répondre, répondu
v commute: fais le trajet
// Hobbies and pastimes.
n reading: lecture, lectures
n books read: livres lus, bouquins lus
n pages read: pages lues
n chapters: chapitre, chapitres
n authors: auteur, auteurs, autrice
n reading club: club de lecture
n writing practice: écriture créative, atelier d'écriture
n journaling: bullet journal, bujo, journaling
n poetry: poème, poésies
n photos: photos, clichés, cliché
n films watched: films vus
n documentaries: documentaire, documentaires, docu, docus
n anime: anime, animés
n cartoons: dessins animés, dessin animé
n shows: spectacle, spectacles, one-man-show
n exhibitions: expo, expos, exposition, expositions
n festivals: festival, festivals
n outings: sortie, sorties
n parties: fête, fêtes, teuf, teufs, soirée arrosée
n escape games: escape game, escape games
n quizzes: blind test, quiz en ligne
n chess games: parties d'échecs, partie d'échecs
n card games: jeu de cartes, jeux de cartes, uno, rami
n scrabble: scrabble
n monopoly: monopoly
n role-playing games: jdr, jeu de rôle, jeux de rôle, donjons et dragons
n games: jeux, jeu
n gaming sessions: sessions de jeu
n achievements: succès, trophées
n puzzles done: puzzles terminés
n rubik's cube: rubik's cube, rubik
n magic tricks: tours de magie, magie
n astronomy: astronomie, étoiles, télescope
n birdwatching: ornitho
n genealogy: généalogie, arbre généalogique
n volunteering: bénévolat, bénévole, associations, association
n church: église, messe, messes
n prayer: prière, prières, chapelet
n meditation: méditation, méditations, pleine conscience
n breathing exercises: cohérence cardiaque, exercices de respiration
n gratitude journal: journal de gratitude
n affirmations: affirmations positives
n visualisation: visualisation
n self-care: soins personnels
n screen-free time: déconnexion, digital detox
n walks in nature: balades en forêt, balade en forêt, sorties nature
n geocaching: géocaching
n metal detecting: détection de métaux
n tarot cards: tirages de tarot
// Crafts.
n crafts: travaux manuels, bricolages, activités manuelles, diy
n knitting: tricot, tricots
n crocheting: crochète, crocheter, crocheté, amigurumi
n sewing: couture, cousu, cousue, coutures
n patterns: patrons, modèle, modèles
n stitches: mailles, maille, points de croix, point de croix
n rows: rangs, rang
n skeins: pelote, écheveau
n cross-stitch: broderie au point de croix
n quilting: patchwork
n weaving: tissage, macramé
n jewellery making: bijoux, perles, bracelets
n candle making: fabrication de bougies
n soap making: savons maison, saponification
n paper crafts: scrapbooking, origami, papier découpé
n card making: cartes faites main
n colouring: coloriage, coloriages, colorie, colorier
n watercolour: aquarelle, aquarelles
n oil painting: peinture à l'huile
n acrylic painting: acrylique
n canvases: toile
n sculpture: sculpture, sculptures, modelage, argile
n ceramics: céramiques, tour de potier
n woodworking: ébénisterie, sculpture sur bois, tournage sur bois
n upcycling: récup, customisation, relooking de meubles
n 3d printing: impression 3d, imprimante 3d
n model building: maquettisme, figurines
n art supplies: matériel de dessin, crayons, feutres, pinceaux
n projects finished: projets terminés, projets finis
v embroider: brodé, brodée
v draw: dessiné, dessinée, dessinés
v sculpt: sculpte, sculpter, sculpté
v make: fabrique, fabriquer, fabriqué, fabriquée
// Music.
n music practice: pratique musicale, pratique de l'instrument
n instruments: instrument, instruments
n bass: basse, guitare basse
n electric guitar: guitare électrique
n ukulele: ukulélé, ukulele
n clarinet: clarinette
n oboe: hautbois
n bassoon: basson
n trombone: trombone
n horn: cor
n harp: harpe
n double bass: contrebasse
n viola: alto
n organ: orgue
n synthesizer: synthé, synthétiseur
n percussion: percussions, djembé, cajon
n bagpipes: cornemuse
n voice: voix, technique vocale
n singing lessons: cours de chant
n music lessons: cours de musique, cours de piano, cours de guitare, cours de violon, conservatoire
n music theory: solfège, théorie musicale
n scales practice: gammes, gamme, arpèges
n sheet music: partition, partitions
n pieces: morceau, morceaux
n chords: accords, accord
n songs learned: chansons apprises, morceaux appris
n rehearsals: répétition
n band: groupe, groupe de musique, fanfare, orchestre, harmonie
n gigs: concerts donnés, scène
n recording: home studio
n composing: composition, compositions, compose, composer, composé
n dj sets: mix, mixes, dj
n playlists: playlist, playlists
n albums: album, albums
n artists: artiste, artistes, chanteur, chanteuse, chanteurs
n karaoke: karaoké
n dance: danses, cours de danse, salsa, tango, rock, hip-hop, danse classique, ballet
v practise: pratiqué, pratiquée, travaille mon instrument
v tune: accorde, accorder, accordé
v listen: écoutée, écoutés, écoutées
// Sports and exercise.
n sport: sports, activité physique, exercice physique
n workouts: training, trainings, wod, séance de sport
n gym sessions: salle de muscu, salle de gym
n gym: gym
n bouldering: bloc, blocs, salle de bloc
n climbing routes: voie, voies, grande voie
n running: cours à pied, course, run, runs, sortie longue, sorties longues, fractionné, fractionnés
n trail running: trail, trails, sortie trail, sorties trail
n jogging: joggings
n sprints: sprint, sprints
n intervals: intervalles, interval training, hiit, tabata
n distance: distance, distances, km parcourus, kilomètres parcourus
n elevation gain: dénivelé, dénivelés, dénivelé positif
n pace per km: allure au kilomètre
n heart rate zones: zones cardiaques
n vo2 max: vma, vo2 max
n races entered: dossard, dossards, inscriptions
n half marathon: semi, semis-marathons
n marathon: marathons
n triathlon: triathlon, triathlons, ironman
n duathlon: duathlon
n swimming: natation, nages, crawl, dos crawlé
n lengths: longueur
n cycling rides: sortie vélo, sorties vélo, sortie à vélo, balade à vélo, balades à vélo
n road cycling: vélo de route, cyclisme sur route
n mountain biking: vtt, vélo tout terrain
n indoor cycling: home trainer, spinning, vélo d'intérieur, rpm
n walking: marches, promenade à pied, randonnée pédestre
n hiking: rando, randos, randonnée en montagne, trek, trekking
n mountaineering: alpinisme, montagne
n ski days: ski de fond, ski de rando, snowboard, snow
n skating: patin, patins, roller, rollers, skate, skateboard
n ice hockey: hockey, hockey sur glace
n rugby: rugby
n badminton: badminton, bad
n squash: squash
n padel: padel
n baseball: baseball
n archery: tir à l'arc
n shooting: tir, ball-trap
n fencing: escrime
n gymnastics: gymnastique, gym douce
n athletics: athlétisme
n kayaking: kayak de mer, pagaie
n paddle boarding: paddle, stand up paddle
n diving: plongée, plongées, apnée en mer
n snorkelling: snorkeling, palmes masque tuba
n kitesurfing: kitesurf, kite
n windsurfing: planche à voile
n horse riding lessons: cours d'équitation
n boxing: boxe anglaise, boxe thaï, mma, sparring
n judo: judo
n karate: karaté
n taekwondo: taekwondo
n aikido: aïkido
n krav maga: krav maga
n tai chi: tai-chi, tai chi, qi gong
n stretching routine: routine d'étirements
n mobility: mobilité
n yoga sessions: séance de yoga, séances de yoga, cours de yoga
n pilates classes: cours de pilates
n classes: cours collectif, cours collectifs
n reps: rep, reps
n personal trainer: coach, coach sportif
n sets and reps: séries et répétitions
n personal records: pr perso, record perso, records perso
n weight lifted: poids soulevé, charge soulevée
n barbell: barre, barres
n dumbbells: haltère
n kettlebell: kettlebell, kettlebells
n resistance bands: élastiques, élastique, bandes élastiques
n bench: banc
n rowing machine: rameur d'intérieur
n elliptical: elliptique, vélo elliptique
n press-ups: pompes sur les genoux
n plank: gainage, planche, planches
n abs: abdominaux
n core: sangle abdominale, core
n glutes: fessiers, hip thrust
n squats: squat, flexions
n jumps: saut, sauts, sauts à la corde
n jump rope: corde
n stairs climbed: étages, étages montés
n calories burned: calories brûlées, calories dépensées
n recovery: repos musculaire
n injuries: blessure sportive, claquage, déchirure, élongation
n warm-ups: échauffements
n cool-down: retour au calme
n matches: rencontre sportive, tournoi, tournois, compétition, compétitions
n goals scored: buts marqués, but marqué
n wins: victoire, victoires
n losses: défaite, défaites, perdu le match
n points scored: points marqués
n team: club, clubs, équipe de foot
n football training: entraînement de foot
n football matches: match de foot, matchs de foot
n five-a-side: foot en salle, futsal
n sports club: club de sport, licence
n fitness tracker: montre connectée, bracelet connecté
v train: entraînée, muscler, musclé
v run: couru, courue
v swim: nagé, nagée
v cycle: roulé, rouler, roule
v walk: marcher
v hike: randonner, randonné
v climb: grimpé, grimpée, escalade, escalader, escaladé
v ski: skie, skier, skié
v skate: patine, patiner, patiné
v lift: soulève, soulever, soulevé
v row: ramé
v box: boxe, boxer, boxé
v score: marque un but, marqué un but
v stretch: étiré, étirée
// Transport.
n trips: aller-retour, allers-retours, aller simple
n commute: navette, navettes, temps de trajet
n public transport: transports en commun, transport en commun, tc
n buses: autobus, cars, bus scolaire
n trains: trains, tgv, ter, intercités, ouigo, eurostar
n metro: métros, ligne de métro
n tram: trams
n stations: gare, gares, station, stations, arrêt de bus
n delays: retard de train, retards de train, train en retard, trains en retard
n strikes: grève, grèves
n travel pass: abonnement de transport, pass, carte de transport
n flights: vols en avion, vol en avion
n airports: aéroport, aéroports
n jet lag: décalage horaire
n ferry: ferry, bateau, bateaux
n boat trips: sortie en bateau
n car sharing: covoiturage, autopartage
n cycling to work: vélotaf, vélotaff
n bike rides: trajet à vélo, trajets à vélo, tour de vélo, tours de vélo
n electric bike: vae, vélo électrique
n bike share: vélo en libre-service, vélos en libre-service
n bike repairs: crevaison, crevaisons, chaîne de vélo
n e-scooter: trottinette électrique
n motorbike: motos, deux-roues
n car journeys: trajets en voiture, trajet en voiture
n road trips: road trip, road trips, roadtrip
n luggage: valise, valises, bagages, bagage
n passport: passeport
n visa: visa
n hotels: hôtel, hôtels, airbnb, gîte, gîtes, auberge
n nights away: nuitées, nuits d'hôtel
n countries: pays visités, pays
n cities: villes visitées, ville, villes
n destinations: destination, destinations
n day trips: excursion
// Car.
n cars: voitures, bagnole, auto, autos, véhicule, véhicules
n fuel: pleins d'essence, plein de gasoil, plein de diesel
n fuel consumption: consommation d'essence, conso d'essence, consommation de carburant
n fuel prices: prix de l'essence, prix du carburant
n petrol stations: station-service, station essence, stations-service
n electric charging: recharges, borne de recharge, bornes de recharge, superchargeur
n battery range: autonomie
n car maintenance: entretien de la voiture, entretien voiture
n mot: ct
n oil changes: vidanges, changement d'huile
n brakes: freins, frein, plaquettes de frein, plaquettes
n tyre pressure: pression des pneus
n tyres: pneu, pneus neige, pneus hiver
n windscreen: pare-brise
n wipers: essuie-glaces, essuie-glace
n headlights: phares, phare, ampoule de phare
n engine: moteur
n car battery: batterie de la voiture
n coolant: liquide de refroidissement
n washer fluid: lave-glace
n breakdowns: panne, pannes, dépanneuse, dépannage
n car repairs: réparation de la voiture, carrosserie, garage auto
n mechanic: mécanicien, garagiste
n car washes: lavage de voiture, lavages, station de lavage
n parking fees: parcmètre, horodateur, frais de stationnement
n parking tickets: amende de stationnement, pv de stationnement
n speed cameras: radar, radars, flash, flashé
n points: points de permis, points du permis
n motorway: autoroute, autoroutes
n traffic: circulation, trafic, bouchon
n accidents: accrochage, accrochages, sinistre
n speed: vitesse, vitesses
n mileage: kilométrage parcouru, compteur kilométrique
n car loan: crédit auto, leasing, loa, lld
n car insurance claims: constat, constats
n garage: garages
v drive: conduit, roulé en voiture
v refuel: fait le plein, faire le plein, refais le plein
v park: garer, garé, stationne, stationner
v charge: rechargé, rechargée
v travel: voyagé, voyagée, pars, partir, parti
v fly: pris l'avion, prendre l'avion
v walk: vais à pied, va à pied, aller à pied, à pied
v take the bus: prends le bus, pris le bus
v take the train: prends le train, pris le train
// Screens and media.
n screens: écrans d'ordi
n screen time: temps passé sur les écrans
n smartphone: smartphones
n tablet: tablette, ipad, tablettes
n computer: ordinateur portable, ordis, mac, macbook
n games console: consoles, ps5, ps4, xbox, nintendo
n tv shows: émission, émissions, programme télé
n streaming services: plateformes de streaming, plateforme de streaming
n series watched: séries vues, séries regardées
n episodes watched: épisodes vus, épisodes regardés
n binge-watching: binge-watching, binge watching, marathon de séries
n youtube videos: vidéos youtube
n shorts: reels, shorts, stories
n social networks: twitter, threads, snapchat, snap, linkedin, reddit, pinterest, bluesky, mastodon, discord, twitch
n posts: publication, publications, post, posts
n likes: like, likes
n followers: abonnés, abonné, followers
n comments: commentaire, commentaires
n doomscrolling: doomscrolling, défilement
n notifications: notification
n phone unlocks: déverrouillages, déverrouille
n phone pickups: prises en main du téléphone
n screen-free days: journées sans écran, jours sans écran
n emails sent: mails envoyés
n text messages: texto, message, sms envoyés
n voice messages: vocaux, vocal, messages vocaux
n phone calls: appel téléphonique, appels téléphoniques, coup de téléphone
n video calls: appel vidéo, appels vidéo, facetime
a online: en ligne
n websites: site, sites, site internet, sites web
n news reading: lecture des infos, presse, journaux
n newspapers: magazines, magazine, revue, revues
n podcasts listened: podcasts écoutés
n audiobooks listened: livres audio écoutés
n music listening: musique écoutée
n radio shows: émissions de radio
n photos taken: photos prises
n selfies: selfie, selfies
n apps used: applications utilisées
n mobile games: jeux sur mobile, jeux mobiles, jeu mobile
n passwords: mot de passe, mots de passe
n backups: sauvegarde, sauvegardes
n charging: charge du téléphone, recharge du téléphone, chargeur
n headphones: écouteurs, casque audio
n screen breaks: pauses écran
n blue light: lumière bleue
v scroll: scrolle, scrollé, défile
v stream: streame, streamer
v watch: regardée, regardés, regardées, mater, maté, vu, vus, vues
v play video games: joue aux jeux vidéo, jouer aux jeux vidéo, joué aux jeux vidéo
v text: envoie un texto, envoyé un texto
v call: appelé, appelée, appelés
v post: postée, postés, publié, publiée
v check: vérifie, vérifier, vérifié
n email checking: regarde mes mails, consulte mes mails, vérifie mes mails
v unplug: déconnecte, déconnecter, déconnecté
// Moods and feelings.
n feelings: sentiment, ressenti, ressentis
n moods: humeurs, état d'esprit
n good mood: bonne humeur
n bad mood: mauvaise humeur, de mauvaise humeur, mal luné
n joy: joies, gaieté, euphorie
n contentment: contentement, satisfaction, satisfait, satisfaite
n pride: fierté, fier, fière
n hope: espoir
n love: amour
n excitement: excitation, enthousiasme
n peace: paix, zen
n relief: soulagement
n surprise: surprise
n disappointment: déception, déceptions, déçu, déçue
n frustration: frustration, frustrations, frustré, frustrée
n irritation: agacement, agacé, agacée, énervé, énervée
n rage: rage, fureur
n resentment: rancune, rancœur, rancoeur
n jealousy: jalousie, jaloux, jalouse
n guilt: culpabilité, coupable, culpabilise, culpabiliser
n shame: honte
n embarrassment: gêne, malaise social
n sadness: triste, tristes, chagrin, mélancolie, blues, idées noires, spleen
n grief: deuil
n nostalgia: nostalgie
n fears: phobie, phobies, angoisses, trouille
n stress: stressé, stressée, stressant, pression
n anxiety attacks: crise d'anxiété, crises d'anxiété
n panic: panique
n nervousness: nervosité, nerveux, nerveuse, tendu, tendue
n overwhelm: débordé, débordée, surmenage, charge mentale
n exhaustion: épuisement émotionnel, à bout
n apathy: apathie, démotivation, démotivé, démotivée, flemme
n loneliness: isolement, isolé, isolée
n confidence: confiance, assurance en soi
n self-doubt: doute, doutes, remise en question
n calmness: apaisement, apaisé, apaisée, détente
n wellbeing: bien-être, mieux-être
n mental health: santé mentale, moral en berne
n happy moments: petits bonheurs
n gratitude: reconnaissant, reconnaissante, gratitudes
n wins of the day: petites victoires
n energy levels: énergique, en forme, la patate
n emotions: émotion
n anger outbursts: accès de colère, coups de gueule, crises de nerfs
n urges: pulsions, pulsion
n compulsions: compulsions, toc, tocs
n habits: habitude, habitudes, routine, routines
n bad habits: mauvaises habitudes, mauvaise habitude
n good habits: bonnes habitudes, bonne habitude
n resolutions: résolution, résolutions, bonnes résolutions
n challenges: défi, défis, challenge, challenges
n addictions: addiction, addictions, dépendance
n sobriety: sobriété, abstinence
v smile: sourire, souri
v laugh: rigole, rigoler, rigolé
n giggles: fou rire, fous rires
v worry: angoisser, angoissé, angoissée
v panic: panique, paniquer, paniqué
n anger: énerver
v complain: râle, râler, râlé, plains, plaindre, plaint
n swearing: jure, jurer, juré, gros mots, grossièretés
v say: dis, dire, dit, dite
v lie: mens, mentir, menti
v apologise: excuse, excuser, excusé
v thank: remercie, remercier, remercié
v celebrate: fêter, fêté
// Sleep.
n sleep: dodo, nuit de sommeil, nuits de sommeil, dormir, dors, dormi, dort, sommeil, sommeils, roupille, roupiller, pionce, pioncer
n sleep quality: qualité du sommeil, qualité de sommeil
n sleep hours: heures de sommeil, temps de sommeil
n bedtime: heure de coucher, extinction des feux
n wake-up time: heure de réveil, heure du réveil, heures de réveil
n night wakings: réveils la nuit, me réveille la nuit
n lie-ins: grasse mat, grasses mat
n naps: micro-sieste, micro-siestes
n late nights: nuits blanches, nuit blanche
n dreams: rêve, rêves, songe
n lucid dreams: rêves lucides
n bad dreams: mauvais rêves
n sleepwalking: somnambulisme
n sleep talking: somniloquie, parle en dormant
n sleep tracker: tracker de sommeil
n alarm snoozes: snooze
n sleep mask: masque de nuit
n earplugs: bouchons d'oreilles
n tiredness: somnolence, somnolent, endormi, endormie
n sleepiness: envie de dormir
n jet lag recovery: récupération du décalage
n insomnia nights: nuits d'insomnie
n sleep schedule: rythme de sommeil, horaires de sommeil
n falling asleep: endors, endormir, endormissement
v dream: rêvé, rêver
v snore: ronflé
// Time words: when or how often, never the thing itself.
- : aujourd'hui, mois-ci, avant-hier, après-demain, tantôt, bientôt, tard, tôt
- : lundi, mardi, mercredi, jeudi, vendredi, samedi, dimanche, lundis, mardis, mercredis, jeudis, vendredis, samedis, dimanches
- : janvier, février, mars, avril, mai, juin, juillet, août, septembre, octobre, novembre, décembre
- : quotidien, quotidienne, quotidiens, quotidiennes, quotidiennement, journalier, journalière, hebdo, hebdomadaire, hebdomadaires, mensuel, mensuelle, mensuels, annuel, annuelle
- : midi, minuit, aube, lendemain, veille, date, moment, moments, instant, période, périodes
- : mois, trimestre, semestre, saison, saisons, décennie, siècle
- : dernier, dernière, derniers, dernières, prochain, prochaine, prochains, précédent, précédente, suivant, suivante, deuxième, troisième
a first: premier, première, premiers, premières
- : actuellement, désormais, dorénavant, dernièrement, auparavant, autrefois, longtemps, quotidiennement, parfois
n christmas: noël, noel, réveillon, réveillons
n easter: pâques
n summer: étés, estival
n winter: hiver, hivers
n spring: printemps
n autumn: automne
n holidays: vacances scolaires, ponts
n birthdays: fête d'anniversaire
n anniversaries: anniversaire de mariage
n weddings: mariage, mariages, noces
n funerals: enterrement, enterrements, obsèques
n ramadan: ramadan
n mother's day: fête des mères
n father's day: fête des pères
n valentine's day: saint-valentin
n halloween: halloween
// Weather.
n climate: climat
n temperatures: températures, température extérieure, degrés, degré
n max temperature: température max, température maximale, maximales
n min temperature: température min, température minimale, minimales
n heat: chaleur, canicule, canicules, vague de chaleur
n cold weather: froid dehors, grand froid, vague de froid
n sunshine: ensoleillement, ensoleillé
n clouds: nuage, nuages, nuageux, couvert, grisaille
n showers: averse, averses, giboulées
n drizzle: bruine, crachin
n rain: pluies, pluvieux, il pleut, pleut, plu
n rainfall: millimètres de pluie, mm de pluie, cumul de pluie
n thunderstorms: orageux, tonnerre
n hail: grêle
n snowfall: chutes de neige, neige tombée, flocons de neige
n ice: verglas, glace sur la route
n fog: brouillard, brume
n wind speed: vitesse du vent, rafales, rafale, bourrasques
n pressure: pression atmosphérique, baromètre
n uv index: indice uv, uv
n air pollution: pollution de l'air, particules fines, smog
n sunrise times: lever de soleil
n sunset times: coucher de soleil
n moon phases: lune, pleine lune, phases de la lune, nouvelle lune
n tides: marée, marées
n floods: inondation, inondations, crue, crues
n drought: sécheresse
n rain gauge: pluviomètre
n weather station: station météo
n thermometer: thermomètre
n indoor temperature: température intérieure, température de la maison
// Places.
n places: lieu, lieux, endroit, endroits, coin, coins
n home office: bureau à la maison
n town: village, bourg, quartier, centre-ville
n countryside: campagne
n seaside: mer, plage, plages, bord de mer, littoral
n lake: lac, lacs
n river: rivière, rivières, fleuve
n mountains: montagnes, massif montagneux
n parks: parc, parcs, jardin public, square
n playground: aire de jeux, toboggan
n cafes: café du coin, bar, bars, pub, pubs, troquet
n shops: commerce, commerces, magasin de sport
n post office: bureau de poste
n town hall: mairie
n sports centre: centre sportif, gymnase, stade, stades, complexe sportif
n swimming pool: piscine municipale
n clinic: clinique, cabinet médical, centre médical
n school gates: sortie d'école, sortie de l'école
n abroad: étranger, à l'étranger
n holiday home: maison de vacances, résidence secondaire
n car park: parking souterrain
n restaurants tried: restos testés, restaurants testés, nouveaux restos
n cafes tried: cafés testés
// People.
n person: quelqu'un, individu
n friend: ami, amie, pote, potes, copain d'enfance, meilleur ami, meilleure amie, meilleur pote
n acquaintances: connaissances, connaissance
n strangers: inconnus, inconnu
n men: homme, hommes
n women: femmes
n girls: fillettes, nanas
n boys: gamin, mecs, gars
n adults: adulte, adultes
n elderly: personnes âgées, aînés
n patients: patient, patients, patiente, patientes
n students: élève, élèves, étudiant, étudiants, étudiante, étudiantes
n pupils: écolier, écoliers
n classmates: camarades, camarades de classe
n flatmates: colocataire, colocataires, coloc, colocs, colocation
n landlord: propriétaire, proprio
n tenants: locataire, locataires
n postman: facteur
n delivery driver: livreur
n doctors: médecins
n contacts: contact, contacts, répertoire
n family members: membres de la famille
n partner's family: belle-famille
n visitors: visiteurs, visiteur, invité, invitée
n dates: rendez-vous amoureux
n social life: vie sociale, sorties entre amis, sortie entre amis
n friends seen: amis vus, potes vus
n people met: personnes rencontrées, rencontres
v see: vois, vu des amis
v meet up: retrouvée, rejoins, rejoindre, rejoint
v invite: invite, inviter
v host: reçois des amis, recevoir des amis
n outings: sors avec, sortir avec, sorti avec, sortie avec
v phone: passe un coup de fil
// Words that share a stem with an entry above but mean something else: their own form first.
- : devient, deviens, devenir, devenu, devenue, rend, marre, sûrement, complètement, totalement, absolument, simplement, exactement, généralement, normalement, finalement, rapidement, lentement, facilement, vite, aide, aides, coûte, coûtent, coûter, coûté
- : sens, sentir, senti, sentie, ressens, ressentir
v drink: boit
v go: vais, vas, allons, allez, vont, aller, allé, allée, allés, allées
a unread: non lu, non lus, non lue, non lues
n progress: progrès, progression, avancée, avancées
n revision: de révision, révisions du bac, révision des examens
v walk: sort
n fast food: au fast-food, aux fast-foods, au mcdo, au macdo
n restaurants: au resto, au restaurant, au restau, au restos
v bring: ramène, ramener, ramené, ramenée, apporte, apporter, apporté, apportée
`;
