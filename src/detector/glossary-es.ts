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
v do: hago, hacer, hice, hecho
v give: doy, dar, di, le doy
v put: pongo, poner, puse
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
v brew: fermento, fermentar
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
v check: reviso, revisar
v check phone: miro el móvil, miro mi móvil, mirar el móvil, reviso el móvil
n nail biting: me como las uñas, comerme las uñas, morderme las uñas, me muerdo las uñas
n trash: saco la basura, sacar la basura
n lawn mowing: corto el césped, cortar el césped
n heartburn: ardor de estómago, acidez
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
n cat: gato, gata
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
n panic attacks: ataques de pánico
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
n games: partidas, partida, juegos
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
n money: dinero, plata
n spending: gastos, gasto
n fuel: gasolina
n rent: alquiler
n subscriptions: suscripciones
n weight: peso
n blood pressure: tensión, presión arterial
n blood sugar: glucosa, azúcar en sangre
n pulse: pulso
n temperature: temperatura
n gym: gimnasio, gym
n pool: piscina
n laps: largos
n football: fútbol
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
n flat: piso, apartamento
n kilometres: kilómetros, km
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
v find: encuentro, encontrar
v inspect: inspecciono, inspeccionar
v lubricate: engraso, engrasar, lubrico, lubricar
v lay: pone, ponen
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
n cramp: calambre
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
n firewood: leña
n fireplace: chimenea
n mushrooms: setas, champiñones, hongos
n forest: bosque, monte
n hives: colmenas, colmena
n bees: abejas
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
// Household and chores.
n chores: tareas domésticas, tareas de casa, quehaceres, labores
n housework: limpieza de la casa, faena, faenas
n stuff: cosas, trastos, cacharros
n vacuum cleaner: aspiradora, roomba
n broom: escoba
n mop: fregona, mocho
n bucket: cubo
n sponge: esponja, estropajo
n cloth: trapo, trapos, bayeta, bayetas
n detergent: detergente, jabón
n fabric softener: suavizante
n hanger: percha, perchas
n ironing board: tabla de planchar
n wardrobe: armario, armarios
n drawer: cajón, cajones
n shelf: estantería, estante, balda
n curtains: cortinas, cortina
n carpet: alfombra, alfombras
n sofa: sofá
n table: mesa
n chair: silla, sillas
n desk: escritorio
n lamp: lámpara
n light bulb: bombilla, bombillas
n batteries: pilas, pila, baterías
n key: llaves, llave
n door: puerta
n balcony: balcón, terraza
n garage: garaje
n basement: sótano
n attic: desván, trastero
n hallway: pasillo, entrada
n bedroom: dormitorio, habitación, cuarto
n living room: salón
n children's room: cuarto de los niños
n sink: fregadero, lavabo
n tap: grifo
n mirror: espejo
n mould: moho, humedad
n dust: polvo
n mess: desorden, lío
n repairs: reparación, reparaciones, arreglo, arreglos, chapuzas
n renovation: reforma, reformas
n tools: herramientas
n drill: taladro
n boiler: caldera, termo
n radiator: radiador, radiadores
n air conditioning: aire acondicionado, aire
n smoke alarm: detector de humo
n freezer: congelador
n microwave: microondas
n toaster: tostadora
n blender: batidora
n dryer: secadora
n recycling: reciclaje
n compost: compost, compostaje
n bottles: botellas, botella
n cans: latas, lata
n packages: paquetes, paquete
n post: correo, cartas, carta
n bin bags: bolsas de basura
n heating: calefacción
n stove: vitro, vitrocerámica, fogones
n shopping list: lista de la compra
n home: casa, hogar
// Cleaning.
v tidy: ordeno, ordenar, ordenado, recojo la casa
v wipe: paso un trapo, limpio el polvo
v scrub: fregado, restriego
v disinfect: desinfecto, desinfectar, desinfectado
v polish: pulo, pulir, abrillanto
v air: ventilo, ventilar, aireo, airear
v declutter: despejo, tiro cosas
v fold: doblo, doblar, doblado
v hang: tiendo, tender, tendido, cuelgo, colgar
v empty: vacío, vaciar, vaciado
v dust: quito el polvo
n window cleaning: limpieza de cristales, limpiar los cristales
n spring cleaning: limpieza general, zafarrancho
// Kitchen, food, drinks, meals.
n meals: comidas, comida
n breakfast: desayuno, desayunos
n lunch: almuerzo, almuerzos
n dinner: cena, cenas
n dessert: postre, postres
n snack: merienda, meriendas, tentempié
n recipes: receta, recetas
n soup: sopa, sopas, caldo, puré
n salad: ensalada, ensaladas
n sandwich: bocadillo, bocadillos, sándwich, bocata, bocatas
n rice: arroz, paella
n pasta: pasta, macarrones, espaguetis
n potatoes: patatas, patata
n porridge: gachas, avena
n cereal: cereales
n cheese: queso, quesos
n butter: mantequilla
n yoghurt: yogur, yogures
n ham: jamón
n sausage: salchicha, salchichas, chorizo, embutido, embutidos
n chicken: pollo
n pork: cerdo
n beef: ternera
n apples: manzanas, manzana
n bananas: plátanos, plátano, bananas
n oranges: naranjas, naranja
n strawberries: fresas, fresa
n raspberries: frambuesas
n blueberries: arándanos
n cherries: cerezas
n plums: ciruelas
n pears: peras, pera
n grapes: uvas
n lemons: limones, limón
n nuts: frutos secos, nueces, almendras, cacahuetes
n carrots: zanahorias, zanahoria
n onions: cebollas, cebolla
n garlic: ajo, ajos
n peppers: pimientos, pimiento
n cucumbers: pepinos, pepino
n lettuce: lechuga
n beans: judías, alubias, frijoles
n lentils: lentejas
n chickpeas: garbanzos
n spinach: espinacas
n broccoli: brócoli
n courgettes: calabacín, calabacines
n pumpkin: calabaza
n cake: tarta, pastel, bizcocho
n biscuits: galletas, galleta
n pastries: bollería, bollos, cruasanes, churros
n ice cream: helado, helados
n honey: miel
n jam: mermelada
n flour: harina
n sugar: azúcar
n sweetener: sacarina, edulcorante
n spices: especias
n olive oil: aceite de oliva
n sparkling water: agua con gas
n lemonade: limonada
n smoothie: batido, batidos, smoothie
n cocoa: cacao, colacao, chocolate caliente
n latte: café con leche, cortado
n green tea: té verde
n herbal tea: infusión, infusiones, manzanilla, tila, poleo
n drinks: bebidas, bebida, cubatas
n alcohol: alcohol
n spirits: chupitos, chupito, licor
n cocktails: cócteles, cóctel
n cider: sidra
n sushi: sushi
n kebab: kebab, döner
n burgers: hamburguesas, hamburguesa, burger
n leftovers: sobras, restos
n calories: calorías
n carbs: carbohidratos, hidratos
n fat: grasa, grasas
n caffeine: cafeína
n diet: dieta
n meal prep: tupper, tuppers, táper
n preserves: conservas
n jars: tarros, frascos
n fibre: fibra
n tapas: tapas, pinchos, raciones
// Garden, plants, weather.
n vegetable patch: huerta, bancal
n greenhouse: invernadero
n seeds: semillas
n seedlings: plantones, semilleros, esquejes
n trees: árboles, árbol
n fruit trees: frutales
n bushes: arbustos, setos
n roses: rosas, rosal, rosales
n succulents: suculentas, crasas
n pots: macetas, maceta, tiestos
n soil: tierra, sustrato
n fertiliser: abono, fertilizante
n weeds: malas hierbas, hierbajos
n leaves: hojas
n grass: hierba
n lawnmower: cortacésped
n hose: manguera
n watering can: regadera
n pests: plagas, pulgones, caracoles
n weather: clima
n rain: lluvia, lluvias
n rainfall: precipitaciones, litros de lluvia
n snow: nieve
n frost: heladas, helada
n wind: viento
n sun: sol
n storms: tormentas, tormenta
n humidity: humedad ambiental
n air quality: calidad del aire, contaminación
n pollen: polen
n sunrise: amanecer
n sunset: atardecer, puesta de sol
// Body, measurements.
n body: cuerpo
n head: cabeza
n face: cara
n nose: nariz
n mouth: boca
n lips: labios
n gums: encías
n throat: garganta
n stomach: estómago, barriga, tripa
n hand: mano, manos
n fingers: dedos, dedo
n wrist: muñeca
n elbow: codo
n foot: pie, pies
n ankle: tobillo, tobillos
n heel: talón
n calf: gemelos, pantorrilla
n skin: piel
n muscles: músculos, músculo
n bones: huesos
n joints: articulaciones
n heart: corazón
n lungs: pulmones
n liver: hígado
n kidneys: riñones
n bowel movements: deposiciones, caca, cacas
n urine: orina, pis
n height: altura, estatura
n measurements: medidas
n blood oxygen: oxígeno en sangre, saturación
n cholesterol: colesterol
n breathing: respiración
n cycle: ciclo
n ovulation: ovulación
n pregnancy: embarazo
n kicks: patadas
n contractions: contracciones
n hydration: hidratación
// Symptoms and illnesses.
n cold: resfriado, catarro, constipado, resfriados
n flu: gripe
n covid: covid, coronavirus
n runny nose: mocos
n sneezing: estornudos
n earache: dolor de oído, otitis
n back pain: dolor de espalda, lumbago
n neck pain: dolor de cuello, tortícolis
n joint pain: dolor articular
n muscle pain: agujetas, dolor muscular
n period pain: dolor de regla
n fatigue: cansancio, agotamiento, fatiga
n weakness: debilidad
n vomiting: vómitos
n indigestion: indigestión, empacho
n reflux: reflujo
n swelling: inflamación
n bruises: moratones, moratón, cardenales
n wounds: heridas, herida, cortes
n burns: quemaduras
n blisters: ampollas
n bites: picaduras, mordeduras
n urticaria: urticaria, ronchas
n hair loss: caída del pelo
n dandruff: caspa
n cold sores: herpes, calenturas
n infections: infección, infecciones
n urinary infection: cistitis, infección de orina
n sinusitis: sinusitis
n depression: depresión, bajón
n stress: estrés
n burnout: agotamiento laboral
n diabetes: diabetes
n hypertension: hipertensión, tensión alta
n epilepsy: epilepsia
n arthritis: artritis, artrosis, reuma
n hot flashes: sofocos
n palpitations: palpitaciones, taquicardias
n shortness of breath: ahogo, falta de aire
n tremor: temblores
n snoring: ronquidos
n teeth grinding: bruxismo
n mood swings: cambios de humor
n cravings: antojos, ansia de dulce
n appetite: apetito, hambre
n thirst: sed
n injuries: lesión, lesiones
n sprain: esguince, torcedura
n falls: caídas, caída
// Medicine, therapy, doctors.
n medicine: medicamento, medicamentos, medicina, medicinas, medicación
n prescription: receta médica
n capsules: cápsulas
n syrup: jarabe
n injection: inyección, inyecciones
n plasters: tiritas, tirita
n bandage: venda, vendaje
n spray: espray, spray
n supplements: suplementos, suplemento
n vitamin d: vitamina d
n magnesium: magnesio
n iron: hierro
n omega-3: omega
n probiotics: probióticos
n melatonin: melatonina
n contraception: anticonceptivos, anticonceptiva
n antihistamine: antihistamínico, antihistamínicos
n antidepressants: antidepresivos
n sleeping pills: pastillas para dormir, somníferos
n therapy: terapia, psicoterapia
n therapist: terapeuta, psicólogo, psicóloga, psiquiatra
n appointments: cita, citas, consulta, consultas
n check-ups: revisión, revisiones, chequeo, chequeos
n blood tests: análisis, analítica, analíticas
n vaccine: vacuna, vacunas
n hospital: hospital, urgencias
n health centre: centro de salud, ambulatorio
n pharmacy: farmacia
n nurse: enfermera, enfermero
n gynaecologist: ginecólogo, ginecóloga
n dermatologist: dermatólogo, dermatóloga
n optician: oculista, óptica, oftalmólogo
n paediatrician: pediatra
n vet: veterinario, veterinaria, vete
n massage: masaje, masajes
n sick leave: baja, baja médica
n speech therapy: logopeda, logopedia
n osteopathy: osteópata, quiropráctico
n glasses: gafas
n hearing aid: audífono
n brace: ortodoncia, brackets
n mouthwash: enjuague bucal, colutorio
// Family and people.
n family: familia
n parents: padres
n mother-in-law: suegra
n father-in-law: suegro
n in-laws: suegros
n son: hijo
n daughter: hija
n baby: peque, peques
n grandchildren: nietos, nieto, nieta
n husband: marido, esposo
n wife: mujer, esposa
n partner: pareja
n boyfriend: novio
n girlfriend: novia
n aunt: tía
n uncle: tío
n cousin: primo, prima
n niece: sobrina
n nephew: sobrino
n twins: gemelos idénticos, mellizos
n neighbours: vecinos, vecino, vecina
n colleagues: compañeros, compañero, compañera, compis
n boss: jefe, jefa
n guests: invitados
n babysitter: canguro, niñera
n people: gente, personas
n birthdays: cumpleaños, cumple
n dates: citas románticas, ligues
n sex: sexo
// Pets and animals.
n pets: mascotas, mascota, animales, animal
n puppy: cachorro
n kitten: gatito
n guinea pig: cobaya, cobayas
n turtle: tortuga
n snake: serpiente
n lizard: lagarto, gecko
n budgie: periquito, periquitos
n parrot: loro, cotorra
n rat: rata
n mouse: ratón
n ferret: hurón
n goats: cabras, cabra
n sheep: ovejas, oveja
n cows: vacas, vaca
n pigs: cerdos
n ducks: patos, pato
n butterflies: mariposas
n mosquitoes: mosquitos, mosquito
n spiders: arañas
n pet food: pienso, comida del perro, comida del gato, latas del gato
n treats: premios, chuches del perro
n leash: correa
n collar: collar
n fleas: pulgas
n flea treatment: pipeta, pipetas, antipulgas
n grooming: peluquería canina
n cage: jaula
n bird feeder: comedero
// Hobbies, crafts, music, games, collecting.
n hobbies: aficiones, afición, hobbies, pasatiempos
n crochet: ganchillo, croché
n embroidery: bordado, bordados, bordar, bordo
n sewing machine: máquina de coser
n yarn: lana, ovillos
n fabric: tela, telas
n pottery: cerámica, alfarería
n woodwork: bricolaje, carpintería
n drawings: dibujos, dibujo
n paintings: cuadros, cuadro, pinturas
n sketches: bocetos
n calligraphy: caligrafía, lettering
n lego: lego, legos
n models: maquetas, maqueta, modelismo
n photography: fotografía
n camera: cámara
n singing: canto, cantar, canto en el coro
n choir: coro
n songs: canciones, canción
n music: música
n concerts: conciertos, concierto
n saxophone: saxofón, saxo
n trumpet: trompeta
n cello: chelo, violonchelo
n keyboard: teclado
n accordion: acordeón
n harmonica: armónica
n cards: naipes, mus, tute, chinchón
n poker: póker
n sudoku: sudoku, sudokus
n video games: videojuegos, videojuego, vicio
n console: consola, play, playstation
n stamps: sellos
n coins: monedas
n vinyl records: vinilos, discos
n postcards: postales
n collection: colección
n comics: cómics, tebeos, manga
n novels: novelas, novela
n audiobooks: audiolibros
n e-books: ebooks, libros electrónicos, kindle
n library: biblioteca
n poems: poemas, poesía
n diary: diario personal
n fishing: pesca
n hunting: caza
n camping: acampada, camping
n travel: viajes, viaje
n trips: excursiones, excursión, escapadas, escapada
n holidays: vacaciones
n museums: museos, museo
n cinema: cine
n theatre: teatro
n films: pelis, peli, películas, película
n books: libros, libro
n knitting: punto, calceta
// Sports and exercise.
n workouts: entrenamiento, entrenamientos, entreno, entrenos, sesiones de gimnasio
n running: carrera, carreras, footing
n walking: caminatas, caminata, marcha nórdica
n cycling: ciclismo, spinning
n yoga: yoga
n pilates: pilates
n strength training: pesas, musculación, fuerza
n weights: mancuernas
n bench press: press de banca
n deadlifts: peso muerto
n lunges: zancadas
n burpees: burpees
n skipping: comba, saltar a la comba
n cardio: cardio
n fitness: fitness, aeróbic, zumba
n crossfit: crossfit
n martial arts: artes marciales, kárate, judo, boxeo, kickboxing
n handball: balonmano
n basketball: baloncesto, basket
n volleyball: voleibol, vóley
n golf: golf
n skiing: esquí
n ice skating: patinaje
n rowing: remo, kayak, piragüismo
n sailing: vela
n surfing: surf
n horse riding: equitación, montar a caballo
n table tennis: ping-pong, pimpón, tenis de mesa
n bowling: bolos
n darts: dardos
n races: carreras populares, maratón, media maratón
n personal bests: marcas, marca personal, récord
n pace: ritmo
n training plan: plan de entrenamiento
n warm-up: calentamiento
n sets: repeticiones
n treadmill: cinta de correr, cinta
n exercise bike: bici estática
n sports: deporte, deportes
// Transport, car, bike, fuel, commute.
n driving: conducción
n driving lessons: clases de conducir, autoescuela
n diesel: diésel, gasoil, gasóleo
n fuel consumption: consumo de combustible
n consumption: consumo
n charging: recarga, cargador
n electric car: coche eléctrico
n service: revisión del coche, taller, itv, mecánico
n tyre change: cambio de neumáticos, cambio de ruedas
n parking: aparcamiento, parking, zona azul
n tolls: peajes, peaje
n tickets: billetes, billete, abono transporte, bono
n speeding tickets: multas, multa
n traffic jams: atascos, atasco, tráfico
n tram: tranvía
n underground: metro
n plane: avión, vuelos, vuelo
n scooter: patinete, patinetes, moto eléctrica
n business trips: viajes de trabajo
n helmet: casco
// Money, shopping, bills, utilities.
n cash: pasta gansa, efectivo, pelas, guita
n income: ingresos
n salary: sueldo, nómina, salario
n savings: ahorros, ahorro, hucha
n budget: presupuesto
n debt: deudas, deuda
n loan: préstamo, préstamos, crédito, cuotas, plazos
n mortgage: hipoteca
n investments: inversiones, acciones, bolsa, fondos
n crypto: cripto, bitcoin, criptomonedas
n pocket money: paga, paga semanal
n tips: propinas, propina
n donations: donaciones, donativos
n gifts: regalos, regalo
n online shopping: compras online, amazon, shein, zara
n shoes: zapatos, zapatillas, calzado
n cosmetics: cosméticos, maquillaje
n perfume: perfume, colonia
n receipts: tickets de compra
n bills: facturas, factura
n electricity: luz, electricidad
n gas: gas, butano, bombona
n water bill: factura del agua
n meter readings: lectura del contador, lecturas
n meter: contador de la luz, contador del gas, contador del agua
n internet: internet, wifi
n phone bill: factura del móvil
n insurance: seguro, seguros
n taxes: impuestos, hacienda, renta, ibi
n fees: cuotas mensuales, comisiones
n streaming: netflix, hbo, spotify, disney
n lottery: lotería, primitiva, euromillones, cupones
n bets: apuestas
n prices: precios, precio
n discounts: ofertas, descuentos, rebajas
n returns: devoluciones
n orders: pedidos, pedido
n deliveries: envíos, entregas
// Work, study, school, languages.
n work hours: horas de trabajo, jornada, horario
n work: trabajo, curro, curre, chamba
n office: oficina
n remote work: teletrabajo
n shifts: turnos, turno, guardias, guardia
n meetings: reuniones, reunión
n emails: correos, emails, mails
n tasks: pendientes
n projects: proyectos, proyecto
n deadlines: plazos de entrega, entregas del trabajo
n clients: clientes, cliente
n sales: ventas
n breaks: descansos, pausas, descanso
n school: colegio, cole, escuela, instituto, insti
n university: universidad, uni, facultad, carrera universitaria
n lectures: clases de la uni
n exams: exámenes, examen, parciales, selectividad, oposiciones
n grades: calificaciones
n tests: pruebas, controles del cole
n revision: repaso
n flashcards: tarjetas, fichas
n thesis: tfg, tfm, tesis
n courses: cursos, curso, formación
n tutoring: clases particulares, repaso escolar
n maths: matemáticas
n russian: ruso
n chinese: chino
n japanese: japonés
n portuguese: portugués
n duolingo: duolingo
n programming: programación, programar, código
n exercises: ejercicios, ejercicio, deberes de mates, ejercicios de clase
// Media, screens, phone, social networks.
n screen time: tiempo de pantalla, pantallas, pantalla
n phone: móvil, teléfono, celular
n apps: apps, aplicaciones, app
n social media: redes sociales, redes
n facebook: facebook, face
n instagram: instagram, insta
n tiktok: tiktok
n youtube: youtube, vídeos, videos
n messages: mensajes, whatsapps, whatsapp, wasaps, sms
n calls: llamadas, llamada
n news: noticias, telediario
n tv: tele, televisión
n episodes: capítulos, capítulo, episodios
n notifications: notificaciones
n scrolling: scroll
n laptop: portátil, ordenador, pc
n radio: radio
// Emotions and moods.
n mood: ánimo, estado de ánimo, humor
n emotions: emociones, sentimientos
n happiness: felicidad, alegría
n sadness: tristeza, pena
n anger: enfado, enfados, ira, rabia, cabreo, cabreos
n fear: miedo, miedos
n worry: preocupaciones, preocupación, agobio, agobios
n loneliness: soledad
n boredom: aburrimiento
n energy: energía
n motivation: motivación, ganas
n gratitude: gratitud, agradecimiento
n calm: calma, tranquilidad
n irritability: irritabilidad, mal humor, nervios
n crying: llanto, lloros
n self-esteem: autoestima
n relationships: relación, relaciones
n tantrums: rabietas, berrinches, pataletas
// Time words and other short words: dropped from a subject.
- : pero, mes, meses, sobre
- : día, días, mañanas, tarde, tardes, finde, findes, fin de semana, fines de semana, año, años, minuto, minutos, cantidad, ayer, mañana, anteayer, ahora, luego, después de todo, normalmente, habitualmente, últimamente, diario, diaria, número, cantidad de veces
// Verbs of daily life.
n getting dressed: me visto, vestirme
n hair washing: me lavo el pelo, lavarme el pelo, lavado de pelo
n nappy changes: cambio el pañal, cambios de pañal
n bedtime: acuesto, acostar, acostarme, me acuesto, hora de dormir
v drive: conduzco, conducir, conducido, manejo, manejar
v commute: voy al trabajo, desplazo
v fly: vuelo en avión, volar
v travel: viajo, viajar, viajado
v pack: empaqueto, hago la maleta
v cut: cortado
v fry: freír, frito
v grill: hago barbacoa, asar, aso, barbacoa
v peel: pelo fruta, pelar
v prepare: preparo, preparar, preparado
v throw away: tiro, tirar, tirado
v recycle: reciclo mucho
v fix: arreglo la, reparo, reparar, arreglar
v build: construyo, construir
v plant: planto, plantar, plantado, siembro, sembrar, sembrado
v pick up: recojo a, recoger a
v pay: pago, pagar, pagado
v earn: gano, ganar, ganado, cobro, cobrar
v borrow: pido prestado, presto, prestar
v sell: vendo, vender, vendido
v invest: invierto, invertir, invertido
v donate: dono, donar, donado
v work: trabajo en, trabajar, trabajado, curro en, currar, currado
v jump: salto, saltar, saltado
v row: remar, remo en
v sail: navego, navegar
v fish: pesco, pescar, pescado en
v sing: canto canciones, cantado
v listen: escucho, escuchar, escuchado, oigo
v watch: miro, mirar
v photograph: fotografío, fotografiar, hago fotos
v collect: colecciono, coleccionar, coleccionado
v text: escribo a, mando mensajes
v meet: quedo con, quedar con
v hug: abrazo, abrazar
v kiss: beso, besar
v laugh: río, reír, reído
v shout: grito, gritar, gritado, chillo, chillar
v worry: preocupo, preocuparme, preocupado
v relax: descanso un rato, relajo, relajarme, relajado
v sunbathe: tomo el sol, tomar el sol
n sauna: sauna, saunas
n phone scrolling: miro el móvil, mirar el móvil
v post: publico, publicar, subo fotos
v download: descargo, descargar
v forget: olvido, olvidar, olvidado
v lose: pierdo, perder, perdido
v procrastinate: procrastino, procrastinar, dejo para mañana
v overeat: atraco, atracón, atracones, me atiborro
v sip: sorbo, sorber
v chew: mastico, masticar
n chewing gum: chicle, chicles
v pee: meo, mear, hago pis
v sweat: sudo, sudar, sudado
v yawn: bostezo, bostezar
v wax: depilo, depilar, depilación, depilado
n makeup: me maquillo, maquillarme
n nail painting: me pinto las uñas, pintarme las uñas
v moisturise: hidrato, hidratar
v wait: espero, esperar
// Adjectives.
a red: rojo, roja, rojos, rojas, tinto
a white: blanco, blanca, blancos, blancas
a black: negro, negra, negros, negras
a green: verde, verdes
a sweet: dulce
a salty: salado, salada, salados
a sparkling: con gas
a fresh: fresco, fresca, frescos, frescas
a frozen: congelado, congelada, congelados
a healthy: sano, sana, sanos, saludable, saludables
a big: grande, grandes
a small: pequeño, pequeña, pequeños, pequeñas
a long: largo, larga, largos, largas
a short: corto plazo
a heavy: pesado, pesada
a light: ligero, ligera, light
a dry: seco, seca, secos
a wet: mojado, mojada
a old: viejo, vieja, viejos
a new: nuevo, nueva, nuevos, nuevas
a electric: eléctrico, eléctrica
a vegan: vegano, vegana, veganos
a vegetarian: vegetariano, vegetariana
a alcoholic: alcohólico, alcohólica, alcohólicas
a non-alcoholic: sin alcohol
a decaf: descafeinado, descafeinados
a sugar-free: sin azúcar
a gluten-free: sin gluten
a spicy: picante, picantes
a sour: ácido, ácida, agrio
a fizzy: gaseoso, gaseosa, gaseosas
a left: izquierdo, izquierda
a right: derecho, derecha
a upper: superior
a lower: inferior
a chronic: crónico, crónica
a tired: cansado, cansada
// Habits said as acts: skipping a meal, snoozing the alarm, the baby.
v skip breakfast: salto el desayuno, me salto el desayuno, saltarme el desayuno, saltar el desayuno
v skip lunch: salto la comida, me salto la comida, saltarme la comida
v skip dinner: salto la cena, me salto la cena, saltarme la cena
v snooze alarm: pospongo la alarma, posponer la alarma, pospongo el despertador, aplazo la alarma, apago la alarma
n alarm: alarma, alarmas, despertador
n baby: bebé, bebés, bebito, bebita
// Home and chores: rooms, furniture, things to fix, the chores themselves.
n house: casita, vivienda, viviendas, chalet, adosado
n rooms: cuartos, dormitorios, estancias, estancia
n kitchen: cocinas, cocinita
n bathroom: baños, aseo, aseos, váter, wc
n toilet: inodoro, retrete, taza del váter
n toilet paper: papel higiénico, rollos de papel
n shower screen: mampara
n bathtub: bañeras
n bed: camas, camita, colchón, colchones
n pillows: almohada, almohadas, cojín, cojines
n duvet: edredón, nórdico, funda nórdica, manta, mantas
n pillowcases: fundas de almohada, funda de almohada
n bedding: ropa de cama
n tablecloth: mantel, manteles
n rug: alfombrilla, felpudo
n walls: pared, paredes, muro
n ceiling: techo, techos
n roof: tejado, tejados
n windows: ventana, cristales, cristal
n blinds: persianas, persiana, estores, estor
n doors: puertas, portal
n stairs: escaleras, escalera, escalones
n lift: ascensor
n terrace: terrazas, azotea
n patio: patio, patios
n yard: corral
n fence: valla, vallas, verja
n gate: cancela
n mailbox: buzón, buzones
n doorbell: timbre
n lock: cerradura, cerrojo, candado
n socket: enchufe, enchufes
n switch: interruptor, interruptores
n cables: cable, cables
n wiring: instalación eléctrica
n fuse box: cuadro eléctrico, plomos
n pipes: tubería, tuberías, cañerías
n leaks: gotera, goteras, fuga, fugas, escape de agua
n drain: desagüe, sumidero
n blockage: atasco del fregadero, atascos del fregadero
n paint: pintura de pared
n wallpaper: papel pintado
n tiles: azulejos, baldosas
n furniture: muebles, mueble, mobiliario
n bookshelf: librería, estanterías, baldas
n cupboard: alacena, armarios de cocina
n pantry: despensa
n shoe rack: zapatero
n bedside table: mesilla, mesita de noche
n cot: cuna, cunas
n high chair: trona
n pram: carrito, carricoche, cochecito
n iron: plancha
n clothes horse: tendedero, tendedor
n clothes pegs: pinzas
n laundry basket: cesto de la ropa, cesto
n washing powder: jabón de la ropa, detergente de la ropa
n bleach: lejía
n dishwasher tablets: pastillas del lavavajillas
n cleaning products: productos de limpieza
n gloves: guantes, guante
n bin: cubo de basura, papelera, contenedor, contenedores
n rubbish: residuos, desperdicios
n glass recycling: vidrio
n plastic: plástico, plásticos, envases
n paper: papel, cartón
n organic waste: orgánico, restos orgánicos
n smell: olor, olores, peste
n cobwebs: telarañas
n limescale: cal, sarro
n grease: grasa de la cocina
n stains: manchas, mancha
n clutter: trastos viejos
n boxes: cajas, caja
n storage room: trasteros
n cleaner: asistenta, señora de la limpieza
n plumber: fontanero
n electrician: electricista
n handyman: manitas
n landlord: casero del piso, propietario
n housemates: compañeros de piso, compis de piso
n rent payments: pagos del alquiler
n community fees: comunidad, gastos de comunidad
n move: mudanza, mudanzas
n light: luces, lámparas
n candles: velas
n houseplants: plantas de interior
n thermostat: termostato
n dehumidifier: deshumidificador
n fan: ventilador, ventiladores
n heater: estufa, estufas, calefactor
n solar panels: placas solares, paneles solares
n alarm system: alarma de casa
n robot vacuum: robot aspirador
// Chores as acts: what a request does at home.
v tidy: ordené, ordenando, recoger la casa, recogí la casa, he recogido
v make bed: hago la cama, hacer la cama, hice la cama, hecho la cama
v wash up: friego los platos, fregar los platos, fregué los platos, lavo los platos, lavar los platos
v load dishwasher: pongo el lavavajillas, poner el lavavajillas, puse el lavavajillas
v empty dishwasher: vacío el lavavajillas, vaciar el lavavajillas, vacié el lavavajillas
v do laundry: pongo una lavadora, pongo la lavadora, poner una lavadora, poner la lavadora, puse una lavadora, puse la lavadora
v hang laundry: tiendo la ropa, tender la ropa, tendí la ropa
v take out trash: saco la basura, sacar la basura, saqué la basura, sacado la basura, bajo la basura, bajar la basura, bajé la basura
v sweep: barrí, barrido, barriendo
v mop: fregué el suelo, fregar el suelo, fregado el suelo
v vacuum: aspiré, aspirado, pasé la aspiradora, pasar la aspiradora, pasado la aspiradora
v dust: quitar el polvo, quité el polvo, quitado el polvo
v scrub: restregar, frotar, froto
v sort: separé, separado, clasifico, clasificar
v recycle: reciclé, reciclado
v air: ventilé, ventilado
v water: regar las plantas, riego las plantas, regué las plantas, regado, regando
v repair: arreglé, arreglado, reparé, reparado
v paint: pinté, pintado, pintando
v drill: taladrar, taladro la pared
v hang up: colgué, colgado
v change: cambiado, cambiando, cambia
v replace: sustituyo, sustituir, sustituido, reemplazo, reemplazar, reemplazado
v fold: doblé, doblando
v put away: guardo la ropa, guardé la ropa
v shop: hago la compra, hacer la compra, hice la compra, voy al súper, ir al súper, fui al súper
v go: voy, ir, fui
v go out: salgo, salí
v clean up: recogí, recogido
v unblock: desatasco, desatascar, desatascado
v bleed radiators: purgo los radiadores, purgar los radiadores
v descale: descalcifiqué, descalcificado
v defrost: descongelé, descongelado
v mow: corto la hierba, cortar la hierba, segar, siego
v sweep up: recoger las hojas
// Food and drink: what people eat and drink, as a collection would name it.
n food: alimentos, alimento, alimentación, comestibles
n meals: platos del día, plato del día, menú, menús
n brunch: brunch
n dinner: cenar, cenita
n snacks: snacks, snack, picoteos, tapeo
n fruit: frutas, fruta del tiempo, piezas de fruta
n vegetables: verdura, hortalizas, vegetales, legumbres
n salad: ensaladilla
n tomatoes: tomate
n sweet potatoes: boniato, boniatos, batata, batatas
n carrots: zanahorias
n aubergines: berenjenas, berenjena
n leeks: puerros, puerro
n celery: apio
n cabbage: col, repollo, coles
n cauliflower: coliflor
n asparagus: espárragos, espárrago
n artichokes: alcachofas, alcachofa
n peas: guisantes, chícharos
n green beans: judías verdes
n corn: maíz, mazorca, mazorcas
n radishes: rábanos, rábano
n beetroot: remolacha
n chard: acelgas
n kale: kale, col rizada
n avocado: aguacate, aguacates
n olives: aceitunas, aceituna, olivas
n mushrooms: seta, champiñón
n peaches: melocotones, melocotón, durazno, duraznos
n apricots: albaricoques, albaricoque
n melon: melón, melones
n watermelon: sandía, sandías
n pineapple: piña, piñas
n mango: mango, mangos
n kiwi: kiwi, kiwis
n figs: higos, higo, brevas
n tangerines: mandarinas, mandarina
n grapefruit: pomelo, pomelos
n blackberries: moras
n coconut: coco
n dates: dátiles
n raisins: pasas, uvas pasas
n almonds: almendra
n walnuts: nuez
n peanuts: cacahuete, maní
n pistachios: pistachos
n hazelnuts: avellanas
n seeds: pipas, semillas de girasol, chía, lino
n fish: pescado, pescados, pescaíto
n salmon: salmón
n tuna: atún
n cod: bacalao
n hake: merluza
n sardines: sardinas, boquerones, anchoas
n seafood: marisco, mariscos, gambas, langostinos, mejillones, calamares, pulpo
n prawns: gamba, langostino
n turkey: pavo
n lamb: cordero
n steak: filete, filetes, bistec, chuletón, entrecot
n meatballs: albóndigas
n mince: carne picada
n bacon: beicon, bacon, panceta
n cold cuts: fiambre, fiambres, pavo en lonchas
n tofu: tofu
n seitan: seitán
n hummus: hummus, humus
n eggs: huevo, huevos fritos, huevos cocidos, tortilla francesa
n omelette: tortilla, tortillas, tortilla de patatas
n pizza: pizza, pizzas
n pasta: tallarines, lasaña, fideos, fideuá
n noodles: ramen
n tacos: tacos, burritos, nachos, quesadillas
n empanadas: empanadas, empanadillas
n croquettes: croquetas, croqueta
n stew: guiso, guisos, estofado, cocido, potaje, puchero
n gazpacho: gazpacho, salmorejo
n toast: tostada, tostadas, pan tostado
n bread rolls: panecillos, barra de pan, barras de pan, chapata
n crisps: patatas de bolsa, patatillas
n popcorn: palomitas
n chocolate: bombones, chocolatinas, onzas de chocolate, nutella
n sweets: caramelos, gominolas
n cake: tartas, pasteles, bizcochos, magdalenas, muffins, cupcakes
n doughnuts: donuts, dónuts, rosquillas
n croissants: cruasán, croissant, croissants, napolitanas
n pancakes: tortitas, crepes, creps, gofres
n pudding: flan, natillas, arroz con leche
n yoghurt: yogures naturales, kéfir, kefir
n cheese: requesón, queso fresco
n cream: nata
n mayonnaise: mayonesa, alioli
n ketchup: kétchup, ketchup, tomate frito
n sauces: salsa, salsas
n vinegar: vinagre
n pepper: pimienta
n herbs: perejil, albahaca, cilantro, orégano, romero, tomillo, hierbabuena
n oats: copos de avena
n muesli: muesli, granola
n wholemeal bread: pan integral
n baby food: potitos, potito, papilla, papillas
n formula: leche de fórmula, leche artificial, biberón, biberones
n breast milk: leche materna
n water: agüita, litros de agua, botellas de agua
n tap water: agua del grifo
n coffee: expresos, espresso, capuchino, americano, café solo
n tea: tés, matcha, rooibos
n mate: mate, yerba mate
n hot chocolate: chocolate a la taza
n milk: leche de avena, leche de soja, leche de almendras, bebida vegetal
n beer: cervezas, birra, birras, tercio, tercios, quinto, quintos
n wine: vinos, vinito, copa de vino, copas de vino, tinto de verano, vermut
n sangria: sangría
n cava: cava, champán
n gin and tonic: gin tonic, gin tonics, gintonic
n spirits: whisky, ron, vodka, ginebra, tequila, orujo
n soda: coca-cola, cocacola, coca cola, fanta, gaseosa
n tonic: tónica
n isotonic drinks: bebidas isotónicas, isotónicas, aquarius
n protein shakes: batidos de proteínas, batido de proteínas
n sugar: azúcares, azucarillos, cucharadas de azúcar
n fruit and veg: frutas y verduras, fruta y verdura
n ultra-processed food: ultraprocesados, procesados, bollería industrial
n restaurants: restaurante, restaurantes
n bars: bar, bares, terracitas, cañitas
n cafés: cafetería, cafeterías
n fast food restaurants: mcdonald's, burger king, kfc, telepizza
// Cooking: acts, dishes, kitchen things.
v cook: cociné, cocinado, cocinando, guisar, guisado
v bake: horneé, horneado, horneando, hago pan, hacer pan, hice pan
v roast: aso al horno, asado, asada
v boil: hiervo, hervir, hervido, cuezo, cocer, cocido en agua
v steam: al vapor
v chop: pico cebolla, trocear, troceo, troceado
v mix: mezclo, mezclar, mezclado, bato, batir, batido a mano
v knead: amaso, amasar, amasado
v season: sazono, sazonar, aliño, aliñar
v marinate: marino, marinar, adobo, adobar
v taste: pruebo, probar, probado, cato, catar
v heat: caliento, calentar, calentado
v freeze: congelo, congelar
v preserve: embotar, embotado, hago conservas
v batch cook: batch cooking, cocino para la semana, cocinar para la semana
v ferment: fermenté, fermentado
v eat: comer, comí, comido, comiendo, comemos
v drink: bebí, bebido, bebiendo, bebemos, tomo algo
v have dinner: ceno, cené, cenado
n eating out: comer fuera, como fuera, comí fuera, cenar fuera, ceno fuera, comidas fuera
v snack: picoteé, picar algo, picar, pico entre horas
n recipes: recetario, recetas nuevas, platos nuevos
n dishes: platillos, platos cocinados
n ingredients: ingredientes, ingrediente
n kitchen utensils: utensilios de cocina, sartén, sartenes, olla, ollas, cazo, cazuela
n air fryer: freidora de aire, freidora
n slow cooker: olla lenta, crockpot, thermomix
n bread maker: panificadora
n lunchbox: fiambrera, tupperware, táperes
n food waste: comida tirada, desperdicio de comida, comida que tiro
n expiry dates: fechas de caducidad, caducidad
n baking: repostería, horneados
n dough: masa
n yeast: levadura
n pickles: encurtidos, pepinillos
n jam making: mermeladas caseras
n barbecue: barbacoas, parrilla, parrillada
n paella: paellas
// Body and health: parts of the body, measures, care.
n head: cabezas
n hair: pelos, cabello, melena
n scalp: cuero cabelludo
n forehead: frente
n eyebrows: cejas, ceja
n eyelashes: pestañas
n eyes: ojitos
n ears: orejas
n cheeks: mejillas
n jaw: mandíbula
n chin: barbilla
n beard: barba
n moustache: bigote
n teeth: diente, muelas, muela, dentadura
n tongue: lengua
n shoulders: hombros
n arms: brazos
n forearm: antebrazo
n thumb: pulgar
n nails: uña
n toenails: uñas de los pies
n chest: pechos, senos, mamas
n ribs: costillas
n belly: vientre, abdomen, panza
n belly fat: barriga cervecera
n waist: talle
n hips: caderas
n bottom: culo, trasero, glúteos
n knees: rodillas
n thighs: muslos
n calves: pantorrillas
n shins: espinillas
n feet: piececitos
n toes: dedos de los pies
n back: lumbares, zona lumbar, cervicales
n spine: columna, columna vertebral
n pelvic floor: suelo pélvico
n bladder: vejiga
n bowels: intestino, intestinos, tránsito intestinal
n brain: cerebro
n nerves: nervio, nervios ciáticos
n sciatica: ciática
n veins: venas, varices
n blood: sangre
n blood type: grupo sanguíneo
n heart rate: pulsaciones, frecuencia cardíaca, frecuencia cardiaca, ritmo cardíaco
n resting heart rate: pulsaciones en reposo
n blood pressure: tensión arterial, presión
n oxygen: oxígeno
n weight: peso corporal, pesaje, pesajes
n body measurements: medidas corporales
n bmi: imc, índice de masa corporal
n muscle mass: masa muscular
n growth: crecimiento
n height: talla, tallas
n posture: postura
n skin: cutis, piel seca
n moles: lunares, lunar
n wrinkles: arrugas
n pimples: grano, espinillas negras, puntos negros
n scars: cicatriz, cicatrices
n sweat: sudor, sudores
n tears: lágrimas
n saliva: saliva, babas
n poop: heces, cacota
n pee: pipí, meadas
n farts: pedos
n burps: eructos, eructo
n periods: reglas, periodos, menstruaciones
n menstrual cycle: ciclo menstrual
n discharge: flujo
n spotting: manchado, manchas de sangre
n fertility: fertilidad, días fértiles
n pregnancy test: test de embarazo, prueba de embarazo
n weeks of pregnancy: semanas de embarazo
n bump: tripita, barriguita
n menopause: menopausia
n libido: libido, deseo sexual
n hygiene: higiene
n skincare: cuidado de la piel, rutina facial, rutina de skincare
n moisturiser: crema hidratante, hidratante
n deodorant: desodorante
n shampoo: champú
n conditioner: acondicionador, mascarilla del pelo
n toothpaste: pasta de dientes, dentífrico
n razor: cuchilla, cuchillas, maquinilla
n tampons: tampones, tampón
n pads: compresas, compresa
n menstrual cup: copa menstrual
n condoms: condones, preservativos
n teeth brushing: me lavo los dientes, lavarme los dientes, cepillarme los dientes, me cepillo los dientes, lavado de dientes
// Symptoms: what hurts, what comes and goes.
n symptoms: síntomas, síntoma, molestias, molestia
n pain: dolorcito, dolencia, dolencias
n aches: achaques
n headaches: cefalea, cefaleas, dolor de cabeza fuerte
n dizziness: mareo, mareada, mareado, vértigo, vértigos
n fainting: desmayos, desmayo, lipotimia
n nausea: náusea, ganas de vomitar, asco
n vomiting: vómito, devoluciones del bebé, vomitonas
n diarrhea: descomposición, cagalera
n gas: flatulencias, gases intestinales
n stomach ache: dolor de tripa fuerte, retortijones
n colic: cólico, cólicos del bebé
n heartburn: ardores
n chest pain: dolor de pecho, dolor en el pecho
n hip pain: dolor de cadera
n knee pain: dolor de rodilla
n shoulder pain: dolor de hombro
n foot pain: dolor de pies, dolor de pie
n jaw pain: dolor de mandíbula
n tooth sensitivity: sensibilidad dental
n bleeding gums: sangrado de encías, encías sangrantes
n mouth ulcers: llagas, llaga, aftas
n sore throat: garganta irritada, anginas, faringitis
n hoarseness: ronquera, afonía
n cough: toses, tos seca, tos con flemas
n phlegm: flemas, flema
n congestion: congestión, nariz tapada, congestión nasal
n sneezes: estornudos seguidos
n watery eyes: ojos llorosos, lagrimeo
n itchy eyes: picor de ojos
n dry eyes: ojo seco, ojos secos
n conjunctivitis: conjuntivitis
n styes: orzuelo, orzuelos
n blurred vision: visión borrosa
n earache: dolor de oídos
n ringing ears: pitido en los oídos
n hearing: audición
n chills: escalofríos, escalofrío, tiritona
n sweating: sudoración, sudores nocturnos
n night sweats: sudores de noche
n temperature: fiebres, febrícula, décimas
n numbness: entumecimiento, hormigueo, hormigueos
n tingling: cosquilleo
n stiffness: rigidez
n inflammation: inflamaciones
n swollen feet: pies hinchados, tobillos hinchados
n fluid retention: retención de líquidos
n spots: manchas en la piel
n itchy skin: picores, picor de piel
n dry skin: sequedad
n hives: habones
n sunburn: quemadura solar, quemaduras del sol
n blisters: ampolla, rozaduras, rozadura
n cuts: corte, cortecitos
n splinters: astilla, astillas
n nosebleeds: sangrados de nariz, me sangra la nariz, hemorragia nasal
n bleeding: sangrado, sangrados, hemorragia
n bruises: chichón, chichones
n fractures: fractura, fracturas, rotura, hueso roto
n tendinitis: tendinitis, tendinopatía
n contracture: contractura, contracturas
n lumbago: lumbalgia
n hernia: hernia, hernia discal
n plantar fasciitis: fascitis plantar, fascitis
n gout: gota úrica, ácido úrico
n cystitis: infección urinaria
n thrush: candidiasis, hongos vaginales
n athlete's foot: pie de atleta
n warts: verrugas, verruga
n lice: piojos, liendres
n chickenpox: varicela
n tonsillitis: amigdalitis, placas en la garganta
n bronchitis: bronquitis
n pneumonia: neumonía
n gastroenteritis: gastroenteritis, gastro
n food poisoning: intoxicación, intoxicación alimentaria
n intolerances: intolerancia, intolerancias, intolerante
n lactose intolerance: intolerancia a la lactosa
n coeliac disease: celiaquía, celiaca, celíaco
n irritable bowel: colon irritable, síndrome del intestino irritable
n endometriosis: endometriosis
n ovarian cysts: quistes ováricos, ovarios poliquísticos
n anaemia: anemia
n cholesterol: colesterol alto
n thyroid: hipotiroidismo, hipertiroidismo
n fibromyalgia: fibromialgia
n migraine aura: aura
n vertigo: vértigo posicional
n tics: tic, tics
n stuttering: tartamudeo
n adhd: tdah
n autism: autismo
n ocd: toc
n eating disorder: trastorno alimentario, atracones de comida
n binge eating: comer compulsivo, atracones
n urges: impulsos
n cravings: antojo, ansias
n withdrawal: mono, síndrome de abstinencia
n relapses: recaídas, recaída
n hangover: resaca, resacas
n jet lag: jet lag
n tiredness: cansancio acumulado, sueño durante el día, somnolencia
n exhaustion: agotada, agotado, reventado, reventada
n recovery: recuperación
n wellbeing: bienestar
n health: salud
n illnesses: enfermedad, enfermedades, enfermo, enferma, malestar
n sick days: días de baja, días enfermo
n pain level: nivel de dolor, intensidad del dolor
n allergies: alergias, alérgico, alérgica
n allergic reactions: reacción alérgica, reacciones alérgicas
n side effects: efectos secundarios, efectos adversos
// Medicines and supplements, by generic name.
n medication: medicación diaria, tratamiento, tratamientos
n doses: dosis diaria
n pills: pastis, pastillita, pastillitas, grageas, sobres, sobre de
n painkillers: analgésico, calmante
n anti-inflammatories: antiinflamatorio, antiinflamatorios, antiinflamatoria
n ibuprofen: ibuprofenos, espidifen, dalsy
n paracetamol: gelocatil, termalgin, apiretal
n metamizole: metamizol, nolotil
n naproxen: naproxeno
n diclofenac: diclofenaco, voltaren
n codeine: codeína
n tramadol: tramadol
n antibiotics: antibióticos, amoxicilina, amoxicilina clavulánico, augmentine, azitromicina
n antihistamines: cetirizina, loratadina, ebastina, bilastina, desloratadina
n nasal spray: espray nasal, spray nasal, gotas nasales
n saline: suero fisiológico, monodosis de suero
n cough syrup: jarabe para la tos
n throat lozenges: pastillas para la garganta, caramelos para la garganta
n antacids: antiácido, antiácidos, almax
n omeprazole: omeprazoles, protector de estómago, protector gástrico
n laxatives: laxante, laxantes
n rehydration salts: suero oral, sueros orales
n antidepressants: antidepresivo, sertralina, fluoxetina, escitalopram, paroxetina
n anxiolytics: ansiolítico, ansiolíticos, lorazepam, alprazolam, diazepam, orfidal, trankimazin
n sleeping pills: somnífero, zolpidem
n levothyroxine: levotiroxina, eutirox
n metformin: metformina
n statins: estatina, estatinas, atorvastatina, simvastatina
n blood pressure pills: enalapril, losartán, amlodipino
n anticoagulants: anticoagulante, anticoagulantes, sintrom, acenocumarol
n aspirin: adiro, aspirinas
n insulin: insulinas, bolos de insulina, unidades de insulina
n inhaler: inhaladores, salbutamol, puf
n corticosteroids: corticoides, cortisona, prednisona
n creams: cremas, pomadas, ungüento
n hydrocortisone: hidrocortisona
n antifungal: antifúngico, antifúngicos
n eye drops: colirio, colirios, lágrimas artificiales
n birth control pill: píldora anticonceptiva, pastilla anticonceptiva, anticonceptivo oral
n morning-after pill: píldora del día después
n hrt: terapia hormonal
n hormones: hormonas
n iron supplement: pastilla de hierro, pastillas de hierro, suplemento de hierro
n folic acid: ácido fólico
n vitamin c: vitamina c
n vitamin b12: vitamina b12
n vitamin d: vitamina d3
n multivitamin: multivitamínico, multivitaminas
n calcium: calcio
n zinc: zinc
n potassium: potasio
n collagen: colágeno
n creatine: creatina
n whey protein: proteína de suero, whey
n fish oil: aceite de pescado
n omega-3: omega 3
n ginger: jengibre
n turmeric: cúrcuma
n valerian: valeriana
n cbd: cbd
n nicotine patches: parches de nicotina, parches
n nicotine gum: chicles de nicotina
n homeopathy: homeopatía
n pill organiser: pastillero
n syringes: jeringuillas, jeringa, jeringas
n test strips: tiras reactivas
n glucose meter: glucómetro
n thermometer: termómetro
n blood pressure monitor: tensiómetro
n scales: báscula, peso de baño
n cpap: cpap
n medical appointments: citas médicas, cita médica, visitas al médico
n gp: médico de cabecera, médica de cabecera, médico de familia
n specialist: especialista
n cardiologist: cardiólogo, cardióloga
n traumatologist: traumatólogo, traumatóloga, traumatología
n neurologist: neurólogo, neuróloga
n endocrinologist: endocrino, endocrina, endocrinólogo
n psychiatrist: psiquiatras
n nutritionist: nutricionista, dietista
n physio: fisioterapeuta, fisios
n podiatrist: podólogo, podóloga
n dental cleaning: limpieza dental, limpieza bucal
n fillings: empaste, empastes
n x-rays: radiografía, radiografías, rayos
n scans: resonancia, resonancias, ecografía, ecografías, tac, escáner
n operations: operación, operaciones, cirugía, intervención
n stitches: puntos de sutura
n test results: resultados, resultado de los análisis
n vaccinations: vacunación, vacunaciones, dosis de la vacuna
n flu jab: vacuna de la gripe
// Medicine as acts: taking, injecting, applying.
v take medication: me tomo la pastilla, tomarme la pastilla, me tomé la pastilla, me he tomado la pastilla, tomo la medicación
v take: tomé, tomado, tomando, tomarse, me tomo, me tomé
v inject: pinché, pinchado, me pincho
v apply: apliqué, aplicado, untar
v measure: mido, medir, medido, medí, me mido
v weigh: peso al bebé, me peso, pesarme, me pesé, pesado al bebé
v check: compruebo, comprobar, comprobado
v rest: reposo, reposar, hago reposo
v heal: curo, curar, curado, cicatrizar
v sleep: duermo, dormir, dormí, dormido, durmiendo, dormimos, duerme
n sleep: sueño, horas de sueño, calidad del sueño
n dreams: sueños, sueñitos
v dream: sueño con, soñar, soñé, soñado, sueño que
v nap: echo la siesta, echar la siesta, eché la siesta, echo una siesta
v wake up: me desperté, despertarme, despertado, se despierta, me despierto de noche
v get up: me levanté, me levanto de noche, levantado
v go to bed: me acosté, acostado, me voy a la cama, irme a la cama, ir a dormir
v stay up: trasnocho, trasnochar, trasnoché
v cough: toso, toser, tosido, tosí
v breathe: respiro, respirar, respirado
v faint: me desmayo, desmayarme, me desmayé
v bleed: sangro, sangrar, sangra, sangran, sangrado de
v itch: me pica, pica, pican, picaba
v ache: me duele, me duelen, dolido
v limp: cojeo, cojear
v fall: me caigo, caerme, me caí, caído
v pee: orinar, orino, orinado
v poop: cago, cagar, hago caca, hacer caca, hice caca
v spit up: regurgita, regurgitar, bocanadas
// Family and kids: who, and what happens with them.
n family: familiares, familia política
n parents: papás, padres de él, padres de ella
n mum: mami, mamita, madres
n dad: papi, papito
n son: hijos varones, hijito, niño mayor
n daughter: hijas, hijita, niña mayor
n kids: niñas, nenes, nenas, chavales, chiquillos, hijos e hijas
n child: niño, niña, nene, nena, crío, cría, chaval, chavala
n baby: recién nacido, recién nacida, lactante
n toddler: niño pequeño, niña pequeña
n teenager: adolescente, adolescentes, hijo adolescente, hija adolescente
n siblings: hermanos, hermanas, hermanito, hermanita
n grandparents: abuelos, abuelitos, yayos, yaya, yayo
n great-grandmother: bisabuela
n grandson: nietecito
n granddaughter: nietas, nietecita
n stepmother: madrastra
n stepfather: padrastro
n stepchildren: hijastros, hijastro, hijastra
n godparents: padrinos, padrino, madrina
n godchildren: ahijado, ahijada, ahijados
n brother-in-law: cuñado, cuñados
n sister-in-law: cuñada, cuñadas
n son-in-law: yerno
n daughter-in-law: nuera
n relatives: parientes
n cousins: primos, primas
n nieces and nephews: sobrinos, sobrinas
n uncles and aunts: tíos, tías
n husband: maridos, mi marido
n ex: ex, ex pareja, ex marido, ex mujer
n fiancé: prometido, prometida
n couple: pareja estable
n friends: amigo, amiga, amiguitos, colegas, coleguitas
n best friend: mejor amigo, mejor amiga
n children's friends: amigos del cole
n playdates: quedadas, planes con amigos
n nanny: au pair
n nursery: guardería, guarderías, escuela infantil
n school run: llevar a los niños al cole, llevo a los niños al cole, recoger a los niños, recojo a los niños
n teachers: profes, profe, profesor, profesora, profesores, maestra, maestro, tutora, tutor
n parent-teacher meetings: tutorías, reuniones del cole
n school reports: notas del cole, boletín de notas
n extracurriculars: extraescolares, actividades extraescolares, extraescolar
n homework: deberes del cole, tareas del cole
n reading practice: lectura del cole
n toys: juguetes, juguete, muñecas, peluches, peluche
n screen time for kids: horas de tablet
n first words: primeras palabras
n milestones: hitos, logros del bebé
n teething: dientes de leche, dentición, le salen los dientes
n feeds: tetas, teta, pecho del bebé
n bottles: biberón de leche, tomas de biberón
n pumping: sacaleches, extracción de leche, me saco leche
n nappy changes: cambios de pañal, pañales cambiados
n wet nappies: pañales mojados
n dirty nappies: pañales sucios, cacas del bebé
n baby sleep: sueño del bebé, siestas del bebé
n night wakings: despertares, despertares nocturnos, despertadas
n tantrums: rabieta, berrinche, pataleta, llorera, lloreras
n crying: lloros del bebé, llantos
n fights: peleas, pelea, discusiones, discusión, broncas, bronca
n punishments: castigos, castigo
n rewards: recompensas, recompensa, premios del cole, pegatinas
n chores for kids: tareas de los niños
n pocket money: paga de los niños, propina semanal
n bedtime stories: cuentos, cuento, cuentos para dormir
n bath time: baño del bebé, bañito
n potty training: orinal, dejar el pañal, control de esfínteres
n bedwetting: pis en la cama, se hace pis en la cama, mojar la cama
n growth: percentil, percentiles
n visits: visitas, visitas familiares, visitas a la abuela
n calls with family: llamadas a mi madre, llamadas a mis padres
n family meals: comidas familiares, comidas en familia
n date nights: citas con mi pareja, noches de pareja
n arguments: discusiones de pareja
n affection: cariño, mimos, abrazos, besos
n quality time: tiempo de calidad, tiempo en familia
n custody: custodia, fines de semana con los niños
n child support: pensión alimenticia, manutención
// Pets and animals.
n dog: perros, perras, perritos, perrita, perrete, perrico, chucho, cachorros
n cat: gatos, gatas, gatitos, gatita, minino, michi, michis
n puppy: cachorrito, cachorrillo
n pets: animalitos, bichos, peludos
n dog walks: paseos, paseíto, paseítos
v walk the dog: sacar al perro, saco al perro, saqué al perro, sacado al perro, pasear al perro, paseé al perro, paseado al perro
v feed the cat: dar de comer al gato, doy de comer al gato, di de comer al gato
v feed the dog: dar de comer al perro, doy de comer al perro, di de comer al perro
n horses: caballos, yegua, yeguas, potro, poni, ponis
n donkey: burro, burra, asno
n chicks: pollitos, pollito
n rooster: gallo
n eggs laid: huevos puestos, puesta de huevos
n fish tank: peceras, tanque
n goldfish: pez de colores, peces de colores
n tortoise: tortugas
n hedgehog: erizo
n chinchilla: chinchilla
n gerbil: jerbo
n canary: canario, canarios
n pigeons: palomas, paloma
n cockatiel: ninfa, cacatúa
n axolotl: ajolote
n insects: insectos, insecto, bichitos
n ants: hormigas, hormiga
n cockroaches: cucarachas, cucaracha
n flies: moscas, mosca
n wasps: avispas, avispa
n ticks: garrapatas, garrapata
n worms: gusanos, lombrices, lombriz
n slugs: babosas, babosa
n snails: caracol
n moles: topos
n mice: ratones
n bats: murciélagos
n wildlife: fauna, animales salvajes
n deer: ciervos, ciervo, corzos
n foxes: zorros, zorro
n wild boar: jabalíes, jabalí
n squirrels: ardillas, ardilla
n frogs: ranas, rana, sapos
n dolphins: delfines
n whales: ballenas
n seagulls: gaviotas
n storks: cigüeñas
n sparrows: gorriones
n birdwatching: observación de aves, avistamiento de aves, pajareo
n vet visits: visitas al veterinario, visitas al vete, veterinarios
n pet vaccines: vacunas del perro, vacunas del gato
n deworming: desparasitación, desparasitaciones, desparasitado, pastilla de parásitos
n pet weight: peso del perro, peso del gato
n wet food: comida húmeda, latitas, sobres para gatos
n dry food: pienso seco
n pet treats: premios para perros, snacks para perros
n cat litter: arena del gato, arena de gato, arena
n scratching post: rascador
n pet bed: cama del perro, camita del gato
n muzzle: bozal
n harness: arnés, pretal
n kennel: caseta, perrera, residencia canina
n dog training: adiestramiento, educación canina, adiestrador
n tricks: trucos, truco
n barking: ladridos, ladrido
v bark: ladra, ladrar, ladró, ladrado, ladran
n accidents: accidentes, accidente, meadas en casa, pis en casa
n pet hair: pelos del perro, pelos del gato, muda
n shedding: muda de pelo
n heat: celo, en celo
n neutering: castración, esterilización, castrado, esterilizada
n litter: camada
n adoption: adopción, adoptado, adoptada
n shelter: protectora, refugio, perrera municipal
n fostering: acogida, casa de acogida
n dog park: pipican, parque canino
v vomit: vomitó, vomitando
v scratch: rasca, rascado, arañar
n scratches: arañazo
// Garden and plants.
n garden: jardines, jardincito, huertito, parcela
n plants: plantitas
n houseplants: plantas de casa
n cactus: cactus, cactuses
n bonsai: bonsái, bonsáis
n ferns: helechos, helecho
n palm tree: palmera, palmeras
n monstera: monstera, costilla de adán
n pothos: potus
n geraniums: geranios, geranio
n tulips: tulipanes, tulipán
n sunflowers: girasoles, girasol
n lavender: lavanda, espliego
n daisies: margaritas
n bulbs: bulbos, bulbo
n hedge: seto
n olive trees: olivos, olivo
n lemon tree: limonero
n orange tree: naranjo
n apple trees: manzanos, manzano
n vines: parra, viña, viñas
n vegetable garden: huerta familiar
n crops: cultivos, cultivo, plantaciones
n harvest: cosecha, cosechas, recolección, recogida
n yield: rendimiento, producción, kilos recogidos
n sowing: siembra, siembras, sembrado de
n planting: plantación, plantaciones de
n watering: riegos, regado de plantas
n drip irrigation: riego por goteo, goteo
n compost bin: compostera, vermicompostera
n mulch: acolchado, mantillo
n manure: estiércol
n fertilising: abonado
n pruning: poda, podas
n weeding: escardar, quito malas hierbas, quitar malas hierbas, desbrozar, desbrozo
n seed packets: sobres de semillas
n germination: germinación, germinado
n sprouts: brotes verdes, germinados
n flowering: floración, flores nuevas
n buds: capullos
n fruit: frutos, fruto
n garden tools: herramientas de jardín, rastrillo, pala, azada, tijeras de podar
n wheelbarrow: carretilla
n sprinkler: aspersor, aspersores
n pond: estanque
n lawn care: cuidado del césped
n allotment: huerto urbano
n plant diseases: oídio, mildiu, hongos de las plantas
n aphids: pulgón
n strawberry plants: fresales, fresal
n pepper plants: pimenteras
n tomato plants: tomateras, tomatera
n zucchini plants: calabacineras
v plant: planté, sembré, trasplanté
v prune: podé, podado
v weed: arranco malas hierbas
v harvest: cosechado, recogido del huerto, coseché, recolecto, recolectar
v water the plants: he regado las plantas
v mow the lawn: corté el césped, cortado el césped, paso el cortacésped
v fertilise: abonado, aboné
// Money and shopping.
n money: dinerito, lereles
n cash: billetes de banco, monedas sueltas
n card payments: pagos con tarjeta, tarjeta
n bank: banco, cuenta bancaria, cuenta del banco
n transfers: transferencias, transferencia, bizum, bizums
n bank balance: saldo, saldos
n direct debits: domiciliaciones, recibos domiciliados, cargos
n payments: pagos
n purchases: compras, compra online, compras del mes, caprichos, capricho
n impulse buys: compras impulsivas, compras por impulso
n shopping: ir de compras, shopping, compras de ropa
n clothes: prendas, prenda, camisetas, pantalones, vestidos, vaqueros, abrigos, jerséis
n accessories: complementos, bolsos, bolso, joyas, relojes
n electronics: electrónica, aparatos, gadgets
n household goods: cosas de casa, menaje
n second-hand: segunda mano, wallapop, vinted
n supermarket receipts: tickets del súper, ticket del súper
n weekly shop: compra semanal, compra de la semana
n shopping trips: idas al súper, viajes al súper
n eating out spending: gasto en bares, gastos en restaurantes
n fixed costs: gastos fijos, gasto fijo
n variable costs: gastos variables
n bills: recibos, recibo, facturas de la luz, factura de la luz
n utilities: suministros
n electricity bill: recibo de la luz
n gas bill: factura del gas, recibo del gas
n phone bill: recibo del móvil
n rent: alquileres, arriendo, renta mensual
n deposit: fianza, depósito, señal
n income: entradas de dinero, ganancias, beneficios, facturación
n invoices: factura emitida, facturas emitidas, presupuestos enviados
n freelance income: ingresos de autónomo, ingresos como freelance
n self-employment fees: cuota de autónomos, cuota de autónomo
n pension: pensión, jubilación
n unemployment benefit: paro, subsidio, prestación
n bonus: paga extra, pagas extra, bonus
n allowance: asignación
n interest: intereses
n fees: comisión bancaria, comisiones bancarias
n refunds: reembolso, reembolsos, devolución de hacienda
n tax return: declaración de la renta, la renta
n vat: iva
n savings goal: meta de ahorro, objetivo de ahorro
n emergency fund: fondo de emergencia
n piggy bank: hucha de los niños, alcancía
n spending limit: límite de gasto, tope de gasto
n price comparisons: comparativa de precios
n coupons: cupón, cupones descuento, vales
n points: puntos, tarjeta de puntos
n sales season: temporada de rebajas, black friday
n lottery tickets: décimos, décimo, boletos, boleto
n bets: apuesta, casas de apuestas, quinielas, quiniela
n loans to friends: dinero prestado, préstamos a amigos
n shared expenses: gastos compartidos, gastos a medias, tricount, splitwise
n cost: coste, costes, costo, precio total
v buy: compré, comprado, comprando, compramos
v spend: gastado, gastando, me gasto en, me gasté
v save: ahorré, ahorrado, ahorrando
v pay: pagué, pagando
v earn: gané, cobré, cobrado, ingreso, ingresar, ingresado
v sell: vendí, vendiendo
v return: devuelvo, devuelto, devolví
v lend: dejo dinero, prestado, presté
v owe: deber dinero, debía
v withdraw cash: saco dinero, sacar dinero, saqué dinero
v transfer: transfiero, transferir, transferido
v bet: apuesto, apostar, aposté, apostado
// Work and study.
n job: empleo, puesto de trabajo
n work: trabajos, curros, faena del trabajo
n hours worked: horas trabajadas, horas de curro, horas echadas
n billable hours: horas facturables, horas facturadas
n timesheet: fichaje, fichajes
n clock-in: ficho, fichar, fiché, fichado
n workday: jornada laboral, jornadas
n overtime: horas de más
n commute: ida al trabajo, ida y vuelta
n calls: videollamadas, videollamada, llamadas de trabajo
n to-do list: lista de tareas, pendientes del día, cosas pendientes
n tasks done: tareas hechas, tareas completadas, tareas terminadas
n productivity: productividad, rendimiento en el trabajo
n focus: concentración, foco
n pomodoros: pomodoro, pomodoros
n deep work: trabajo profundo
n interruptions: interrupciones, interrupción
n job applications: candidaturas, candidatura, solicitudes de empleo, currículums, currículum, cv, cvs
n job interviews: entrevistas, entrevista, entrevistas de trabajo
n job offers: ofertas de trabajo, ofertas de empleo
n promotion: ascenso, ascensos
n raise: subida de sueldo, aumento de sueldo
n performance review: evaluación, evaluaciones
n feedback: feedback, comentarios
n complaints: quejas, queja, reclamaciones, reclamación
n customers: clientes nuevos, clientela
n contacts: contactos
n leads: leads
n sales calls: llamadas comerciales
n revenue: ingresos del negocio, facturación mensual, ventas del mes
n business: negocio, negocios, empresa, empresas, emprendimiento
n business ideas: ideas de negocio, ideas para el negocio
n ideas: idea, ideas, ocurrencias
n side project: proyecto personal, proyectos personales
n freelance work: trabajos freelance, encargos, encargo
n shifts: turnos de noche, guardias médicas, noches de guardia
n days off: días libres, día libre, libranzas, libranza
n annual leave: vacaciones pagadas, días de asuntos propios
n work trips: viajes de empresa, desplazamientos de trabajo
n work expenses: gastos de trabajo, gastos de empresa, dietas de trabajo
n mileage claims: kilometraje de trabajo
n coworkers: compañeros de trabajo, compañeras de trabajo
n manager: responsable, encargado, encargada, supervisor, supervisora
n team: equipo de trabajo, plantilla
n burnout: síndrome del trabajador quemado
n work stress: estrés laboral, estrés del trabajo
n learnings: aprendizajes, aprendizaje, lecciones aprendidas, cosas aprendidas
n achievements: logros, logro, éxitos, éxito
n goals: objetivos, objetivo, metas, meta, propósitos, propósito
n habits: hábitos, hábito, rutina, rutinas, costumbres
n notes: notas, nota, apuntes, apunte
n class notes: apuntes de clase
n study: estudios, sesiones de estudio, horas de estudio
v revise: repasar, repasado, repasé
n revision: repaso del temario
n tests: controles
n syllabus: temario
n topics: temas, tema
n exam prep: preparación del examen, oposición, opos
n essays: redacciones, redacción, ensayos académicos, trabajos de clase
n assignments: trabajos para clase
n presentations: presentaciones, presentación, exposiciones
n reading list: lecturas obligatorias, libros de clase
n marks: notas de los exámenes, puntuación, puntuaciones
n grades: notas del instituto, calificación
n attendance: asistencia, faltas de asistencia
n classes: asignaturas, asignatura
n subjects: materias, materia
n science: ciencias, biología, química
n history: historia
n geography: geografía
n literature: literatura
n philosophy: filosofía
n economics: economía
n spanish: español, castellano
n catalan: catalán
n basque: euskera
n galician: gallego
n arabic: árabe
n korean: coreano
n dutch: holandés, neerlandés
n polish: polaco
n greek: griego
n latin: latín
n sign language: lengua de signos, lenguaje de signos
n vocabulary: vocablos, palabras nuevas, términos
n grammar: gramática
n verbs: verbos, conjugaciones
n pronunciation: pronunciación
n listening: comprensión auditiva
n speaking: conversación, intercambio de idiomas, intercambios
n reading comprehension: comprensión lectora
n certificates: certificado, certificados, títulos, título, diplomas
n online courses: cursos online, curso online, udemy, coursera, masterclass
n tutorials: tutoriales, tutorial
n coding: picar código, leetcode, katas
n bugs fixed: bugs arreglados, errores corregidos
n commits: commits
n research: investigación, investigaciones
n papers: artículos, artículo, papers
n writing: escritura, escritos
n words written: palabras escritas
n blog posts: entradas del blog, posts del blog, blog
n newsletter: newsletter, boletín
v study: estudié, estudiado
v learn: aprendí, aprendido, aprendiendo
v teach: enseño, enseñar, enseñado, doy clase, doy clases
v work: trabajé, currar en
v write: escribí, escrito, escribiendo, redacto, redactar
v read: leí, leemos
v present: presento, presentar, presentado, expongo, exponer
v apply for: envío el currículum, mando el currículum
v interview: entrevisto, entrevistar
v sign up: me inscribo, inscribirme, inscribo, inscrito
v pass: apruebo, aprobar, aprobado, aprobé
v fail: suspendo, suspender, suspendido, suspendí
v finish: termino, terminar, terminado, terminé, acabado, acabé
v deliver: entrego, entregar, entregado, entregué
v meet deadlines: cumplo plazos, cumplir los plazos
// Hobbies and free time.
n free time: tiempo libre, ratos libres, ocio
n reading: lectura
n chapters: capítulos del libro, capítulo del libro
n books read: libros leídos, libros terminados
n manga: mangas
n journaling: journaling
n crossword: crucigrama
n word games: wordle, sopas de letras, pasatiempos de palabras
n board game nights: noches de juegos
n tabletop rpg: rol, partidas de rol, dungeons and dragons
n bingo: bingo
n escape rooms: escape room, escape rooms
n quizzes: trivial, quiz
n rubik's cube: cubo de rubik, cubo rubik
n magic tricks: magia, trucos de magia
n astronomy: astronomía, telescopio
n stars: estrellas
n nature walks: paseos por el campo, rutas por el monte
n routes: rutas, ruta
n hiking: senderismo de montaña, excursiones al monte, marchas
n mountaineering: montañismo, alpinismo
n peaks: cumbres, cimas
n caving: espeleología
n foraging: recolección de setas
n metal detecting: detector de metales
n geocaching: geocaching
n volunteering: voluntariado, voluntaria, voluntario
n dance: danza, baile, bailes, salsa y bachata, bachata, flamenco, tango
n theatre shows: obras de teatro, funciones, musicales
n exhibitions: exposiciones de arte, exposición
n festivals: festivales, festival
n parties: fiestas, fiesta, fiestecitas, fiestones, fiestón
n nights out: salidas nocturnas, noches de fiesta, juerga, juergas
n socialising: vida social, quedadas con amigos
n gaming hours: horas de videojuegos
n gaming: gaming, gamer, jugar a la play, juego a la play, jugué a la play
n streams: directos, twitch, streams
n pc games: juegos de pc, steam
n mobile games: juegos del móvil
n tournaments: torneos, torneo
n wins: victorias, victoria, ganadas
n losses: derrotas, derrota, perdidas
n scores: puntuación final, marcador, resultados del partido
n rankings: ranking, clasificación, elo
// Crafts.
n crafts: manualidades, artesanía, labores de punto
n knitting projects: proyectos de punto, jerséis de punto
n amigurumi: amigurumis, amigurumi
n quilting: patchwork, colchas
n cross-stitch: punto de cruz
n macramé: macramé
n sewing: costura, corte y confección, arreglos de ropa
n patterns: patrones, patrón
n beads: cuentas de collar, abalorios
n jewellery making: bisutería
n candle making: velas caseras
n soap making: jabones caseros, jabón casero
n scrapbooking: scrapbooking
n origami: papiroflexia, origami
n clay: arcilla, plastilina
n ceramics: cerámicas, torno
n woodworking: ebanistería, tallas de madera
n wood: madera, leña cortada
n carving: tallado
n painting: pintura al óleo, acuarela, acuarelas, óleo, óleos, acrílico, lienzos, lienzo
n sketchbook: cuaderno de dibujo, libreta de bocetos
n illustrations: ilustraciones, ilustración
n digital art: arte digital, procreate
n 3d printing: impresiones 3d, impresora 3d
n restoration: restauración de muebles, restauro
n upcycling: reciclaje creativo
n diy: bricolaje casero, chapuzas caseras
// Music.
n music practice: práctica musical, horas de práctica, estudio del instrumento, ensayos, ensayo
n instruments: instrumento, instrumentos
n electric guitar: guitarra eléctrica
n bass: bajo eléctrico
n double bass: contrabajos
n clarinet: clarinete
n oboe: oboe
n bagpipes: gaita, gaitas
n trombone: trombón
n harp: arpa
n synth: sintetizador
n voice: voz, canto lírico, técnica vocal
n scales: escalas
n chords: acordes, acorde
n sheet music: partituras, partitura, solfeo
n music theory: teoría musical, armonía
n pieces: piezas, pieza
n songs learned: canciones aprendidas
n composing: composición, componer, compongo, compuesto
n gigs: bolos musicales, actuaciones, actuación, tocatas
n band: grupo de música, banda, orquesta
n rehearsals: ensayo general
n metronome: metrónomo
n records: discos de vinilo, lp
n playlists: listas de reproducción, playlist, playlists
n albums: álbumes, álbum, discos escuchados
v practise: practiqué, practicado, ensayé, ensayado
v play: toqué, tocado, tocando
v sing: canté, cantando
v compose: compuse, componiendo
v tune: afino, afinar, afinado
// Sports and exercise.
n exercise: actividad física, deporte diario, ejercicio físico
n training sessions: sesión de entreno, sesiones de entreno
n runs: carrerita, carreritas, rodaje, rodajes, tiradas, tirada larga
n jogging: trote, trotar, troto
n trail running: trail, carreras de montaña
n sprints: series de velocidad, sprints, esprints
n intervals: intervalos, hiit, tabata
n distance: distancia, distancias
n kilometres: kms, kilómetro
n miles: millas
n time: tiempos, cronos, crono
n personal records: mejores marcas, récords
n calories burned: calorías quemadas
n steps: pasos diarios
n swimming: natación, largos de piscina
n lengths: largo de piscina
n aquagym: aquagym, aquaeróbic
n cycling: ciclismo de carretera, bici de montaña, mtb, rutas en bici, salidas en bici
n spinning: ciclo indoor
n gym sessions: idas al gimnasio
n weightlifting: halterofilia, levantamiento de pesas
n lifts: levantamientos, kilos levantados
n squat: sentadilla
n deadlift: pesos muertos
n bench: press banca
n rows: remo con barra
n planks: plancha abdominal, planchas
n push-ups: flexión
n pull-ups: dominada
n burpee: burpee
n mobility: movilidad
n flexibility: flexibilidad, elasticidad
n balance: equilibrio
n core: core, zona media
n glutes: glúteo
n abs: abdominal
n climbing: búlder, boulder
n skating: patines, patinaje artístico
n snowboarding: snowboard
n diving: buceo, submarinismo, inmersiones
n kitesurfing: kitesurf, windsurf
n paddle surf: paddle surf
n canoeing: canoa, piragua
n athletics: atletismo
n triathlon: triatlón, triatlones
n marathon: maratones
n half marathon: medias maratones
n races: carrera popular, carreras de 10k, dorsal, dorsales
n matches: encuentros, partidillos, pachanga, pachangas
n goals scored: goles, gol, goles marcados
n points scored: canastas
n assists: asistencias
n rugby: rugby
n hockey: hockey
n baseball: béisbol
n badminton: bádminton
n squash: squash
n fencing: esgrima
n archery: tiro con arco
n shooting: tiro al plato
n boxing: sparring
n taekwondo: taekwondo
n jiu-jitsu: jiu jitsu, bjj
n tai chi: taichí, tai chi
n qigong: chi kung
n breathwork: respiraciones, ejercicios de respiración
n meditation: meditación, meditaciones, mindfulness, atención plena
n sports club: club, club deportivo
n coach: entrenador, entrenadora, entrenador personal
n team training: entreno del equipo
n injuries: lesionado, lesionada, lesiones deportivas
n sports equipment: material deportivo, equipación, zapatillas de correr
n smartwatch: reloj inteligente, garmin, pulsera de actividad, fitbit
n heart rate zones: zonas de pulso, zonas cardíacas
n vo2max: vo2max
v exercise: hago ejercicio, hacer ejercicio, hice ejercicio, hecho ejercicio, me ejercito
v train: entrené, entrenado, entrenando, entrenamos
v run: corrí, corrido, corriendo
v swim: nadé, nadado
v cycle: pedaleé, pedalear, pedaleado
v walk: caminé, caminado, caminando, andar, anduve, andado
v hike: hice senderismo, subo al monte, subí al monte
v climb: escalé, escalado, subo, subir, subí, subido
v lift: levanto pesas, levantar pesas, levanté pesas
v stretch: estiré, estirado, estirando
v dance: bailé, bailado, bailando
v skate: patino, patinar, patiné
v ski: esquío, esquiar, esquié
v surf: surfeo, surfear
v play football: juego al fútbol, jugar al fútbol, jugué al fútbol
v play padel: juego al pádel, jugar al pádel, jugué al pádel
v play tennis: juego al tenis, jugar al tenis, jugué al tenis
n cool-down: vuelta a la calma
v compete: compito, competir, competí
v score: marco un gol, marqué un gol
v win: gano el partido, gané el partido, ganamos el partido
v lose: perdí, perdemos, perdimos
// Transport.
n public transport: transporte público, transporte
n buses: autobuses, guagua, guaguas, bus urbano
n trains: trenes, cercanías
n metro: suburbano
n trips: trayectos, desplazamientos, viajes en tren, viajes en bus
n journeys: recorridos, recorrido
n tickets: bonos, tarjeta de transporte, abono mensual
n delays: retrasos, retraso
n cancellations: cancelaciones, cancelación
n walking commute: ir andando, voy andando, fui andando, ir caminando, voy caminando
n cycling commute: ir en bici, voy en bici, fui en bici
n bike rides: paseos en bici
n flights: vuelos de avión
n airports: aeropuerto, aeropuertos
n ferry: ferry, barco, barcos
n car sharing: coche compartido, blablacar
n lifts: viajes compartidos
n taxi rides: carreras de taxi
n e-scooter: patinete eléctrico
n motorbike rides: salidas en moto, rutas en moto
// Car.
n car: coches, carros, auto, autos
n engine: motor
n oil change: cambio de aceite
n brakes: frenos, freno, pastillas de freno
n battery: batería del coche
n windscreen: parabrisas
n wipers: limpiaparabrisas, escobillas
n lights: faros, luces del coche
n tyre pressure: presión de los neumáticos, presión de las ruedas
n punctures: pinchazos, pinchazo, rueda pinchada
n breakdowns: averías, avería
n mechanic: talleres, mecánicos
n car inspection: itv del coche
n car insurance: seguro del coche
n road tax: impuesto de circulación
n fines: multas de tráfico, sanciones
n points on licence: puntos del carnet
n driving licence: carnet de conducir, carnet, permiso de conducir
n petrol station: gasolinera, gasolineras
n litres: litros de gasolina, litros de gasoil
n fuel prices: precio de la gasolina, precio del combustible
n charging sessions: cargas, recargas, puntos de carga
n range: autonomía
n car washes: lavados, túnel de lavado
n parking fees: tarifa de aparcamiento, estacionamiento
n parking tickets: multas de aparcamiento
n car journeys: viajes en coche, trayectos en coche, kilómetros en coche
n road trips: viajes por carretera
n motorway: autopista, autovía
n traffic: tráfico denso, caravana, caravanas
n accidents: choques, choque, golpe, golpes
n scratches on the car: rayones, rayón, arañazo del coche
n car payments: letras del coche, cuotas del coche
n car expenses: gastos del coche, gasto del coche
v drive: conduje, conducía, manejé
v refuel: reposté, repostado, llené el depósito, lleno el tanque
v park: aparco, aparcar, aparqué, aparcado
v charge the car: cargo el coche, cargar el coche, cargué el coche
v wash the car: lavo el coche, lavar el coche, lavé el coche
v service: paso la revisión, pasar la revisión, pasé la itv, paso la itv
// Screens and media.
n screens: pantallas del móvil, dispositivos
n phone use: uso del móvil, uso del teléfono, tiempo en el móvil, horas de móvil
n phone: móviles, celulares, smartphone, teléfonos
n tablet: tablet, tablets, ipad
n computer: ordenadores, computadora, computador, portátiles
n tv: televisor, tv, teles
n tv shows: programas, programa, realities, reality, concursos
n series: serie, seriecitas
n episodes watched: capítulos vistos, episodios vistos
n films watched: películas vistas, pelis vistas
n documentaries: documentales, documental
n cartoons: dibujos animados
n youtube videos: vídeos de youtube
n reels: reels, stories, historias
n posts: publicaciones, publicación, posts, post
n likes: likes, me gusta
n followers: seguidores, followers
n comments: comentarios en redes
n twitter: twitter
n reddit: reddit
n linkedin: linkedin
n pinterest: pinterest
n dating apps: apps de citas, tinder, bumble
n messaging: mensajería, telegram, chats, chat, grupos de whatsapp
n voice notes: audios, audio, notas de voz
n emails: correos electrónicos, correo electrónico, bandeja de entrada
n notifications: avisos, alertas
n unlocks: desbloqueos
n doomscrolling: doomscrolling, scroll infinito
n screen-free time: tiempo sin pantallas
n digital detox: desconexión digital, detox digital
n video calls: videollamadas con la familia
n music streaming: spotify premium
n podcast episodes: episodios de podcast, pódcast
n audiobooks: audiolibro
n news articles: artículos de prensa, noticias leídas
n newspapers: periódico, periódicos, prensa, diario digital
n magazines: revistas, revista
n screenshots: capturas, capturas de pantalla
n passwords: contraseñas
n backups: copias de seguridad, copia de seguridad
n battery life: autonomía de la batería
n games consoles: nintendo, xbox, ps5
n screen time limits: límite de pantalla
v watch: veo, vi, visto, viendo, vemos
v scroll: hago scroll, hacer scroll, scrolleo
v post: publiqué, publicado, subí fotos, subo vídeos
v stream: hago directo, hacer directo
v unlock phone: desbloqueo el móvil, desbloquear el móvil
v check email: miro el correo, mirar el correo, reviso el correo
v text: chateo, chatear, escribo mensajes
v call: llamé, llamado, llamando
n binge-watching: maratón de series, atracón de series, maratones de series
v play video games: juego a videojuegos, jugar a videojuegos, jugué a videojuegos, juego videojuegos
// Moods and feelings.
n mood: humor del día, cómo me siento, estados de ánimo, ánimos
n feelings: sentimiento, emoción
n joy: alegrías, ilusión, ilusiones
n pride: orgullo, orgullosa, orgulloso
n guilt: culpa, culpabilidad
n shame: vergüenza
n jealousy: celos, envidia
n frustration: frustración, frustraciones, frustrada, frustrado
n disappointment: decepción, decepciones
n hope: esperanza
n love: amor, enamorado, enamorada
n nostalgia: nostalgia, morriña
n homesickness: añoranza
n apathy: apatía, desgana, pereza
n procrastination: procrastinación, pereza de estudiar
n confidence: confianza, autoconfianza
n insecurity: inseguridad, inseguridades
n overwhelm: agobiada, agobiado, abrumada, abrumado, saturada, saturado
n nervousness: nerviosismo, nerviosa, nervioso
n panic: pánico
n restlessness: inquietud, intranquilidad
n irritability: irritable, irritada, irritado, de mal humor
n anger outbursts: estallidos, ataques de ira, ataques de rabia
n stress level: nivel de estrés
n anxiety level: nivel de ansiedad
n energy level: nivel de energía
n mental health: salud mental
n self-care: autocuidado, cuidarme, mimarme
n compliments: cumplidos, piropos, halagos
n good things: cosas buenas, cosas bonitas, momentos bonitos
n wins of the day: victorias del día, pequeñas victorias
n thoughts: pensamientos, pensamiento, reflexiones, reflexión
n intrusive thoughts: pensamientos intrusivos
n worries: preocupaciones del día, rayadas, comeduras de cabeza
n triggers: detonantes, desencadenantes
n affirmations: afirmaciones, mantras
n prayers: oraciones, oración, rezos
n mass: misa, misas
n therapy sessions: sesiones de terapia, sesiones con la psicóloga
v feel: me siento, sentirme, me sentí, siento
v cry: lloré, llorado, llorando
v laugh: me río, reírme, me reí
v get angry: me enfado, enfadarme, me enfadé, me cabreo, cabrearme, me cabreé
v fight: discuto, discutir, discutimos, discutido, peleo, pelear, peleamos
v calm down: me calmo, calmarme, me calmé
v smile: sonrío, sonreír, sonreí
v complain: me quejo, quejarme, me quejé
v thank: agradezco, agradecer, agradecido, agradecida
// Sleep.
n sleep quality: calidad de sueño, descanso nocturno
n hours of sleep: horas de dormir
n bedtime: hora de acostarme, hora de irme a la cama
n wake-up time: hora de levantarme, hora de despertarme
n night wakings: me despierto por la noche, despertarme por la noche
n sleepiness: somnolencia diurna, sueño de día
n naps: siestecita, siestecitas, cabezadas, cabezada, cabezadita
n snoring: ronca, ronquido
n sleepwalking: sonambulismo
n sleep talking: hablar en sueños
n sleep apnoea: apnea, apnea del sueño
n early mornings: madrugones, madrugón, madrugar, madrugo
n late nights: noches sin dormir, desvelos, desvelo
n sleeplessness: noches en vela, en vela
v fall asleep: me duermo, dormirme, me dormí, quedarme dormido, quedarme dormida
// Weather.
n weather: tiempo que hace, meteorología
n temperatures: temperaturas, grados, máximas, mínimas
n heat: calor, calorazo, ola de calor
n cold weather: frío que hace, heladas nocturnas
n rain: llovizna, chubascos, chaparrón, aguacero
n clouds: nubes, nublado, nubosidad
n fog: niebla, nieblas, bruma
n hail: granizo, granizada
n thunderstorms: truenos, rayos y truenos, relámpagos
n wind speed: rachas de viento, rachas
n air pressure: presión atmosférica
n uv index: índice uv, radiación
n pollen count: niveles de polen
n drought: sequía
n floods: inundaciones, inundación, riadas
n snowfall: nevadas, nevada
v rain: llueve, llover, llovió, ha llovido
v snow: nieva, nevar, nevó
// Places.
n places: sitios, sitio, lugares, lugar
n places visited: sitios visitados, lugares visitados
n countries: países, país
n cities: ciudades, ciudad
n towns: pueblos, pueblo
n village: aldea
n neighbourhood: barrio, barrios
n streets: calles, calle
n park: parque, parques
n playground: parque infantil, columpios
n beach: playa, playas
n mountains: montaña, montañas, sierra
n countryside: campo
n lake: lago, lagos, embalse, pantano
n river: ríos
n sea: mar
n swimming spots: pozas, poza
n cafés visited: cafeterías visitadas
n restaurants tried: restaurantes probados
n shops: tiendas, tienda, comercios
n shopping centre: centro comercial
n market: mercadillo, mercadillos
n bakery: panadería
n butcher's: carnicería
n fishmonger's: pescadería
n greengrocer's: frutería
n hairdresser: peluquero, peluquera, barbería, barbero
n bank branch: oficina del banco, cajero, cajeros
n town hall: ayuntamiento
n church: iglesia, iglesias
n hotel: hotel, hoteles, hostal, alojamientos, alojamiento
n hostel: albergue
n second home: segunda residencia, casa del pueblo
// People.
n people met: gente nueva, personas nuevas
n guests: invitadas, invitado, invitada
n patients: pacientes, paciente
n students: alumnos, alumnas, alumno, alumna, estudiantes, estudiante
n customers served: clientes atendidos
n acquaintances: conocidos, conocidas
n strangers: desconocidos
n elderly: mayores, ancianos
n medical appointments: visitas médicas
n wallet: cartera, monedero
n postman: cartero, repartidor, repartidores, mensajero
n caretaker: portero, conserje
// Time words: dropped from a subject.
- : hoy, esta mañana, esta tarde, esta noche, anoche, mediodía, madrugada, temprano, pronto, rato, ratito, momento, momentos, semanal, semanales, anual, anuales, diariamente, semanalmente, mensualmente, lunes, martes, miércoles, jueves, viernes, sábado, sábados, domingo, domingos, enero, febrero, marzo, abril, mayo, junio, julio, agosto, septiembre, setiembre, octubre, noviembre, diciembre, trimestre, quincena, semestre, aún, todavía, nunca, jamás, casi, solo, sólo, solamente, tampoco, bastante, demasiado, mucho, mucha, muchos, muchas, poco, poca, pocos, pocas, poquito, poquita, algo, alguno, alguna, algunos, algunas, cualquier, otro, otra, otros, otras, mismo, misma, este, estos, estas, ese, esa, esos, esas, aquel, aquella, esto, eso
// Frame words of a request: the verbs and nouns that ask for a record, not the thing recorded.
- : apuntar, apunto, apuntas, apuntando, apúntame, apúntalo, apuntado, anotar, anoto, anotando, anótame, anótalo, anotado, registrar, registro, registros, registra, regístrame, regístralo, registrado, llevar, lleva, llévame, llevamos, llevo, guardar, guarda, guárdame, guárdalo, guardado, recordar, recuerda, recuérdame, recordarme, acuérdate, acordarme, acordarse, marcar, marca, márcame, marcado, marcando, anotación, seguimiento, historial, bitácora, recuento, conteo, contar, cuéntame, dime, decirme, ayúdame, ayudarme, ayudas, hazme, haz, crear, créame, crea, saber, ver, controlar, controlo, controla, control, vigilar, monitorizar, intento, intentar, intentando, intenté, porfa, porfavor, favor, gracias, vale, oye, hola, bueno, jaja, jajaja, jeje, xd
- : puesto, puesta, puestos, puestas
- : kilos, kilo, gramos, gramo, mililitros, ml
- : si, qué tanto, qué tanta, quiénes, dura, duran, duró, tardo, tarda, tardé, tardar, sueles, suele, solía, hay, había, hubo, estar, ser, sido, siendo
- : iba, vamos, vas, va, van, ido, yendo, salir, salido, saliendo, sale, salimos, vuelvo, volver, volví, vuelve, vuelto
f about: acerca de, respecto a
f until: hasta
f between: entre
f against: contra
f during: durante
f towards: hacia
f on: encima de
f under: debajo de
f near: cerca de
f next to: junto a, al lado de
// Forms whose stem another entry shares: the right word, exactly.
v come: vengo, venir, venido
v arrive: llego, llegar, llegué, llegado
v leave: irme, marcharme, me marcho
v quit: dejar de fumar, dejo de fumar, dejé de fumar, dejar de beber, dejé de beber
v take out: saco, sacar, saqué, sacado, sacando
v take: cojo, coger, cogí, cogido, cogiendo
v get: consigo, conseguir, conseguido, conseguí, obtengo, obtener
v look for: busco, buscar, buscado, busqué
v find: encontré, encontrado, hallo, hallar
v open: abro, abrir, abierto, abrí
v close: cierro, cerrar, cerrado, cerré
v turn on: enciendo, encender, encendido, encendí
v turn off: apago, apagar, apagado, apagué
v bring: traigo, traer, traído
v send: envío, enviar, enviado, envié, mando, mandar, mandado, mandé
v receive: recibir, recibido, recibí
v help: ayudo, ayudado, ayudé
v see: veo a, vi a
v hear: oír, oigo algo
v say: digo, decir, dicho, dije
v think: pensar, pensado, pensé
v know: sabía, conozco, conocer, conocido
v keep: mantengo, mantener, mantenido
v stop: parar, parado, paré
v sit: me siento en, sentarme, sentado, sentada
v lie down: me tumbo, tumbarme, tumbado
v move house: me mudo, mudarme, me mudé, mudado
v spend time: paso tiempo, pasar tiempo, pasé tiempo
a expensive: caro, caros, carísimo, carísima
a cheap: barato, barata, baratos, baratas
a good: buena, buenos, buenas
a bad: malo, mala, malos, malas
a first: primer, primero, primera, primeros
a last: último, última, últimos, últimas
a next: próximo, próxima, siguiente
a total: total, totales
a whole: entero, entera, completo, completa
a half: medio, media, mitad
a extra: extra, extras
a other: demás
a favourite: favorito, favorita, favoritos, favoritas, preferido, preferida
a natural: natural, naturales
a organic: ecológico, ecológica, ecológicos, bio
a local: local, locales
a private: privado, privada, particular
a public: público, pública
a free: gratis, gratuito, gratuita
a online: online, en línea
a happy: alegre, alegres, feliz, felices, contenta, contento
a sad: triste, tristes, tristona
a calm: tranquila, tranquilo
a angry: enfadado, enfadada, cabreado, cabreada
a anxious: ansiosa, ansioso
a sick: malito, malita, pachucho, pachucha
a broken: roto, rota, rotos, rotas, estropeado, estropeada
a dirty: sucio, sucia, sucios, sucias
a full: lleno, llena, llenos, llenas
a empty: vacía, vacíos, vacías
a open: abierta, abiertos
a raw: crudo, cruda, crudos
a cooked: cocinada, hecha en casa
a boiled: hervida, hervidos
a fried: frita, fritos, fritas
a grilled: a la plancha, a la parrilla
a roasted: asados, asadas
a whole grain: integral, integrales
a skimmed: desnatada, desnatado
a semi-skimmed: semidesnatada
a low-fat: bajo en grasa
a fat: gordo, gorda
a thin: delgado, delgada, flaco, flaca
a strong: fuerte, fuertes, cargado
a weak: débil, flojo, floja
a mild: leve, leves, suave, suaves
a severe: grave, graves, intenso, intensa, fuertísimo
a morning: matinal, mañanero, mañanera
a nightly: nocturnos, nocturna, nocturnas
a indoor: de interior
a outdoor: al aire libre, exterior
a mental: mentales
a physical: físico, física, físicos, físicas
a medical: sanitario, sanitaria
a sporty: deportivo, deportiva
a social: social, sociales
a digital: digitales
a manual: manuales
a wild: salvaje, silvestre
a rainy: lluvioso, lluviosa, lluviosos, lluviosas
a sunny: soleado, soleada, soleados, soleadas
a domestic: doméstico, doméstica, domésticos
a tiny: chiquito, chiquita
`;
