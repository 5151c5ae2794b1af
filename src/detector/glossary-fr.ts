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
v check: consulte, regarde mon téléphone
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
n eggs: oeufs
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
`;
