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
v check: reviso, revisar
v check phone: miro el móvil, miro mi móvil, mirar el móvil, reviso el móvil
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
n detergent: detergente, lavavajillas, lejía, jabón
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
n batteries: pilas, pila, batería, baterías
n key: llaves, llave
n door: puerta, puertas
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
v scrub: friego, fregar, fregado, restriego
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
n lemonade: limonada, refresco, refrescos
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
n fries: patatas fritas
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
n vegetable patch: huerto, huerta, bancal
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
n reflux: reflujo, acidez
n swelling: hinchazón, inflamación
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
n glasses: gafas, lentillas
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
n woodwork: bricolaje, carpintería, manualidades
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
n cards: cartas, naipes, mus, tute, chinchón
n poker: póker
n sudoku: sudoku, sudokus
n video games: videojuegos, videojuego, vicio, partidas
n console: consola, play, playstation
n jigsaw puzzles: rompecabezas
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
n cycling: ciclismo, bici, bicicleta, spinning
n yoga: yoga
n pilates: pilates
n strength training: pesas, musculación, fuerza
n weights: mancuernas
n bench press: press de banca
n deadlifts: peso muerto
n lunges: zancadas
n burpees: burpees
n skipping: comba, saltar a la comba
n crunches: abdominales
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
n sets: series, repeticiones
n treadmill: cinta de correr, cinta
n exercise bike: bici estática
n sports: deporte, deportes
// Transport, car, bike, fuel, commute.
n driving: conducción, trayectos en coche
n driving lessons: clases de conducir, autoescuela
n petrol: gasolina
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
n cash: plata, pasta gansa, efectivo, pelas, guita
n expenses: gastos, gasto
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
n receipts: tickets de compra, recibos
n bills: facturas, factura, recibo de la luz
n electricity: luz, electricidad
n gas: gas, butano, bombona
n water bill: factura del agua
n meter readings: lectura del contador, lecturas
n meter: contador de la luz, contador del gas, contador del agua
n internet: internet, fibra, wifi
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
n tasks: tareas, pendientes
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
v cut: corto, cortar, cortado
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
`;
