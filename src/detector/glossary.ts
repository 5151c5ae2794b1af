// English words for common words of habits, chores, pets, the body and medicines, so an unknown
// subject said in another language can still get an English name ("cambio las sábanas" →
// "bedsheet changes", "exercices de kiné" → "physiotherapy exercises"). Entries are folded
// ("sabanas", "ube"); "v:" marks a verb, "a:" an adjective (after its noun in es/fr), "" a word
// to drop, "_" joins an English compound. A word the glossary does not know keeps the user's
// form, so a subject is English, transliterated, or (for brand names) both.
import type { Language } from "./types.js";

export interface Gloss {
  en: string;
  pos: "v" | "a" | "n" | "f";
}

const RAW: Partial<Record<Language, string>> = {
  es: `cambio=v:change cambiar=v:change limpio=v:clean limpiar=v:clean riego=v:water regar=v:water tomo=v:take tomar=v:take uso=v:use usar=v:use
    hago=v:do hacer=v:do doy=v:take pongo=v:do lavo=v:wash lavar=v:wash friego=v:wash practico=v:practise toco=v:play juego=v:play
    tengo=v:have cocino=v:cook barro=v:sweep aspiro=v:vacuum estiro=v:stretch alimento=v:feed saco=v:take paseo=v:walk cepillo=v:brush
    sabanas=bedsheets lentillas=contact_lenses lentes=contact_lenses plantas=plants planta=plant perro=dog perros=dogs gato=cat gatos=cats acuario=aquarium
    pecera=fish_tank ducha=shower duchas=showers dientes=teeth unas=nails aceite=oil moto=motorcycle coche=car partidas=games partida=game
    ajedrez=chess ejercicios=exercises ejercicio=exercise fisio=physiotherapy fisioterapia=physiotherapy rodilla=knee hombro=shoulder espalda=back
    estiramientos=stretching estiramiento=stretching lavadora=laundry lavadoras=laundry ropa=laundry platos=dishes basura=trash bano=bathroom toallas=towels
    cama=bed filtro=filter pastilla=pill pastillas=pills inhalaciones=puffs cintura=waist contorno=circumference tiroides=thyroid largos=laps
    ukelele=ukulele ukulele=ukulele guitarra=guitar piano=piano violin=violin flauta=flute bateria=drums fria=a:cold frio=a:cold frias=a:cold frios=a:cold
    caliente=a:hot calientes=a:hot pan=bread suelo=floor ventanas=windows super=groceries supermercado=groceries hierro=iron migranas=migraines
    el= la= los= las= un= una= unos= unas= mi= mis= me= se= le= lo= de=f:of del=f:of a=f:to al=f:to con=f:with en=f:in para=f:for por=f:for`,
  fr: `change=v:change changer=v:change nettoie=v:clean nettoyer=v:clean arrose=v:water arroser=v:water prends=v:take prendre=v:take utilise=v:use
    fais=v:do faire=v:do donne=v:give lave=v:wash laver=v:wash promene=v:walk joue=v:play pratique=v:practise cuisine=v:cook passe=v:do
    ai=v:have etire=v:stretch nourris=v:feed sors=v:take brosse=v:brush ronge=v:bite repasse=v:iron
    draps=bedsheets drap=bedsheet lentilles=contact_lenses plantes=plants plante=plant chien=dog chat=cat lapin=rabbit litiere=litter aquarium=aquarium
    douche=shower douches=showers bain=bath dents=teeth ongles=nails huile=oil voiture=car velo=bike exercices=exercises exercice=exercise
    kine=physiotherapy kinesitherapie=physiotherapy perinee=pelvic_floor genou=knee dos=back etirements=stretching etirement=stretching
    lessive=laundry linge=laundry vaisselle=dishes poubelle=trash poubelles=trash serviettes=towels lit=bed filtre=filter vermifuge=dewormer
    comprime=pill comprimes=pills taille=waist tour=circumference crise=attack crises=attacks asthme=asthma acouphenes=tinnitus insomnie=insomnia
    pain=bread violon=violin piano=piano guitare=guitar flute=flute batterie=drums aspirateur=vacuuming froide=a:cold froides=a:cold froid=a:cold
    froids=a:cold chaude=a:hot chaudes=a:hot fer=iron sol=floor fenetres=windows migraines=migraines maison=a:homemade
    le= la= les= un= une= des= mon= ma= mes= me= se= de=f:of du=f:of d'=f:of a=f:to au=f:to aux=f:to avec=f:with en=f:in pour=f:for`,
  de: `wechsle=v:change wechseln=v:change tausche=v:change putze=v:clean putzen=v:clean giesse=v:water giese=v:water nehme=v:take nehmen=v:take
    benutze=v:use verwende=v:use dusche=v:shower futtere=v:feed futtere=v:feed wasche=v:wash spiele=v:play ube=v:practise koche=v:cook
    dehne=v:stretch entkalke=v:descale sauge=v:vacuum kriegt=v:get bekomme=v:get kriege=v:get hab=v:have habe=v:have bade=v:bath aufwache=v:wake sauber=v:clean mach= mache=
    bettwasche=bedsheets handtucher=towels kontaktlinsen=contact_lenses pflanzen=plants blumen=flowers tomaten=tomatoes hund=dog katze=cat
    katzenklo=litter_box zahne=teeth zahnseide=floss nagel=nails auto=car fahrrad=bike ubungen=exercises physio=physiotherapy knie=knee rucken=back
    geschirr=dishes mull=trash wohnung=flat kaffeemaschine=coffee_machine wasserfilter=water_filter zeckentablette=tick_tablet pilze=mushrooms
    sodbrennen=heartburn bauchumfang=waist_circumference heuschnupfen=hay_fever symptome=symptoms dehnen=stretching gitarre=guitar klavier=piano
    geige=violin kalt=a:cold kaltes=a:cold warm=a:warm fenster=windows boden=floor bad=bathroom
    der= die= das= den= dem= des= ein= eine= einen= einem= mein= meine= meinen= meinem= seine= seinen= ich= mir= mich= sich=
    von=f:of vom=f:of fur=f:for furs=f:for mit=f:with in=f:in im=f:in auf=f:on`,
  pl: `odkurzam=v:vacuum myje=v:wash zmieniam=v:change wymieniam=v:change podlewam=v:water karmie=v:feed biore=v:take lykam=v:take uzywam=v:use
    mam=v:have robie=v:do gotuje=v:cook sprzatam=v:clean czyszcze=v:clean gram=v:play rozciagam=v:stretch daje=v:give wyprowadzam=v:walk kisze=v:pickle
    prasuje=v:iron pieke=v:bake szczotkuje=v:brush
    mieszkanie=flat posciel=bedsheets soczewki=contact_lenses rosliny=plants kwiaty=flowers kwiatki=flowers storczyki=orchids psa=dog psu=dog pies=dog
    kota=cat kotu=cat kot=cat rybki=fish akwarium=aquarium prysznic=shower zeby=teeth paznokcie=nails samochod=car auto=car rower=bike
    cwiczenia=exercises fizjoterapeuty=physiotherapy kregoslup=spine pranie=laundry naczynia=dishes smieci=trash reczniki=towels wklad=cartridge
    filtr=filter tabletke=tablet telefon=phone pianinie=piano pianino=piano gitarze=guitar gitara=guitar skrzypcach=violin zimny=a:cold zimna=a:cold
    obwodu=circumference talii=waist obwod=circumference kiszenie=pickling rozciaganie=stretching chleb=bread okna=windows podloge=floor
    moje= moj= moja= mojego= moich= mi= sie= ten= ta= to= na=f:on w=f:in z=f:with po=f:after od=f:of dla=f:for`,
};

const GLOSSARIES = new Map<Language, ReadonlyMap<string, Gloss>>();
for (const [lang, raw] of Object.entries(RAW) as [Language, string][]) {
  const map = new Map<string, Gloss>();
  for (const pair of raw.split(/\s+/).filter(Boolean)) {
    const [word, value = ""] = pair.split("=") as [string, string?];
    const tagged = /^([vaf]):(.*)$/.exec(value);
    map.set(
      word,
      tagged ? { en: tagged[2]!.replace(/_/g, " "), pos: tagged[1] as Gloss["pos"] } : { en: value.replace(/_/g, " "), pos: "n" },
    );
  }
  GLOSSARIES.set(lang, map);
}

/** What the glossary says of one folded word in `language`. */
export function gloss(word: string, language: Language): Gloss | undefined {
  return GLOSSARIES.get(language)?.get(word);
}

/** The English word for one folded word, when the glossary knows it as a content word. */
export function translateWord(word: string, language: Language): string | undefined {
  const g = gloss(word, language);
  return g && g.en !== "" && g.pos !== "f" ? g.en : undefined;
}
