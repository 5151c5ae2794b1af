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
`;
