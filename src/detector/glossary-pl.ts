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
v shop: robię zakupy, kupuję, kupować
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
n parrot: papuga, papugi, papugę
n horse: koń, konia, konie
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
n arm: ramię, ramienia, biceps, bicepsa
n thigh: udo, uda
n body fat: tkanka tłuszczowa, tkanki tłuszczowej
n blood pressure: ciśnienie, ciśnienia
n blood sugar: cukier we krwi, cukru we krwi, poziom cukru, glukoza, glukozy, glikemia
n pulse: puls, pulsu, tętno, tętna
n temperature: temperatura, temperatury, gorączka, gorączki
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
n anxiety: lęk, lęku, stany lękowe
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
n football: piłka nożna, piłki nożnej, piłkę, mecze, meczów, mecz
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
n lawn: trawnik, trawnika, trawa, trawę
n tomatoes: pomidory, pomidorów
n cucumbers: ogórki, ogórków
n tick tablet: tabletka na kleszcze
n ticks: kleszcze, kleszczy
n nappies: pieluchy, pieluch, pieluszki, pieluszek
n feeds: karmienia, karmień
n nap: drzemki, drzemek
n steps: kroki, kroków
n distance: dystans, dystansu
n bins: kosze, kosza
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
v pick: zbieram, zbierać, zbieranie
v inspect: kontroluję, kontrolować, kontrola, przegląd, przeglądam
v lubricate: smaruję, smarować, smarowanie, oliwię
v burn: spalam, spalać, palę w kominku
v apply: nakładam, nakładać, smaruję się
v inject: wstrzykuję, wstrzykiwać, zastrzyk, zastrzyki, zastrzyków, kłuję się
v breastfeed: karmię piersią, karmienie piersią, karmienia piersią
v learn: uczę się, uczyć się, nauka, nauki
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
n eye: oko, oczy, oczu
n eye drops: krople do oczu
n ear drops: krople do uszu
n sunscreen: krem z filtrem, filtr przeciwsłoneczny
n cream: krem, kremu, maść
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
n homework: zadanie domowe, zadania domowe, prace domowe
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
n key: klucz, klucza, klucze, kluczy
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
n snack: przekąska, przekąski, przekąsek, przekąskę
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
n grass: trawa, trawy, trawę, trawnik, trawnika
n lawnmower: kosiarka, kosiarki, kosiarkę
n hose: wąż ogrodowy
n watering can: konewka, konewki, konewkę
n rainwater: deszczówka, deszczówki
n herbs: zioła, ziół, ziółka, bazylia, bazylii, mięta, mięty, pietruszka, pietruszki, koperek, koperku
n harvest: plony, plonów
n pests: szkodniki, szkodników, mszyce, mszyc, ślimaki, ślimaków
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
n hip: biodro, biodra, bioder
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
n flatulence: gazy, gazów, wzdęcia, wzdęć
n swelling: opuchlizna, opuchlizny, obrzęk, obrzęku, obrzęki
n bruises: siniaki, siniaków, siniak
n wounds: rany, rana, ranę, skaleczenie, skaleczenia
n burns: oparzenia, oparzeń, oparzenie
n blisters: pęcherze, pęcherzy, odciski, odcisków
n bites: ugryzienia, ugryzień, ukąszenia, ukąszeń
n urticaria: pokrzywka, pokrzywki
n dry skin: sucha skóra
n hair loss: wypadanie włosów
n dandruff: łupież, łupieżu
n cold sores: opryszczka, opryszczki
n infections: infekcje, infekcji, infekcja, zakażenie, zakażenia
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
n therapist: terapeuta, terapeuty, terapeutka, psycholog, psychologa, psychiatra, psychiatry
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
n grandchildren: wnuki, wnuków, wnuczka, wnuczki, wnuk, wnuka
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
n mouse: mysz, myszy, myszka
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
n photography: fotografia, fotografii, fotografowanie, zdjęcia, zdjęć
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
n keyboard: keyboard, pianino, pianina, pianinie
n accordion: akordeon, akordeonu
n harmonica: harmonijka, harmonijki
n scales: gamy, gam
n cards: karty, kart, karcianki
n poker: poker, pokera
n bridge: brydż, brydża
n sudoku: sudoku
n video games: gry komputerowe, gry wideo, gierki, gierek, granie na konsoli
n console: konsola, konsoli, konsolę, playstation, xbox
n board game nights: planszówki, planszówek, gry planszowe
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
n strength training: trening siłowy, siłownia, siłowni, siłownię, siłka, siłki
n weights: ciężary, ciężarów, hantle, hantli, sztanga, sztangi
n bench press: wyciskanie, wyciskania, wyciskanie na ławce
n deadlifts: martwy ciąg, martwego ciągu
n lunges: wykroki, wykroków
n burpees: burpees, padnij powstań
n skipping: skakanka, skakanki, skakanie na skakance
n crunches: brzuszki, brzuszków
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
n tolls: opłaty za autostradę, autostrada, autostrady
n tickets: bilety, biletów, bilet, biletu
n speeding tickets: mandaty, mandatów, mandat, mandatu
n traffic jams: korki, korków, korek
n tram: tramwaj, tramwaju, tramwajem
n metro: metro, metra, metrem
n plane: samolot, samolotu, samolotem, loty, lotów, lot
n taxis: taksówka, taksówki, taksówek, taksówkę, uber, ubera, bolt, bolta
n scooter: hulajnoga, hulajnogi, hulajnogę, skuter, skutera
n business trips: podróże służbowe, delegacje, delegacji, delegacja, wyjazdy służbowe
n bike rides: wycieczki rowerowe
n bike service: serwis roweru
n helmet: kask, kasku
// Money, shopping, bills, utilities.
n cash: kasa, kasy, kasę, gotówka, gotówki, gotówkę, hajs, hajsu
n expenses: wydatki, wydatków, wydatek, koszty, kosztów, koszt
n income: dochody, dochodów, dochód, przychody, przychodów, zarobki, zarobków
n salary: pensja, pensji, pensję, wypłata, wypłaty, wypłatę, pensyjka
n savings: oszczędności, oszczędność, skarbonka, skarbonki
n budget: budżet, budżetu
n debt: dług, długu, długów
n loan: kredyt, kredytu, pożyczka, pożyczki, pożyczkę, rata, raty, rat
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
n receipts: paragony, paragonów, paragon, rachunki, rachunków
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
n job: praca, pracy, pracę, robota, roboty, robotę, fucha, fuchy
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
n lectures: wykłady, wykładów, wykład, zajęcia, zajęć
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
n youtube: youtube, jutub, jutuba, youtuba, filmiki, filmików
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
n fear: strach, strachu, lęk, lęku, lęki
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
v recycle: segreguję, segregować, posegregowałem
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
`;
