// Spanish → English words for open subjects (read by glossary.ts). One entry a line:
// `<kind> <english>: <forms>`, kind n noun, v verb, a adjective (after its noun in Spanish),
// f function word, - a word to drop. Forms are also found through their stem (plurals, verb
// persons), and written without accents they fold to the same word.
export const GLOSSARY_ES = `
v change: cambio, cambiar, cambié, cambiamos
v clean: limpio, limpiar, limpié, limpieza
v water: riego, regar, regué, riega
v take: tomo, tomar, tomé, tomarme, tomármela
v use: uso, usar, usé, utilizo, utilizar
v do: hago, hacer, hice
v give: doy, dar, di, le doy
v put: pongo, poner, puse, aplico, aplicar
v wash: lavo, lavar, lavé, friego, fregar
v practise: practico, practicar, ensayo, ensayar, entreno, entrenar
v play: toco, tocar, juego, jugar
v have: tengo, tener, tuve
v cook: cocino, cocinar
v bake: horneo, hornear
v sweep: barro, barrer
v mop: friego el suelo, paso la fregona, fregona
v vacuum: aspiro, aspirar, paso la aspiradora, aspiradora
v iron: plancho, planchar
v stretch: estiro, estirar
v feed: alimento, alimentar, doy de comer
v walk: paseo, pasear, saco a pasear, camino, caminar
v brush: cepillo, cepillar
v shave: afeito, afeitar
v shower: ducho, ducharme, me ducho
v bathe: bañar, bañé
v run: corro, correr
v swim: nado, nadar
v cycle: pedaleo, montar en bici, salgo en bici, ando en bici
v climb: escalo, escalar
v hike: hago senderismo, senderismo
v dance: bailo, bailar
v meditate: medito, meditar
v read: leo, leer, leyendo, leído
v write: escribo, escribir
v draw: dibujo, dibujar
v paint: pinto, pintar
v knit: tejo, tejer
v sew: coso, coser
v smoke: fumo, fumar
v drink: bebo, beber
v spend: gasto, gastar, gasté, me gasto
v save: ahorro, ahorrar
v buy: compro, comprar
v order: pido, pedir
v brew: preparo, preparar, fermento, fermentar
v floss: uso hilo dental
v charge: cargo, cargar
v refuel: echo gasolina, reposto, repostar
v vaccinate: vacuno, vacunar
v deworm: desparasito, desparasitar
v trim: corto, cortar, podo, podar
v repot: trasplanto, trasplantar
v fertilize: abono, abonar
v harvest: cosecho, cosechar, recojo, recoger
v call: llamo, llamar
v study: estudio, estudiar
v pray: rezo, rezar
v cry: lloro, llorar
v wake: despierto, despertar, me despierto
v snack: picoteo, picar entre horas
v descale: descalcifico, descalcificar
v defrost: descongelo, descongelar
v check: miro el móvil, reviso, revisar
n nail biting: me como las uñas, comerme las uñas, morderme las uñas, me muerdo las uñas
n trash: saco la basura, sacar la basura
n lawn mowing: corto el césped, cortar el césped
n heartburn: ardor de estómago, acidez, reflujo
n dog walks: saco a pasear al perro, paseo al perro, paseos del perro
n bedsheets: sábanas, sábana
n contact lenses: lentillas, lentes de contacto, lentes
n plants: plantas, planta
n flowers: flores, flor
n orchids: orquídeas, orquídea
n tomatoes: tomates
n herbs: hierbas
n lawn: césped
n garden: jardín, huerto
n dog: perro, perra, perrito
n cat: gato, gata, gatito
n rabbit: conejo
n hamster: hámster
n horse: caballo
n chickens: gallinas
n fish: peces, pez
n aquarium: acuario, pecera
n litter box: arenero, caja de arena
n shower: ducha
n bath: baño de burbujas, bañera
n teeth: dientes
n floss: hilo dental
n nails: uñas
n hair: pelo
n car: coche, carro
n bike: bici, bicicleta
n motorcycle: moto, motocicleta
n oil: aceite
n tyres: neumáticos, ruedas
n exercises: ejercicios, ejercicio
n physiotherapy: fisio, fisioterapia, rehabilitación, rehabilitacion
n knee: rodilla
n shoulder: hombro
n back: espalda
n neck: cuello
n stretching: estiramientos, estiramiento
n laundry: lavadora, lavadoras, colada
n clothes: ropa, ropita
n dishes: platos, vajilla
n dishwasher: lavavajillas
n trash: basura
n bathroom: baño
n towels: toallas
n bed: cama
n filter: filtro
n water: agua
n water filter: filtro de agua, jarra filtrante
n pill: pastilla, pastillas, píldora, comprimido
n tablet: tableta
n vitamins: vitaminas
n ibuprofen: ibuprofeno, ibu
n paracetamol: paracetamol
n aspirin: aspirina
n omeprazole: omeprazol
n painkillers: analgésicos, calmantes
n inhaler: inhalador
n puffs: inhalaciones, puff, puffs
n insulin: insulina
n antibiotic: antibiótico
n drops: gotas
n thyroid: tiroides
n thyroid medication: pastilla del tiroides, pastilla de la tiroides
n waist: cintura
n circumference: contorno, perímetro
n hips: cadera
n chest: pecho
n arm: brazo
n thigh: muslo
n body fat: grasa corporal
n migraines: migrañas, migraña, jaqueca
n headaches: dolor de cabeza, dolores de cabeza
n nosebleeds: sangrado de nariz
n allergy: alergia
n hay fever: alergia al polen
n asthma: asma
n attacks: ataques, ataque, crisis
n panic attacks: ataques de pánico, ataques de ansiedad
n anxiety: ansiedad
n insomnia: insomnio
n nightmares: pesadillas
n cramps: calambres, cólicos
n nausea: náuseas
n dizziness: mareos
n cough: tos
n rash: sarpullido
n acne: granos, acné
n tinnitus: acúfenos, pitidos
n bloating: hinchazón, gases
n period: regla, periodo, menstruación
n pain: dolor, dolores
n fasting: ayunas
n guitar: guitarra
n piano: piano
n violin: violín
n ukulele: ukelele, ukulele
n flute: flauta
n drums: batería
n chess: ajedrez
n games: partidas, partida, partidos, partido, juegos
n board games: juegos de mesa
n crosswords: crucigramas
n puzzles: puzles, rompecabezas
n books: libros, libro
n pages: páginas
n films: películas, pelis
n series: series
n podcasts: podcasts
n photos: fotos
n birds: pájaros, aves
n mushrooms: setas, hongos, champiñones
n bread: pan
n sourdough: masa madre
n kombucha: kombucha
n sweets: dulces, golosinas, chuches
n chocolate: chocolate
n chips: patatas fritas
n fruit: fruta
n vegetables: verduras
n eggs: huevos
n meat: carne
n fast food: comida rápida
n takeaway: comida para llevar
n food delivery: comida a domicilio, glovo, just eat, uber eats
n groceries: súper, super, supermercado, compra, mercado
n energy drinks: bebidas energéticas, energéticas, red bull
n juice: zumo, jugo
n milk: leche
n soda: refrescos, refresco
n beer: cerveza, cañas, caña
n wine: vino
n tea: té
n coffee: café, cafés, cafecito
n cigarettes: cigarros, cigarrillos, pitillos
n money: dinero, pasta, plata
n spending: gastos, gasto
n fuel: gasolina
n rent: alquiler
n subscriptions: suscripciones
n weight: peso
n blood pressure: tensión, presión arterial
n blood sugar: glucosa, azúcar en sangre
n pulse: pulso
n temperature: temperatura, fiebre
n gym: gimnasio, gym
n pool: piscina
n laps: largos
n football: fútbol, pádel, padel
n tennis: tenis
n climbing: escalada, rocódromo
n push-ups: flexiones
n pull-ups: dominadas
n squats: sentadillas
n sit-ups: abdominales
n nappies: pañales
n nap: siesta, siestas
n steps: pasos
n windows: ventanas
n floor: suelo
n kitchen: cocina
n fridge: nevera
n oven: horno
n kettle: hervidor
n flat: piso, casa, apartamento
n kilometres: kilómetros, km
n cycling: bici
a cold: fría, frío, frías, fríos, helada
a hot: caliente, calientes
a homemade: casero, casera, caseros, caseras
a takeaway: para llevar
- : el, la, los, las, un, una, unos, unas, mi, mis, me, se, le, lo, su, sus, que, cuando, cada, vez, veces, todas, todos, cuántas, cuántos, cuánto, siempre, al
f of: de, del
f to: a
f with: con
f in: en
f for: para, por
f after: después, tras
f before: antes
v floss: me paso el hilo dental, paso el hilo dental, pasarme el hilo dental, usado el hilo dental
v hurt: duele, duela, duelen, duelan, dolía
// More everyday words: symptoms, the body, family, animals, things at home, food, study, sport.
v vomit: vomito, vomita, vomitar, vomitado, devuelve, devolver
v get up: levanto, levantarme, levantarse
v find: encuentro, encontrar, recojo, recoger
v inspect: reviso, revisar, inspecciono, inspeccionar
v lubricate: engraso, engrasar, lubrico, lubricar
v lay: pone, ponen, poner
v burn: quemo, quemar
v apply: echo, echar, aplico, aplicar, pongo crema
v inject: pincho, pinchar, inyecto, inyectar
v breastfeed: doy el pecho, dar el pecho, doy pecho, lactancia, tomas de pecho
v learn: aprendo, aprender
v sneeze: estornudo, estornudar
v scratch: rasco, rascar
v snore: ronco, roncar
v massage: masajeo, masajear
v sort: reciclo, reciclar, separo, separar
v visit: visito, visitar
v vacuum: aspiro, aspirar, paso la aspiradora
v descale: descalcifico, descalcificar, quito la cal
v refuel: reposto, repostar, echo gasolina, lleno el depósito
n refueling: repostaje, repostajes
n diarrhea: diarrea, diarreas
n constipation: estreñimiento
n fever: fiebre
n hiccups: hipo
n eczema: eccema, eczema, dermatitis
n flare-ups: brote, brotes
n itching: picor, picazón
n sore throat: dolor de garganta
n stomach ache: dolor de estómago, dolor de barriga, dolor de tripa
n toothache: dolor de muelas
n leg cramps: calambre en la pierna, calambres en las piernas
n cramp: calambre, calambres
n leg: pierna, piernas
n ear: oído, oídos, oreja
n eye: ojo, ojos
n ear drops: gotas para los oídos
n eye drops: gotas para los ojos
n sunscreen: crema solar, protector solar
n cream: crema, pomada
n grandma: abuela, abuelita
n grandpa: abuelo, abuelito
n mum: mamá, madre
n dad: papá, padre
n sister: hermana
n brother: hermano
n friends: amigos, amigas
n kids: niños, hijos, críos
n coffee machine: cafetera, cafetera de cápsulas, cafetera italiana
n toothbrush: cepillo de dientes
n sourdough starter: masa madre
n firewood: leña
n fireplace: chimenea
n mushrooms: setas, champiñones, hongos
n forest: bosque, monte
n hives: colmenas, colmena
n bees: abejas
n hens: gallinas
n words: palabras, vocabulario
n english: inglés
n german: alemán
n french: francés
n italian: italiano
n language: idioma, idiomas
n lessons: clases, lecciones
n homework: deberes, tareas
n night: noche, noches
n sweets: dulces, golosinas, chuches
n snacks: picoteo, aperitivos, tentempiés
n salt: sal
n protein: proteína, proteínas
n fast food: comida rápida, comida basura
n bus: autobús, bus
n train: tren
n commute: trayecto, desplazamiento
n taxis: taxi, taxis, cabify, uber
n overtime: horas extra, horas extras
n mileage: kilometraje
n car wash: lavado del coche, autolavado
n haircut: peluquería, corte de pelo
n dentist: dentista
n doctor: médico, médica
n blood donation: donación de sangre
n padel: pádel
n matches: partidos, partido
n gym: gimnasio, gimnasios, gym
n anxiety attacks: ataque de ansiedad, ataques de ansiedad, crisis de ansiedad
n laundry: lavadoras, lavadora, coladas, colada
`;
