// Polish → English words for open subjects (read by glossary.ts). One entry a line:
// `<kind> <english>: <forms>`, kind n noun, v verb, a adjective, f function word, - a word to
// drop. Forms may be inflected or not: each is also found through its stem, and a verb without
// its aspect prefix. A form with spaces is an idiom, matched before single words.
export const GLOSSARY_PL = `
v vacuum: odkurzam, odkurzać, odkurzyłem, odkurzyłam, odkurzanie
v wash: myję, myć, umyłem, umyłam, mycie
v change: zmieniam, zmieniać, zmieniłem, zmieniłam, zmiana, zmiany, zmianę, zmienić
v change: wymieniam, wymieniać, wymieniłem, wymieniłam, wymiana, wymianę, wymienić
v water: podlewam, podlewać, podlałem, podlałam, podlewanie, podlać
v feed: karmię, karmić, nakarmiłem, nakarmiłam, karmienie
v take: biorę, brać, wziąłem, wzięłam, łykam, łykać, przyjmuję, przyjmować, zażywam, zażywać
v use: używam, używać, użyłem, użyłam, stosuję, stosować
v have: mam, mieć, miałem, miałam
v do: robię, robić, zrobiłem, zrobiłam
v cook: gotuję, gotować, ugotowałem, gotowanie
v clean: sprzątam, sprzątać, posprzątałem, sprzątanie, czyszczę, czyścić, wyczyściłem, czyszczenie
v play: gram, grać, grałem, grałam, granie
v stretch: rozciągam, rozciągać, rozciąganie
v give: daję, dawać, dałem, dałam, podaję, podawać
v walk: wyprowadzam, wyprowadzać, spaceruję, spacerować, chodzę, chodzić
v pickle: kiszę, kisić, kiszenie
v iron: prasuję, prasować, prasowanie
v bake: piekę, piec, upiekłem, pieczenie
v brush: szczotkuję, szczotkować, szczotkowanie
v practise: ćwiczę, ćwiczyć, trenuję, trenować
v read: czytam, czytać, przeczytam, przeczytałem, przeczytałam, czytanie
v write: piszę, pisać, pisanie
v draw: rysuję, rysować, rysowanie
v paint: maluję, malować, malowanie
v knit: robię na drutach, dziergam, dziergać
v sew: szyję, szyć, szycie
v garden: pracuję w ogrodzie
v weed: pielę, pielić, plewię, plewić, pielenie
v mow: koszę, kosić, koszenie
v sweep: zamiatam, zamiatać, zamiatanie
v mop: mopuję, mopować
v dust: ścieram kurze, odkurzam meble
v wash: zmywam, zmywać, zmywanie
n laundry: piorę, prać, wyprałem, wyprałam
n laundry hanging: wieszam pranie
n trash: wynoszę śmieci, wyrzucam śmieci
n bed making: ścielę łóżko
v shop: robię zakupy, kupować
v spend: wydaję, wydawać, wydałem, wydałam
v save: oszczędzam, oszczędzać, odkładam
v smoke: palę, palić, zapaliłem, zapaliłam, palenie
v drink: piję, pić, wypiłem, wypiłam, wypijam
v eat: jem, jeść, zjadłem, zjadłam, zjadam
v bite: obgryzam, obgryzać, gryzę, gryźć, obgryzanie
v run: biegam, biegać, biegnę, bieganie
v swim: pływam, pływać, pływanie
v cycle: jeżdżę na rowerze, jazda na rowerze
v ride: jeżdżę, jeździć, jazda
v hike: wędruję, wędrować, chodzę po górach
v climb: wspinam, wspinać, wspinaczka
v dance: tańczę, tańczyć, taniec
v skate: jeżdżę na łyżwach, łyżwy
v ski: jeżdżę na nartach, narty
v lift: podnoszę ciężary, dźwigam
v meditate: medytuję, medytować, medytacja
v pray: modlę, modlić, modlitwa
v study: uczę, uczyć, nauka
v learn: nauczyć, uczenie
v sleep: śpię, spać, drzemię, drzemka
v wake: budzę, budzić, obudziłem, obudziłam, pobudka, pobudki
v shower: biorę prysznic
v bathe: kąpię, kąpać, kąpiel
v shave: golę, golić, golenie
v floss: nitkuję, nitkować, nitkowanie
v descale: odkamieniam, odkamieniać, odkamienianie
v defrost: rozmrażam, rozmrażać, rozmrażanie
v charge: ładuję, ładować, ładowanie
v refuel: tankuję, tankować, tankowanie
v vaccinate: szczepię, szczepić, szczepienie
v deworm: odrobaczam, odrobaczać, odrobaczanie
v groom: czeszę, czesać, czesanie
v trim: przycinam, przycinać, obcinam, obcinać, przycinanie
v repot: przesadzam, przesadzać, przesadzanie
v fertilize: nawożę, nawozić, nawożenie
v harvest: zbieram, zbierać, zbiór, zbiory
v forage: grzybobranie, chodzę na grzyby, idę na grzyby
v call: dzwonię, dzwonić, dzwonienie
v visit: odwiedzam, odwiedzać, odwiedziny
v volunteer: wolontariat
n winter swimming: morsuję, morsować, morsowanie
v check: sięgam po, sięgać po
v check: sprawdzam, sprawdzać, sprawdzanie
v cry: płaczę, płakać, płacz
v argue: kłócę, kłócić, kłótnia, kłótnie
v snack: podjadam, podjadać, podjadanie
v order: zamawiam, zamawiać, zamówienie
- : idę, iść, pójdę
n flat: mieszkanie, mieszkania
n house: dom, domu
n room: pokój, pokoju
n bedsheets: pościel, pościeli
n contact lenses: soczewki, soczewek, soczewki kontaktowe
n plants: rośliny, roślin, roślinki, roślinek, roślina
n flowers: kwiaty, kwiatów, kwiatki, kwiatków, kwiatek
n orchids: storczyki, storczyków, storczyk, orchidee, orchidea
n cactus: kaktus, kaktusy, kaktusów
n dog: pies, psa, psu, psem, psy, psów, piesek, pieska
n cat: kot, kota, kotu, kotem, koty, kotów, kotek, kotka
n rabbit: królik, królika, króliki
n hamster: chomik, chomika
n guinea pig: świnka morska, świnki morskiej
n parrot: papuga, papugę
n horse: koń, konia
n hens: kury, kur, kurki, kurczaki
n fish: rybki, rybek, ryby, ryb, ryba
n aquarium: akwarium
n litter box: kuweta, kuwety, kuwetę
n shower: prysznic, prysznica
n bath: wanna, wanny
n teeth: zęby, zębów, ząb
n nails: paznokcie, paznokci
n hair: włosy, włosów
n car: samochód, samochodu, auto, auta
n bike: rower, roweru
n motorcycle: motocykl, motocykla, motor
n oil: olej, oleju
n tyres: opony, opon
n exercises: ćwiczenia, ćwiczeń, ćwiczenie
n physiotherapy: fizjoterapia, fizjoterapii, fizjoterapeuty, fizjoterapeutyczne, rehabilitacja, rehabilitacji, rehabilitacyjne, fizjo
n spine: kręgosłup, kręgosłupa
n back: plecy, pleców
n knee: kolano, kolana
n shoulder: bark, barku, ramię
n laundry: pranie, prania
n dishes: naczynia, naczyń
n dishwasher: zmywarka, zmywarkę, zmywarki
n trash: śmieci
n towels: ręczniki, ręczników, ręcznik
n clothes: ubrania, ubrań, ciuchy, ciuchów
n cartridge: wkład, wkładu
n filter: filtr, filtra, filtrujący, filtrującym
n water filter: dzbanek filtrujący, dzbanku filtrującym, filtr do wody
n jug: dzbanek, dzbanka, dzbanku
n tablet: tabletka, tabletkę, tabletki, tabletek, pigułka, pigułki
n pill: piguła
n dewormer: tabletka na odrobaczanie, tabletkę na odrobaczanie, odrobaczacz
n vitamins: witaminy, witamin, witamina
n painkillers: przeciwbólowe, leki przeciwbólowe
n ibuprofen: ibuprofen, ibuprom, ibupromu, ibuprofenu
n paracetamol: paracetamol, paracetamolu, apap, apapu
n aspirin: aspiryna, aspiryny, aspirynę, polopiryna
n inhaler: inhalator, inhalatora
n insulin: insulina, insuliny, insulinę
n antibiotic: antybiotyk, antybiotyku, antybiotyki
n drops: krople, kropli
n ointment: maść, maści
n phone: telefon, telefonu, komórka, komórkę, smartfon
n piano: pianino, pianinie, pianina, fortepian, fortepianie
n guitar: gitara, gitarze, gitarę, gitary
n violin: skrzypce, skrzypcach, skrzypiec
n drums: perkusja, perkusji, perkusję
n flute: flet, flecie
n chess: szachy, szachach, szachów
n board games: planszówki, planszówek, gry planszowe
n games: gry, gier, gra, partie, partii
n crosswords: krzyżówki, krzyżówek
n puzzles: puzzle
n books: książki, książek, książka, książkę
n pages: strony, stron, stronę
n films: filmy, filmów, film
n series: seriale, seriali, serial
n podcasts: podcasty, podcastów
n photos: zdjęcia, zdjęć
n birds: ptaki, ptaków, ptak
n mushrooms: grzyby, grzybów, grzyb
n bread: chleb, chleba
n pizza: pizza, pizzy, pizzę
n sweets: słodycze, słodyczy, cukierki, cukierków
n chocolate: czekolada, czekolady, czekoladę
n chips: chipsy, chipsów
n fruit: owoce, owoców, owoc
n vegetables: warzywa, warzyw
n eggs: jajka, jajek, jajko, jaja
n meat: mięso, mięsa
n fast food: fast food, fastfood, fastfoody
n takeaway: jedzenie na wynos, na wynos
n food delivery: jedzenie z dostawą, dostawy jedzenia, pyszne, pyszne.pl, glovo, uber eats
n groceries: zakupy, zakupów, spożywcze, spożywka
n energy drinks: energetyki, energetyków, energetyk, napoje energetyczne
n juice: sok, soku, soki
n milk: mleko, mleka
n cola: cola, coli, colę
n beer: piwo, piwa, piw
n wine: wino, wina
n vodka: wódka, wódki, wódkę
n tea: herbata, herbaty, herbatę, herbat
n coffee: kawa, kawy, kawę, kaw
n kombucha: kombucha, kombuchy, kombuchę
n cigarettes: papierosy, papierosów, papieros, fajki, fajek
n vape: e-papieros, e-papierosa, wape, wapowanie
n money: pieniądze, pieniędzy, kasa, kasy, kasę
n spending: wydatki, wydatków, wydatek
n fuel: paliwo, paliwa, benzyna, benzyny
n rent: czynsz, czynszu
n bills: rachunki, rachunków
n subscriptions: subskrypcje, subskrypcji, abonamenty
n weight: waga, wagi, wagę
n waist: talia, talii, pas, pasa
n circumference: obwód, obwodu
n hips: biodra, bioder
n chest: klatka piersiowa, klatki piersiowej
n arm: ramienia, biceps, bicepsa
n thigh: udo
n body fat: tkanka tłuszczowa, tkanki tłuszczowej
n blood pressure: ciśnienie, ciśnienia
n blood sugar: cukier we krwi, cukru we krwi, poziom cukru, glukoza, glukozy, glikemia
n pulse: puls, pulsu, tętno, tętna
n temperature: temperatura, temperatury
n migraines: migrena, migreny, migren, migrenę
n headaches: bóle głowy, ból głowy, bólu głowy
n heartburn: zgaga, zgagi, zgagę
n nosebleeds: krwotoki z nosa, krwawienie z nosa
n allergy: alergia, alergii, uczulenie
n hay fever: katar sienny, kataru siennego
n asthma: astma, astmy
n asthma attacks: ataki astmy, napady astmy
n attacks: ataki, ataków, atak, napady, napadów
n seizures: napady padaczkowe, drgawki
n panic attacks: ataki paniki, napady paniki
n anxiety: stany lękowe
n insomnia: bezsenność, bezsenności
n nightmares: koszmary, koszmarów
n cramps: skurcze, skurczów, skurcz
n nausea: mdłości, nudności
n dizziness: zawroty głowy
n cough: kaszel, kaszlu
n rash: wysypka, wysypki
n acne: trądzik, trądziku, pryszcze
n tinnitus: szumy uszne
n bloating: wzdęcia, wzdęć
n period: okres, okresu, miesiączka, miesiączki
n pain: ból, bólu, bóle
n knee pain: ból kolana
n back pain: ból pleców, ból kręgosłupa
n sunscreen: krem z filtrem
n skincare: pielęgnacja
n bread baking: pieczenie chleba
n home: w domu
n gym: siłownia, siłowni, siłownię
n pool: basen, basenie
n laps: długości, baseny
n football: piłka nożna, piłki nożnej, piłkę
n tennis: tenis, tenisa
n squash: squash, squasha
n badminton: badminton, badmintona
n volleyball: siatkówka, siatkówki, siatkówkę
n basketball: koszykówka, koszykówki, kosza
n climbing: wspinaczka, wspinaczki, ścianka, ścianki
n pull-ups: podciągnięcia, podciągnięć, podciąganie, podciągania
n push-ups: pompki, pompek
n squats: przysiady, przysiadów
n plank: deska, deski, plank
n sit-ups: brzuszki, brzuszków
n stretching: rozciąganie, stretching
n window: okno
n windows: okna, okien
n floor: podłoga, podłogę, podłogi
n fridge: lodówka, lodówkę, lodówki
n oven: piekarnik, piekarnika
n kettle: czajnik, czajnika
n bathroom: łazienka, łazienkę, łazienki
n toilet: toaleta, toaletę, kibel
n kitchen: kuchnia, kuchnię, kuchni
n bed: łóżko, łóżka
n garden: ogród, ogrodu, ogródek
n lawn: trawnik, trawnika
n tomatoes: pomidory, pomidorów
n cucumbers: ogórki, ogórków
n tick tablet: tabletka na kleszcze
n ticks: kleszcze, kleszczy
n nappies: pieluchy, pieluch, pieluszki, pieluszek
n feeds: karmienia, karmień
n nap: drzemki, drzemek
n steps: kroki, kroków
n distance: dystans, dystansu
n bins: kosze
a cold: zimny, zimna, zimne, zimnego, zimnej, lodowaty, lodowata
a hot: gorący, gorąca, gorące
a warm: ciepły, ciepła, ciepłe
a homemade: domowy, domowa, domowe, domowego, domowej
a fasting: na czczo
a morning: poranny, poranna, poranne, porannego
a evening: wieczorny, wieczorna, wieczorne
a new: nowy, nowa, nowe
- : dnia, dni, dzień, tygodnia, tydzień, miesiąca, moje, mój, moja, mojego, moich, mojej, moim, moimi, mi, się, sobie, ten, ta, to, te, tego, tej, tym, swoje, swój, swoja, swojego, swoich, jak, kiedy, gdy, że, czy, co, ile, razy, raz, wszystkie, wszystkich, wszystko, każdy, każdą, każde, każdego, każdej, zawsze, dziennie, tygodniowo, codziennie, rano, wieczorem, albo, lub
f on: na
f in: w, we
f with: z, ze
f after: po
f of: od
f for: dla, za
f before: przed
f to: do
v hurt: boli, bolą, bolał, bolała, bolało, bolały
// More everyday words: symptoms, the body, family, animals, things at home, food, study, sport.
v vomit: wymiotuję, wymiotuje, wymiotować, wymiotowanie, wymioty, wymiotów
v get up: wstaję, wstaje, wstawać, wstawanie
v find: znajduję, znajduje, znajdować, znalazłem, znalazłam
v pick: zbieranie
v inspect: kontroluję, kontrolować, kontrola, przegląd, przeglądam
v lubricate: smaruję, smarować, smarowanie, oliwię
v burn: spalać, palę w kominku
v apply: nakładam, nakładać, smaruję się
v inject: wstrzykuję, wstrzykiwać, zastrzyk, zastrzyki, zastrzyków, kłuję się
v breastfeed: karmię piersią, karmienie piersią, karmienia piersią
v learn: uczę się, uczyć się, nauki
v repeat: powtarzam, powtarzać, powtórki
v sneeze: kicham, kichać, kichanie
v scratch: drapię, drapać, drapanie
v fall asleep: zasypiam, zasypiać, zasypianie
v snore: chrapię, chrapać, chrapanie
v sunbathe: opalam się, opalanie
v massage: masuję, masować, masaż, masaże
v rinse: płuczę, płukać, płukanie
v sort: segreguję, segregować, segregacja
v pump: pompuję, pompować, odciągam, odciąganie
n bathroom trips: wstaję do łazienki, chodzę do łazienki, wizyty w toalecie
n diarrhea: biegunka, biegunki, biegunkę
n constipation: zaparcia, zaparcie, zaparć
n fever: gorączka, gorączki, gorączkę
n hiccups: czkawka, czkawki, czkawkę
n eczema: egzema, egzemy, wyprysk, atopowe zapalenie skóry
n flare-ups: zaostrzenie, zaostrzenia, nawrót, nawroty
n itching: swędzenie, świąd
n sore throat: ból gardła
n stomach ache: ból brzucha, bóle brzucha
n toothache: ból zęba, ból zębów
n breast: pierś, piersi, piersią
n ear: ucho, uszy, uszu
n eye: oko
n eye drops: krople do oczu
n ear drops: krople do uszu
n sunscreen: krem z filtrem, filtr przeciwsłoneczny
n cream: krem, kremu
n grandma: babcia, babci, babcię, babcią
n grandpa: dziadek, dziadka, dziadkiem
n mum: mama, mamy, mamę, mamą, matka, matki
n dad: tata, taty, tatę, tatą, ojciec, ojca
n sister: siostra, siostry, siostrę
n brother: brat, brata, bratem
n friends: przyjaciele, przyjaciółmi, znajomi, znajomymi
n coffee machine: ekspres, ekspresu, ekspres do kawy
n toothbrush: szczoteczka, szczoteczki, szczoteczkę, szczoteczka do zębów
n toothbrush head: końcówka szczoteczki, końcówkę szczoteczki, końcówki szczoteczki
n sourdough starter: zakwas, zakwasu, zakwasem
n chain: łańcuch, łańcucha, łańcuchem
n firewood: drewno, drewna, drwa, drewienko
n fireplace: kominek, kominku
n basket: koszyk, koszyka, kosz
n mushrooms: grzyby, grzybów, grzybki
n forest: las, lasu, lesie
n hives: ule, uli, ul
n bees: pszczoły, pszczół
n eggs: jajka, jajek, jaja
n words: słówka, słówek, słowa, słów, słówko
n vocabulary: słownictwo, słownictwa
n german: niemiecki, niemieckiego, niemieckim
n english: angielski, angielskiego, angielskim
n spanish: hiszpański, hiszpańskiego
n french: francuski, francuskiego
n italian: włoski, włoskiego
n language: język, języka, języków
n lessons: lekcje, lekcji, zajęcia, zajęć
n homework: zadanie domowe, zadania domowe
n online: online, internecie
n wins: wygrane, wygranych, wygrałem, wygrałam
n alcohol-free days: dni bez alkoholu
n night: noc, nocy, nocą, nocami
- : w nocy, po nocach
n sweets: słodycze, słodyczy, słodkości
n snacks: przekąski, przekąsek
n water: woda, wody, wodę
n salt: sól, soli
n protein: białko, białka
n fibre: błonnik, błonnika
n bus: autobus, autobusem
n train: pociąg, pociągiem
n commute: dojazd, dojazdy, dojazdów
n work: praca, pracy, pracę
n overtime: nadgodziny, nadgodzin
n mileage: przebieg, przebiegu
n car wash: myjnia, myjni
n haircut: strzyżenie, fryzjer, fryzjera
n dentist: dentysta, dentysty, stomatolog
n doctor: lekarz, lekarza, wizyty u lekarza
n blood donation: oddanie krwi, krwiodawstwo
- : użycie, użycia
// Household and chores.
n chores: obowiązki, obowiązków, obowiązki domowe, prace domowe
n housework: sprzątanie domu, porządki, porządków
n dusting: ścieranie kurzu, kurze, kurzu
n vacuum cleaner: odkurzacz, odkurzacza, odkurzaczem
n mop: mop, mopa, mopem
n broom: miotła, miotły, miotłę, miotłą
n bucket: wiadro, wiadra
n sponge: gąbka, gąbki, gąbek
n cloth: ścierka, ścierki, ścierek, szmatka, szmatki
n detergent: płyn do naczyń, proszek do prania, detergent, detergentu
n fabric softener: płyn do płukania
n bleach: wybielacz, wybielacza
n ironing board: deska do prasowania
n hanger: wieszak, wieszaka, wieszaki, wieszaków
n wardrobe: szafa, szafy, szafę, szafie
n drawer: szuflada, szuflady, szuflad
n shelf: półka, półki, półek
n curtains: zasłony, zasłon, firanki, firan, firanek
n carpet: dywan, dywanu, dywany, dywanów
n sofa: kanapa, kanapy, kanapę, sofa, sofy
n table: stół, stołu, stoły
n chair: krzesło, krzesła, krzeseł
n desk: biurko, biurka
n lamp: lampa, lampy, lampę, lampka
n light bulb: żarówka, żarówki, żarówek, żarówkę
n batteries: baterie, baterii, bateria, akumulator, akumulatora
n key: klucz, klucza
n door: drzwi
n balcony: balkon, balkonu, balkonie
n garage: garaż, garażu
n basement: piwnica, piwnicy, piwnicę
n attic: strych, strychu
n hallway: przedpokój, przedpokoju, korytarz, korytarza
n bedroom: sypialnia, sypialni, sypialnię
n living room: salon, salonu, pokój dzienny
n children's room: pokój dziecięcy, pokój dziecka
n sink: zlew, zlewu, umywalka, umywalki, umywalkę
n tap: kran, kranu, kranie
n mirror: lustro, lustra, lustrze
n mould: pleśń, pleśni, grzyb na ścianie
n dust: kurz
n mess: bałagan, bałaganu
n repairs: naprawa, naprawy, napraw, remont, remontu, remonty
n renovation: remontowanie
n tools: narzędzia, narzędzi, narzędzie
n drill: wiertarka, wiertarki, wiertarkę
n boiler: piec gazowy, bojler, bojlera, kocioł, kotła
n radiator: kaloryfer, kaloryfera, kaloryfery, grzejnik, grzejnika, grzejniki
n air conditioning: klimatyzacja, klimatyzacji, klimatyzację, klima, klimy
n smoke alarm: czujnik dymu
n freezer: zamrażarka, zamrażarki, zamrażarkę, zamrażalnik, zamrażalnika
n microwave: mikrofalówka, mikrofalówki, mikrofalówkę, mikrofala
n toaster: toster, tostera
n blender: blender, blendera
n dryer: suszarka, suszarki, suszarkę
n washing machine: pralka, pralki, pralkę, pralce
n hoover bags: worki do odkurzacza
n plumbing: hydraulik, hydraulika, rury, rur
n shopping list: lista zakupów
n recycling: recykling, recyklingu, segregacja, segregacji, segregowanie
n compost: kompost, kompostu, kompostownik, kompostownika
n bottles: butelki, butelek, butelka, butelkę
n cans: puszki, puszek, puszka
n packages: paczki, paczek, paczka, paczkę, przesyłka, przesyłki
n post: poczta, poczty, pocztę, listy, listów
// Cleaning.
v tidy: ogarniam, ogarniać, ogarnąłem, ogarnęłam, porządkuję, porządkować, układam, układać
v wipe: wycieram, wycierać, wytarłem, wytarłam, ścieram, ścierać, przecieram, przecierać
v scrub: szoruję, szorować, wyszorowałem, szorowanie
v disinfect: dezynfekuję, dezynfekować, dezynfekcja, dezynfekcji
v polish: poleruję, polerować, pastuję, pastować
v rinse: płuczę, płukać, wypłukałem, płukanie
v air: wietrzę, wietrzyć, przewietrzyłem, wietrzenie
v declutter: odgracam, odgracać, odgracanie, wyrzucam rzeczy
v fold: składam, składać, złożyłem, składanie
v hang: wieszam, wieszać, powiesiłem, wieszanie
v unload: rozładowuję, rozładowywać, wyjmuję, wyjmować
v empty: opróżniam, opróżniać, opróżniłem, opróżnianie
n window cleaning: mycie okien
n floor cleaning: mycie podłóg, mycie podłogi
n bathroom cleaning: sprzątanie łazienki
n fridge cleaning: mycie lodówki
n oven cleaning: czyszczenie piekarnika
// Kitchen, food, drinks, meals.
n meals: posiłki, posiłków, posiłek, posiłku
n breakfast: śniadanie, śniadania, śniadań, śniadaniu
n second breakfast: drugie śniadanie
n lunch: lunch, lunchu, lancz
n dinner: obiad, obiadu, obiady, obiadów, kolacja, kolacji, kolację, kolacje
n supper: wieczerza
n dessert: deser, deseru, desery, deserów
n snack: przekąska, przekąskę
n recipes: przepis, przepisy, przepisów, przepisu
n soup: zupa, zupy, zupę, zup
n salad: sałatka, sałatki, sałatek, sałatkę, sałata, sałaty
n sandwich: kanapka, kanapki, kanapek, kanapkę
n rice: ryż, ryżu
n pasta: makaron, makaronu
n potatoes: ziemniaki, ziemniaków, ziemniak, kartofle, kartofli
n dumplings: pierogi, pierogów, pierogi ruskie
n porridge: owsianka, owsianki, owsiankę, płatki owsiane
n cereal: płatki, płatków
n cheese: ser, sera, serem, sery, twaróg, twarogu
n butter: masło, masła, masłem
n yoghurt: jogurt, jogurtu, jogurty, jogurtów, kefir, kefiru
n ham: szynka, szynki, szynkę
n sausage: kiełbasa, kiełbasy, kiełbasę, kiełbaski, parówki, parówek
n chicken: kurczak, kurczaka, kurczakiem, drób, drobiu
n pork: wieprzowina, wieprzowiny, schabowy, schabowe, kotlet, kotleta, kotlety
n beef: wołowina, wołowiny
n apples: jabłka, jabłek, jabłko
n bananas: banany, bananów, banan, banana
n oranges: pomarańcze, pomarańczy, pomarańcza
n strawberries: truskawki, truskawek, truskawka
n raspberries: maliny, malin, malina
n blueberries: borówki, borówek, jagody, jagód
n cherries: wiśnie, wiśni, czereśnie, czereśni
n plums: śliwki, śliwek, śliwka
n pears: gruszki, gruszek, gruszka
n grapes: winogrona, winogron
n lemons: cytryny, cytryn, cytryna
n nuts: orzechy, orzechów, orzech, orzeszki, orzeszków
n carrots: marchew, marchewka, marchewki, marchwi
n onions: cebula, cebuli, cebulę
n garlic: czosnek, czosnku
n peppers: papryka, papryki, paprykę
n lettuce: sałata lodowa
n cabbage: kapusta, kapusty, kapustę, kiszona kapusta
n beans: fasola, fasoli, fasolka, fasolki
n peas: groszek, groszku
n spinach: szpinak, szpinaku
n broccoli: brokuł, brokuły, brokułów, brokuła
n courgettes: cukinia, cukinie, cukinii
n pumpkin: dynia, dynie, dyni
n beetroot: buraki, buraków, burak, buraczki
n radishes: rzodkiewki, rzodkiewek, rzodkiewka
n sweets: cukierki, cukierków, cukierek, słodycze, słodyczy
n cake: ciasto, ciasta, ciastem, tort, tortu
n biscuits: ciastka, ciastek, ciasteczka, ciasteczek, herbatniki, herbatników
n ice cream: lody, lodów
n crisps: czipsy, czipsów
n honey: miód, miodu
n jam: dżem, dżemu, konfitura, konfitury, powidła
n flour: mąka, mąki, mąkę
n oats: owies, owsa
n sugar: cukier, cukru, cukrem
n sweetener: słodzik, słodzika
n spices: przyprawy, przypraw, przyprawa
n ketchup: keczup, ketchup, keczupu
n olive oil: oliwa, oliwy, oliwę
n sparkling water: woda gazowana, wody gazowanej
n mineral water: woda mineralna, wody mineralnej
n lemonade: lemoniada, lemoniady, lemoniadę
n smoothie: smoothie, koktajl, koktajlu, koktajle
n cocoa: kakao
n espresso: espresso
n latte: latte, kawa z mlekiem
n green tea: zielona herbata, zielonej herbaty
n herbal tea: herbata ziołowa, ziółka, ziółek, napar, naparu
n drinks: napoje, napojów, napój, napoju, drinki, drinków, drink, drinka
n alcohol: alkohol, alkoholu, procenty
n whisky: whisky, łyskacz
n cider: cydr, cydru
n shots: szoty, szotów
n takeaway coffee: kawa na wynos
n sushi: sushi
n kebab: kebab, kebaba, kebaby
n burgers: burger, burgera, burgery, burgerów
n fries: frytki, frytek
n leftovers: resztki, resztek, resztki jedzenia
n food waste: marnowanie jedzenia, wyrzucone jedzenie
n calories: kalorie, kalorii, kaloria
n carbs: węglowodany, węglowodanów
n fat: tłuszcz, tłuszczu, tłuszcze
n caffeine: kofeina, kofeiny, kofeinę
n fasting: post, postu, głodówka, głodówki
n diet: dieta, diety, dietę, diecie
n cooking: gotowanie obiadu
n baking: pieczenie ciasta
n meal prep: przygotowywanie posiłków
n pickles: kiszonki, kiszonek, ogórki kiszone, przetwory, przetworów
n jars: słoiki, słoików, słoik, słoika
n preserves: weki, weków
// Garden, plants, weather.
n vegetable patch: warzywnik, warzywnika, grządka, grządki, grządek
n greenhouse: szklarnia, szklarni, szklarnię
n seeds: nasiona, nasion, nasionka
n seedlings: sadzonki, sadzonek, rozsada, rozsady
n trees: drzewa, drzew, drzewo, drzewka, drzewek
n fruit trees: drzewa owocowe, drzewka owocowe
n bushes: krzaki, krzaków, krzew, krzewy, krzewów
n hedge: żywopłot, żywopłotu
n roses: róże, róż, róża
n tulips: tulipany, tulipanów
n succulents: sukulenty, sukulentów
n ferns: paprocie, paproci
n monstera: monstera, monstery, monsterę
n pots: doniczki, doniczek, doniczka, doniczkę
n soil: ziemia, ziemi, ziemię, podłoże, podłoża
n fertiliser: nawóz, nawozu, nawozy
n weeds: chwasty, chwastów, chwast
n leaves: liście, liści, liść
n grass: trawa, trawy, trawę
n lawnmower: kosiarka, kosiarki, kosiarkę
n hose: wąż ogrodowy
n watering can: konewka, konewki, konewkę
n rainwater: deszczówka, deszczówki
n herbs: zioła, ziół, bazylia, bazylii, mięta, mięty, pietruszka, pietruszki
n harvest: plony, plonów
n pests: szkodniki, szkodników, mszyce, mszyc
n weather: pogoda, pogody, pogodę
n rain: deszcz, deszczu, opady, opadów
n rainfall: opady deszczu, ilość deszczu
n snow: śnieg, śniegu
n frost: mróz, mrozu, przymrozek, przymrozki, przymrozków
n wind: wiatr, wiatru
n sun: słońce, słońca
n sunshine: nasłonecznienie, nasłonecznienia
n storms: burze, burz, burza, burzę
n humidity: wilgotność, wilgotności
n air quality: jakość powietrza, smog, smogu
n pollen: pyłki, pyłków, pylenie, pylenia
n sunrise: wschód słońca
n sunset: zachód słońca
// Body, measurements.
n body: ciało, ciała
n head: głowa, głowy, głowę
n face: twarz, twarzy
n eyes: oczy, oczu
n nose: nos, nosa
n mouth: usta, ust
n lips: wargi, warg
n gums: dziąsła, dziąseł
n throat: gardło, gardła
n stomach: brzuch, brzucha, żołądek, żołądka
n belly: brzuszek, brzuszka
n hand: ręka, ręki, rękę, ręce, rąk, dłoń, dłoni
n fingers: palce, palców, palec, palca
n wrist: nadgarstek, nadgarstka, nadgarstki
n elbow: łokieć, łokcia
n foot: stopa, stopy, stopę, stóp
n ankle: kostka, kostki, kostkę
n heel: pięta, pięty, piętę
n leg: noga, nogi, nogę, nóg
n calf: łydka, łydki, łydkę, łydek
n hip: biodro
n skin: skóra, skóry, skórę, cera, cery
n muscles: mięśnie, mięśni, mięsień
n bones: kości, kość
n joints: stawy, stawów, staw
n heart: serce, serca
n lungs: płuca, płuc
n liver: wątroba, wątroby
n kidneys: nerki, nerek, nerka
n bladder: pęcherz, pęcherza
n bowel movements: wypróżnienia, wypróżnień, kupa, kupy, kupki
n urine: mocz, moczu, siusiu
n height: wzrost, wzrostu
n bmi: bmi
n measurements: wymiary, wymiarów
n arm circumference: obwód ramienia
n neck circumference: obwód szyi
n blood oxygen: saturacja, saturacji, saturację
n cholesterol: cholesterol, cholesterolu
n breathing: oddech, oddechu, oddychanie, oddychania
n cycle: cykl, cyklu
n ovulation: owulacja, owulacji
n pregnancy: ciąża, ciąży, ciążę
n kicks: kopnięcia, kopnięć
n contractions: skurcze porodowe
n hydration: nawodnienie, nawodnienia
// Symptoms and illnesses.
n cold: przeziębienie, przeziębienia, katar, kataru
n flu: grypa, grypy, grypę
n covid: covid, covida, koronawirus
n runny nose: cieknący nos
n sneezing: kichanie, kichania
n earache: ból ucha
n back pain: ból pleców
n neck pain: ból szyi, ból karku
n joint pain: ból stawów
n muscle pain: ból mięśni, zakwasy, zakwasów
n chest pain: ból w klatce
n cramps: skurcze, skurczów, skurcz
n period pain: bóle miesiączkowe, ból miesiączkowy
n fatigue: zmęczenie, zmęczenia, znużenie, wyczerpanie, wyczerpania
n weakness: osłabienie, osłabienia
n vomiting: wymioty, wymiotów
n indigestion: niestrawność, niestrawności
n reflux: refluks, refluksu
n flatulence: gazy, gazów
n swelling: opuchlizna, opuchlizny, obrzęk, obrzęku, obrzęki
n bruises: siniaki, siniaków, siniak
n wounds: rany, rana, ranę, skaleczenie
n burns: oparzenia, oparzeń, oparzenie
n blisters: pęcherze, pęcherzy, odciski, odcisków
n bites: ugryzienia, ugryzień, ukąszenia, ukąszeń
n urticaria: pokrzywki
n dry skin: sucha skóra
n hair loss: wypadanie włosów
n dandruff: łupież, łupieżu
n cold sores: opryszczka, opryszczki
n infections: infekcje, infekcji, zakażenie, zakażenia
n urinary infection: zapalenie pęcherza
n sinusitis: zatoki, zatok, zapalenie zatok
n depression: depresja, depresji, depresję
n stress: stres, stresu, stresem
n burnout: wypalenie, wypalenia
n diabetes: cukrzyca, cukrzycy
n hypertension: nadciśnienie, nadciśnienia
n epilepsy: padaczka, padaczki, epilepsja
n arthritis: zapalenie stawów, reumatyzm, reumatyzmu
n gout: dna moczanowa
n endometriosis: endometrioza, endometriozy
n hot flashes: uderzenia gorąca
n palpitations: kołatanie serca
n shortness of breath: duszność, duszności
n tremor: drżenie, drżenia
n numbness: drętwienie, drętwienia
n snoring: chrapanie, chrapania
n sleepwalking: lunatykowanie
n teeth grinding: zgrzytanie zębami
n brain fog: mgła mózgowa
n mood swings: wahania nastroju
n cravings: zachcianki, zachcianek, ochota na słodkie
n appetite: apetyt, apetytu
n thirst: pragnienie, pragnienia
n injuries: kontuzja, kontuzje, kontuzji, uraz, urazu, urazy
n sprain: skręcenie, skręcenia
n fall: upadek, upadku, upadki
// Medicine, therapy, doctors.
n medicine: lek, leku, leki, leków, lekarstwo, lekarstwa, lekarstw
n prescription: recepta, recepty, receptę
n capsules: kapsułki, kapsułek, kapsułka, kapsułkę
n syrup: syrop, syropu
n injection: zastrzyk, zastrzyku, zastrzyki, zastrzyków
n plasters: plastry, plastrów, plaster, plastra
n bandage: bandaż, bandaża, opatrunek, opatrunku
n spray: spray, sprayu, aerozol
n nasal spray: spray do nosa, krople do nosa
n supplements: suplementy, suplementów, suplement, suplementu
n vitamin d: witamina d, witaminy d, witaminę d
n magnesium: magnez, magnezu
n iron supplements: żelazo, żelaza
n omega-3: omega, tran, tranu
n probiotics: probiotyk, probiotyki, probiotyków
n melatonin: melatonina, melatoniny, melatoninę
n contraception: antykoncepcja, antykoncepcji, tabletki antykoncepcyjne
n antihistamine: lek na alergię, leki przeciwhistaminowe
n antidepressants: antydepresanty, antydepresantów
n sleeping pills: tabletki nasenne, leki nasenne
n therapy: terapia, terapii, terapię, psychoterapia, psychoterapii
n therapist: terapeuta, terapeuty, terapeutka, psycholog, psychiatry
n appointments: wizyty, wizyt, wizyta, wizytę, wizycie
n check-ups: badania, badań, badanie
n blood tests: badania krwi, morfologia, morfologii
n vaccine: szczepionka, szczepionki, szczepionkę
n hospital: szpital, szpitala, szpitalu
n clinic: przychodnia, przychodni, przychodnię, poradnia
n pharmacy: apteka, apteki, aptece
n nurse: pielęgniarka, pielęgniarki
n gynaecologist: ginekolog, ginekologa
n dermatologist: dermatolog, dermatologa
n optician: okulista, okulisty, optyk
n paediatrician: pediatra, pediatry
n vet: weterynarz, weterynarza, weterynarzu
n massage: masaż, masażu, masaże
n sick leave: zwolnienie lekarskie, l4, chorobowe
n speech therapy: logopeda, logopedy, logopedia
n glasses: okulary, okularów
n hearing aid: aparat słuchowy
n brace: aparat na zęby
n mouthwash: płyn do płukania ust
// Family and people.
n family: rodzina, rodziny, rodzinę, rodziną
n parents: rodzice, rodziców, rodzicami
n mother-in-law: teściowa, teściowej, teściową
n father-in-law: teść, teścia, teściem
n in-laws: teściowie, teściów
n son: syn, syna, synem, synek, synka
n daughter: córka, córki, córkę, córką, córeczka, córeczki
n children: dzieci, dzieciaki, dzieciaków, dzieciom
n child: dziecko, dziecka, dzieckiem
n baby: niemowlę, niemowlaka, maluch, malucha, bobas, bobasa
n grandchildren: wnuki, wnuków, wnuczki, wnuk, wnuka
n husband: mąż, męża, mężem, mężowi
n wife: żona, żony, żoną, żonie
n partner: partner, partnera, partnerka, partnerki
n boyfriend: chłopak, chłopaka, chłopakiem
n girlfriend: dziewczyna, dziewczyny, dziewczyną
n aunt: ciocia, cioci, ciocię, ciotka, ciotki
n uncle: wujek, wujka, wujkiem, stryj
n cousin: kuzyn, kuzyna, kuzynka, kuzynki
n niece: siostrzenica, bratanica
n nephew: siostrzeniec, bratanek
n twins: bliźniaki, bliźniaków, bliźnięta
n neighbours: sąsiad, sąsiada, sąsiedzi, sąsiadów, sąsiadka
n colleagues: koledzy, kolegów, kolega, koleżanka, koleżanki, współpracownicy
n boss: szef, szefa, szefowa, kierownik, kierownika
n guests: goście, gości, gość
n babysitter: opiekunka, opiekunki, niania, niani
n people: ludzie, ludzi
n birthdays: urodziny, urodzin, imieniny, imienin
n dates: randki, randek, randka, randkę
n sex: seks, seksu, współżycie
// Pets and animals.
n pets: zwierzęta, zwierząt, zwierzak, zwierzaka, zwierzaki, pupil, pupila
n puppy: szczeniak, szczeniaka, szczeniaczek
n kitten: kociak, kociaka, kocię
n turtle: żółw, żółwia, żółwie
n snake: wąż, węża
n lizard: jaszczurka, jaszczurki, gekon, gekona
n budgie: papużka, papużki, papużki faliste
n canary: kanarek, kanarka
n rat: szczur, szczura, szczury
n mouse: mysz, myszka
n ferret: fretka, fretki
n goats: kozy, kóz, koza
n sheep: owce, owiec, owca
n cows: krowy, krów, krowa
n pigs: świnie, świń, świnia
n ducks: kaczki, kaczek, kaczka
n geese: gęsi, gęś
n bees: pszczoły, pszczół
n butterflies: motyle, motyli
n mosquitoes: komary, komarów, komar
n spiders: pająki, pająków
n dog food: karma dla psa, karmy dla psa
n cat food: karma dla kota, karmy dla kota
n pet food: karma, karmy, karmę
n treats: przysmaki, przysmaków, smakołyki, smakołyków
n leash: smycz, smyczy
n collar: obroża, obroży
n fleas: pchły, pcheł
n flea treatment: krople na pchły, obroża na pchły
n grooming: strzyżenie psa, groomer, groomera
n kennel: kojec, buda, budy
n cage: klatka, klatki, klatkę
n bird feeder: karmnik, karmnika
n wildlife: dzikie zwierzęta
n birdwatching: obserwacja ptaków, ptaszki
// Hobbies, crafts, music, games, collecting.
n hobbies: hobby, pasje, pasji, zainteresowania
n crochet: szydełko, szydełkowanie, szydełkuję, szydełkować
n embroidery: haft, haftu, haftowanie, haftuję, haftować
n sewing machine: maszyna do szycia
n yarn: włóczka, włóczki, włóczkę
n fabric: materiał, materiału, tkanina, tkaniny
n pottery: ceramika, ceramiki, garncarstwo, lepienie z gliny
n woodwork: stolarka, stolarki, majsterkowanie, majsterkuję, majsterkować
n drawings: rysunki, rysunków, rysunek
n paintings: obrazy, obrazów, obraz, obrazu
n sketches: szkice, szkiców, szkic
n calligraphy: kaligrafia, kaligrafii
n origami: origami
n lego: lego, klocki, klocków
n models: modele, modeli, model, makieta, makiety
n photography: fotografia, fotografii, fotografowanie
n camera: aparat, aparatu, aparat fotograficzny
n singing: śpiew, śpiewu, śpiewanie, śpiewam, śpiewać, zaśpiewałem
n choir: chór, chóru
n songs: piosenki, piosenek, piosenka, utwory, utworów
n music: muzyka, muzyki, muzykę
n concerts: koncerty, koncertów, koncert
n ukulele: ukulele
n saxophone: saksofon, saksofonu
n trumpet: trąbka, trąbki, trąbkę
n cello: wiolonczela, wiolonczeli, wiolonczelę
n keyboard: keyboard
n accordion: akordeon, akordeonu
n harmonica: harmonijka, harmonijki
n scales: gamy, gam
n cards: karty, kart
n poker: poker, pokera
n bridge: brydż, brydża
n sudoku: sudoku
n video games: gry komputerowe, gry wideo, gierki, gierek, granie na konsoli
n console: konsola, konsoli, konsolę, playstation, xbox
n jigsaw puzzles: układanki, układanek
n stamps: znaczki, znaczków, znaczek
n coins: monety, monet, moneta
n vinyl records: płyty, płyt, winyle, winyli
n postcards: pocztówki, pocztówek, kartki pocztowe
n collection: kolekcja, kolekcji, kolekcję, zbiorów
n comics: komiksy, komiksów, komiks
n novels: powieści, powieść
n audiobooks: audiobooki, audiobooków, audiobook
n e-books: ebooki, ebooków, czytnik, kindle
n library: biblioteka, biblioteki, bibliotece
n poems: wiersze, wierszy, wiersz
n diary: pamiętnik, pamiętnika
n blog: blog, bloga, wpisy, wpisów
n fishing: wędkowanie, wędkowania, wędkuję, wędkować, ryby łowię
n hunting: polowanie, polowania
n camping: biwak, biwaku, biwakowanie, kemping, kempingu
n travel: podróże, podróży, podróż, wyjazdy, wyjazdów, wyjazd
n trips: wycieczki, wycieczek, wycieczka, wycieczkę
n holidays: wakacje, wakacji, urlop, urlopu, urlopy
n museums: muzea, muzeów, muzeum
n cinema: kino, kina, kinie, seanse, seansów
n theatre: teatr, teatru, teatrze
n escape rooms: escape roomy, escape room
n geocaching: geocaching, skrytki, skrytek
n puzzles: łamigłówki, łamigłówek
n knitting: dzierganie, robótki, robótek, robienie na drutach
// Sports and exercise.
n workouts: trening, treningu, treningi, treningów
n running: jogging, joggingu
n walking: chodzenie, chód, nordic walking, kijki
n cycling: kolarstwo, rowerowanie, przejażdżki, przejażdżka
n yoga: joga, jogi, jogę, jogą
n pilates: pilates, pilatesu
n stretching session: rozciąganko
n strength training: trening siłowy, siłka, siłki
n weights: ciężary, ciężarów, hantle, hantli, sztanga, sztangi
n bench press: wyciskanie, wyciskania, wyciskanie na ławce
n deadlifts: martwy ciąg, martwego ciągu
n lunges: wykroki, wykroków
n burpees: burpees, padnij powstań
n skipping: skakanka, skakanki, skakanie na skakance
n abs: mięśnie brzucha
n cardio: cardio, kardio
n fitness: fitness, fitnessu, aerobik, aerobiku, zumba, zumby
n crossfit: crossfit, crossfitu
n martial arts: sztuki walki, karate, judo, boks, boksu, kickboxing
n handball: piłka ręczna
n ice hockey: hokej, hokeja
n golf: golf, golfa
n skiing: narciarstwo, narciarstwa, narty biegowe
n snowboard: snowboard, snowboardu
n ice skating: łyżwiarstwo, jazda na łyżwach
n rowing: wioślarstwo, wiosłowanie, ergometr, kajak, kajaki, kajakiem
n sailing: żeglarstwo, żeglowanie, żagle, żagli
n surfing: surfing, surfowanie, windsurfing, kitesurfing
n horse riding: jazda konna, jeździectwo
n table tennis: ping pong, ping-pong, pingpong, tenis stołowy
n bowling: kręgle, kręgli, bowling
n darts: rzutki, rzutek, dart, darta
n matches: mecze, meczów, mecz, meczu
n races: zawody, zawodów, wyścigi, wyścigów, maraton, maratonu, półmaraton
n personal bests: rekordy, rekordów, rekord, życiówki, życiówek
n pace: tempo, tempa
n training plan: plan treningowy, planu treningowego
n warm-up: rozgrzewka, rozgrzewki, rozgrzewkę
n sets: powtórzenia, powtórzeń
n treadmill: bieżnia, bieżni, bieżnię
n exercise bike: rowerek, rowerka, rower stacjonarny
n hula hoop: hula hop, hulahop
// Transport, car, bike, fuel, commute.
n driving: jazda samochodem, prowadzenie auta
n driving lessons: lekcje jazdy, kurs prawa jazdy
n driving licence: prawo jazdy
n rides: przejazdy, przejazdów, przejazd
n kilometres: kilometry, kilometrów, kilometr
n diesel: diesel, diesla, olej napędowy, ropa, ropy
n lpg: gaz do auta, lpg, autogaz
n fuel consumption: spalanie, spalania
n charger: ładowarka, ładowarki
n electric car: elektryk, elektryka, samochód elektryczny
n service: serwis, serwisu, przegląd, przeglądu, przeglądy, mechanik, mechanika
n tyre change: wymiana opon, zmiana opon
n parking: parking, parkingu, parkowanie, postój
n tolls: opłaty za autostradę, autostrady
n tickets: bilety, biletów, bilet, biletu
n speeding tickets: mandaty, mandatów, mandat, mandatu
n traffic jams: korki, korków, korek
n tram: tramwaj, tramwaju, tramwajem
n metro: metro, metra, metrem
n plane: samolot, samolotu, samolotem, lot
n taxis: taksówka, taksówki, taksówek, taksówkę, uber, ubera, bolt, bolta
n scooter: hulajnoga, hulajnogi, hulajnogę, skuter, skutera
n business trips: podróże służbowe, delegacje, delegacji, delegacja, wyjazdy służbowe
n bike rides: wycieczki rowerowe
n bike service: serwis roweru
n helmet: kask, kasku
// Money, shopping, bills, utilities.
n cash: gotówka, gotówki, gotówkę, hajs, hajsu
n expenses: koszty, kosztów, koszt
n income: dochody, dochodów, dochód, przychody, przychodów, zarobki, zarobków
n salary: pensja, pensji, pensję, wypłata, wypłaty, wypłatę, pensyjka
n savings: oszczędności, oszczędność, skarbonka, skarbonki
n budget: budżet, budżetu
n debt: dług, długu, długów
n loan: kredyt, kredytu, pożyczka, pożyczkę, rata
n mortgage: kredyt hipoteczny, hipoteka, hipoteki
n investments: inwestycje, inwestycji, akcje, akcji, giełda, giełdy
n crypto: krypto, kryptowaluty, bitcoin, bitcoina
n pocket money: kieszonkowe, kieszonkowego
n tips: napiwki, napiwków, napiwek
n donations: darowizny, darowizn, datki, datków, zbiórki
n gifts: prezenty, prezentów, prezent, prezentu, upominki
n online shopping: zakupy online, zakupy w internecie, allegro, zalando, amazon
n clothes shopping: zakupy ciuchowe
n shoes: buty, butów, but, obuwie
n cosmetics: kosmetyki, kosmetyków, kosmetyk, makijaż, makijażu
n perfume: perfumy, perfum
n receipts: paragony, paragonów, paragon
n bills: opłaty, opłat, opłata, faktury, faktur, faktura, rachunek, rachunku
n electricity: prąd, prądu, energia elektryczna, elektryczność
n gas: gaz, gazu
n heating: ogrzewanie, ogrzewania
n water bill: rachunek za wodę
n meter readings: stan licznika
n meter: licznik prądu, licznik gazu, licznik wody, wodomierz, wodomierza
n internet: internet, internetu, światłowód
n phone bill: rachunek za telefon
n insurance: ubezpieczenie, ubezpieczenia, oc, ac
n taxes: podatki, podatków, podatek, pit
n fees: składki, składek, składka, zus
n streaming: netflix, netfliksa, spotify, spotifaja, hbo, disney
n lottery: lotek, lotka, lotto, zdrapki, zdrapek
n bets: zakłady, zakładów, bukmacher
n prices: ceny, cen, cena, cenę
n discounts: promocje, promocji, promocja, rabaty, rabatów, zniżki
n returns: zwroty, zwrotów, zwrot
n orders: zamówienia, zamówień
n deliveries: dostawy, dostaw, kurier, kuriera
// Work, study, school, languages.
n work hours: godziny pracy, czas pracy
n job: robota, roboty, robotę, fucha
n office: biuro, biura, biurze
n remote work: praca zdalna, home office, zdalna
n shifts: zmiany w pracy, dyżury, dyżurów, dyżur
n meetings: spotkania, spotkań, spotkanie, zebrania, zebrań, calle, calli
n emails: maile, maili, mail, maila, e-maile, e-maili, poczta e-mail
n tasks: zadania, zadań, zadanie, taski, tasków
n projects: projekty, projektów, projekt, projektu
n deadlines: terminy, terminów, deadline, deadliny
n clients: klienci, klientów, klient, klienta
n sales: sprzedaż, sprzedaży
n invoices: faktury sprzedażowe
n breaks: przerwy, przerw, przerwa, przerwę
n school: szkoła, szkoły, szkołę, szkole
n university: studia, studiów, uczelnia, uczelni, uczelnię
n lectures: wykłady, wykładów, wykład
n exams: egzaminy, egzaminów, egzamin, egzaminu, kolokwia
n grades: oceny, ocen, ocena, stopnie, stopni, jedynki, szóstki
n tests: sprawdziany, sprawdzianów, sprawdzian, kartkówki, kartkówek
n revision: powtórki, powtórek, powtórka
n flashcards: fiszki, fiszek, fiszka, anki
n thesis: praca magisterska, praca licencjacka, magisterka, licencjat
n courses: kursy, kursów, kurs, kursu, szkolenia, szkoleń, szkolenie
n tutoring: korepetycje, korepetycji
n maths: matematyka, matematyki, matma, matmy
n polish: polski, polskiego, język polski
n russian: rosyjski, rosyjskiego
n chinese: chiński, chińskiego
n japanese: japoński, japońskiego
n duolingo: duolingo, duolingu, lekcje duolingo
n programming: programowanie, programowania, kodowanie, kodowania, koduję, kodować
n typing: pisanie na klawiaturze
// Media, screens, phone, social networks.
n screen time: czas przed ekranem, czas ekranowy, ekran, ekranu
n phone: komórka, komórki, komórkę, smartfon, smartfona, smartfonem, telefon komórkowy
n apps: aplikacje, aplikacji, aplikacja, apki, apek, apka, apkę
n social media: media społecznościowe, sociale, socjale, social media
n facebook: facebook, facebooka, fejs, fejsa, fejsie
n instagram: instagram, instagrama, insta, insty
n tiktok: tiktok, tiktoka, tiktoki, tiktoków
n youtube: youtube, jutub, jutuba, youtuba
n twitter: twitter, twittera
n messages: wiadomości, wiadomość, esemesy, esemesów, sms, smsy, smsów
n calls: rozmowy, rozmów, rozmowa, połączenia, połączeń, telefony, telefonów
n news: newsy, newsów, wiadomości ze świata, portale
n tv: telewizja, telewizji, telewizor, telewizora, tv, telewizję
n episodes: odcinki, odcinków, odcinek
n notifications: powiadomienia, powiadomień
n scrolling: scrollowanie, scrolluję, scrollować
n laptop: laptop, laptopa, komputer, komputera, kompie
n gaming: gaming, gamingu, gram w gry
n radio: radio, radia
// Emotions and moods.
n mood: humor, humoru, nastrój, nastroju, samopoczucie, samopoczucia
n emotions: emocje, emocji, uczucia, uczuć
n happiness: szczęście, szczęścia, radość, radości
n sadness: smutek, smutku, przygnębienie, dołek, doły
n anger: złość, złości, gniew, gniewu, wkurzenie, wściekłość
n fear: strach, strachu
n worry: zmartwienia, zmartwień, martwienie się
n loneliness: samotność, samotności
n boredom: nuda, nudy, nudę
n energy: energia, energii, energię, siły, sił
n motivation: motywacja, motywacji, motywację
n gratitude: wdzięczność, wdzięczności
n calm: spokój, spokoju
n irritability: rozdrażnienie, drażliwość, nerwy, nerwów
n crying: płakanie, płacze, łzy, łez
n self-esteem: samoocena, samooceny, pewność siebie
n relationships: związek, związku, relacje, relacji
n tantrums: napady złości, histerie, histerii
n good things: dobre rzeczy, miłe chwile
// Time words: dropped from a subject.
- : dzień, dnia, dni, dniu, tydzień, tygodnia, tygodni, miesiąc, miesiąca, miesięcy, rok, roku, lat, lata, godzina, godziny, godzin, minuta, minuty, minut, wczoraj, jutro, przedwczoraj, teraz, potem, wtedy, zwykle, zazwyczaj, regularnie, ostatnio, weekend, weekendy, weekendzie, poranek, ranka, wieczór, wieczora, popołudnie, popołudniu, południe, raz, razy, ile, ilu, ilość, liczba, czy, kiedy, gdy, jak, jaki, jaka, jakie, często, rzadko, nigdy, dużo, mało, trochę, więcej, mniej, bardzo
// Verbs of daily life.
n getting dressed: ubieram się, ubierać się, ubrałem się, ubrałam się
n hair washing: myję włosy, mycie włosów
n baby bath: kąpię dziecko, kąpiel dziecka
n nappy changes: przewijam, przewijać, przewinąłem, przewijanie
n bedtime: usypiam, usypiać, uśpiłem, usypianie, kładę spać, kładę się spać, chodzę spać, idę spać
v drive: jeżdżę samochodem, prowadzę, prowadzić, kieruję, kierować
v commute: dojeżdżam, dojeżdżać, dojechałem, dojazd, dojazdy, dojazdów
v fly: latam, latać, leciałem, poleciałem
v travel: podróżuję, podróżować, jeżdżę na wycieczki
v pack: pakuję, pakować, spakowałem, pakowanie
v cut: kroję, kroić, pokroiłem, krojenie
v fry: smażę, smażyć, usmażyłem, smażenie
v grill: grilluję, grillować, grill, grilla, grillowanie
v boil: gotuję wodę, zagotowałem
v peel: obieram, obierać, obrałem, obieranie
v chop: siekam, siekać, posiekałem
v prepare: przygotowuję, przygotowywać, przygotowałem, szykuję, szykować
n table setting: nakrywam do stołu
v put: wkładam, wkładać, włożyłem
v throw away: wyrzucam, wyrzucać, wyrzuciłem, wyrzuciłam, wyrzucanie
v recycle: posegregowałem
v fix: naprawiam, naprawiać, naprawiłem, reperuję, reperować
v build: buduję, budować, zbudowałem, budowanie
v plant: sadzę, sadzić, posadziłem, posadziłam, sadzenie, wysiewam, wysiewać, siać, sieję
v pick up: odbieram, odbierać, odebrałem, odbiór
v drop off: odwożę, odwozić, odwiozłem, zawożę, zawozić
v pay: płacę, płacić, zapłaciłem, zapłaciłam, opłacam, opłacać, płacenie
v earn: zarabiam, zarabiać, zarobiłem, zarobiłam
v borrow: pożyczam, pożyczać, pożyczyłem
v sell: sprzedaję, sprzedawać, sprzedałem, sprzedałam
v invest: inwestuję, inwestować, zainwestowałem
v donate: wpłacam, wpłacać, wpłaciłem
v work: pracuję, pracować, pracowałem, pracowałam, pracowanie
n gym workouts: trenuję na siłowni
v jump: skaczę, skakać, skoczyłem, skakanie
v row: wiosłuję, wiosłować
v sail: żegluję, żeglować, pływam żaglówką
v fish: łowię, łowić, złowiłem, łowienie
v sing: śpiewam piosenki
v listen: słucham, słuchać, posłuchałem, słuchanie
v watch: oglądam, oglądać, obejrzałem, obejrzałam, oglądanie
v photograph: fotografuję, fotografować, robię zdjęcia
v collect: kolekcjonuję, kolekcjonować, kolekcjonowanie
v text: piszę do, piszę smsy, esemesuję
v meet: spotykam, spotykać, spotkałem, spotkałam, widuję, widywać
v hug: przytulam, przytulać, przytuliłem
v kiss: całuję, całować, pocałowałem
v laugh: śmieję, śmiać, zaśmiałem, śmianie
v shout: krzyczę, krzyczeć, nakrzyczałem, krzyk, krzyki, wrzeszczę
v worry: martwię, martwić, martwiłem
v relax: odpoczywam, odpoczywać, odpocząłem, odpoczynek, odpoczynku, relaksuję, relaksować, relaks
v sunbathe: opalam, opalać, opalanie
n sauna: sauna, sauny, saunie, saunuję
v cuddle: tulę, tulić
n phone scrolling: przeglądam telefon, siedzę w telefonie
v post: wrzucam, wrzucać, publikuję, publikować, postuję, postować
v stream: streamuję, streamować
v download: pobieram, pobierać, ściągam, ściągać
n queueing: stoję w kolejce
v apologise: przepraszam, przepraszać, przeprosiłem
v forget: zapominam, zapominać, zapomniałem, zapomniałam, zapominanie
v lose: gubię, gubić, zgubiłem, zgubiłam, gubienie
v procrastinate: prokrastynuję, prokrastynować, prokrastynacja, odkładam na później
v overeat: objadam, objadać, objadłem, obżarstwo, obżeram
v binge: pochłaniam, pochłaniać
v sip: popijam, popijać
v chew: żuję, żuć
n chewing gum: guma do żucia, gumy do żucia
v spit: pluję, pluć
v pee: sikam, sikać, siknąłem
v sweat: pocę, pocić, spocony, pocenie
v yawn: ziewam, ziewać, ziewanie
v blink: mrugam, mrugać
n nose blowing: wydmuchuję nos
v wax: depiluję, depilować, depilacja, depilacji
n makeup: maluję się, malować się
n nail painting: maluję paznokcie, malowanie paznokci
v moisturise: nawilżam, nawilżać, nawilżanie, balsamuję
// Adjectives.
a red: czerwony, czerwona, czerwone, czerwonego, czerwonej
a white: biały, biała, białe, białego, białej
a black: czarny, czarna, czarne, czarnego, czarnej
a green: zielony, zielona, zielone, zielonego, zielonej
a sweet: słodki, słodka, słodkie, słodkich, słodkiego
a salty: słony, słona, słone, słonych
a sparkling: gazowany, gazowana, gazowanej
a fresh: świeży, świeża, świeże, świeżych
a frozen: mrożony, mrożona, mrożone, mrożonych
a healthy: zdrowy, zdrowa, zdrowe, zdrowych
a big: duży, duża, duże, dużych
a small: mały, mała, małe, małych
a long: długi, długa, długie, długich
a short: krótki, krótka, krótkie, krótkich
a heavy: ciężki, ciężka, ciężkie, ciężkich
a light: lekki, lekka, lekkie, lekkich
a dry: suchy, sucha, suche, suchych
a wet: mokry, mokra, mokre, mokrych
a old: stary, stara, stare, starych, starego
a electric: elektryczny, elektryczna, elektryczne, elektrycznej
a vegan: wegański, wegańska, wegańskie, wege
a vegetarian: wegetariański, wegetariańska, wegetariańskie
a alcoholic: alkoholowe, alkoholowych
a non-alcoholic: bezalkoholowe, bezalkoholowych, bezalkoholowy
a decaf: bezkofeinowa, bezkofeinowej
a sugar-free: bez cukru
a gluten-free: bezglutenowy, bezglutenowa, bezglutenowe
a spicy: ostry, ostra, ostre, ostrych
a sour: kwaśny, kwaśna, kwaśne
a sugary: słodzone, słodzonych, słodzony
a fizzy: gazowane, gazowanych
a dental: dentystyczny, dentystyczna
a evening: wieczorny, wieczorna
a night: nocny, nocna, nocne, nocnych
a left: lewy, lewa, lewe, lewej, lewego
a right: prawy, prawa, prawe, prawej, prawego
a upper: górny, górna, górne
a lower: dolny, dolna, dolne
// Habits said as acts: skipping a meal, snoozing the alarm, swearing, late-night phone checks.
v skip: pomijam, pomijać, pominąłem, pominęłam, pomijanie
v snooze alarm: drzemkuję budzik, przestawiam budzik, przesuwam budzik, odkładam budzik
v snooze: drzemkuję, drzemkować, drzemkowanie
n alarm: budzik, budzika, budzikiem
n midnight: północy, północ
v swear: przeklinam, przeklinać, przeklinanie, klnę, kląć
// Home and chores: rooms, fittings, household things and the acts of keeping a home.
n walls: ściana, ściany, ścianę, ścianie, ścian, ścianach
n ceiling: sufit, sufitu, sufitem
n stairs: schody, schodów, schodach, stopnie schodów
n roof: dach, dachu, dachem, dachy
n gutters: rynna, rynny, rynien, rynnę
n chimney: komin, komina, kominy
n garden: ogrodzie, ogrodem, ogrodach, ogródku, ogródkiem
n fence: płot, płotu, płoty, ogrodzenie, ogrodzenia
n gate: brama, bramy, bramę, furtka, furtki, furtkę
n mailbox: skrzynka na listy, skrzynka pocztowa
n doorbell: dzwonek do drzwi
n lock: zamek, zamka, zamki
n window sills: parapet, parapetu, parapety, parapetów
n blinds: rolety, rolet, roleta, żaluzje, żaluzji
n tiles: płytki, płytek, kafelki, kafelków, fugi, fug
n grout: fuga, fugę
n bathtub: wannie, wannę
n toilet bowl: sedes, sedesu, muszla klozetowa
n shower head: słuchawka prysznicowa
n drain: odpływ, odpływu, syfon, syfonu
n hob: kuchenka, kuchenki, kuchenkę, płyta indukcyjna, płyta gazowa
n extractor hood: okap, okapu
n cupboards: szafki, szafek, szafka, szafkę
n pantry: spiżarnia, spiżarni, spiżarka
n worktop: blat, blatu, blaty
n bin: kosz na śmieci, kubeł, kubła
n bin bags: worki na śmieci, worków na śmieci
n bags: worki, worków, worek, worka, torby, torba, torbę, reklamówki
n cleaning products: środki czystości, chemia domowa
n dishwasher tablets: tabletki do zmywarki, kapsułki do zmywarki
n washing powder: proszek, proszku, kapsułki do prania
n limescale: kamień, kamienia, osad, osadu
n stains: plamy, plam, plama, plamę
n cobwebs: pajęczyny, pajęczyn, pajęczyna
n ironing: prasowanie, prasowania, wyprasowałem, wyprasowałam
n iron: żelazko, żelazka, żelazkiem
n laundry basket: kosz na pranie
n clothes horse: suszarka na pranie
n bedding: poszewki, poszewek, prześcieradło, prześcieradła, prześcieradeł
n pillows: poduszki, poduszek, poduszka, poduszkę, jasiek
n duvet: kołdra, kołdry, kołdrę
n blanket: koc, koca, kocyk, kocyka, pled, pledu
n mattress: materac, materaca, materace
n rugs: dywaniki, dywaników, dywanik, wycieraczka, wycieraczki
n houseplants: kwiatki doniczkowe, rośliny doniczkowe
n candles: świeczki, świeczek, świeczka, świece, świec
n decorations: dekoracje, dekoracji, ozdoby, ozdób
n christmas tree: choinka, choinki, choinkę
n furniture: meble, mebli, mebel
n shoe rack: szafka na buty
n boxes: pudła, pudeł, pudło, kartony, kartonów, karton, pudełka, pudełek
n storage: schowek, schowka, komórka lokatorska
n paperwork: papiery, papierów, dokumenty, dokumentów, dokument
n keys: klucze, kluczy, kluczyki, kluczyków
n household: gospodarstwo domowe, domownicy, domowników
n spring cleaning: wiosenne porządki, generalne porządki, generalne sprzątanie
n cleaning: sprzątania, sprzątaniem, sprzątaniu, porządkach
n vacuuming: odkurzania, odkurzaniem, odkurzaniu
n dishwashing: zmywania, zmywaniem, zmywaniu
n water: kranówka, kranówki, kranówkę
n light: światło, światła, światłem
n electricity usage: zużycie prądu
n gas usage: zużycie gazu
n water usage: zużycie wody
n consumption: zużycie, zużycia
n heating season: sezon grzewczy
n pellet: pellet, pelletu, ekogroszek, ekogroszku
n coal: węgiel, węgla
n solar panels: fotowoltaika, fotowoltaiki, panele słoneczne, panele, paneli
n heat pump: pompa ciepła, pompy ciepła
n thermostat: termostat, termostatu
n fuse: bezpiecznik, bezpiecznika, bezpieczniki
n sockets: gniazdka, gniazdek, gniazdko
n cables: kable, kabli, kabel, kabla
n router: router, routera, ruter, wifi, wi-fi
n leaks: przecieki, przecieków, przeciek, wyciek, wycieku
n damp: wilgoć, wilgoci
n pests: karaluchy, karaluchów, mrówki, mrówek, myszy w domu
n mice: myszy, myszami
n moths: mole, moli, mól
n flies: muchy, much, mucha
n wasps: osy, os, osa
n pool cleaning: czyszczenie basenu
n car cleaning: mycie auta, mycie samochodu
n shoe polishing: pastowanie butów, czyszczenie butów
n errands: sprawy do załatwienia, sprawunki, sprawunków
n handyman jobs: drobne naprawy, złota rączka
n moving house: przeprowadzka, przeprowadzki, przeprowadzkę
n guests' visits: wizyty gości
v vacuum: odkurzyć, odkurzałem, odkurzałam, odkurzył, odkurzyła
v wash: umyć, myłem, myłam, mył, myła, umył, umyła, myjesz, myje
v wash up: pozmywać, pozmywałem, pozmywałam, zmyłem, zmyłam, zmywałem
v clean: sprzątnąć, sprzątnąłem, sprzątnęłam, sprzątałem, sprzątałam, posprzątać, posprzątałam, wyczyścić, wyczyściłam, czyściłem
v tidy: ogarnąć, posprzątać pokój, uporządkować, uporządkowałem, poukładać, poukładałem
v hoover: odkurzam dywan
v dust: ścieram kurz, ścierać kurze, zetrzeć kurze, wytarłem kurze, starłem kurze
v make the bed: ścielić łóżko, ścieliłem łóżko, pościeliłem, pościelić, słać łóżko, ścielenie łóżka
v take out: wynoszę, wynosić, wyniosłem, wyniosłam, wynoszenie
v hang out: rozwieszam, rozwieszać, rozwiesiłem, rozwieszanie
v take off: zdejmuję, zdejmować, zdjąłem, zdjęłam
v load: ładuję zmywarkę, załadowałem zmywarkę
v defrost: rozmrozić, rozmroziłem, rozmroziłam, odmrażam, odmrażać
v descale: odkamienić, odkamieniłem, odkamieniłam
v mop: mopowałem, zmywam podłogę, umyłem podłogę
v sweep: zamieść, zamiotłem, zamiotłam, pozamiatać
v scrub: wyszorować, wyszorowałam, szorowałem
v wipe: wytrzeć, przetrzeć, przetarłem, przetarłam
v disinfect: zdezynfekować, zdezynfekowałem
v air: wywietrzyć, przewietrzyć, wietrzyłem, wietrzyłam
v iron: wyprasować, prasowałem, prasowałam
v fold: poskładać, poskładałem, poskładałam, składałem
v sort: posortować, sortuję, sortować, posortowałem
v put away: odkładam na miejsce, chowam, chować, schowałem
v replace: wymieniłem filtr, podmieniam, podmienić
v paint: pomalować, pomalowałem, pomalowałam, malowałem, malowałam
v renovate: remontuję, remontować, wyremontowałem, wyremontowałam
v drill: wiercę, wiercić, wywierciłem
v screw: wkręcam, wkręcać, przykręcam, przykręcić
v assemble: składam meble, skręcam meble, montuję, montować, zamontowałem
v unclog: udrażniam, udrażniać, przetykam, przetykać, przetkałem
v bleed radiators: odpowietrzam kaloryfery, odpowietrzanie
v read the meter: spisuję licznik, spisywać licznik, odczyt licznika
v lock: zamykam, zamykać, zamknąłem, zamknęłam, zamykanie
v open: otwieram, otwierać, otworzyłem, otworzyłam
v turn off: wyłączam, wyłączać, wyłączyłem, wyłączyłam, wyłączanie
v turn on: włączam, włączać, włączyłem, włączyłam, włączanie
v heat: grzeję, grzać, ogrzewam, ogrzewać, nagrzewam
v cool: chłodzę, chłodzić, schłodziłem
v move house: przeprowadzam się, przeprowadzać się, przeprowadziłem się
v run errands: załatwiam sprawy, załatwiać sprawy, załatwiłem
v tidy up after: sprzątam po
v empty the dishwasher: rozładowuję zmywarkę, wyjmuję naczynia
v wash the car: myję auto, myję samochód
v mow the lawn: koszę trawę, koszę trawnik, kosiłem, kosiłam, skosiłem, skosiłam, skosić
v rake: grabię, grabić, zgrabiłem, grabienie, grabie
v shovel snow: odśnieżam, odśnieżać, odśnieżyłem, odśnieżanie
v chop wood: rąbię drewno, rąbać, rąbanie drewna
v light the fire: rozpalam w kominku, rozpalić, rozpaliłem, napalić w piecu
// Food and drink: what is eaten and drunk, by name.
n bread rolls: bułki, bułek, bułka, bułkę, bułeczki, kajzerki
n toast: tost, tosty, tostów, grzanki, grzanek
n crackers: krakersy, krakersów, wafle ryżowe, wafli ryżowych
n pancakes: naleśniki, naleśników, naleśnik, placki, placków, racuchy
n waffles: gofry, gofrów, gofr
n doughnuts: pączków
n croissants: rogaliki, rogalików, rogalik, croissant
n pastries: drożdżówki, drożdżówek, drożdżówka, ciastka francuskie
n cheesecake: sernik, sernika, serniki
n apple pie: szarlotka, szarlotki, szarlotkę, jabłecznik
n gingerbread: pierniki, pierników, piernik
n muffins: muffinki, muffinek, babeczki, babeczek
n bars: batony, batonów, baton, batonik, batoniki, batoników
n protein bars: batony proteinowe, batonik proteinowy
n cookies: kruche ciastka
n gummies: żelki, żelków, żelek
n lollipops: lizaki, lizaków, lizak
n popcorn: popcorn, popcornu
n pretzels: paluszki, paluszków, precle, precli
n peanuts: orzeszki ziemne, fistaszki, fistaszków
n almonds: migdały, migdałów, migdał
n walnuts: orzechy włoskie
n seeds: pestki, pestek, siemię lniane, chia, słonecznik, słonecznika
n dried fruit: suszone owoce, bakalie, bakalii, rodzynki, rodzynek
n dates: daktyle, daktyli
n avocado: awokado
n mango: mango
n pineapple: ananas, ananasa, ananasy
n kiwi: kiwi
n watermelon: arbuz, arbuza, arbuzy
n melon: melon, melona
n peaches: brzoskwinie, brzoskwiń, brzoskwinia
n apricots: morele, moreli, morela
n tangerines: mandarynki, mandarynek, mandarynka
n grapefruit: grejpfrut, grejpfruta, grejpfruty
n currants: porzeczki, porzeczek, porzeczka
n gooseberries: agrest, agrestu
n cranberries: żurawina, żurawiny
n rhubarb: rabarbar, rabarbaru
n celery: seler, selera
n leeks: por, pora, pory
n parsley: natka, natki, natka pietruszki
n dill: koperek, koperku
n cauliflower: kalafior, kalafiora
n kale: jarmuż, jarmużu
n asparagus: szparagi, szparagów
n aubergine: bakłażan, bakłażana, bakłażany
n sweetcorn: kukurydza, kukurydzy, kukurydzę
n lentils: soczewica, soczewicy, soczewicę
n chickpeas: ciecierzyca, ciecierzycy, cieciorka, hummus
n tofu: tofu
n groats: kasza, kaszy, kaszę, kasze, kasz, kasza gryczana, jaglanka
n noodles: kluski, klusek, kopytka, kopytek, makarony
n millet: jaglana, kasza jaglana
n buckwheat: gryka, gryczana
n quinoa: komosa, quinoa
n cornflakes: płatki kukurydziane
n muesli: musli, granola, granoli
n bagels: bajgle, bajgli, bajgiel
n wholemeal bread: chleb razowy, chleb pełnoziarnisty
n fish: łosoś, łososia, tuńczyk, tuńczyka, dorsz, dorsza, śledzie, śledzia, makrela, makreli
n seafood: owoce morza, krewetki, krewetek
n turkey: indyk, indyka
n bacon: boczek, boczku, bekon
n mince: mielone, mielonego, kotlet mielony, mięso mielone
n meatballs: klopsiki, klopsików, pulpety, pulpetów
n stew: gulasz, gulaszu, bigos, bigosu
n broth: rosół, rosołu, rosołek, bulion, bulionu
n borscht: barszcz, barszczu, żurek, żurku
n tomato soup: pomidorowa, pomidorowej, zupa pomidorowa
n pierogi: pierożki, pierożków, uszka, uszek
n cabbage rolls: gołąbki, gołąbków
n potato pancakes: placki ziemniaczane, placków ziemniaczanych
n scrambled eggs: jajecznica, jajecznicy, jajecznicę
n omelette: omlet, omleta, omletu
n cottage cheese: twarożek, twarożku, serek wiejski
n cream cheese: serek, serka, serki
n cream: śmietana, śmietany, śmietanę, śmietanka, śmietanki
n mayonnaise: majonez, majonezu
n mustard: musztarda, musztardy
n sauce: sos, sosu, sosy
n vinegar: ocet, octu
n pepper: pieprz, pieprzu
n yeast: drożdże, drożdży
n baking powder: proszek do pieczenia
n chocolate bars: tabliczki czekolady, tabliczka czekolady
n nutella: nutella, nutelli, krem czekoladowy
n peanut butter: masło orzechowe, masła orzechowego
n ready meals: gotowe dania, danie gotowe, dania gotowe, gotowce
n frozen food: mrożonki, mrożonek
n canned food: konserwy, konserw, konserwa
n junk food: niezdrowe jedzenie, śmieciowe jedzenie, śmieciówki
n food: jedzenie, jedzenia, jedzeniem, żarcie, żarcia, jedzonko
n meal: danie, dania, dań, potrawa, potrawy, potraw
n portions: porcje, porcji, porcja, porcję
n servings: porcje warzyw, porcji warzyw
n dishes tried: nowe potrawy, nowe dania
n restaurants: restauracje, restauracji, restauracja, knajpy, knajp, knajpa, knajpę
n eating out: jedzenie na mieście, jem na mieście, na mieście
n canteen: stołówka, stołówki, stołówce
n lunch box: lunchbox, pudełko na lunch, drugie śniadanie do szkoły
n coffees: kawki, kawek, kawka, kawkę, kawusia
n cappuccino: cappuccino, kapuczino
n americano: americano
n instant coffee: kawa rozpuszczalna, rozpuszczalna
n black tea: czarna herbata
n mint tea: herbata miętowa
n matcha: matcha
n yerba mate: yerba, yerby, yerbę, mate
n hot chocolate: gorąca czekolada, czekolada na gorąco
n still water: woda niegazowana
n fizzy drinks: napoje gazowane, gazowane napoje, słodkie napoje
n soft drinks: napoje słodzone
n cola zero: cola zero, pepsi, pepsi max
n isotonic drinks: izotoniki, izotoników, izotonik
n protein shakes: szejki proteinowe, odżywka białkowa, odżywki białkowej, białko w proszku
n compote: kompot, kompotu
n kefir: maślanka, maślanki
n plant milk: mleko roślinne, napój owsiany, mleko owsiane, mleko sojowe
n formula: mleko modyfikowane, mleka modyfikowanego, mleko dla dziecka
n baby food: słoiczki, słoiczków, słoiczek, kaszka, kaszki, kaszkę
n purée: przecier, przecieru, mus, musu, musy, musów, musik, musiki
n cocktails: koktajle alkoholowe, drinki alkoholowe
n spirits: mocny alkohol
n gin: gin, ginu
n rum: rum, rumu
n champagne: szampan, szampana, prosecco
n liqueur: nalewka, nalewki, nalewek, likier, likieru
n craft beer: piwo kraftowe, kraft, krafty, kraftów
n alcohol-free beer: piwo bezalkoholowe, bezalkoholowe piwo, zerówka, zerówki
n units of alcohol: jednostki alkoholu
n glasses: szklanki, szklanek, szklanka, szklankę, kieliszki, kieliszków, kieliszek
n cups: kubki, kubków, kubek, filiżanki, filiżanek, filiżanka
n bottle: flaszka, flaszki, flaszkę
n cans of beer: puszki piwa, browary, browarów, browar, browarek
n litres: litry, litrów, litr, litra
n millilitres: mililitry, mililitrów
n grams: gramów, grama, gramach
n kilograms: kilogramy, kilogramów, kilogram, kilo
n sugar intake: spożycie cukru
n salt intake: spożycie soli
n sodium: sód, sodu
n vitamins in food: wartości odżywcze
n macros: makro, makroskładniki, makroskładników
n fruit and veg: owoce i warzywa
n hunger: głód, głodu
n fullness: sytość, sytości
// Cooking: the acts of a kitchen and what they make.
v cook: ugotować, ugotowałam, gotowałem, gotowałam, gotujesz, gotuje
v bake: upiec, upiekłam, piekłem, piekłam, pieczesz, wypiekam, wypiekać, wypieki, wypieków
v fry: smażyłem, smażyłam, usmażyć, usmażyłam, podsmażam, podsmażać
v roast: pieczone, zapiekam, zapiekać, zapiekanka, zapiekanki, opiekam
v stew: duszę, dusić, uduszone, duszenie
v steam: gotuję na parze, gotowanie na parze, parowar
v boil: gotować wodę, zagotować, zagotowałam, wrzątek
v grill: grillowałem, grillowałam, zgrillować, grillujemy
v barbecue: grill w ogrodzie, grillowanie ze znajomymi
v marinate: marynuję, marynować, zamarynowałem, marynata, marynaty
v season: przyprawiam, przyprawiać, doprawiam, doprawiać
v mix: mieszam, mieszać, wymieszałem, wymieszałam, miksuję, miksować, zmiksowałem
v blend: blenduję, blendować, zblendowałem
v whisk: ubijam, ubijać, ubiłem
v knead: zagniatam, zagniatać, wyrabiam ciasto, zagniotłem
v slice: kroić w plasterki, pokroić, pokroiłam, kroiłem, kroiłam
v grate: ścieram na tarce, trę, trzeć, utarłem, tarka
v peel: obrać, obrałam, obierałem, obierałam, obierki, obierek
v chop: posiekać, posiekałam, siekałem
v pickle: ukisiłem, ukisiłam, zakisić, kiszonki robię, marynuję ogórki
v preserve: robię przetwory, robić przetwory, zaprawy, zapraw, pasteryzuję, pasteryzować
v make jam: robię dżem, smażę dżem, smażenie konfitur
v ferment: fermentuję, fermentować, fermentacja, fermentacji
v brew: warzę, warzyć, warzenie piwa, uwarzyłem, parzę, parzyć, zaparzam, zaparzać
v freeze: mrożę, mrozić, zamrażam, zamrażać, zamroziłem, zamroziłam
v thaw: rozmrażam mięso
v heat up: podgrzewam, podgrzewać, podgrzałem, odgrzewam, odgrzewać
v meal prep: gotuję na zapas, przygotowuję posiłki na cały tydzień
v plan meals: planuję posiłki, planowanie posiłków, jadłospis, jadłospisu, menu
v set the table: nakrywać do stołu, nakryłem do stołu
v clear the table: sprzątam ze stołu
v serve: podaję obiad, serwuję, serwować
v taste: próbuję, próbować, spróbowałem, spróbowałam, degustuję, degustacja
v weigh food: ważę jedzenie, ważenie jedzenia
v count calories: liczę kalorie, liczenie kalorii
v eat: jadłem, jadłam, zjeść, zjem, zjadasz, jedzą, jemy, zjedzone
v drink: wypić, wypiję, piłem, piłam, pijesz, pije, pijemy, wypite
v snack: podjadłem, podjadłam, przekąsiłem
v nibble: skubię, skubać, pogryzam
v cook dinner: gotuję obiad, robię obiad, zrobiłem obiad, zrobiłam obiad
v make breakfast: robię śniadanie, zrobiłem śniadanie, szykuję śniadanie
v order food: zamawiam jedzenie, zamówiłem jedzenie, zamówiłam jedzenie
v order: zamówić, zamówiłem, zamówiłam, zamawiałem
v eat out: jadam na mieście, jem w restauracji, wyjście do restauracji
n cooking: gotowania, gotowaniem, gotowaniu, kucharzenie, pichcenie
n baking: pieczenia, pieczeniem, pieczeniu, wypiek
n frying: smażenia
n dough: ciasto drożdżowe, ciasto na pizzę
n batter: ciasto naleśnikowe
n homemade bread: domowy chleb, chleb domowy
n sourdough bread: chleb na zakwasie
n sourdough starter feeding: dokarmianie zakwasu, karmienie zakwasu
n dishes cooked: ugotowane dania
n new recipes: nowe przepisy, nowych przepisów
n cookbook: książka kucharska, książki kucharskiej
n oven temperature: temperatura piekarnika
n baking time: czas pieczenia
n cooking time: czas gotowania
n pan: patelnia, patelni, patelnię
n pot: garnek, garnka, garnki, garnków, gar
n baking tray: blacha, blachy, blachę, forma do pieczenia
n knife: nóż, noża, noże, noży
n cutting board: deska do krojenia
n thermomix: thermomix, termomiks, thermomiksie
n air fryer: frytkownica, frytkownicy, frytkownicę, airfryer
n slow cooker: wolnowar, wolnowaru
n pressure cooker: szybkowar, szybkowaru
n bread maker: automat do chleba, wypiekacz
n juicer: sokowirówka, sokowirówki, wyciskarka, wyciskarki
n food processor: robot kuchenny, robota kuchennego, malakser
n coffee grinder: młynek, młynka
n mixer: mikser, miksera
n grocery list: lista zakupów spożywczych
n pantry stock: zapasy, zapasów, zapas
n expiry dates: daty ważności, termin ważności, przeterminowane, przeterminowanego jedzenia
n kitchen scale: waga kuchenna
// Body and health: parts of the body, measurements, health words.
n forehead: czoło, czoła
n cheeks: policzki, policzków, policzek
n chin: podbródek, podbródka
n beard: broda, brody, brodę, brodą, zarost, zarostu
n moustache: wąsy, wąsów
n eyebrows: brwi, brew
n eyelashes: rzęsy, rzęs
n eyelids: powieki, powiek, powieka
n teeth: ząbek, ząbki, ząbków, zęba, zębem, zębie
n baby teeth: mleczaki, mleczaków, mleczne zęby
n wisdom teeth: ósemki, ósemek, ósemka
n jaw: szczęki, szczękę, żuchwa
n neck: szyja, szyi, szyję, kark, karku
n shoulders: barki, barków, ramiona, ramion
n collarbone: obojczyk, obojczyka
n ribs: żebra, żeber, żebro
n chest: klatę, klata, klatą
n lower back: lędźwie, odcinek lędźwiowy, krzyż, krzyża
n bottom: pupa, pupy, pupę, pośladki, pośladków, tyłek, tyłka
n groin: pachwina, pachwiny
n armpits: pachy, pach, pacha
n forearm: przedramię, przedramienia
n thumb: kciuk, kciuka
n toes: palce u stóp, palce stóp, paluch
n toenails: paznokcie u stóp
n knees: kolan, kolanach, kolanem, kolanie
n shins: piszczel, piszczele, goleń
n achilles tendon: ścięgno achillesa, achilles, achillesa
n tendons: ścięgna, ścięgien, ścięgno
n ligaments: więzadła, więzadeł, więzadło
n thighs: uda, ud, udami
n hamstrings: dwugłowe uda, tył uda
n veins: żyły, żył, żylaki, żylaków
n blood: krew, krwi
n brain: mózg, mózgu
n nerves: nerw, nerwu, nerwy kulszowe, rwy kulszowej
n thyroid: tarczyca, tarczycy, tarczycę, tarczycą
n pancreas: trzustka, trzustki
n gallbladder: woreczek żółciowy
n intestines: jelita, jelit, jelito
n gut: flora jelitowa, jelitówka, jelitówki
n prostate: prostata, prostaty
n uterus: macica, macicy
n ovaries: jajniki, jajników
n hormones: hormony, hormonów, hormon
n immune system: odporność, odporności
n posture: postawa, postawy, postawę, garbienie się, garbię się
n scalp: skóra głowy
n pores: pory skóry
n moles: znamiona, znamion, znamię, pieprzyki, pieprzyków
n scars: blizny, blizn, blizna
n warts: brodawki, brodawek, kurzajki, kurzajek
n wrinkles: zmarszczki, zmarszczek
n pimples: pryszczy, pryszcz, krosty, krost
n blackheads: zaskórniki, zaskórników
n sunburn: oparzenie słoneczne, spieczona skóra
n tan: opalenizna, opalenizny
n body weight: masa ciała, masy ciała
n weighing: ważenie, ważenia
v weigh: ważę, ważyć, zważyłem, zważyłam, ważyłem, ważyłam, waży, ważę się, ważyć się, zważyć się
n weight loss: odchudzanie, odchudzania, chudnięcie, spadek wagi, schudłem, schudłam
n weight gain: tycie, przybieranie na wadze, przytyłem, przytyłam
v lose weight: chudnę, chudnąć, schudnąć, odchudzam się, odchudzać się
v gain weight: tyję, tyć, przytyć
n body fat percentage: procent tkanki tłuszczowej
n muscle mass: masa mięśniowa, masy mięśniowej
n waist circumference: obwód talii, obwód w pasie, obwodu w pasie, obwodu talii
n hip circumference: obwód bioder, obwodu bioder
n thigh circumference: obwód uda, obwodu uda
n chest circumference: obwód klatki
n measurements: obwody, obwodów, pomiary, pomiarów, pomiar, pomiaru
v measure: mierzę, mierzyć, zmierzyłem, zmierzyłam, mierzyłem, mierzyłam, pomiar ciśnienia, mierzenie
n readings: odczyty, odczytów, odczyt
n results: wynik, wyniki, wyników, wyniku, rezultaty, rezultatów
n heart rate: tętno spoczynkowe, hrv, puls spoczynkowy
n blood pressure readings: pomiary ciśnienia, ciśnienie krwi
n oxygen saturation: saturację krwi
n body temperature: temperatura ciała
n basal temperature: temperatura poranna, temperatura bazalna
n glucose readings: cukier na czczo, poziom glukozy, pomiar cukru, cukry
n cholesterol levels: lipidogram, poziom cholesterolu
n vitamin d levels: poziom witaminy d
n iron levels: ferrytyna, ferrytyny, hemoglobina, hemoglobiny
n tsh: tsh
n vision: wzrok, wzroku
n hearing: słuch, słuchu
n health: zdrowie, zdrowia, zdrowiem
n wellbeing: dobrostan, dobrostanu, dobre samopoczucie
n fitness level: kondycja, kondycji, kondycję, forma, formy, formę
n flexibility: gibkość, rozciągnięcie, elastyczność
n balance: równowaga, równowagi
n strength: siła, siłę, siłą
n endurance: wytrzymałość, wytrzymałości
n menstrual cycle: cykl miesiączkowy, cyklu miesiączkowego
n periods: okresy, okresów, miesiączek, okresie
n spotting: plamienie, plamienia
n discharge: upławy, upławów, śluz, śluzu
n fertile days: dni płodne, dni płodnych
n menopause: menopauza, menopauzy, klimakterium
n pregnancy weeks: tydzień ciąży, tygodnie ciąży
n baby kicks: ruchy dziecka, ruchów dziecka, kopanie dziecka
n breast milk: mleko matki, pokarm, pokarmu, odciągnięte mleko
n sleep quality: jakość snu
n bowel: wypróżnianie, wypróżniania, kupka, kupkę, stolec, stolca
n peeing: siusianie, siku, sikanie, sikania
n hydration: picie wody, wypita woda
n sweating: pocenie się, potliwość, potliwości, pot, potu
n body odour: zapach potu
n bad breath: nieświeży oddech, brzydki zapach z ust
n smoking: palenia, paleniem, paleniu
n teeth brushing: mycie zębów, szczotkowanie zębów
n flossing: nitkowanie zębów, nici dentystycznej, nić dentystyczna
n skin care: pielęgnacja skóry, pielęgnacji twarzy, pielęgnacji
n hair care: pielęgnacja włosów
n hair dye: farbowanie włosów, farba do włosów
n manicure: manicure, manikiur, manicure hybrydowy, hybryda, hybrydy
n pedicure: pedicure, pedikiur
n eyesight tests: badanie wzroku
n dental check-ups: przegląd zębów, kontrola u dentysty
n fillings: plomby, plomb, plomba, plombę
n root canal: leczenie kanałowe, kanałówka
n braces: aparat ortodontyczny, ortodonta, ortodonty
n retainer: retainer, szyna na zęby
n contact lens changes: zmiana soczewek, wymiana soczewek
// Symptoms: what people feel and note down.
n headaches: bólu głowy, bóle głowy, bólów głowy, głowa mnie boli, boli mnie głowa, łupanie w głowie
n migraine attacks: napady migreny, ataki migreny, ataku migreny, atak migreny
n aura: aura, aury
n pain level: natężenie bólu, nasilenie bólu, poziom bólu, skala bólu
n pain: bolesność, bolesności, bólem, bólach, bólów
n aches: bolączki, łamanie w kościach
n abdominal pain: bólu brzucha, kolka, kolki, kolkę
n colic: kolka niemowlęca, kolki niemowlęcej
n stomach problems: problemy z żołądkiem, problemy żołądkowe, rewolucje żołądkowe, sensacje żołądkowe
n food poisoning: zatrucie, zatrucia, zatrucie pokarmowe
n flatulence: gazy jelitowe, puszczanie bąków, bąki, bąków
n belching: odbijanie, odbijania, odbija mi się, beknięcia
n heartburn: zgagą, palenie w przełyku
n acid reflux: refluks żołądkowy, cofanie się treści
n sore throat: bólu gardła, ból w gardle, drapanie w gardle, gardło mnie boli, boli mnie gardło
n hoarseness: chrypka, chrypki, chrypkę
n runny nose: katarem, cieknie mi z nosa, zatkany nos, zatkanego nosa
n blocked nose: niedrożny nos, zapchany nos
n sneezes: kichnięcia, kichnięć
n coughing: kaszlem, kasłanie, kaszlenie, kaszlę, kaszleć, kaszlał, kaszlała
n wheezing: świszczący oddech, świsty, świstów
n breathlessness: zadyszka, zadyszki, zadyszkę, brak tchu
n chest tightness: ucisk w klatce, ucisk w klatce piersiowej
n fever readings: stan podgorączkowy, podgorączkowy, temperaturka, temperaturki
n chills: dreszcze, dreszczy, dreszcz
n sweats: poty, potów, nocne poty
n dizziness: zawroty, zawrotów, kręci mi się w głowie
n fainting: omdlenia, omdleń, omdlenie, zemdlałem, zemdlałam, mdleję
n vertigo: błędnik, błędnika
n nausea: mdłościami, niedobrze mi
n vomiting: wymiotowałem, wymiotowałam, zwymiotowałem, zwymiotowałam, rzygam, rzygałem
n spit-ups: ulewanie, ulewania, ulało, ulał
n diarrhoea: rozwolnienie, rozwolnienia, sraczka, sraczki
n constipation: zatwardzenie, zatwardzenia
n haemorrhoids: hemoroidy, hemoroidów
n stools: stolce, stolców, wypróżnienie, wypróżniam się
n bloating: wzdęty, wzdęta, wzdęty brzuch, wzdęciem
n swollen legs: puchnące nogi, opuchnięte nogi, spuchnięte nogi
n swelling: opuchnięcie, opuchnięcia, spuchnięcie, puchnięcie
n itching: swędzi, swędzi mnie, swędzą, swędzenia, świądu, drapie
n rash: wysypką, wysypek, krostki, krostek, zaczerwienienie, zaczerwienienia
n hives: bąble, bąbli, pokrzywką
n allergic reactions: reakcje alergiczne, reakcja alergiczna, reakcji alergicznej, uczulenia, uczuleń
n skin flare-ups: zaostrzenia atopii, atopia, atopii, azs
n psoriasis: łuszczyca, łuszczycy, łuszczycę
n eye strain: zmęczenie oczu, zmęczone oczy
n dry eyes: suche oczy, suchość oczu
n red eyes: czerwone oczy, zaczerwienione oczy, zapalenie spojówek
n styes: jęczmień, jęczmienia, gradówka, gradówki
n ear infections: zapalenie ucha, zapalenia ucha, zapalenie uszu
n ringing in the ears: szum w uszach, dzwonienie w uszach, piszczenie w uszach
n toothaches: bólu zęba, bolący ząb, boli mnie ząb
n bleeding gums: krwawienie dziąseł, krwawiące dziąsła
n mouth ulcers: afty, aft, afta
n cold symptoms: objawy przeziębienia
n symptoms: objawy, objawów, objaw, dolegliwości, dolegliwość, symptomy, symptomów
n flare-ups: rzuty, rzutów, rzut choroby, zaostrzeń
n seizures: napadów padaczkowych, ataki padaczki, napady epilepsji
n tics: tiki, tików, tik
n twitching: drgania, drgań, drganie powieki, skurcze powieki
n muscle cramps: skurcze mięśni, skurcze łydek, skurcz łydki, łapie mnie skurcz
n stiffness: sztywność, sztywności, sztywny kark
n back pain: bólu pleców, bóle pleców, ból krzyża, boli mnie kręgosłup, korzonki, korzonków
n sciatica: rwa kulszowa, rwę kulszową
n shoulder pain: ból barku, ból ramienia
n hip pain: ból biodra
n wrist pain: ból nadgarstka
n foot pain: ból stopy, ból stóp, ból pięty
n jaw pain: ból szczęki
n chest pain: ból klatki piersiowej, kłucie w klatce, kłucie w sercu
n stitches: kolka przy bieganiu
n heart palpitations: kołatania serca, szybkie bicie serca, arytmia, arytmii
n high blood pressure: wysokie ciśnienie, skoki ciśnienia
n low blood pressure: niskie ciśnienie, niedociśnienie
n hypos: niedocukrzenia, niedocukrzenie, hipoglikemia, hipo, hipy
n hypers: hiperglikemia, wysoki cukier
n tiredness: zmęczony, zmęczona, zmęczeniem, zmęczeniu, padnięty, padnięta, wykończony, wykończona
n sleepiness: senność, senności, śpiący, śpiąca, ospałość
n exhaustion: wyczerpany, wyczerpana, wyczerpaniu
n restlessness: niepokój, niepokoju, pobudzenie, pobudzenia
n restless legs: zespół niespokojnych nóg, niespokojne nogi
n night wakings: pobudki w nocy, wybudzenia, wybudzeń
n tingling: mrowienie, mrowienia, mrowi
n numbness: drętwieją, zdrętwiała, cierpnięcie
n hair shedding: wypada mi włosy, wypadające włosy
n nail biting: obgryzanie paznokci, obgryzam paznokcie
n skin picking: skubanie skóry, skubię skórki, skubanie skórek
n hair pulling: wyrywanie włosów, trichotillomania
n stutter: jąkanie, jąkania, jąkam się
n memory problems: problemy z pamięcią, zapominanie rzeczy
n concentration: koncentracja, koncentracji, skupienie, skupienia, skupienie uwagi
n sickness: choroba, choroby, chorobę, chorób, chorowanie
v be ill: choruję, chorować, chorowałem, chorowałam, zachorowałem, zachorowałam, rozchorowałem, rozchorowałam
v catch a cold: przeziębiłem się, przeziębiłam się, przeziębiać się
n sick days: dni choroby, dni chorobowe
n infection: zakażeniem, infekcją
n viruses: wirus, wirusa, wirusy, wirusów
n colds: przeziębień, przeziębieniami
n bronchitis: zapalenie oskrzeli, oskrzela
n pneumonia: zapalenie płuc
n tonsillitis: angina, anginy, anginę, migdałki, migdałków
n chickenpox: ospa, ospy, ospę
n lice: wszy, wszawica, wszawicy
n pinworms: owsiki, owsików
n thrush: pleśniawki, pleśniawek, grzybica, grzybicy
n cystitis: zapalenie pęcherza moczowego
n kidney stones: kamienie nerkowe, kamica, kamicy
n anaemia: anemia, anemii, niedokrwistość
n ibs: ibs, zespół jelita drażliwego
n crohn's: choroba leśniowskiego, crohn, crohna
n coeliac: celiakia, celiakii
n lactose intolerance: nietolerancja laktozy
n food intolerances: nietolerancje pokarmowe, nietolerancja, nietolerancji
n migraine triggers: wyzwalacze migreny, przyczyny migreny
n triggers: wyzwalacze, wyzwalaczy, wyzwalacz
n adhd: adhd
n autism: autyzm, autyzmu, spektrum autyzmu
n ocd: ocd, nerwica natręctw
n panic: panika, paniki, panikę
n hangover: kac, kaca, kacem, kacu
n jet lag: jetlag, jet lag
n sunstroke: udar słoneczny, udar cieplny
n concussion: wstrząśnienie mózgu
n fractures: złamanie, złamania, złamań, złamana ręka, złamana noga
n stitches: szwy, szwów
n cuts: skaleczenia, skaleczeń, rozcięcie, zacięcie
n splinters: drzazgi, drzazg, drzazga
n tick bites: ukąszenie kleszcza, ugryzienie kleszcza
n insect bites: ukąszenia owadów, ugryzienia komarów
n stings: użądlenia, użądleń, użądlenie
// Medicines and supplements, by generic name; doses and the way they are taken.
n medication: leki na receptę, lekami, lekach, lekarstwem, medykamenty, medykamentów
n tablets: tabletkami, tabletkach, tabsy, tabsów, prochy, prochów
n pills: pigułek, pigułkami, piguł
n doses: dawkowanie, dawkowania
n morning pill: poranna tabletka, poranną tabletkę
n evening pill: wieczorna tabletka, wieczorną tabletkę
n thyroid medication: lek na tarczycę, leki na tarczycę, tabletka na tarczycę, tabletkę na tarczycę, tabletki na tarczycę, hormony tarczycy
n levothyroxine: lewotyroksyna, lewotyroksyny
n metformin: metformina, metforminy, metforminę
n insulin doses: dawki insuliny, dawka insuliny, jednostki insuliny
n blood pressure medication: leki na ciśnienie, lek na ciśnienie, tabletki na ciśnienie
n ramipril: ramipril, ramiprilu
n amlodipine: amlodypina, amlodypiny
n bisoprolol: bisoprolol, bisoprololu
n statins: statyny, statyn, atorwastatyna, atorwastatyny, rosuwastatyna, rosuwastatyny
n blood thinners: leki przeciwzakrzepowe, warfaryna, warfaryny
n heparin: heparyna, heparyny, zastrzyki z heparyny
n painkiller: przeciwbólowy, przeciwbólowa, przeciwbólowych, przeciwbólowego
n naproxen: naproksen, naproksenu
n diclofenac: diklofenak, diklofenaku
n ketoprofen: ketoprofen
n metamizole: metamizol
n tramadol: tramadol, tramadolu
n codeine: kodeina, kodeiny
n antihistamines: leki antyhistaminowe, lek przeciwalergiczny, tabletki na alergię
n cetirizine: cetyryzyna, cetyryzyny
n loratadine: loratadyna, loratadyny
n desloratadine: desloratadyna
n steroids: sterydy, sterydów, steryd, kortykosteroidy, prednizon
n inhalers: inhalatory, inhalatorów, pompka, pompkę, wziewy, salbutamol
n nasal spray: spray do nosa, sprej do nosa, krople do nosa, aerozol do nosa, psikanie nosa
n antibiotics: antybiotyków, antybiotykiem, amoksycylina, amoksycyliny, azytromycyna
n probiotic: probiotyku, probiotykiem
n antacids: leki na zgagę
n omeprazole: omeprazol, omeprazolu, ipp, pantoprazol, pantoprazolu
n laxatives: leki przeczyszczające, czopki, czopków, czopek
n electrolytes: elektrolity, elektrolitów, orsalit, nawadnianie
n antidepressant: antydepresant, antydepresantu, sertralina, sertraliny, escitalopram, escitalopramu, fluoksetyna, wenlafaksyna
n anxiety medication: leki na lęk, leki uspokajające, hydroksyzyna, hydroksyzyny
n sleeping pill: tabletka nasenna, zolpidem, zolpidemu
n adhd medication: leki na adhd, metylofenidat
n antiepileptics: leki przeciwpadaczkowe, lamotrygina, lamotryginy, walproinian
n birth control pill: pigułka antykoncepcyjna, pigułki antykoncepcyjne, tabletka antykoncepcyjna, tabletki anty, antykoncepcyjne
n hormone therapy: hormonalna terapia zastępcza, progesteron, progesteronu, estrogen, estrogenu
n folic acid: kwas foliowy, kwasu foliowego, folian, folianu
n iron tablets: żelazo w tabletkach, tabletki z żelazem, suplement żelaza
n vitamin c: witamina c, witaminy c, witaminę c
n vitamin b12: witamina b12, witaminy b12, b12
n vitamin b: witamina b, witaminy b, witaminy z grupy b, b-complex
n vitamin k: witamina k, k2
n multivitamin: multiwitamina, multiwitaminy, multiwitaminę
n zinc: cynk, cynku
n calcium: wapń, wapnia, calcium
n potassium: potas, potasu
n selenium: selen, selenu
n iodine: jod, jodu
n creatine: kreatyna, kreatyny, kreatynę
n collagen: kolagen, kolagenu
n ashwagandha: ashwagandha, ashwagandhy
n fish oil: olej rybi, kwasy omega-3, omega-3, omega 3
n electrolyte drinks: napoje elektrolitowe
n herbal remedies: leki ziołowe, syrop z cebuli
n lozenges: tabletki do ssania, pastylki, pastylek
n cough syrup: syrop na kaszel, syropu na kaszel
n throat spray: spray na gardło
n eye drops: kropli do oczu, sztuczne łzy
n creams: kremy, kremów, maści sterydowe, balsam, balsamu, emolient, emolienty, emolientów
n patches: plastry nikotynowe, plaster antykoncepcyjny, plastry przeciwbólowe
n nicotine gum: gumy nikotynowe, guma nikotynowa
n injections: zastrzykiem, iniekcje, iniekcji, wstrzyknięcia, wstrzyknięć, pen, penem
n semaglutide: semaglutyd, semaglutydu
n vaccines: szczepienia, szczepień, szczepionek, dawka przypominająca
n prescriptions: recept, e-recepta, e-recepty, receptami
n side effects: skutki uboczne, efekty uboczne, działania niepożądane
n missed doses: pominięte dawki, zapomniane tabletki
n pill box: organizer na leki, pudełko na tabletki, kasetka na leki
n first aid kit: apteczka, apteczki, apteczkę
n thermometer: termometr, termometru
n blood pressure monitor: ciśnieniomierz, ciśnieniomierza
n glucometer: glukometr, glukometru, sensor, sensora, libre, dexcom
n cpap: cpap, aparat do oddychania
v take: brałem, brałam, brał, brała, brali, wziąć, wziął, wzięła, weź, bierze, biorą, przyjąłem, przyjęłam, przyjmowałem, przyjmowałam, zażyłem, zażyłam
v trigger: wywołuje, wywoływać, wywołać, wywołało, wywołał, wywołała, wywołują
// Family and kids: people at home, children's days, school runs and milestones.
n kids: dzieciaczki, dzieciaczków, dzieciakami, dziećmi, dzieciach, dzieciakach
n kid: dzieciak, dzieciaka, dzieciakiem, młody, młodego, młodym, młoda, młodej
n toddler: maluszek, maluszka, maluchem, brzdąc, brzdąca, dwulatek, dwulatka, trzylatek, trzylatka
n newborn: noworodek, noworodka, niemowlak, niemowlaczek, niemowlęcia, niemowlęciem
n teenager: nastolatek, nastolatka, nastolatki, nastolatków, nastolatkiem
n eldest: najstarszy, najstarsza, najstarszego, najstarszej, starszy syn, starsza córka
n youngest: najmłodszy, najmłodsza, najmłodszego, najmłodszej, młodszy syn, młodsza córka
n sons: synowie, synów, synami, synkiem, synkowi
n daughters: córek, córkami, córeczkę, córci, córcia
n grandson: wnusio, wnukiem, wnuczek
n granddaughter: wnuczką, wnuczce, wnusia
n grandparents: dziadkowie, dziadków, dziadkami
n grandma: babci, babunia, babuni, babcia, babka, babki, babcine, babcinych
n grandpa: dziadziuś, dziadziusia, dziadek, dziadka, dziadkowi
n great-grandparents: pradziadkowie, prababcia, prababci, pradziadek, pradziadka
n mum: mamą, mamie, mamusia, mamusi, mamuśka, mateczka, matką, matce
n dad: tatą, tacie, tatuś, tatusia, tatko, ojcem, ojcu
n siblings: rodzeństwo, rodzeństwa, rodzeństwem
n brothers: bracia, braci, braćmi
n sisters: sióstr, siostrami, siostrzyczka
n stepchildren: pasierb, pasierba, pasierbica, pasierbicy
n stepmother: macocha, macochy
n stepfather: ojczym, ojczyma
n son-in-law: zięć, zięcia
n daughter-in-law: synowa, synowej, synową
n brother-in-law: szwagier, szwagra
n sister-in-law: szwagierka, szwagierki
n godchild: chrześniak, chrześniaka, chrześnica, chrześnicy
n godparents: chrzestny, chrzestna, chrzestnego, chrzestnej, matka chrzestna, ojciec chrzestny
n relatives: krewni, krewnych, krewny, rodzinka, rodzinki, rodzinką
n spouse: małżonek, małżonka, małżonki, małżonkiem
n partner: partnerem, partnerką, partnerce, druga połówka, połówka
n fiancé: narzeczony, narzeczona, narzeczonego, narzeczonej, narzeczonym
n ex: ex, eks, byłym mężem, była żona, były mąż
n marriage: małżeństwo, małżeństwa, małżeństwem, związek małżeński
n wedding: ślub, ślubu, wesele, wesela, weselu
n anniversary: rocznica, rocznicy, rocznicę, rocznice
n name days: imieninach, imieninami
n parenting: rodzicielstwo, rodzicielstwa, wychowanie, wychowania
n upbringing: wychowywanie, wychowywania
n pregnancy: ciążą, ciążach, w ciąży
n birth: poród, porodu, narodziny, narodzin
n first words: pierwsze słowa, pierwsze słówka, pierwszych słów
n first steps: pierwsze kroki, pierwszych kroków
n milestones: kamienie milowe, osiągnięcia dziecka, postępy dziecka, rozwój dziecka
n development: rozwój, rozwoju, postępy, postępów
n growth: wzrost dziecka, przyrost, przyrostu, centyle, centyli, siatka centylowa
n teething: ząbkowanie, ząbkowania, ząbkuje, wyrzynanie zębów
n feeding: karmieniu, karmieniem, karmieniach
n bottle feeds: butelki mleka, karmienie butelką
n solids: rozszerzanie diety, rozszerzanie diety dziecka, blw
n nappies: pieluszkami, pieluchami, pieluszkę, pieluchę, pampersy, pampersów, pampers
n wet nappies: mokre pieluchy, mokrych pieluch, mokre pieluszki
n dirty nappies: brudne pieluchy, kupki w pieluszce
n potty training: nocnik, nocnika, nocniku, odpieluchowanie, odpieluchowania, nauka korzystania z nocnika
n accidents: wpadki, wpadek, wpadka, posikania, zsikał, zsikała, nasikał, nasikała
n bedwetting: moczenie nocne, moczenie się w nocy, zsiusiał, zsiusiała
n tantrums: napady histerii, napad złości, histeryzuje, histeria, foch, fochy, fochów, focha
n crying spells: płaczu, płaczem, płacze dziecka, marudzenie, marudzi, marudzenia
n naps: drzemka dziecka, drzemki dziecka, spanie w dzień, drzemce
n night feeds: karmienia nocne, nocne karmienie, karmienie w nocy
n night wake-ups: pobudki nocne, nocne pobudki, wstawanie do dziecka
n bedtime routine: rytuał przed snem, wieczorna rutyna, usypianie dziecka
n bath time: kąpiele, kąpieli, kąpielą, kąpielach
n sayings: powiedzonka, powiedzonek, powiedzonko, teksty dziecka, śmieszne teksty
n funny moments: zabawne chwile, śmieszne sytuacje, śmieszne momenty
n memories: wspomnienia, wspomnień, wspomnienie, pamiątki, pamiątek
n stories: historie, historii, historię, historyjki, historyjek, opowieści, opowieść, opowiadania, opowiadań
n family stories: historie rodzinne, opowieści rodzinne, historie z rodziny
n family tree: drzewo genealogiczne, drzewa genealogicznego, genealogia, genealogii
n nursery: żłobek, żłobka, żłobku
n kindergarten: przedszkole, przedszkola, przedszkolu, zerówce
n school runs: odprowadzanie do szkoły, odbieranie ze szkoły, odwożenie do szkoły, odprowadzam do szkoły
n pick-ups: odbiór dziecka, odbiory, odbiorów
n playdates: spotkania z kolegami, zabawy z kolegami
n play: zabawa, zabawy, zabawę, zabaw, zabawie, bawienie się
v play with: bawię, bawić, bawiłem, bawiłam, pobawiłem, pobawiłam, bawi, bawią
n toys: zabawki, zabawek, zabawka, zabawkę
n playground: plac zabaw, placu zabaw, plac zabaw dla dzieci
n stroller: wózek, wózka, wózkiem, spacerówka
n car seat: fotelik, fotelika, fotelik samochodowy
n pacifier: smoczek, smoczka, smoczki
n baby monitor: niania elektroniczna
n screen time for kids: czas przed telewizorem, bajki, bajek, bajka, bajkę, bajeczki
n cartoons: kreskówki, kreskówek, kreskówka
n reading to kids: czytanie dzieciom, czytanie na dobranoc, bajki na dobranoc
n homework help: odrabianie lekcji, odrabia lekcje, odrabiam lekcje
n homework: lekcje do odrobienia, zadania domowego, pracy domowej, praca domowa
n school reports: świadectwa, świadectwo, świadectwa szkolnego, wywiadówki, wywiadówka, wywiadówek
n teachers: nauczyciele, nauczycieli, nauczyciel, nauczyciela, nauczycielka, nauczycielki, pani w szkole, wychowawczyni, wychowawca
n classmates: koledzy z klasy, koleżanki z klasy
n class: klasa, klasy, klasie, klasę
n after-school activities: zajęcia dodatkowe, zajęć dodatkowych, zajęcia pozalekcyjne
n chores for kids: obowiązki dzieci, obowiązki dziecka
n allowance: kieszonkowym, tygodniówka, tygodniówki
n rewards: nagrody, nagród, nagroda, nagrodę, naklejki, naklejek
n punishments: kary, kar, kara, karę, szlaban, szlabanu
n behaviour: zachowanie, zachowania, zachowaniu
n good behaviour: grzeczne zachowanie, grzeczność, grzeczny, grzeczna
n bad behaviour: niegrzeczne zachowanie, złe zachowanie, niegrzeczny, niegrzeczna
n conflicts: konflikty, konfliktów, konflikt, spory, sporów, kłótnie dzieci, bójki, bójek
n sibling fights: kłótnie rodzeństwa, bójki rodzeństwa
n family time: czas z rodziną, czas rodzinny, czasu z rodziną
n family dinners: rodzinne obiady, obiady rodzinne, rodzinne kolacje
n visits to grandparents: wizyty u dziadków, wizyty u babci, odwiedziny u babci
n custody: opieka nad dzieckiem, opieki nad dziećmi, alimenty, alimentów
n childcare: opieka, opieki, opiekę, opieką
n carer: opiekun, opiekuna, opiekunowie
n elderly care: opieka nad rodzicami, opieka nad babcią, opieka nad seniorem
// Pets and animals: the animals, their care and their habits.
n dogs: psami, psach, psiak, psiaka, psiaki, psiaków, pieseczek, psina, psiny, kundel, kundla
n cats: kotami, kotach, kocur, kocura, kicia, kici, kiciuś, koteczek, koteczka, kotkę
n puppies: szczeniaki, szczeniaków, szczeniaczki, szczenię, szczeniakiem
n kittens: kocięta, kociąt, kociaki, kociaków
n rabbits: królików, królikiem, króliczek, króliczka, króliczki
n hamsters: chomiki, chomików, chomikiem, chomiczek
n guinea pigs: świnki morskie, świnek morskich, świnka, świnki, świnek
n parrots: papugi, papug, papużkami
n tortoise: żółwik, żółwika, żółw lądowy
n fish tank: akwariów, akwariach, zbiornik
n aquarium fish: rybek akwariowych, rybki akwariowe, gupiki, gupików, bojownik, bojownika, neonki
n chickens: kurczęta, kurcząt, kogut, koguta, kura, kurę
n horses: konie, koni, koniem, koniki, konika, kucyk, kucyka, klacz, klaczy
n livestock: zwierzęta gospodarskie, inwentarz, bydło, bydła
n animals: zwierzątka, zwierzątek, zwierzątko, zwierzętami, zwierzętach
n stray cats: koty wolno żyjące, bezdomne koty, dokarmianie kotów
n shelter: schronisko, schroniska, schronisku
n adoption: adopcja, adopcji, adoptowałem, adoptowałam, przygarnąłem, przygarnęłam
n dog walks: spacery z psem, spacer z psem, wyjścia z psem, spacery z psami, spacerów z psem
n walks: spacer, spaceru, spacery, spacerów, spacerze, spacerkiem, spacerek, spacerki
v walk the dog: wychodzę z psem, wyprowadzam psa, wyprowadziłem psa, wyprowadziłam psa, wychodzić z psem
v walk: wyprowadzić, wyprowadziłem, wyprowadziłam, spacerowałem, spacerowałam, pospacerować
v feed: karmić psa, nakarmić, karmiłem, karmiłam, dokarmiam, dokarmiać, dokarmianie
v groom: wyczesuję, wyczesać, wyczesałem, wyczesałam, czesanie psa, trymowanie, trymuję
v bathe the dog: kąpię psa, kąpiel psa, kąpanie psa
v clip claws: obcinam pazury, obcinanie pazurów, przycinanie pazurków
n claws: pazury, pazurów, pazurki, pazurków
n fur: sierść, sierści, futro, futra, futerko, futerka, linienie, linienia, linieje
n hairballs: kłaczki, kłaczków, kule włosowe
n litter: żwirek, żwirku, żwirek dla kota, piasek dla kota
n litter box cleaning: sprzątanie kuwety, czyszczenie kuwety, wymiana żwirku
n poop bags: woreczki na kupy, woreczki na odchody
n dog poop: kupy psa, odchody, odchodów, sprzątanie po psie
n pee: siki, sików, siuśki, siusianie psa
n accidents indoors: siki w domu, kupa w domu, nasikał w domu
n barking: szczekanie, szczekania, szczeka, szczekał, szczekała, ujadanie
n meowing: miauczenie, miauczenia, miauczy
n scratching: drapanie mebli, drapak, drapaka
n chewing: gryzienie, gryzienia, pogryzł, pogryzła, zniszczenia, zniszczeń
n biting: gryzie, gryzą, ugryzł, ugryzła, podgryzanie
n training: tresura, tresury, szkolenie psa, szkolenia psa, posłuszeństwo, komendy, komend, sztuczki, sztuczek
n behaviourist: behawiorysta, behawiorysty, behawiorystka
n vet visits: wizyty u weterynarza, wizyta u weterynarza, weterynarzem, wet, weta, u weta
n vaccinations: szczepienie psa, szczepienie kota, szczepienia psa, szczepienia kota, wścieklizna, wścieklizny
n deworming: odrobaczanie psa, odrobaczenie, odrobaczenia, odrobaczeń
n flea and tick treatment: krople na kleszcze, obroża na kleszcze, tabletka na pchły
n pet insurance: ubezpieczenie psa, ubezpieczenie zwierzęcia
n neutering: kastracja, kastracji, sterylizacja, sterylizacji
n microchip: czip, czipa, chip, czipowanie
n pet weight: waga psa, waga kota
n dry food: sucha karma, suchej karmy, chrupki, chrupek
n wet food: mokra karma, mokrej karmy, saszetki, saszetek, saszetka, puszki dla kota
n chews: gryzaki, gryzaków, gryzak, kości do gryzienia
n pet toys: zabawki dla psa, zabawki dla kota, piłeczki, piłeczek
n pet sitter: petsitter, opieka nad psem, hotel dla psów
n dog school: szkoła dla psów, przedszkole dla psów
n dog park: wybieg dla psów, psi park
n bird food: ziarno, ziarna, ziarno dla ptaków, kule tłuszczowe, słonina dla ptaków
n birds seen: zaobserwowane ptaki, gatunki ptaków, gatunki, gatunków, gatunek
n wildlife sightings: spotkane zwierzęta, widziane zwierzęta
n deer: sarny, saren, sarna, jelenie, jeleni, jeleń
n hedgehogs: jeże, jeży, jeż
n squirrels: wiewiórki, wiewiórek, wiewiórka
n foxes: lisy, lisów, lis
a wild: dzikie, dzika, dzikich, dzikiego, dzikiej, dzikim
n boars: dziki, dzików, dzik, dzikami
n frogs: żaby, żaba
n snails: ślimaki, ślimaków, ślimak
n beetles: chrząszcze, żuki, chrabąszcze
n insects: owady, owadów, owad, robaki, robaków, robak
n worms: dżdżownice, dżdżownic, glisty
n bats: nietoperze, nietoperzy
n swallows: jaskółki, jaskółek
n storks: bociany, bocianów, bocian, bociana
n blue tits: sikorki, sikorek, sikorka
n sparrows: wróble, wróbli, wróbel
n pigeons: gołębie, gołębi, gołąb
n crows: wrony, wron, kruki, sroki, srok
n owls: sowy, sów, sowa
n ticks found: znalezione kleszcze, wyciągnięte kleszcze, kleszcz, kleszcza
n eggs laid: zniesione jajka, jajka od kur, jaj od kur, zniosła
n milk yield: udój, udoju, wydojone mleko
n bee inspections: przegląd uli, przeglądy uli
n honey harvest: miodobranie, miodobrania, zebrany miód
n beekeeping: pszczelarstwo, pszczelarstwa, pasieka, pasieki, pasiece
// Garden and plants: growing, sowing, harvesting, the plot and its crops.
n plant watering: podlewanie kwiatów, podlewanie roślin, podlewanie kwiatków
v water: podlałem, podlałam, podlewałem, podlewałam, podlewa, podlewamy, zlewam, nawadniam, nawadniać
v sow: siałem, siałam, posiałem, posiałam, wysiałem, wysiałam, wysiew, wysiewu, siew, siewu
v plant: sadziłem, sadziłam, zasadziłem, zasadziłam, wsadziłem, wsadziłam, obsadzam, obsadzić
v transplant: przesadziłem, przesadziłam, przesadzić, pikuję, pikować, pikowanie
v prune: przycinam drzewa, przyciąłem, przycięłam, ciąć, cięcie, cięcia, przycinka
v weed: wypieliłem, wypieliłam, plewienie, odchwaszczam, odchwaszczanie
v dig: kopię, kopać, przekopałem, przekopałam, kopanie, przekopywanie
v harvest: zebrałem, zebrałam, zbierałem, zbierałam, zebrać, nazbierałem, nazbierałam, urodzaj
v pick fruit: zrywam, zrywać, zerwałem, zerwałam, zrywanie
v mulch: ściółkuję, ściółkować, ściółka, ściółki, ściółkowanie
v spray: pryskam, pryskać, opryskałem, opryski, oprysk, oprysków, opryskiwanie
v fertilise: nawiozłem, nawiozłam, nawożenia, nawozić trawnik
v rake leaves: grabię liście, grabienie liści, grabiłem liście
v scarify: wertykuluję, wertykulacja, wertykulacji, aeracja
v compost: kompostuję, kompostować, kompostowanie
v germinate: kiełkuje, kiełkują, kiełkowanie, wykiełkowało, wykiełkowały, kiełki, kiełków
v bloom: kwitnie, kwitną, kwitnienie, kwitnienia, zakwitła, zakwitło, zakwitły, kwiatostany
v grow: hoduję, hodować, wyhodowałem, wyhodowałam, uprawiam, uprawiać, uprawa, uprawy, rośnie, rosną, urosło, urosła
n garden work: prace w ogrodzie, prace ogrodowe, prac ogrodowych, robota w ogrodzie
n allotment: działka, działki, działkę, działce, ogródek działkowy, ogródki działkowe
n garden beds: rabat, rabatka, rabatki, grządkach, grządkę, grządce
n raised beds: podwyższone grządki
n balcony plants: rośliny balkonowe, kwiaty na balkonie, skrzynki balkonowe
n orchard: sad, sadu, sadzie
n vegetables grown: warzywa z ogródka, własne warzywa
n crops: zbiory warzyw, plon, plonu
n yield: wydajność, wydajności
n sprouts: kiełki, kiełków, mikroliście
n bulbs: cebulki, cebulek, cebulka kwiatowa
n tomato plants: krzaki pomidorów, sadzonki pomidorów, pomidorki, pomidorków, pomidor, pomidora
n potatoes grown: ziemniaki z działki
n courgette plants: cukinie z ogrodu
n strawberry plants: sadzonki truskawek
n chillies: papryczki, papryczek, chilli, papryczka chili
n lettuces: sałaty z ogrodu
n pumpkins: dynie z ogrodu
n peppers grown: papryka z ogrodu
n herbs grown: zioła na parapecie, zioła w doniczkach
n rosemary: rozmaryn, rozmarynu
n thyme: tymianek, tymianku
n lavender: lawenda, lawendy, lawendę
n hydrangeas: hortensje, hortensji, hortensja
n peonies: piwonie, piwonii, piwonia
n geraniums: pelargonie, pelargonii, pelargonia, pelargonię
n petunias: petunie, petunii
n sunflowers: słoneczniki, słoneczników
n daffodils: żonkile, żonkili
n lilies: lilie, lilii, lilia
n dahlias: dalie, dalii, dalia
n climbers: pnącza, pnączy, bluszcz, bluszczu, winorośl, winorośli
n conifers: iglaki, iglaków, tuje, tui, tuja, świerk, świerki, sosny, sosna
n apple trees: jabłonie, jabłoni, jabłonka
n fruit bushes: krzewy owocowe, krzaki porzeczek, krzaki malin
n grapevines: winorośle, winogrona w ogrodzie
n palm: palma, palmy, palmę
n ficus: fikus, fikusa
n aloe: aloes, aloesu
n snake plant: sansewieria, sansewierii, wężownica
n pothos: epipremnum, scindapsus
n bonsai: bonsai, drzewko bonsai
n cacti: kaktusami, kaktusach
n plant care: pielęgnacja roślin, pielęgnacji roślin, dbanie o rośliny
n plant food: odżywka do roślin, odżywki, odżywek, nawóz do kwiatów
n pests on plants: przędziorki, przędziorków, ziemiórki, ziemiórek, wełnowce, wciornastki
n plant diseases: choroby roślin, mączniak, mączniaka, zaraza, zarazy
n garden tools: narzędzia ogrodowe, sekator, sekatora, łopata, łopaty, łopatę, grabki, motyka, motyki
n sprinkler: zraszacz, zraszacza, zraszacze, nawadnianie ogrodu
n irrigation: nawadnianie kropelkowe, linia kroplująca
n garden pond: oczko wodne, oczka wodnego, stawu
n patio: taras, tarasu, tarasie
n paving: kostka brukowa, kostki brukowej, chodnik, chodnika
n shed: szopa, szopy, szopę, domek narzędziowy, altana, altany, altanka
n firewood stock: zapas drewna, opał, opału
n leaves raked: liście z trawnika, zgrabione liście
n garden waste: odpady zielone, bioodpady, odpadów bio
n mushroom picking: zbieranie grzybów, zbierałem grzyby, nazbierałem grzybów
n berry picking: zbieranie jagód, zbieranie borówek
n foraging: zbieractwo, dzikie rośliny, zioła z łąki
n soil moisture: wilgotność gleby, wilgotność ziemi
n soil ph: ph gleby, odczyn gleby
n frost nights: noce z przymrozkiem
n first frost: pierwszy przymrozek
n sowing calendar: kalendarz wysiewów, kalendarz księżycowy
n seed packets: nasionka w torebkach, torebki nasion
// Money and shopping: spending, saving, shops, bills and what is bought.
v spend: wydać, wydałam, wydawałem, wydawałam, wydaje, wydajemy, przepuszczam, przepuściłem, przepuściłam
v spend money: wydaję pieniądze, wydawanie pieniędzy, wydaję kasę, wydatki na
v buy: kupić, kupiłem, kupiłam, kupowałem, kupowałam, kupuje, kupujemy, zakupiłem, zakupiłam, nakupowałem
v shop: zrobiłem zakupy, zrobiłam zakupy, robić zakupy, robię zakupy spożywcze, chodzę na zakupy
v save: zaoszczędzić, zaoszczędziłem, zaoszczędziłam, oszczędziłem, oszczędziłam, oszczędzanie, odłożyłem, odłożyłam, odkładać
v pay off: spłacam, spłacać, spłaciłem, spłaciłam, spłata, spłaty, spłatę
v transfer: przelewam, przelewać, przelałem, przelałam, przelew, przelewy, przelewów
v withdraw cash: wypłacam, wypłacać, wypłaciłem, wypłaciłam, bankomat, bankomatu
v lend: pożyczyłem komuś, pożyczać komuś
v owe: jestem winny, jestem winna, wiszę komuś
v return: oddaję, oddawać, oddałem, oddałam, zwracam, zwracać, zwróciłem, zwróciłam
v refund: zwrot pieniędzy, zwrot kosztów, refundacja, refundacji
v budget: budżetuję, budżetować, planuję wydatki
v split the bill: dzielę rachunek, dzielimy się kosztami, rozliczam się, rozliczenia, rozliczeń
v sell online: sprzedaję na vinted, sprzedaję na olx, sprzedaż na allegro
n shops: sklep, sklepu, sklepie, sklepy, sklepów, sklepach, sklepik, sklepiku
n supermarket: supermarket, supermarketu, market, marketu, hipermarket, dyskont, dyskontu, dyskoncie
n grocery stores: biedronka, biedronki, biedronce, biedra, lidl, lidla, lidlu, żabka, żabce, kaufland, auchan, carrefour, dino, stokrotka, lewiatan
n markets: targ, targu, targowisko, targowiska, rynek, rynku, bazar, bazaru
n bakery: piekarnia, piekarni, piekarnię
n butcher: mięsny, sklep mięsny, rzeźnik, rzeźnika
n pharmacy spending: wydatki na apteke, wydatki na leki
n chemist: drogeria, drogerii, drogerię, rossmann, rossmanna, hebe
n mall: galeria, galerii, galerię, centrum handlowe, centrum handlowego
n online shops: sklepy internetowe, sklep internetowy, e-sklep, shein, aliexpress
n second-hand: lumpeks, lumpeksu, lumpeksie, ciucholand, second hand, vinted, olx
n purchases: zakup, zakupu, zakupami, zakupach, sprawunek
n impulse buys: zakupy impulsywne, zakupy pod wpływem emocji, zbędne zakupy, niepotrzebne zakupy
n shopping: shopping, szoping
n payments: płatności, płatność, wpłaty, wpłat, wpłata
n card: karta, kartę, kartą, karta kredytowa, karty kredytowej, karta płatnicza
n credit card: kredytówka, kredytówki, kredytówkę
n bank account: konto, konta, koncie, konto bankowe, rachunek bankowy
n balance: saldo, salda, stan konta
n cash spending: wydatki gotówkowe, płatności gotówką
n blik: blik, blikiem, blika
n transfers: przelewami, przelewach
n installments: raty, rat, raty za, ratach, na raty, rata za
n mortgage payments: raty kredytu, rata kredytu, spłata kredytu, rat kredytu
n car loan: kredyt na auto, leasing, leasingu
n loans: kredyty, kredytów, pożyczki, pożyczek, chwilówki, chwilówek
n debts: długi, zadłużenie, zadłużenia
n interest: odsetki, odsetek, oprocentowanie, oprocentowania
n pension: emerytura, emerytury, emeryturę, ike, ikze, ppk
n allowance benefits: zasiłek, zasiłku, świadczenie, świadczenia
n bonuses: premia, premii, premie, premię, bonus, bonusy, bonusów, trzynastka
n side income: dodatkowy zarobek, dodatkowe zarobki, dorabianie, dorabiam, fuchy, fuch, chałtury
n freelance income: zlecenia, zleceń, zlecenie, umowa o dzieło, faktury za zlecenia
n rent income: przychód z najmu, najem, najmu, czynsz od najemców
n rent payments: czynsze, czynszem, opłata za mieszkanie, odstępne
n utilities: media, mediów, opłaty za media, rachunki za media
n electricity bills: rachunki za prąd, rachunek za prąd, opłaty za prąd
n gas bills: rachunki za gaz, rachunek za gaz
n water bills: rachunki za wodę, opłaty za wodę
n phone bills: rachunki za telefon, abonament telefoniczny, abonament za telefon
n internet bills: rachunek za internet, abonament za internet
n subscriptions: subskrypcja, subskrypcję, abonament, abonamentu, abonamentem
n memberships: karnet, karnetu, karnety, członkostwo, składka członkowska
n insurance payments: ubezpieczeń, polisa, polisy, polisę, oc auta
n fines: grzywna, grzywny, kary finansowe
n fuel costs: koszty paliwa, wydatki na paliwo, tankowanie auta
n food spending: wydatki na jedzenie, wydatki na żywność, wydatki spożywcze, koszty jedzenia
n eating out spending: wydatki na jedzenie na mieście, wydatki na restauracje
n coffee spending: wydatki na kawę
n clothing spending: wydatki na ubrania, wydatki na ciuchy
n pet spending: wydatki na psa, wydatki na kota, koszty psa, koszty utrzymania psa
n kids' spending: wydatki na dzieci, wydatki na dziecko
n car costs: koszty auta, koszty samochodu, wydatki na auto, utrzymanie auta
n household spending: wydatki domowe, koszty utrzymania, opłaty domowe
n entertainment spending: wydatki na rozrywkę, rozrywka, rozrywki, rozrywkę
n gifts spending: wydatki na prezenty
n christmas shopping: zakupy świąteczne, prezenty świąteczne
n price tracking: ceny paliwa, ceny w sklepie
n fuel prices: cena paliwa, ceny benzyny, cena benzyny
n exchange rates: kurs walut, kurs euro, kurs dolara, kursy walut
n currency: waluta, waluty, walut, walutach
- : złotych, złotówek, zł, zl, pln, groszy
- : kg, dkg, dag, mg, mcg, ml, cm, mm, km, kcal, mmhg, bpm, proc, szt
n coins saved: drobniaki, drobniaków, bilon, bilonu
n piggy bank: świnka skarbonka, skarbonkę
n savings goals: cele oszczędnościowe, cel oszczędnościowy, oszczędności na
n emergency fund: poduszka finansowa, poduszki finansowej, fundusz awaryjny
n savings account: konto oszczędnościowe, lokata, lokaty, lokatę, lokat
n bonds: obligacje, obligacji, obligacje skarbowe
n shares: akcje spółek, udziały, udziałów
n etfs: etf, etfy, etfów, fundusze, funduszy, fundusz
n gold: złoto, złota, sztabki, sztabek
n portfolio: portfel inwestycyjny, portfela inwestycyjnego
n wallet: portfel, portfela, portfelu
n net worth: majątek, majątku, wartość netto
n warranty: gwarancja, gwarancji, gwarancję, reklamacje, reklamacji, reklamacja
n receipts kept: paragony do zwrotu, dowody zakupu
n deals: okazje, okazji, okazja, wyprzedaże, wyprzedaży, wyprzedaż, black friday
n coupons: kupony, kuponów, kupon, kody rabatowe, kod rabatowy
n points: punkty, punktów, punkt, punktu, punktami
n loyalty points: punkty lojalnościowe, karta stałego klienta
n cashback: cashback, zwrot za zakupy
n wishlist: lista życzeń, listy życzeń, zachcianki zakupowe
n groceries: zakupy spożywcze, artykuły spożywcze, spożywki, spożywczych
n household goods: chemia, chemii, artykuły domowe
n toiletries: kosmetyki do higieny, artykuły higieniczne, papier toaletowy, papieru toaletowego
n clothes bought: nowe ubrania, kupione ubrania
n electronics: elektronika, elektroniki, sprzęt, sprzętu, gadżety, gadżetów
n books bought: kupione książki
n amounts: zapłacone kwoty, kwota, kwoty, kwotę, kwot
n cost: kosztował, kosztowała, kosztowało, kosztowały, kosztuje, kosztują
n tax return: zeznanie podatkowe, zwrot podatku, rozliczenie pit, pit-37
n vat: vat, vatu
n accounting: księgowość, księgowości, księgowa, księgowej
n invoices issued: wystawione faktury
n charity: cele charytatywne, fundacja, fundacji, wośp, zrzutka, zrzutki, zrzutkę, pomagam.pl
// Work and study: jobs, hours, tasks, school, university and what is learned.
v work: pracowałem w domu, popracowałem, popracowałam, przepracowałem, przepracowałam, przepracować, pracuje, pracujemy
v study: studiuję, studiować, studiowałem, studiowałam, uczyłem, uczyłam, uczy, uczą
v learn: nauczyłem, nauczyłam, nauczył, nauczyła, nauczyliśmy, dowiedziałem, dowiedziałam, dowiaduję
v revise: powtarzałem, powtarzałam, powtórzyłem, powtórzyłam, powtórzyć, robię powtórki
v memorise: zapamiętuję, zapamiętywać, zapamiętałem, zapamiętałam, wkuwam, wkuwać, kuję, kucie
v prepare for: przygotowuję się do, przygotowania do, przygotowanie do
v write: napisałem, napisałam, pisałem, pisałam, napisać, piszesz, pisze, pisanie pracy
v apply for jobs: aplikuję, aplikować, aplikowałem, wysyłam cv, aplikacje o pracę, rekrutacje, rekrutacji, rekrutacja
v interview: rozmowa kwalifikacyjna, rozmowy kwalifikacyjne, rozmowy rekrutacyjne, rozmów kwalifikacyjnych
v present: prezentuję, prezentować, zaprezentowałem, prezentacja, prezentacje, prezentacji
v teach: uczę dzieci, nauczam, nauczać, prowadzę zajęcia, uczę angielskiego
v mark: sprawdzam prace, poprawiam prace, sprawdzanie prac, ocenianie
- : zaczynam, zaczynać, zacząłem, zaczęłam, rozpocząłem, rozpoczęłam
v plan: planuję, planować, zaplanowałem, zaplanowałam, planowanie, planowania
v organise: organizuję, organizować, zorganizowałem, organizacja, organizacji
v reply: odpowiadam, odpowiadać, odpowiedziałem, odpowiedziałam, odpisuję, odpisać
v delegate: deleguję, delegować
n commute: jadę do pracy, jeżdżę do pracy, dojeżdżam do pracy, droga do pracy, drogi do pracy, dojazd do pracy, dojazdu do pracy
n lateness: spóźnienia, spóźnień, spóźnienie, spóźniam, spóźniłem, spóźniłam
n working hours: godzin pracy, godzinach pracy, przepracowane godziny, przepracowanych godzin
n overtime: nadgodzinach, nadgodzinami, nadliczbówki
n workday: dzień pracy, dniówka, dniówki, etat, etatu
n shifts: zmiana nocna, nocki, nocek, nocka, nockę, grafik, grafiku
n on-call: dyżurach, dyżurze, dyżurem
n days off: dni wolne, wolne, wolnego, dzień wolny, urlop na żądanie
n annual leave: urlop wypoczynkowy, dni urlopu, urlopowe
n sick leave: zwolnienie, zwolnienia, zwolnień, zwolnieniu
n home office days: dni zdalne, praca z domu, pracuję z domu, pracowałem z domu
n office days: dni w biurze, dni biurowe
n work log: dziennik pracy, rejestr pracy
n timesheet: ewidencja czasu pracy, timesheet, karta czasu pracy
n work tasks: zadania w pracy, zadania służbowe, taskach, tickety, ticketów, tickets
n to-dos: lista zadań, do zrobienia, rzeczy do zrobienia, todo, to-do
n goals: cele, celów, cel, celu, celami
n achievements: osiągnięcia, osiągnięć, osiągnięcie, sukcesy, sukcesów, sukces
n performance review: ocena roczna, oceny rocznej, ocena okresowa, oceny okresowej
n feedback: feedback, feedbacku, informacja zwrotna, uwagi, uwag
n customers: klientami, klientach, klientka, klientki, klientek
n calls: telefonicznie, telefonami
n notes: notatki, notatek, notatka, notatkę, notatkach, zapiski, zapisków
n sales calls: telefony sprzedażowe, cold calle
n leads: leady, leadów, lead, kontakty, kontaktów
n sales made: sprzedaże, umowy, umów, umowa, umowę, kontrakty, kontraktów
n commission: prowizja, prowizji, prowizję
n orders processed: obsłużone zamówienia
n tickets closed: zamknięte zgłoszenia, zgłoszenia, zgłoszeń, zgłoszenie
n bugs: bugi, bugów, błędy, błędów, błąd, błędu
n code reviews: code review, przeglądy kodu, pull requesty, pr-y
n commits: commity, commitów, commit
n deployments: wdrożenia, wdrożeń, wdrożenie, deploye, deployów
n documents: dokumentacja, dokumentacji, raporty, raportów, raport, raportu
n presentations: prezentacjach, slajdy, slajdów
n conferences: konferencje, konferencji, konferencja, webinary, webinarów, webinar
n training courses: szkoleniach, szkoleniem, kursach, kursem
n certificates: certyfikaty, certyfikatów, certyfikat, dyplom, dyplomy
n job applications: aplikacje o prace, cv, wysłane cv, podania o pracę
n job interviews: rozmowy o pracę, rozmów o pracę, rozmowa o pracę
n job offers: oferty pracy, ofert pracy, oferta pracy
n side projects: projekty poboczne, projekty po godzinach, side projekty
n freelance work: zlecenia freelance, freelancing, freelance, freelancerka
n business: firma, firmy, firmę, firmie, działalność, działalności, biznes, biznesu
n coworkers: współpracownik, współpracownika, współpracowników, współpracownikami
n team: zespół, zespołu, zespołem, ekipa, ekipy, ekipą
n manager: menedżer, menedżera, manager, managera, przełożony, przełożonego, przełożona, przełożonej
n students: uczniowie, uczniów, uczeń, ucznia, uczennica, studenci, studentów, student, studenta
n study time: czas nauki, czasu nauki, godziny nauki, godzin nauki, nauką, nauce
n study sessions: sesje nauki, sesja nauki, pomodoro, pomodoros
n exam revision: nauka do egzaminu, nauka do egzaminów, przygotowania do egzaminu, powtórki do egzaminu
n matura: matura, matury, maturę, maturze, maturalny, maturalne
n final exams: egzamin ósmoklasisty, egzaminu ósmoklasisty, sesja, sesji, sesję, sesję egzaminacyjną
n mock exams: próbne matury, matura próbna, próbny egzamin
n subjects: przedmioty, przedmiotów, przedmiot, przedmiotu
n physics: fizyka, fizyki, fizykę
n chemistry: chemia szkolna, chemię, chemii organicznej
n biology: biologia, biologii, biologię, biola
n history: historia szkolna, historii polski
n geography: geografia, geografii, geografię, gegra
n literature: literatura, literatury, literaturę, lektury, lektur
n essays: wypracowania, wypracowań, wypracowanie, eseje, esejów, esej
n reading list: lista lektur, lektury szkolne
n notes for school: notatki z lekcji, notatki z wykładów, zeszyt, zeszyty, zeszytów
n assignments: projekty zaliczeniowe, zaliczenia, zaliczeń, zaliczenie, prace zaliczeniowe
n dissertation: praca dyplomowa, pracy dyplomowej, pracy magisterskiej, pracy licencjackiej, doktorat, doktoratu
n research: badania naukowe, research, researchu, artykuły naukowe
n papers read: przeczytane artykuły, artykuły, artykułów, artykuł
n words written: napisane słowa, słów napisanych, znaki, znaków, liczba znaków
n pages written: napisane strony, stron napisanych
n pages read: przeczytane strony, przeczytanych stron
n chapters: rozdziały, rozdziałów, rozdział, rozdziału
n vocabulary words: nowe słówka, nowych słówek, słówek dziennie
n languages: języki, językami, językach
n grammar: gramatyka, gramatyki, gramatykę
n pronunciation: wymowa, wymowy, wymowę
n conversation practice: konwersacje, konwersacji, konwersacja
n ukrainian: ukraiński, ukraińskiego
n portuguese: portugalski, portugalskiego
n korean: koreański, koreańskiego
n swedish: szwedzki, szwedzkiego
n dutch: niderlandzki, niderlandzkiego, holenderski, holenderskiego
n czech: czeski, czeskiego
n latin: łacina, łaciny, łacinę
n sign language: język migowy, języka migowego, migowy
n coding: kodu, kodzie, programuję, programować, zaprogramowałem, python, pythona, javascript, javy, java
n typing speed: szybkość pisania, wpm
n online courses: kursy online, kurs online, udemy, coursera
n school bag: tornister, tornistra, plecak, plecaka
n school supplies: przybory szkolne, wyprawka, wyprawki
n grades: ocenami, ocenach, czwórki, trójki, dwójki, dwój, jedynek
n points scored: punkty z testu, punkty z egzaminu, wynik egzaminu, wyniki egzaminów
n attendance: obecność, obecności, frekwencja, frekwencji, nieobecności, nieobecność
n scholarship: stypendium, stypendia, stypendiów
// Hobbies: reading, games, collecting, outings and pastimes.
v read: czytałem, czytałam, przeczytać, czyta, czytają, czytasz, doczytałem, doczytałam, przeczytane, przeczytanych
v listen: słuchałem, słuchałam, przesłuchałem, wysłuchałem, słucha, słuchają
v watch: obejrzeć, oglądałam, obejrzane, obejrzanych, ogląda, oglądają, oglądasz
v play: zagrać, zagrałem, zagrałam, pograłem, pograłam, grasz, gra na, grają, grałeś, gramy
v collect: zbieram znaczki, zbieram monety, kolekcjonowałem, uzbierałem, uzbierałam
v travel: podróżowałem, podróżowałam, zwiedzam, zwiedzać, zwiedziłem, zwiedziłam, zwiedzanie
v visit: odwiedziłem, odwiedziłam, odwiedzić, odwiedzałem, odwiedzałam
v solve: rozwiązuję, rozwiązywać, rozwiązałem, rozwiązałam, rozwiązane
v build: składam lego, zbudowałam, budowałem, budowałam
v fish: łowiłem, łowiłam, wędkowałem, wędkowałam, złowione, złowionych
v hunt: poluję, polować, upolowałem
v camp: biwakuję, biwakować, rozbijam namiot
v birdwatch: obserwuję ptaki, obserwowałem ptaki, liczę ptaki
v stargaze: obserwuję gwiazdy, obserwacje nieba, oglądanie gwiazd
v journal: piszę dziennik, prowadzę pamiętnik, journaling, dziennik wdzięczności
v blog: blogować, blogowanie, piszę bloga
v vlog: vloguję, vlogi, vlogów, vlog
v podcast: nagrywam podcast, nagrywanie podcastu
v record: nagrywam, nagrywać, nagrałem, nagrałam, nagranie, nagrania, nagrań
v edit: montuję filmy, montaż, montażu, edytuję, edytować
n reading: czytania, czytaniem, czytaniu, lektura, lekturę, lekturze
n books read: przeczytane książki, przeczytanych książek, książek przeczytanych
n quotes: cytaty, cytatów, cytat, cytatu, sentencje, sentencji
n book titles: tytuły, tytułów, tytuł, tytułu
n authors: autor, autora, autorzy, autorów, autorka, pisarz, pisarza, pisarka
n book club: klub książki, klubu książki, dyskusyjny klub książki
n reading time: czas czytania, czasu czytania, minuty czytania
n reading challenge: wyzwanie czytelnicze, wyzwania czytelniczego
n book ratings: oceny książek, ocena książki
n films watched: obejrzane filmy, obejrzanych filmów
n series watched: obejrzane seriale, obejrzanych seriali
n film ratings: oceny filmów, ocena filmu
n watchlist: lista do obejrzenia, filmy do obejrzenia
n anime: anime, mangi, manga, mangę
n games played: rozegrane partie, partyjki, partyjek, partyjka
n chess games: partie szachów, partia szachów, szachami, szachowe, lichess, chess.com
n chess rating: ranking szachowy, ranking, rankingu
n card games: gry karciane, karcianki, brydżyk, makao, pasjans, pasjansa
n quizzes: quizy, quizów, quiz, quizu, teleturniej, teleturnieje
n trivia nights: quiz w pubie, pub quiz
n word games: wordle, literaki, scrabble, kalambury, kalamburów
n rubik's cube: kostka rubika, kostki rubika, kostkę rubika
n magic tricks: sztuczki magiczne, iluzje
n juggling: żonglowanie, żongluję, żonglerka
n astronomy: astronomia, astronomii, teleskop, teleskopu, gwiazdy, gwiazd
n genealogy research: szukanie przodków, przodkowie, przodków
n volunteering: wolontariacie, wolontariusz, wolontariuszka, wolontariuszem
n church: kościół, kościoła, kościele, msza, mszy, mszę, nabożeństwo
n prayers: modlitwy, modlitw, modlitwę, różaniec, różańca, pacierz, pacierza
n bible reading: czytanie pisma świętego, biblia, biblii, pismo święte
n meditation: medytacji, medytacją, medytacje, medytacyjne, mindfulness, uważność
n breathing exercises: ćwiczenia oddechowe, oddychanie przeponowe
n yoga: joga, jogi, jogę, jodze, asany, asan
n tai chi: tai chi, tai-chi
n pilates: pilates, pilatesu, pilatesie
n walking in nature: spacery po lesie, spacer po lesie, wyjścia do lasu
n outdoors: na dworze, na zewnątrz, na świeżym powietrzu, plener
n nature: przyroda, przyrody, natura, natury
n mountains: góry, gór, górach, górski, górskie, szczyty, szczytów, szczyt
n mountain hikes: wycieczki górskie, wędrówki, wędrówek, wędrówka, trekking, trekkingu, szlaki, szlaków, szlak
n summits: zdobyte szczyty, zdobytych szczytów, korona gór polski
n lakes: jezioro, jeziora, jezior, jeziorze
n sea: morze, morza, morzu, nad morzem, plaża, plaży
n caves: jaskinie, jaskiń, jaskinia
n castles: zamków, zamkach
n sightseeing: zwiedzania, zabytki, zabytków
n concerts attended: koncertach, koncertu
n festivals: festiwale, festiwali, festiwal, festiwalu
n events: wydarzenia, wydarzeń, wydarzenie, imprezy, imprez, impreza, imprezę
n parties: imprezka, imprezki, imprezek, domówki, domówek, domówka, melanż, melanżu
n going out: wyjścia na miasto, wyjście na miasto, wyjście ze znajomymi
n social life: życie towarzyskie, spotkania towarzyskie, spotkań ze znajomymi
n meetups: spotkania ze znajomymi, spotkanie ze znajomymi
n pub visits: piwo ze znajomymi, wyjścia na piwo, pub, pubu, bar, baru, bary
n dancing: tańca, tańcem, tańce, tańców, tańczenie, salsa, salsy, bachata, bachaty
n karaoke: karaoke
n theatre visits: spektakle, spektakli, spektakl, przedstawienia, przedstawień, przedstawienie
n exhibitions: wystawy, wystaw, wystawa, wystawę, galerie sztuki
n opera: opera, opery, operze, balet, baletu, filharmonia, filharmonii
n stand-up: stand-up, stand-upy, kabaret, kabaretu, kabarety
n board game sessions: granie w planszówki, partie planszówek, gramy w planszówki
n tabletop rpg: sesje rpg, rpg, dungeons and dragons, d&d, erpegi
n cosplay: cosplay, cosplayu
n drone flights: dron, drona, drony, loty dronem
n model building: modelarstwo, modelarstwa, modeliki, sklejanie modeli
n aquascaping: aquascaping, akwarystyka, akwarystyki
n cars as hobby: motoryzacja, motoryzacji
n gardening: ogrodnictwo, ogrodnictwa, ogrodnik, ogrodniczka, ogrodnicze, prace ogrodnicze
n baking hobby: pieczenie ciast, pieczenie ciasteczek
n wine tasting: degustacje wina, degustacja wina
n home brewing: domowe piwo, piwowarstwo, piwowarstwa, warzenie piwa
n tarot: tarot, tarota, karty tarota
n writing: pisarstwo, pisarstwa, twórczość, twórczości, pisanie opowiadań, pisanie książki
n poetry: poezja, poezji, poezję, wierszyki, wierszyków
n letters: listy do, listów do, kartki, kartek, kartkę, pocztówkę
n photos taken: zrobione zdjęcia, zrobionych zdjęć, fotki, fotek, fotka, fotkę
n scrapbooking: scrapbooking, album, albumu, albumy, albumów
n bucket list: lista marzeń, listy marzeń, bucket lista
n dreams: marzenia, marzeń, marzenie
n ideas: pomysły, pomysłów, pomysł, pomysłu, idee, idei
n inspirations: inspiracje, inspiracji, inspiracja
n wishes: życzenia, życzeń
n places visited: odwiedzone miejsca, miejsca które odwiedziłem, odwiedzonych miejsc
n countries visited: odwiedzone kraje
n countries: kraje, krajów, kraj, kraju, państwa, państw
n cities: miasta, miast, miasto, mieście
n restaurants visited: odwiedzone restauracje
n coffee shops: kawiarnie, kawiarni, kawiarnia, kawiarnię, kawiarenka, kawiarenki
n pubs: puby, pubów
n hotels: hotele, hoteli, hotel, hotelu, noclegi, noclegów, nocleg, noclegu
// Crafts: making things by hand, materials and projects.
v knit: dziergałem, dziergałam, wydziergałem, wydziergałam, robiłam na drutach, dzierganiu
v crochet: szydełkowałam, wydziergane szydełkiem, zrobiłam na szydełku
v sew: uszyłem, uszyłam, szyłem, szyłam, przeszyłam, przyszywam, przyszywać, cerować, ceruję
v embroider: wyhaftowałam, haftowałam, haftowania
v paint: namalowałem, namalowałam, namalować, malunek, malunki, malunków
v draw: narysowałem, narysowałam, narysować, rysowałem, rysowałam, szkicuję, szkicować, szkicowanie
v sculpt: rzeźbię, rzeźbić, wyrzeźbiłem, rzeźba, rzeźby, rzeźb
v carve: strugam, strugać, wystrugałem, snycerka
v weave: tkam, tkać, utkałam, tkanie, krosno, krosna
v make: zrobiłem ręcznie, robię własnoręcznie, wykonałem, wykonałam, wykonać, tworzę, tworzyć, stworzyłem, stworzyłam
v glue: kleję, kleić, skleiłem, skleiłam, klejenie
v cut out: wycinam, wycinać, wyciąłem, wycięłam, wycinanki, wycinanek
v fold paper: składam origami
v solder: lutuję, lutować, lutowanie, lutownica
v print: drukuję, drukować, wydrukowałem, wydrukowałam, druk, wydruki, wydruków
v 3d print: druk 3d, drukarka 3d, drukowanie 3d, wydruki 3d
v repair clothes: naprawiam ubrania, załatałem, cerowanie
v upcycle: odnawiam meble, odnawiać, odnowiłem, odnowiłam, renowacja, renowacji, przerabiam, przerabiać, przeróbki, przeróbek
n crafts: rękodzieło, rękodzieła, robótki ręczne, prace ręczne, handmade, diy
n craft projects: projekty diy, projekty rękodzielnicze
n knitting projects: robótki na drutach, swetry na drutach
n crochet projects: robótki szydełkowe, amigurumi, serwetki, serwetek
n knitting needles: druty, drutów, druty do robótek
n crochet hook: szydełka, szydełek
n wool: wełna, wełny, wełnę, motki, motków, motek
n stitches: oczka, oczek, rzędy, rzędów, rząd
n patterns: wzory, wzorów, wzór, wzoru, schematy, schematów, schemat
n sewing: szycia, szyciem, szyciu, krawiectwo, krawiectwa
n sewing projects: uszyte ubrania, uszyte rzeczy
n alterations: poprawki krawieckie, skracanie spodni, przeróbki krawieckie
n quilts: patchwork, patchworku, narzuty, narzut
n embroidery projects: hafty, haftów, haft krzyżykowy, haftu krzyżykowego, krzyżyki
n beads: koraliki, koralików, koralik
n jewellery: biżuteria, biżuterii, biżuterię, bransoletki, bransoletek, kolczyki, kolczyków, naszyjniki
n candle making: robienie świec, świece sojowe
n soap making: mydło, mydła, mydeł, robienie mydła
n ceramics: gliny, glina, glinę, koło garncarskie, wypalanie, szkliwienie, kubki z gliny
n woodworking: stolarstwo, stolarstwa
a wooden: drewniane, drewniany, drewnianych, drewniana, drewnianej
n furniture projects: meble z palet, meble diy
n metalwork: spawanie, spawania, spawam, kowalstwo
n leatherwork: skórzane, kaletnictwo, galanteria skórzana
n paper crafts: papierowe ozdoby, decoupage, quilling
n card making: kartki okolicznościowe, robienie kartek
n painting supplies: farby, farb, farba, farbę, pędzle, pędzli, pędzel, płótno, płótna, sztalugi
n watercolours: akwarele, akwareli, akwarela
n acrylics: akryle, akryli, farby akrylowe
n oil paintings: obrazy olejne, farby olejne
n sketchbook: szkicownik, szkicownika, szkicowniki
n pencils: ołówki, ołówków, ołówek, kredki, kredek, kredka
n markers: markery, markerów, flamastry, flamastrów, pisaki
n colouring: kolorowanki, kolorowanek, kolorowanka, kolorowanie
n lettering: lettering, handlettering
n diamond painting: diamentowa mozaika, diamond painting
n pieces: elementy, elementów, kawałki, kawałków
n miniatures: figurki, figurek, figurka, miniaturki, malowanie figurek, warhammer
n finished projects: skończone projekty, ukończone projekty, gotowe prace
n works in progress: projekty w toku, niedokończone projekty
n materials: materiały, materiałów, surowce
n supplies: zapasy materiałów, przybory, przyborów
n costs of materials: koszty materiałów
n orders from customers: zamówienia od klientów, zamówienia na rękodzieło
n craft fairs: kiermasze, kiermaszów, kiermasz, targi rękodzieła
n etsy sales: sprzedaż na etsy, etsy
// Music: instruments, practice, songs and listening.
v practise: ćwiczyłem, ćwiczyłam, poćwiczyłem, poćwiczyłam, przećwiczyłem, przećwiczyłam, ćwiczy, ćwiczą
v sing: śpiewałam, śpiewałem, zaśpiewałam, śpiewa, śpiewają, nuciłem, nucę, nucić
v compose: komponuję, komponować, skomponowałem, skomponowałam, kompozycje, kompozycji
v tune: stroję, stroić, nastroiłem, strojenie
v listen to music: słucham muzyki, słuchanie muzyki, słuchałem muzyki
v make music: tworzę muzykę, produkuję muzykę, produkcja muzyczna
v dj: dj, didżej, didżejuję, miksuję muzykę
n music practice: ćwiczenie na instrumencie, ćwiczenie gry, nauka gry
n piano practice: gra na pianinie, granie na pianinie, ćwiczenie na pianinie, nauka gry na pianinie
n guitar practice: gra na gitarze, granie na gitarze, gry na gitarze, nauka gry na gitarze
n violin practice: gra na skrzypcach, granie na skrzypcach, gry na skrzypcach
n drum practice: gra na perkusji, granie na perkusji, gry na perkusji
n singing practice: ćwiczenia wokalne, emisja głosu, lekcje śpiewu
n instrument: instrument, instrumentu, instrumenty, instrumentów, instrumencie
n guitars: gitar, gitarka, gitarki, gitara elektryczna, gitara basowa, bas, basu
n piano: pianinem, fortepianu, fortepianem, pianinko
n keyboard instrument: klawisze, klawiszy, syntezator, syntezatora
n drum kit: bębny, bębnów, bęben, bębenek, werbel
n cajon: cajon, cajonie
n clarinet: klarnet, klarnetu, klarnecie
n oboe: obój, oboju
n bassoon: fagot, fagotu
n trombone: puzon, puzonu
n horn: waltornia, waltorni
n double bass: kontrabas, kontrabasu
n viola: altówka, altówki, altówce
n harp: harfa, harfy, harfie
n banjo: banjo, bandżo
n mandolin: mandolina, mandoliny
n recorder: flet prosty, fletu prostego, flecik
n flute: fletu, fletem, flety
n organ: organy, organach, organów
n voice: głos, głosu, głosem, wokal, wokalu
n vocal range: skala głosu
n songs learned: nauczone piosenki, nowe utwory, opanowane utwory
n pieces: utwór, utworu, kawałek, kawałka, etiudy, etiud, etiuda
n chords: akordy, akordów, akord, akordu, chwyty, chwytów
n scales practised: gamy durowe, gamy molowe
n sheet music: nuty, nut, nutach, partytura, partytury
n tempo: metronom, metronomu, bpm
n rehearsals: próby, prób, próba, próbę, próbie
n band: zespół muzyczny, kapela, kapeli, kapelę, band
n orchestra: orkiestra, orkiestry, orkiestrze
n music lessons: lekcje muzyki, lekcje gry, lekcje pianina, lekcje gitary, szkoła muzyczna, szkoły muzycznej
n music theory: teoria muzyki, solfeż, solfeżu, kształcenie słuchu
n gigs: występy, występów, występ, występu, granie koncertów
n recitals: recital, recitalu, popis, popisy, popisów
n albums: płyta, płytę, albumy muzyczne
n playlists: playlisty, playlist, playlista, playlistę
n listening: słuchania, słuchaniem, odsłuchy, odsłuchań
n radio shows: audycje, audycji, audycja
n music streaming: słuchanie spotify, tidal, deezer
n new artists: nowi wykonawcy, nowych wykonawców, wykonawcy, wykonawców, artyści, artystów
n lyrics: teksty piosenek, tekst piosenki
n headphones: słuchawki, słuchawek, słuchawkach
n speaker: głośnik, głośnika, głośniki
n vinyl: winylowe płyty, gramofon, gramofonu
n karaoke songs: piosenki na karaoke
// Sports and exercise: workouts, sessions, distances and results.
v train: trenowałem, trenowałam, trenują, potrenowałem, potrenowałam, zrobiłem trening, zrobiłam trening
v run: biegałem, biegałam, pobiegłem, pobiegłam, przebiegłem, przebiegłam, przebiegam, przebiegać, przebiec, biegnie, biega
v walk: przeszedłem, przeszłam, przechodzę, chodziłem, chodziłam, chodzi, spacerkuję, maszeruję, marsz, marszu, marsze
v swim: pływałem, pływałam, przepłynąłem, przepłynęłam, popływałem, popływałam, pływa
v cycle: jeździłem na rowerze, jeździłam na rowerze, przejechałem na rowerze
v ride: przejechałem, przejechałam, przejechane, przejechanych, przejechać, jechałem, jechałam, pojechałem, pojechałam
v climb: wspinałem, wspinałam, wspinaczkowe
n bouldering: bouldering, boulderingu, buldering, bulderingu, boulderuję, bulderuję
v lift weights: dźwigałem, podnoszenie ciężarów, podniosłem, podniosłam
v row: wiosłowałem, wiosłowałam, przewiosłowałem
v ski: jeździłem na nartach, jeździłam na nartach, szusuję, stok, stoku
v skate: jeździłem na łyżwach, rolki, rolek, rolkach, wrotki, wrotek, deskorolka, deskorolki, deskorolce
v stretch: rozciągałem, rozciągałam, rozciągnąłem, porozciągałem, porozciągałam
v warm up: rozgrzewam, rozgrzewać, rozgrzałem, rozgrzałam
v cool down: schładzanie, wyciszenie po treningu
v jog: truchtam, truchtać, trucht, truchtu
v sprint: sprinty, sprintów, sprint, interwały, interwałów, interwał
v do push-ups: robię pompki, zrobiłem pompki, zrobiłam pompki, pompkach
v do squats: robię przysiady, przysiadach, przysiadem
v do pull-ups: podciągam, podciągnąłem, podciągnęłam, drążek, drążku, na drążku
v play football: gram w piłkę, gram w nogę, grałem w piłkę, kopię piłkę
v play tennis: gram w tenisa, grałem w tenisa
v box: boksuję, boksować, trenuję boks, sparingi, sparingów, sparing
v fence: szermierka, szermierki, szermierkę
n workouts: treningiem, treningach, treningami, trenowanie, trenowania, trening cardio
n training sessions: jednostki treningowe, jednostek treningowych, sesje treningowe, zajęcia sportowe
n exercise: aktywność fizyczna, aktywności fizycznej, ćwiczenia fizyczne, aktywność, aktywności, ruch, ruchu, sport, sportu, sporty, sportów
n runs: biegi, biegów, bieg, biegu, bieganiem, bieganiu, przebieżki, przebieżka, wybiegania
n running distance: przebiegnięte kilometry, przebiegniętych kilometrów, dystans biegu, kilometraż
n swimming distance: przepłynięte metry, przepłyniętych metrów, przepłynięte długości
n laps: okrążenia, okrążeń, okrążenie, kółek, długości basenu
n metres: metry, metrów, metr
n reps: powtórzeniach, rep, repy, repów, serie, serii, seria, serię
n sets and reps: serie i powtórzenia
n personal records: rekord życiowy, rekordu życiowego, prki
n max lifts: maks, maksy, maksów, maksymalny ciężar, ciężar maksymalny
n barbell weight: ciężar na sztandze, ciężar na sztangę, obciążenie, obciążenia, obciążeniem
n dumbbells: hantlami, hantelki, ciężarki, ciężarków
n kettlebells: kettle, kettlebell, kettlebella, odważniki
n resistance bands: gumy oporowe, gumy treningowe, taśmy, taśm
n squat: przysiad, przysiadu, przysiad ze sztangą
n deadlift: martwym ciągu, martwe ciągi
n bench press: wyciskanie sztangi, wyciskanie leżąc, wyciskaniu, wyciskaniem, ławeczka, ławce
n overhead press: wyciskanie nad głowę, wyciskanie żołnierskie
n rows: wiosłowanie sztangą, wiosłowanie hantlą
n pull-ups: podciągnięciach, podciąganie na drążku
n dips: pompki na poręczach, dipy, dipów
n planks: deskę, planku, plankach, plankiem
n core: brzuch i plecy, mięśnie głębokie, core
n abs workout: trening brzucha, ćwiczenia na brzuch
n leg day: trening nóg, dzień nóg
n upper body: górne partie, góra ciała
n mobility: mobilność, mobilności, mobilizacja, rolowanie, roller, rollera
n steps: krokach, krokami, krokomierz, krokomierza
n step count: liczba kroków, liczbę kroków, ilość kroków
n active minutes: aktywne minuty, minuty ruchu
n calories burned: spalone kalorie, spalonych kalorii, kalorie spalone
n heart rate zones: strefy tętna, strefa tętna
n vo2max: vo2max, vo2 max, wydolność, wydolności
n running pace: tempo biegu, średnie tempo, min/km
n speed: prędkość, prędkości, szybkość, szybkości, średnia prędkość
n splits: międzyczasy, międzyczasów
n race results: wyniki zawodów, miejsce w zawodach, wyniki biegów
n parkrun: parkrun, parkrunu, parkruny
n marathon training: przygotowania do maratonu, plan do maratonu
n triathlon: triathlon, triathlonu, triatlon
n duathlon: duathlon, duathlonu
n ultra: ultramaraton, ultramaratonu, ultra
n trail running: biegi górskie, bieganie po górach, trail, traile
n nordic walking: nordic walkingu, marsz z kijami, kije
n cross-country skiing: biegówki, biegówek, narciarstwo biegowe
n sledging: sanki, sanek, sankach, zjazdy na sankach
n swimming lessons: nauka pływania, lekcje pływania, szkółka pływacka
n swimming styles: kraul, kraulem, żabka pływacka, grzbiet, motylek
n water aerobics: aqua aerobik, aerobik w wodzie
n diving: nurkowanie, nurkowania, nurkuję, nurkowałem, nurkowałam, nurkowanie z akwalungiem
n kayaking: kajakarstwo, spływ, spływy, spływów, spływ kajakowy
n sup: deska sup, sup, supie, paddleboard
n cycling trips: wycieczki rowerem, trasy rowerowe, trasa rowerowa, trasę rowerową
n mountain biking: rower górski, mtb, enduro
n road cycling: szosa, szosie, rower szosowy, kolarzówka, kolarzówce
n spinning: spinning, spinningu, rowerek stacjonarny, rowerku
n zwift: zwift, trenażer, trenażera, trenażerze
n team sports: sporty drużynowe, gra w drużynie
n football training: trening piłkarski, treningi piłkarskie, piłkę nożną
n goals scored: gole, goli, gol, gola, bramki, bramek, bramka, strzelone gole
n assists: asysty, asyst, asysta
n volleyball games: siatkę, siatce, siatkówce
n basketball games: koszu, koszówka, koszówki
n floorball: unihokej, unihokeja
n rugby: rugby
n baseball: baseball, baseballa
n cricket: krykiet, krykieta
n padel: padel, padla, padlu
n pickleball: pickleball
n ping pong: pingla, pingiel
n bowling scores: wyniki w kręgle, kręgielnia, kręgielni
n climbing routes: drogi wspinaczkowe, droga wspinaczkowa, boulder, bouldery, problemy boulderowe
n sport shoes: buty do biegania, buty sportowe, adidasy, adidasów
n running shoes mileage: przebieg butów, kilometry w butach
n sports watch: zegarek sportowy, garmin, garmina, strava, stravy
n sports injuries: kontuzje sportowe, urazy sportowe
n recovery: regeneracja, regeneracji, regenerację, odpoczynek po treningu
n rest days: dni odpoczynku, dzień odpoczynku, dni wolne od treningu, dni regeneracji
n soreness: zakwasami, zakwasach, doms
n physio exercises: ćwiczenia od fizjoterapeuty, ćwiczenia rehabilitacyjne, ćwiczenia z fizjo
n posture exercises: ćwiczenia na kręgosłup, ćwiczenia korekcyjne
n kegel exercises: ćwiczenia kegla, mięśnie dna miednicy
n eye exercises: ćwiczenia oczu, gimnastyka oczu
n morning exercises: poranna gimnastyka, gimnastyka, gimnastyki, gimnastykę
n gym visits: wyjścia na siłownię, wizyty na siłowni, wejścia na siłownię, chodzę na siłownię
n gym membership: karnet na siłownię, multisport, karta multisport, medicover sport
n personal trainer: trener personalny, trenera personalnego, trener, trenera, trenerka, trenerem
n coach: instruktor, instruktora, instruktorka
n group classes: zajęcia grupowe, zajęć grupowych
// Transport: getting around, tickets, trips and journeys.
n bus: autobusami, autobusach, autobusów, autobusy, busem, busa, bus, busy
n train: pociągami, pociągach, pociągów, pociągi, pkp, intercity, koleją, kolej, kolei
v fly: poleciałam, lecę, lecieć, latałem, latałam, przelot, przeloty, przelotów
n walking: chodzę pieszo, idę pieszo, pieszo, piechotą, na piechotę
v get a lift: podwożę, podwozić, podwiozłem, podwiozłam, podwózka, podwózki, podwiezienie
v carpool: jeżdżę ze znajomym, wspólne dojazdy, carpooling
n public transport: komunikacja miejska, komunikacji miejskiej, komunikacja, komunikacji, mpk, ztm, zkm
n bus rides: przejazdy autobusem, przejazdów autobusem
n train journeys: podróże pociągiem, przejazdy pociągiem, przejazdów pociągiem
n train delays: opóźnienia pociągów, opóźnienie pociągu, opóźnienia, opóźnień, opóźnienie
n flights: loty, lotów, lotach, lotem
n airport: lotnisko, lotniska, lotnisku
n station: dworzec, dworca, dworcu, stacja, stacji, stację, przystanek, przystanku, przystanki
n bus stop: przystanek autobusowy, przystanku autobusowego
n journey time: czas dojazdu, czasu dojazdu, czas przejazdu, czasu przejazdu, czas podróży
n route: trasa, trasy, trasę, trasie, tras, droga, drogi, drogę, drodze
n trips: wyjazdach, wypady, wypadów, wypad, przejażdżek
n journeys: podróżach, podróżą, podróżami, wojaże, wojaży
n season ticket: bilet miesięczny, biletu miesięcznego, bilet okresowy, karta miejska, karty miejskiej
n train tickets: bilety na pociąg, bilet na pociąg, bilety kolejowe
n plane tickets: bilety lotnicze, bilet lotniczy
n luggage: bagaż, bagażu, bagaże, walizka, walizki, walizkę, plecak podróżny
n passport: paszport, paszportu, dowód osobisty, dowodu
n visa: wiza, wizy, wizę
n bike commute: dojazdy rowerem, dojeżdżam rowerem, rowerem do pracy
n city bikes: rower miejski, rowery miejskie, veturilo, nextbike
n e-scooter rides: przejazdy hulajnogą, hulajnogą elektryczną, hulajnoga elektryczna, lime, tier
n ferry: prom, promu, promem
n boat: łódka, łódki, łódź, łodzi, łodzią, statek, statku, statkiem
n cruise: rejs, rejsu, rejsy, rejsów
n camper van: kamper, kampera, kamperem, przyczepa, przyczepy
n road trips: podróże samochodem, wyjazdy samochodem, roadtrip
n motorway: autostradą, autostradzie, ekspresówka, ekspresówki, ekspresówką, trasa szybkiego ruchu
n traffic: ruch uliczny, natężenie ruchu, korkach, korkiem
n walking distance: pokonany dystans, pokonane kilometry
n transport costs: koszty dojazdu, wydatki na transport, transport, transportu
// Car: the car, its running costs and its care.
n car: autko, autka, autem, aucie, samochodem, samochodzie, samochody, samochodów, samochodzik, fura, fury, furę, bryka, bryki
n company car: auto służbowe, samochód służbowy, służbówka
n car service: przegląd auta, przegląd samochodu, serwis auta, serwis samochodu, przegląd techniczny, wizyta w serwisie, u mechanika
n oil change: wymiana oleju, wymianę oleju, zmiana oleju, olej silnikowy
n tyres: oponami, oponach, opona, oponę, ogumienie, ogumienia, opony zimowe, opony letnie
n wheels: koła, kół, kołach, kołami
n tyre pressure: ciśnienie w oponach, ciśnienia w oponach
n brakes: hamulce, hamulców, klocki hamulcowe, tarcze hamulcowe
n battery: akumulatorze, akumulatorem, akumulatory
n engine: silnik, silnika, silniku
n windscreen: szyba, szyby, szybę, przednia szyba, wycieraczki samochodowe, płyn do spryskiwaczy
n lights: światła samochodowe, żarówki w aucie
n car wash visits: myjni samochodowej, myjnia samochodowa, myjnię, bezdotykowa, bezdotykowej
n car cleaning: odkurzanie auta, sprzątanie auta, mycie samochodu
n refuelling: tankowanie, tankowania, tankowań, tankowałem, tankowałam, zatankowałem, zatankowałam, zatankować
n fuel: paliwem, paliwie, benzynę, benzyną, pb95, pb98, ropę, lpg-u, gazem, na gazie
n litres of fuel: litry paliwa, litrów paliwa, litry benzyny, litrów benzyny
n fuel economy: spalanie auta, spalanie na sto, litrów na sto, średnie spalanie
n odometer: licznik kilometrów, stan licznika kilometrów, przebieg auta, przebiegu auta
n car charging: ładowanie auta, ładowania auta, ładowarka do auta
n road tax: opłata drogowa, winiety, winieta, winietę, e-toll, viatoll
n car insurance: ubezpieczenie auta, ubezpieczenie samochodu, oc samochodu, autocasco
n parking fees: opłaty za parkowanie, opłata parkingowa, parkomat, parkomatu, strefa płatnego parkowania
n parking tickets: mandat za parkowanie, mandaty za parkowanie
n speeding: przekroczenie prędkości, fotoradar, fotoradaru, fotoradary
n penalty points: punkty karne, punktów karnych
n accidents: wypadki, wypadków, wypadek, wypadku, stłuczka, stłuczki, stłuczkę, kolizja, kolizji
n breakdowns: awarie, awarii, awaria, awarię, usterki, usterek, usterka
n car repairs: naprawy auta, naprawa auta, naprawa samochodu, blacharz, lakiernik
n car parts: części, części samochodowe, części zamienne
n seasonal tyre change: wymiana opon na zimowe, wymiana opon na letnie, przekładka opon
n driving hours: godziny za kierownicą, czas jazdy
n driving test: egzamin na prawo jazdy, egzaminu na prawo jazdy
n driver: kierowca, kierowcy, kierowcą
n passengers: pasażerowie, pasażerów, pasażer
n dashcam: wideorejestrator, kamerka samochodowa
n car loan payments: raty za auto, rata za samochód
n trips by car: przejazdy samochodem, jazdy autem, jazdy samochodem
v drive: jeździłem autem, jeździłem samochodem, jeździłam samochodem, prowadziłem, prowadziłam, kierowałem, jeżdżę autem, jadę autem, jadę samochodem
v park: parkuję, parkować, zaparkowałem, zaparkowałam
v wash the car: umyłem auto, umyłam auto, myłem auto
v service the car: serwisuję, serwisować, oddałem auto do serwisu
v charge the car: ładuję auto, ładowałem auto, naładowałem, naładowałam, naładować
v refuel: zatankuję, tankuje, dotankowałem, dotankować
v change tyres: zmieniam opony, wymieniam opony, wymieniłem opony, zmieniłem opony
// Screens and media: phones, apps, feeds, shows and games.
v scroll: scrolluje, przewijam, przewijać, przewijanie, skroluję, skrolować, skrolowanie, scrollowałem
v check the phone: sprawdzam telefon, sprawdzanie telefonu, zerkam na telefon, sięgam po telefon
v unlock: odblokowuję, odblokowywać, odblokowania, odblokowań, odblokowanie telefonu
v binge-watch: oglądam maraton, maraton serialu, binge
v play games: gram w gry, grałem w gry, gra w gry, granie w gry, gry na telefonie, gierki na telefonie
v browse: przeglądam internet, surfuję, surfować, przeglądanie internetu
v chat: czatuję, czatować, piszę na messengerze, gadam, gadać, pogadałem, pogadałam, gadanie
v google: googluję, googlować, wygooglowałem
v livestream: transmisje na żywo, transmisja na żywo
v upload: wrzuciłem, wrzuciłam, opublikowałem, opublikowałam, postowałem, dodałem post
v like: lajkuję, lajkować, lajki, lajków, polubienia, polubień
v comment: komentuję, komentować, skomentowałem, komentarze, komentarzy, komentarz
v delete: usuwam, usuwać, usunąłem, usunęłam, kasuję, kasować, skasowałem
v block: blokuję, blokować, zablokowałem
v charge the phone: ładuję telefon, ładowanie telefonu
n screen time: czasu przed ekranem, czas ekranu, ekranem, ekranie, ekrany, ekranów
n phone use: korzystanie z telefonu, używanie telefonu, siedzenie w telefonie
n phone pickups: podniesienia telefonu, odblokowania telefonu, sprawdzenia telefonu
n time online: czas w internecie, czasu w internecie, w sieci
n social media time: czas na social mediach, czas na fejsie, czas na instagramie, social mediach, socialach
n instagram: insta story, relacje na insta, rolki na instagramie, reelsy
n facebook: messenger, messengera, messengerze
n youtube: shorty, shortów
n reddit: reddit, reddita, reddicie
n linkedin: linkedin, linkedina, linkedinie
n whatsapp: whatsapp, whatsappa, whatsappie, łotsap
n snapchat: snapchat, snapchata, snap, snapy
n discord: discord, discorda, discordzie
n twitch: twitch, twitcha, twitchu, streamy, streamów, stream
n streaming services: platformy streamingowe, serwisy streamingowe, hbo max, disney plus, prime video, canal plus
n tv shows: programy, programów, program, programu, programy telewizyjne
n news reading: czytanie wiadomości, czytanie newsów, portale informacyjne, onet, interia
n podcasts listened: podcastach, podcastu, podcastem, odcinki podcastów
n audiobook listening: słuchanie audiobooków, audiobooka, audiobookach, storytel, audioteka, empik go
n e-reader: czytnik ebooków, kindlu, kindlem, pocketbook
n video games played: gier wideo, gier komputerowych, gierkach
n gaming time: czas grania, czasu grania, granie, grania, graniu, granie na komputerze, granie na telefonie
n console gaming: konsolach, ps5, ps4, xboxie, nintendo, switchu
n pc gaming: gry na pc, gry na komputerze, pecet, peceta, pecetem
n mobile games: gry mobilne, gry na telefon, gierki mobilne
n game titles: minecraft, minecrafta, fortnite, fortnite'a, roblox, robloxa, fifa, fifę, counter strike
n achievements unlocked: osiągnięcia w grze, trofea, trofeów, trofeum
n levels: poziomy, poziomów, poziom, poziomu, levele, leveli, level
n computer: komputerze, komputerem, kompa, kompem, pc
n tablet use: tablet, tabletu, tablecie, tabletem, ipad, ipada, ipadzie
n tv time: telewizorze, telewizorem, oglądanie telewizji, oglądanie tv, przed telewizorem
n smartwatch: smartwatch, smartwatcha, opaska sportowa, opaski sportowej
n apps used: aplikacjach, apkach
n notifications: powiadomieniami, powiadomieniach, alerty, alertów
n messages sent: wysłane wiadomości, wiadomościach, wiadomościami, smsami, esemesami
n emails sent: maile wysłane, wysłane maile, mailach, mailami, mailem, skrzynka mailowa, inbox
n video calls: wideorozmowy, wideorozmów, wideorozmowa, rozmowy wideo, zoom, zooma, zoomie, teams, teamsie
n phone calls: rozmowy przez telefon, rozmowy telefoniczne, dzwonienia
v call: zadzwoniłem, zadzwoniłam, zadzwonić, dzwoniłem, dzwoniłam, dzwoni, dzwonią
n photos: zdjęciami, zdjęciach, zdjęcie, fotografie, selfie
n videos: filmiki, filmików, filmik, wideo, nagrań wideo, klipy, klipów, klip
n memes: memy, memów, mem, mema, memiki
n posts: posty, postów, wpisów na blogu, wpis, wpisu
n followers: obserwujący, obserwujących, followersi, followersów, fani, fanów, subskrybenci, subskrybentów, suby, subów
n views: wyświetlenia, wyświetleń, wyświetlenie, zasięgi, zasięgów
n online dating: tinder, tindera, tinderze, badoo, aplikacje randkowe, randki online
n matches on dating apps: pary na tinderze, matche, matchy, match
n digital detox: detoks cyfrowy, detoks od telefonu, dzień bez telefonu, dni bez telefonu
n screen breaks: przerwy od ekranu
n blue light: niebieskie światło
n passwords: hasła, haseł, hasło
n backups: kopie zapasowe, kopia zapasowa, backup, backupy
n updates: aktualizacje, aktualizacji, aktualizacja, update, updaty
n storage space: miejsce na dysku, pamięć telefonu
n battery level: poziom baterii, bateria w telefonie, naładowanie
n ai chats: chatgpt, czat gpt, chat gpt, gemini
n coding sessions: sesje kodowania, programowania po godzinach
n online courses watched: obejrzane lekcje online, webinarach
n news headlines: nagłówki, nagłówków, wiadomości dnia
n websites: strony internetowe, stron internetowych, strona internetowa, witryny, portali
n online purchases: zakupy przez internet, zamówienia online
// Moods and feelings: how the day felt, said as nouns and adjectives.
n mood: nastroje, nastrojów, nastrojem, humorem, samopoczuciem, samopoczuciu, samopoczucie psychiczne
n mood ratings: ocena nastroju, oceny nastroju, skala nastroju
n feelings: uczucie, uczuciach, odczucia, odczuć
v feel: czuję, czuć, czułem, czułam, poczułem, poczułam, czuje
n happiness: szczęśliwy, szczęśliwa, szczęśliwe, radosny, radosna, zadowolony, zadowolona, zadowolenie, zadowolenia
n joy: radością, uciecha, frajda, frajdy, frajdę
n sadness: smutny, smutna, smutne, smutno, przygnębiony, przygnębiona, smutkiem, smutki, smutków
n anger: wściekły, wściekła, wkurzony, wkurzona, wkurw, wkurwienie, gniewem, złością
n frustration: frustracja, frustracji, frustrację, sfrustrowany, sfrustrowana
n irritation: irytacja, irytacji, zirytowany, zirytowana, poirytowanie, podirytowanie
n anxiety: lękiem, niepokoje, zaniepokojony, zaniepokojona, lękowy, lękowe, stany lękowe, stanów lękowych
n nervousness: zdenerwowanie, zdenerwowania, zdenerwowany, zdenerwowana, nerwówka, nerwówki, stresik
n stress level: poziom stresu, poziomu stresu, natężenie stresu, zestresowany, zestresowana
n overwhelm: przytłoczenie, przytłoczony, przytłoczona, przeciążenie, przeciążenia
n calm: spokojny, spokojna, spokojnie, wyciszenie, wyciszenia, relaks psychiczny
n contentment: satysfakcja, satysfakcji, spełnienie, spełnienia
n pride: duma, dumy, dumny, dumna
n shame: wstyd, wstydu, zawstydzenie
n guilt: poczucie winy, winy, wyrzuty sumienia
n jealousy: zazdrość, zazdrości, zazdrosny, zazdrosna
n envy: zawiść, zawiści
n love: miłość, miłości, zakochanie, zakochany, zakochana, czułość, czułości
n affection: przytulanie, przytulasy, przytulańce, buziaki, buziaków, całusy
n hope: nadzieja, nadziei, nadzieję
n fear: strachy, boję, bać, bałem, bałam, obawy, obaw, obawa, obawę
n phobias: fobie, fobii, fobia
n surprise: zaskoczenie, zdziwienie
n disappointment: rozczarowanie, rozczarowania, zawód, zawodu
n loneliness: samotny, samotna, osamotnienie
n boredom: znudzony, znudzona, nuży, nudne, nudny
n excitement: ekscytacja, ekscytacji, podekscytowanie, podekscytowany, podekscytowana
n enthusiasm: entuzjazm, entuzjazmu, zapał, zapału, chęci, chęć
n confidence: pewność, pewności, odwaga, odwagi
n self-care: dbanie o siebie, troska o siebie, self care, selfcare, czas dla siebie
n thoughts: myśl, myśli, przemyślenia, przemyśleń, refleksje, refleksji
n intrusive thoughts: myśli natrętne, natręctwa, natręctw
n worries: troski, trosk, martwienie, zamartwianie, zamartwiam
n rumination: rozmyślanie, rozmyślania, rozkminy, rozkminki
n things: rzecz, rzeczy, rzeczą, rzeczami, rzeczach
n good moments: dobre chwile, dobre momenty, miłe momenty, fajne rzeczy, fajne momenty, pozytywne rzeczy
n highlights: najlepsze momenty, najlepszy moment dnia, najlepsze chwile
n moments: momenty, momentów, moment, chwile, chwil, chwila, chwilę
n bad days: złe dni, gorsze dni, gorszy dzień, zły dzień, kiepskie dni
n good days: dobre dni, dobry dzień, lepsze dni
n wins of the day: sukcesy dnia, małe sukcesy, małe zwycięstwa, zwycięstwa, zwycięstw
n gratitude: wdzięczny, wdzięczna, podziękowania
n compliments: komplementy, komplementów, komplement, pochwały, pochwał, pochwała
n kindness: dobre uczynki, dobrych uczynków, uprzejmość, życzliwość
n arguments: kłótnie, kłótni, kłótnią, sprzeczki, sprzeczek, awantury, awantur, awantura
n crying: popłakałem, popłakałam, płakałem, płakałam, beczę, ryczę, ryczałem
n outbursts: wybuchy złości, wybuch złości, wybuchy, wybuchów
n panic attacks: atak paniki, ataków paniki, napadów paniki
n mental health: zdrowie psychiczne, zdrowia psychicznego, psychika, psychiki, kondycja psychiczna
n energy levels: poziom energii, poziomu energii, energiczny, energiczna, bez energii
n motivation level: zmotywowany, zmotywowana, brak motywacji
n focus: skupiony, skupiona, rozkojarzony, rozkojarzona, rozkojarzenie
n productivity: produktywność, produktywności, wydajność w pracy, efektywność
n procrastination: odkładanie na później, prokrastynacji, zwlekanie
n willpower: silna wola, silnej woli, samodyscyplina, samodyscypliny
n habits: nawyki, nawyków, nawyk, nawyku, przyzwyczajenia, przyzwyczajeń
n bad habits: złe nawyki, złych nawyków
n urges: ochota, ochoty, ochotę, pokusy, pokus, pokusa
n relapses: nawrót nałogu, wpadki w nałogu, zapicie, złamanie postanowienia
n sobriety: trzeźwość, trzeźwości, trzeźwe dni, dni trzeźwości, abstynencja, abstynencji
n addictions: nałogi, nałogów, nałóg, uzależnienie, uzależnienia, uzależnień
n resolutions: postanowienia, postanowień, postanowienie, postanowienia noworoczne
n affirmations: afirmacje, afirmacji, afirmacja
n reflections: przemyślenia dnia, refleksje dnia, podsumowanie dnia, podsumowania dnia
n journal entries: wpisy w dzienniku, wpisy do dziennika, wpisów w dzienniku
n dreams: sny, snów, śnił, śniła, śniło, śniły
n lucid dreams: świadome sny, świadomych snów
a happy: szczęśliwych, radosnych, wesoły, wesoła, wesołe
a sad: smutnych, smutnego, przybity, przybita
a angry: wściekłych, wkurzonych
a anxious: lękliwy, lękliwa, niespokojny, niespokojna
a tired: zmęczonego, zmęczonych, senny, senna
a stressed: zestresowanych, zestresowanego
a calm: spokojnych, spokojnego
a good: dobry, dobre, dobrych, dobrego, dobrej, fajny, fajna, fajne, fajnych, super
a bad: zły, zła, złe, złego, złej, złych, kiepski, kiepska, kiepskie, słaby, słaba, słabe, słabych
a positive: pozytywny, pozytywna, pozytywne, pozytywnych
a negative: negatywny, negatywna, negatywne, negatywnych
a funny: śmieszny, śmieszna, śmieszne, śmiesznych, śmiesznego, zabawny, zabawna, zabawne, zabawnych
// Sleep: hours, quality, naps, waking and going to bed; the exact forms of "spać" come before "spalać".
v sleep: spało, spałem, spałam, spał, spała, spali, spały, spałeś, spałaś, spałyśmy, spaliśmy, śpisz, śpi, śpią, śpimy, spanie, spania, spaniem, spaniu
v sleep well: wyspałem, wyspałam, wyspać, wysypiam, wysypiać, wyspany, wyspana, wyspanie
v oversleep: zaspałem, zaspałam, zaspać, przespałem, przespałam, przespać
v nap: zdrzemnąłem, zdrzemnęłam, zdrzemnąć, drzemałem, drzemałam, kimam, kimać, kimnąłem, kima, kimka, kimkę
v go to bed: idę do łóżka, poszedłem spać, poszłam spać, pójście spać, chodzenie spać
v get up: wstałem, wstałam, wstać, wstawałem, wstawałam, wstaje, wstają
v wake up: budziłem, budziłam, wybudzam, wybudziłem, wybudziłam
v fall asleep: zasnąłem, zasnęłam, zasnąć, usnąłem, usnęłam
n sleep: sen, snu, snem, śnie, spanko, spanka, spanku, lulu, nyny
n sleep hours: godziny snu, godzin snu, ilość snu, długość snu, czas snu, czasu snu, przespane godziny, przespanych godzin
n sleep quality: jakość spania, jakości spania, jakości snu, jakością snu
n sleep debt: niewyspanie, niewyspania, niewyspany, niewyspana, niedobór snu, deficyt snu
n bedtime: pora snu, godzina snu, godzina pójścia spać, godzinę pójścia spać, godzina zaśnięcia, chodzenie do łóżka, położenie się
n wake-up time: godzina pobudki, godzinę pobudki, godzina wstawania, godzinę wstawania, pora wstawania, wstawania, pobudką
n night wakings: wybudzenia w nocy, wybudzeń w nocy, pobudek w nocy, nocne wybudzenia, przebudzenia, przebudzeń, przebudzenie
n falling asleep: zaśnięcie, zaśnięcia, usypiania, usnięcie, czas zasypiania, zasypiania
n sleep latency: czas do zaśnięcia
n naps: drzemkę, drzemką, drzemce, drzemki w ciągu dnia, poobiednia drzemka
n power naps: krótka drzemka, krótkie drzemki
n siesta: sjesta, sjesty
n sleepless nights: nieprzespane noce, nieprzespanych nocy, bezsenna noc, bezsenne noce, zarwana noc, zarwane noce, zarwanych nocy
n early nights: wcześniejsze chodzenie spać, wcześnie spać
n late nights: późne chodzenie spać, siedzenie do późna, siedzę do późna, do późna
n sleep schedule: rytm dobowy, rytmu dobowego, harmonogram snu, stałe pory snu
n sleep routine: rutyna przed snem, higiena snu, higieny snu
n sleep position: pozycja do spania, pozycja snu
n sleep tracker: opaska do snu, aplikacja do snu
n sleep apnoea: bezdech, bezdechu, bezdech senny, bezdechy
n snoring: chrapał, chrapała, chrapie, chrapią, chrapaniem
n sleep talking: mówienie przez sen, gadanie przez sen
n sleepwalking: chodzenie we śnie, lunatykuje, lunatykowała, lunatykował
n night terrors: lęki nocne, lęków nocnych, nocne lęki
n bad dreams: złe sny, złych snów, koszmar, koszmarem, koszmarek
n dreams journal: dziennik snów, zapis snów
n alarm clock: budziki, budzików, budzikach
n snoozes: drzemki budzika, przestawienia budzika, odkładanie budzika
n bed: łóżku, łóżkiem, łóżek, wyrko, wyra, wyrku
n pyjamas: piżama, piżamy, piżamę, piżamie
n earplugs: zatyczki do uszu, stopery, stoperów
n sleep mask: opaska na oczy, maska do spania
n baby sleep: sen dziecka, spanie dziecka, sen niemowlaka, drzemki niemowlaka
n co-sleeping: spanie z dzieckiem, wspólne spanie
a sleepy: śpiące, śpiących, senne, sennych
a rested: wypoczęty, wypoczęta, wypoczęci, odpoczęty, odpoczęta
// Time words: when and how often, never the thing itself.
- : dzisiaj, dziś, dzisiejszy, dzisiejsza, dzisiejsze, dzisiejszego, jutrzejszy, wczorajszy, wczorajsza, wczorajsze, wczorajszego
- : tygodniu, tygodniach, tygodniami, tygodniowy, tygodniowa, tygodniowe, tygodniowego, cotygodniowy, cotygodniowe
- : miesiącu, miesiącach, miesięcznie, miesięczny, miesięczna, miesięczne, miesięcznego, comiesięczny, comiesięczne
- : rocznie, roczny, roczna, roczne, rocznego, corocznie, coroczny, latach, latami
- : dniach, dniami, dzienna, dzienne, dziennego, codzienny, codzienna, codzienne, codziennego, codziennej, codziennych
- : godzinę, godzinach, godzinami, godzinny, godzinki, godzinkę, minutę, minutach, minutami, minutki, sekundy, sekund, sekunda
- : ranem, ranek, ranku, porankiem, porankach, poranku, z samego rana, o świcie
- : wieczorami, wieczorach, wieczorkiem, wieczorem, wieczór, wieczorze
- : popołudniami, po południu, przedpołudnie, przed południem, w południe, południem
- : nocą, nocami, nocach, w nocy, przez noc, po nocy
- : poniedziałek, poniedziałki, poniedziałku, wtorek, wtorki, wtorku, środa, środy, środę, środzie, czwartek, czwartki, czwartku, piątek, piątki, piątku, sobota, soboty, sobotę, sobocie, niedziela, niedziele, niedzieli, niedzielę
- : styczeń, stycznia, styczniu, luty, lutego, lutym, marzec, marca, marcu, kwiecień, kwietnia, kwietniu, maj, maja, maju, czerwiec, czerwca, czerwcu, lipiec, lipca, lipcu, sierpień, sierpnia, sierpniu, wrzesień, września, wrześniu, październik, października, październiku, listopad, listopada, listopadzie, grudzień, grudnia, grudniu
- : wiosna, wiosny, wiosną, wiośnie, lato, latem, lecie, jesień, jesieni, jesienią, zima, zimy, zimą, zimie, zimowy, letni
- : sezon, sezonu, sezonie, sezony
- : teraz, obecnie, aktualnie, ostatnio, niedawno, dawno, wcześniej, potem, następnie, najpierw, zaraz, wkrótce, niedługo
- : czasem, czasami, niekiedy, często, rzadko, regularnie, systematycznie, stale, ciągle, na bieżąco
f during: podczas, w trakcie, w czasie, w ciągu
f through: przez
- : od razu, na co dzień
- : ostatni, ostatnia, ostatnie, ostatniego, ostatniej, poprzedni, poprzednia, poprzednie, następny, następna, następne, kolejny, kolejna, kolejne, kolejnego
- : święta, świąt, świętach, wigilia, wigilii, wielkanoc, wielkanocy, sylwester, sylwestra, nowy rok
- : weekendach, weekendami
- : godz, min, sek, tydz, mies, pon, wt, śr, czw, pt, sob, ndz
// Weather: what the sky did and how it is measured.
n fog: mgła, mgły, mgłę, mgłą, mglisto
n drizzle: mżawka, mżawki, kapuśniaczek
n downpours: ulewa, ulewy, ulew, ulewą, oberwanie chmury, nawałnica, nawałnicy
n showers: przelotne opady, przelotny deszcz
n hail: grad, gradu, gradobicie
n sleet: deszcz ze śniegiem, śnieg z deszczem
n thunderstorms: burzach, burzy, grzmoty, grzmotów, pioruny, piorunów, piorun, błyskawice
n lightning: błyskawica, wyładowania, wyładowań
n gales: wichura, wichury, wichurę, wichurą, orkan, orkanu, halny, halnego
n wind speed: prędkość wiatru, siła wiatru, porywy wiatru, porywy, porywów
n heat: upał, upału, upały, upałów, skwar, skwaru, żar, gorąco, gorącem
n heatwaves: fale upałów, fala upałów, fali upałów
n cold spells: mrozy, mrozów, chłód, chłodu, ziąb, ziąbu, zimno, zimnem
n temperature readings: temperatura na zewnątrz, temperatury powietrza, temperaturę powietrza
n minimum temperature: temperatura minimalna, minimalna temperatura
n maximum temperature: temperatura maksymalna, maksymalna temperatura
n indoor temperature: temperatura w domu, temperatura w mieszkaniu, temperatura w pokoju
n air pressure: ciśnienie atmosferyczne, ciśnienia atmosferycznego, barometr, barometru
n clouds: chmury, chmur, chmura, zachmurzenie, zachmurzenia, pochmurno
n sunny days: słoneczne dni, słonecznych dni, słoneczny dzień, słonecznie
n rainy days: deszczowe dni, deszczowych dni, deszczowy dzień, dni z deszczem
n snowfall: opady śniegu, opadów śniegu, śnieżyca, śnieżycy, zamieć
n snow depth: grubość śniegu, pokrywa śnieżna, pokrywy śnieżnej
n ice: lód, lodu, gołoledź, gołoledzi, oblodzenie, ślisko
n dew: rosa, rosy
n rainbow: tęcza, tęczy, tęczę
n uv index: indeks uv, promieniowanie uv, uv
n pollen count: stężenie pyłków, pylenie traw, pylenie brzozy
n smog levels: poziom smogu, pm10, pm2.5, pm 2.5, zanieczyszczenie powietrza, zanieczyszczenia powietrza
n weather observations: obserwacje pogody, obserwacje pogodowe, pogodzie
n weather station: stacja pogodowa, stacji pogodowej
n rain gauge: deszczomierz, deszczomierza
n millimetres of rain: milimetry deszczu, mm deszczu
n seasons: pory roku, pór roku
n daylight: światło dzienne, długość dnia
n moon phases: fazy księżyca, faz księżyca, pełnia, pełni, nów, nowiu, księżyc, księżyca
n sky: niebo, nieba, niebie, gwiazdy na niebie
n sunrise times: wschody słońca, wschodu słońca
n sunset times: zachody słońca, zachodu słońca
n tides: przypływy, odpływy, pływy
n earthquakes: trzęsienia ziemi, trzęsienie ziemi
n floods: powódź, powodzi, powodzie, podtopienia, podtopień, zalanie, zalania
n drought: susza, suszy, suszę
n storm damage: szkody po burzy, zniszczenia po burzy
a rainy: deszczowy, deszczowa, deszczowe, deszczowych, deszczowo
a sunny: słoneczny, słoneczna, słoneczne, słonecznych
a cloudy: pochmurny, pochmurna, pochmurne, pochmurnych
a windy: wietrzny, wietrzna, wietrzne, wietrznie
a snowy: śnieżny, śnieżna, śnieżne, śnieżnych
a frosty: mroźny, mroźna, mroźne, mroźnych
a humid: wilgotny, wilgotna, wilgotne, parny, parna, parno
a foggy: mglisty, mglista, mgliste
// Places: where things happen, as the names of places.
n home: domem, domach, domku, domek, domki, chata, chaty, chacie, chałupa, chałupy
n flat: mieszkaniu, mieszkaniem, mieszkań, mieszkanko, kawalerka, kawalerki, kawalerce, blok, bloku
n house: domy, domów, dom jednorodzinny, domu jednorodzinnego
n holiday home: domek letniskowy, domku letniskowym, dacza, daczy
n countryside: wieś, wsi, wsią, na wsi, działka rekreacyjna
n town: miasteczko, miasteczka, miasteczku
n city centre: centrum miasta, centrum, centrów, śródmieście, śródmieścia
n neighbourhood: okolica, okolicy, okolicę, osiedle, osiedla, osiedlu, dzielnica, dzielnicy, dzielnicę
n street: ulica, ulicy, ulicę, ulice, ulic, ulicach
n park: park, parku, parki, parków, parkiem
n woods: lasy, lasów, lasem, lasach, lasek, lasku, zagajnik
n meadow: łąka, łąki, łąkę, łące, polana, polany
n fields: pola, pól, pole, polu, polach
n river: rzeka, rzeki, rzekę, rzece, rzek
n beach: plaże, plaż, plażach
n pool visits: basenu, basenem, pływalnia, pływalni, pływalnię, aquapark, aquaparku
n gym: siłowniach, klub fitness, klubu fitness, fitness klub
n stadium: stadion, stadionu, stadionie, boisko, boiska, boisku, orlik, orliku
n sports hall: hala sportowa, hali sportowej, sala gimnastyczna
n pe lessons: wf, wf-u, wuef, wuefu
n court: kort, kortu, korcie, korty
n ice rink: lodowisko, lodowiska, lodowisku
n ski slope: stok narciarski, stoki, stoków
n trails: ścieżki, ścieżek, ścieżka, ścieżkę, dukty
n shopping centre: galerii handlowej, galerie handlowe
n post office: poczcie, urząd pocztowy, paczkomat, paczkomatu, paczkomaty, paczkomatów
n bank: bank, banku, banki, banków, bankiem
n offices: urząd, urzędu, urzędzie, urzędy, urzędów
n doctor's surgery: gabinet, gabinetu, gabinecie, przychodni lekarskiej
n workplace: miejsce pracy, miejsca pracy, zakład, zakładu, zakładzie, fabryka, fabryki, fabryce
n school: szkole podstawowej, liceum, liceów, technikum, technikach
n church visits: kościołach, cerkiew, cerkwi, parafia, parafii
n cemetery: cmentarz, cmentarza, cmentarzu, groby, grobów, grób, grobu
n restaurants visited: restauracjach, bistro, pizzeria, pizzerii, bar mleczny, baru mlecznego
n cafés: kawiarniach, kafejka, kafejki, cukiernia, cukierni, cukiernię
n bars: barach, pubach, knajpach, dyskoteka, dyskoteki
n clubs: klub, klubu, klubie, kluby, klubów
n hotels: hotelach, pensjonat, pensjonatu, hostel, hostelu, apartament, apartamentu, airbnb
n campsite: pole namiotowe, pola namiotowego, camping, campingu
n airport visits: lotniskach
n abroad: zagranica, zagranicy, za granicą, za granicę
n region: region, regionu, województwo, województwa
n places: miejsca, miejsc, miejsce, miejscu, lokalizacje, lokalizacji, lokalizacja
// People: who a thing was done with or for, by role.
n friend: przyjaciel, przyjaciela, przyjacielem, przyjaciółka, przyjaciółki, przyjaciółką, kumpel, kumpla, kumplem, kumple, kumpli, ziomek, ziomka, ziomki
n friends: przyjaciół, przyjaciółmi, koleżankami, kolegami, znajomych, znajomym, znajomi
n acquaintances: znajomy, znajoma, znajomego, znajomą
n best friend: najlepszy przyjaciel, najlepsza przyjaciółka, psiapsiółka, psiapsiółki, bff
n partner time: czas z partnerem, czas z partnerką, czas we dwoje
n date nights: wieczory we dwoje, randki z mężem, randki z żoną, randkach
n people met: poznani ludzie, nowi ludzie, nowych ludzi, nowe znajomości, znajomości
n strangers: obcy, obcych, nieznajomi, nieznajomych
n men: mężczyźni, mężczyzn, mężczyzna, facet, faceta, faceci, facetów
n women: kobiety, kobiet, kobieta, kobietę
n boys: chłopcy, chłopców, chłopiec, chłopca, chłopaki, chłopaków
n girls: dziewczynki, dziewczynek, dziewczynka, dziewczynkę
n seniors: seniorzy, seniorów, senior, seniorka, starsi ludzie, emeryci, emerytów, emeryt, emerytka
n patients: pacjenci, pacjentów, pacjent, pacjenta, pacjentka, pacjentki
n doctors: lekarze, lekarzy, lekarką, lekarka, lekarki, doktor, doktora, doktorem, lekarzem
n specialists: specjalista, specjalisty, specjaliści, specjalistów
n cardiologist: kardiolog, kardiologa
n neurologist: neurolog, neurologa
n orthopaedist: ortopeda, ortopedy
n endocrinologist: endokrynolog, endokrynologa
n gastroenterologist: gastrolog, gastrologa, gastroenterolog
n allergist: alergolog, alergologa
n psychiatrist: psychiatrą, psychiatrze
n psychologist: psycholożka, psycholożki, psychologiem, psychologa
n dietitian: dietetyk, dietetyka, dietetyczka, dietetyczki
n midwife: położna, położnej, położną
n physiotherapist: fizjoterapeuta, fizjoterapeutka, fizjoterapeutki, fizjoterapeutą
n hairdresser: fryzjerka, fryzjerki, fryzjerem, fryzjerce, barber, barbera, barberze
n beautician: kosmetyczka, kosmetyczki, kosmetyczce, kosmetolog, kosmetologa
n cleaner: sprzątaczka, sprzątaczki, pani do sprzątania, pani sprzątająca
n nanny: nianię, opiekunką do dziecka
n plumber: hydraulikiem, hydraulikowi
n electrician: elektryk domowy, elektrykiem
n mechanic: mechanikiem, mechanikowi
n handyman: fachowiec, fachowca, fachowcy, fachowców
n courier: kurierem, kurierzy, kurierów, listonosz, listonosza, listonoszem
n landlord: właściciel mieszkania, właściciel, właściciela, wynajmujący
n tenants: najemcy, najemców, najemca, lokatorzy, lokatorów, lokator
n neighbours: sąsiadem, sąsiadami, sąsiadką, sąsiadki, sąsiedzi z bloku
n flatmates: współlokatorzy, współlokatorów, współlokator, współlokatorka
n guests: gośćmi, gościem, gościach, goście w domu
n visitors: odwiedzający, odwiedzających
n customers served: obsłużeni klienci, obsłużonych klientów
n team members: członkowie zespołu, członków zespołu
n employees: pracownicy, pracowników, pracownik, pracownika, pracownica, pracownicy firmy
n interns: stażyści, stażystów, stażysta, praktykanci, praktykantów
n recruiters: rekruterzy, rekruterów, rekruter, rekruterka
n mentors: mentor, mentora, mentorka, mentorzy
n coaches: trenerzy, trenerów, trenerki
n teammates: koledzy z drużyny, drużyna, drużyny, drużynę, drużynie
n players: zawodnicy, zawodników, zawodnik, zawodnika, gracze, graczy, gracz, gracza
n opponents: przeciwnicy, przeciwników, przeciwnik, przeciwnika, rywal, rywala, rywale
n fans: kibice, kibiców, kibic, kibica
n priest: ksiądz, księdza, proboszcz, proboszcza
n volunteers: wolontariusze, wolontariuszy
n donors: darczyńcy, darczyńców, dawcy, dawców
n influencers: influencerzy, influencerów, influencer, influencerka, youtuberzy, youtuberów, youtuber
n celebrities: celebryci, celebrytów, gwiazdy filmowe
n politicians: politycy, polityków, polityk
n contacts: kontakt, kontaktu, kontaktem, numery telefonów
n birthdays of friends: urodziny znajomych, urodziny przyjaciół
n people: osoby, osób, osoba, osobę, osobą, ludźmi, ludziach
- : wszyscy, wszystkim, każdy z nas
- : nikt, nikogo, nikomu
- : ktoś, kogoś, komuś, kimś
- : nas, nam, nami
- : oni, one, ich, im, nimi, jego, jej, go, mu, nią, niej, nich
// Frame words of a request: the verbs and nouns that ask for a record, never its subject.
- : zapisuję, zapisywać, zapisać, zapisałem, zapisałam, zapisz, zapisuj, zapisujesz, zapisywał, zapisywała, zapiszesz, zapisywanie
- : notuję, notować, zanotować, zanotowałem, zanotowałam, zanotuj, notuj, odnotować, odnotowuję, odnotuj, notowanie
- : wpisuję, wpisywać, wpisać, wpisz, wpisuj, wpisałem, wpisałam, dopisuję, dopisywać, dopisz
- : śledzę, śledzić, śledzenie, śledź, monitoruję, monitorować, monitorowanie, monitoruj, rejestruję, rejestrować, rejestruj
- : pilnuję, pilnować, pilnuj, odhaczam, odhaczać, odhaczyć, odhacz, odhaczaj, zaznaczam, zaznaczać, zaznaczyć, zaznacz, zaznaczaj
- : trackuję, trackować, trackuj, loguję, logować, loguj, ewidencjonować, zbieraj dane, zliczaj, zliczam, zliczać, policz, policzyć, liczę, liczyć, licz
- : przypominaj, przypomnij, przypominać, przypominanie, pamiętaj, pamiętać, pamiętam, zapamiętaj
- : poświęcam, poświęcać, poświęciłem, poświęciłam, poświęcił, poświęciła, spędzam, spędzać, spędziłem, spędziłam, spędza, spędzają
- : siedzę, siedzieć, siedziałem, siedziałam, siedzi, siedzą, przesiaduję, przesiadywać
- : ograniczyć, ograniczam, ograniczać, zmniejszyć, zmniejszam, zmniejszać, zredukować, redukuję, rzucić, rzucam, rzuciłem, rzuciłam, rzucenie
- : wiedzieć, wiem, widzieć, widzę, zobaczyć, zobaczę, sprawdzić, porównać, porównywać, analizować, przeanalizować
- : przyda, przydać, przydałoby, przydatne, potrzebuję, potrzebować, potrzebny, potrzebna, potrzebne
- : pomóc, pomożesz, pomóż, pomagać, dodaj, dodawaj, dodać, dodawać, stwórz, stworzyć, utwórz, załóż, zrób, zróbmy
- : prowadź, kontrolę
- : rejestr, rejestru, log, logi, logów, tabela, tabeli, tabelka, tabelkę, wykaz, zestawienie, statystyki, statystyk, ewidencja
- : wpis, wpisy, wpisów, zapis, zapisy, zapisów, zapisek, notatka do, raport dzienny
- : skala, skali, skalę, w skali, punktacja
- : natężenie, natężenia, nasilenie, nasilenia, intensywność, intensywności, ilości, liczbę, liczby
- : długo, dłużej, krótko, długość, długości, częstotliwość, częstotliwości
- : coś, czegoś, czymś, cokolwiek, nic, niczego
// Fillers, pronouns and words of degree that must not stay in a subject.
- : proszę, prosiłbym, prosiłabym, poproszę, dzięki, dziękuję, hej, cześć, siema, hejka, elo, witam
- : spoko, serio, totalnie, mega, strasznie, okropnie, naprawdę, generalnie, ogólnie, jakoś, jakby, chyba, pewnie, właśnie, zwłaszcza, szczególnie, głównie, przynajmniej, nawet, prawie, około, mniej więcej, ponad, aż, dopiero
- : itd, itp, np, tzn, tj, etc, wg, ew, ewentualnie
- : jakiś, jakaś, jakieś, jakiegoś, jakiejś, jakichś, który, która, które, którego, której, których, którym, którą, jaki, jaka, jakie, jakiego, jakiej, jakich, czym, czego, kogo
- : tam, tu, tutaj, gdzieś, wszędzie, nigdzie, stąd, tędy
- : mnie, mną, mój własny, moja własna, własny, własna, własne, własnych, nasz, nasza, nasze, naszego, naszej, naszych, naszym, twój, twoja, twoje, twojego, twoich
- : sam, sama, samo, sami, same, samemu, osobno, osobny, osobna, oddzielnie, razem, wspólnie
- : cały, cała, całe, całego, całej, całych, całym, całą, całkiem, całkowicie
- : inny, inna, inne, innego, innej, innych, innym, różne, różnych, różny, poszczególne, poszczególnych, konkretny, konkretna, konkretne, dany, dana, dane
- : kilka, kilku, parę, paru, wiele, wielu, sporo, mnóstwo, pełno, niewiele, trochę, troszkę, odrobinę, tyle, tyle ile, ileś
- : jeden, jedna, jedno, jednego, jednej, dwa, dwie, dwóch, trzy, trzech, cztery, pięć, sześć, siedem, osiem, dziewięć, dziesięć, kilkanaście, kilkadziesiąt, sto, pół, połowa, połowę, ćwierć
- : bez przerwy, na razie, w ogóle, tak, nie, też, także, również, jednak, natomiast, wtedy gdy, dopóki, zanim, odkąd, aż do
- : był, byłem, byłam, było, będę, będzie, jestem, jesteś, są, zostać, zostałem, zostałam, staram, muszę, musiałem, mogę, mógłbym, mogłabym, umiem, potrafię
- : czyli, mianowicie, tzw, tak zwany, tak zwane, czyli tzn
`;
