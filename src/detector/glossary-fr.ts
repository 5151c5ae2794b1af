// French → English words for open subjects (read by glossary.ts). One entry a line:
// `<kind> <english>: <forms>`, kind n noun, v verb, a adjective (after its noun in French),
// f function word, - a word to drop. Forms are also found through their stem (plurals, verb
// persons), elided articles are cut before lookup, and unaccented spellings fold the same.
export const GLOSSARY_FR = `
v change: change, changer, changé, remplace, remplacer
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
n motorcycle: moto, scooter
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
n heartburn: brûlures d'estomac, reflux
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
n temperature: température, fièvre
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
n flat: appartement, appart, maison
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
v find: trouve, trouver, ramasse, ramasser, cueille, cueillir
v inspect: inspecte, inspecter, contrôle, contrôler, visite des ruches
v lubricate: graisse, graisser, huile, huiler
v lay: pondent, pondre, pond
v burn: brûle, brûler
v apply: mets de la crème, applique, appliquer
v inject: pique, piquer, injecte, injecter, injection, injections, piqûre, piqûres
v breastfeed: allaite, allaiter, allaitement, tétée, tétées
v learn: apprends, apprendre, révise, réviser
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
n flare-ups: poussée, poussées, crise, crises
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
n sourdough starter: levain
n firewood: bois de chauffage, bûches
n fireplace: cheminée, poêle
n mushrooms: champignons, cèpes
n forest: forêt, bois
n hives: ruches, ruche
n bees: abeilles
n hens: poules
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
n litter box: litière
n fast food: fast-food, malbouffe
n laundry: machines, lessives, lessive, machine de linge, machines de linge
// Household and chores.
n chores: tâches ménagères, corvées, corvée, tâches
n housework: ménage, le ménage
n stuff: trucs, affaires, bazar
n vacuum cleaner: aspirateur, robot aspirateur
n broom: balai
n mop: serpillière, serpillère
n bucket: seau
n sponge: éponge, éponges
n cloth: chiffon, chiffons, torchon, torchons
n detergent: lessive, liquide vaisselle, javel, produit ménager
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
n batteries: piles, pile, batterie
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
n stove: cuisinière, plaques
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
n snack: goûter, en-cas, encas, grignotage
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
n lentils: lentilles
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
n cocoa: cacao, chocolat chaud
n espresso: expresso, espresso
n latte: café au lait, crème, cappuccino
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
n vegetable patch: potager
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
n hypertension: hypertension, tension
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
n puppy: chiot, chiots
n kitten: chaton, chatons
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
n treats: friandises
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
n cycling: vélo, cyclisme
n yoga: yoga
n pilates: pilates
n strength training: muscu, musculation
n weights: haltères, poids et haltères
n bench press: développé couché
n deadlifts: soulevé de terre
n lunges: fentes
n burpees: burpees
n skipping: corde à sauter
n crunches: abdos, crunchs
n cardio: cardio
n fitness: fitness, aérobic, zumba
n crossfit: crossfit
n martial arts: arts martiaux, karaté, judo, boxe, kickboxing
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
n races: courses, marathon, semi-marathon, trail
n personal bests: records, record, chrono, chronos
n pace: allure
n training plan: plan d'entraînement
n warm-up: échauffement
n sets: séries, répétitions
n treadmill: tapis de course
n exercise bike: vélo d'appartement
n sports: sport
// Transport, car, bike, fuel, commute.
n driving: conduite
n driving lessons: leçons de conduite, auto-école
n kilometres: kilomètres
n petrol: essence
n diesel: gazole, gasoil, diesel
n consumption: conso, consommation
n charging: recharge, borne
n electric car: voiture électrique
n service: révision, entretien, contrôle technique, garagiste
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
n cash: fric, thunes, liquide, espèces, pognon
n expenses: dépenses, dépense, frais
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
n shoes: chaussures, baskets, pompes
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
n deliveries: livraisons, livraison
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
n revision: révisions, révision, révise, réviser, révisé
n flashcards: cartes mémoire
n thesis: mémoire, thèse
n courses: formations, formation, cours
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
n nappy changes: change la couche, changer la couche, couches
n bedtime: couche les enfants, heure du coucher
v drive: conduis, conduire, conduit
v commute: fais la navette
v fly: prends l'avion
v travel: voyage en, voyager, voyagé
v pack: fais mes valises, emballe, emballer
v cut: coupe, couper, coupé
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
`;
