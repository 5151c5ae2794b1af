// Function words of each language that never name a thing to track: question words, modal and
// helper verbs, conjunctions, prepositions, adverbs of degree and the frame words of a request
// ("can you help me", "ile razy", "wie oft", "qué tal", "est-ce que"). An open subject leaves
// them out, so an unknown phrase is named by its content words alone ("tu pourrais m'aider à
// suivre …" names neither "pourrais" nor "aider"). Written from the closed word classes of each
// language (the same classes stopwords-iso lists); only exact folded forms match, so a longer
// word that begins with one is untouched. A form that is also a content word ("żeby"/"zęby", "té",
// "como" of "comer", French "pas") is left out: the glossary and the rules read it.
import type { Language } from "./types.js";

const set = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));

export const FUNCTION_WORDS: Record<Language, ReadonlySet<string>> = {
  en: set(`
    whether which what whatever how many much could would should will shall might must
    need needs want wants wanna like help me it them him us please lets let's kinda sorta
    is are was were be been am do does did don't doesn't didn't`),
  pl: set(`
    ile razy jak czy co kto gdzie kiedy dlaczego ktory ktora ktore ktorej ktorego ktorych ktorym
    ale i a lub albo oraz ani ze aby bo wiec gdy jesli jezeli
    jest sa byl byla bylo byly bede bedzie moge mozesz moze musze musisz chce chcialbym chcialabym
    chcesz ty ci cie ciebie bym by tez jeszcze juz tylko bardzo troche duzo malo ok okej no`),
  de: set(`
    wie oft viel viele vielen was wer wo wann ob welche welcher welches welchen warum wieso
    muss musst mussen kann kannst konnen konntest mochte mochtest will willst wollen soll sollst
    sollte wurde wurdest ist sind war waren bin bist wird werden haben hab habe hast hat hatte hatten
    und oder aber auch nur schon dass weil wenn denn doch ja nein zur zum du dich dir`),
  es: set(`
    que q cuanto cuanta cuantos cuantas cual cuales donde cuando quien tal
    puedes podrias puede podria quiero quisiera queria necesito debo tengo gustaria
    y o u pero tambien ya muy mas menos ni porque pues es son era esta estan estoy fue tu ti usted`),
  fr: set(`
    combien quel quelle quels quelles comment ou quand qui quoi pourquoi est-ce qu' que
    est sont suis etait ete ai as avons avez ont pourrais pourriez peux peut peux-tu veux voudrais tu te t' toi vous
    voudrions aimerais faudrait dois aider et mais aussi deja tres trop ne n' ni car donc si euh bah ben`),
};
