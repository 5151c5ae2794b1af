// How people write to an assistant in a chat app, on sentences written for these tests (none is in
// a labelled set): an emoji where a full stop would be, an order with a question mark, a pronoun
// that takes up what was just counted, a clitic cluster, what to record named after the order —
// and the lookalikes each of them must leave alone.
import { describe, expect, it } from "vitest";
import { createRequestParser } from "./request-parser.js";

const parse = createRequestParser();
const subjectOf = (text: string): string | undefined => {
  const out = parse(text);
  return out.kind === "request" ? out.need.subject : undefined;
};
const kind = (text: string): string => parse(text).kind;

describe("an emoji ends a sentence", () => {
  it("makes the order after it an order of its own, in every language", () => {
    expect(subjectOf("finally cleaned the gutters 🍂 log my gutter cleaning")).toBe("gutter cleaning");
    expect(kind("rzuciłem słodycze 🍫 zapisuj ile dni wytrzymam")).toBe("request");
    expect(kind("heute wieder gejoggt 🏃 zähl bitte meine Läufe mit")).toBe("request");
    expect(kind("otra vez tarde al curro 😩 apunta mis retrasos")).toBe("request");
    expect(kind("j'ai encore grignoté 🙈 note mes grignotages")).toBe("request");
  });

  it("does not turn a description or a negation into an order", () => {
    expect(kind("my watch is great 😍 it tracks my sleep")).toBe("none");
    expect(kind("new phone 📱 I don't want to track anything")).toBe("none");
  });
});

describe("an order said with a question mark", () => {
  it("is still an order when the clause opens with the verb", () => {
    expect(subjectOf("count my espressos for me?")).toBe("coffee");
    expect(kind("keep count of the pages i read each night?")).toBe("request");
    expect(kind("cn u log my climbing sessions?")).toBe("request");
    expect(kind("did 40 squats today, track those for me from now on?")).toBe("request");
  });

  it("stays a question when it asks what the assistant does, or opens with a question word", () => {
    expect(kind("Zählst du meine Schritte?")).toBe("none");
    expect(kind("Notierst du meinen Blutdruck?")).toBe("none");
    expect(kind("do you log my runs?")).toBe("none");
    expect(kind("did you track my sleep last night?")).toBe("none");
  });
});

describe("a pronoun takes up what the user has just counted", () => {
  it("names the counted thing, past a unit or a container", () => {
    expect(subjectOf("did 30 burpees this morning, log them please")).toBe("burpees");
    expect(subjectOf("hoy ya llevo 3 cafés 😅 cuéntamelos a partir de ahora porfa")).toBe("coffee");
    expect(subjectOf("j'ai fait 15 tractions 💪 tu peux me les noter tous les jours ?")).toBe("pull-ups");
  });

  it("leaves a pronoun with nothing counted before it alone", () => {
    expect(kind("it is 5 o'clock, log it")).toBe("none");
  });
});

describe("a Spanish order with its pronouns, or going on recording", () => {
  it("reads clitic clusters and ir + gerund", () => {
    expect(kind("bebí 2 cervezas, apúntamelas")).toBe("request");
    expect(kind("¿puedes ir anotando mis horas de estudio?")).toBe("request");
    expect(kind("ve contando mis flexiones cada día")).toBe("request");
  });
});

describe("what to record with each one, named after the order", () => {
  it("makes a thing with an article something of the user's", () => {
    expect(kind("my toddler has tantrums all the time. can you log the tantrums? how long and what set it off")).toBe("request");
    expect(kind("kannst du die Anfälle pro Woche festhalten?")).toBe("request");
  });

  it("does not make a thing the user only wants to follow their own", () => {
    expect(kind("can you follow the election results tonight?")).toBe("none");
    expect(kind("keep track of the kids")).toBe("none");
  });
});

describe("words that are never the thing", () => {
  it("drops laughter, units and times of day from an open subject", () => {
    expect(subjectOf("cada vez que estornudo lo quiero anotar jajaja") ?? "").not.toMatch(/jaja/);
    expect(subjectOf("note every sneeze lol")).toBe("sneeze");
    expect(subjectOf("zapisuj moje drzemki xd")).toBe("naps");
    // Laughter is one syllable said again: "hija" (daughter) is a word.
    expect(subjectOf("cada vez que mi hija tose, apúntalo")).toMatch(/daughter/);
  });

  it("names days without something as such", () => {
    expect(subjectOf("odhaczaj każdy dzień bez kawy")).toBe("coffee-free days");
    expect(subjectOf("log every day without sugar")).toBe("sugar-free days");
  });
});

describe("a topic the message opens with", () => {
  it("is what an order that only points back records", () => {
    expect(subjectOf("Gutter cleaning — log it whenever I do it")).toBe("gutter cleaning");
    expect(subjectOf("Meine Eisentabletten. Schreib's dir jedes Mal auf, wenn ich eine nehme.")).toMatch(/iron/);
    expect(subjectOf("Mis migrañas. Cuando te diga que me duele, apúntalo.")).toBe("migraines");
  });

  it("is not an opener, a yes or an act the user told of", () => {
    expect(subjectOf("quick question: can you log my naps?")).toBe("naps");
    expect(subjectOf("washed the car today, can you keep a record so i know when i last did it") ?? "").not.toMatch(/^washed$/);
    expect(kind("ok so yeah, log it")).toBe("none");
  });
});

describe("a clause that only points back", () => {
  it("names nothing: 'when it happens', 'cada vez que lo haga', 'jak ci powiem'", () => {
    expect(subjectOf("my dog keeps barking at night. can you note when it happens?") ?? "").not.toMatch(/happen/);
    expect(subjectOf("me muerdo las uñas. apunta cada vez que lo haga") ?? "").not.toMatch(/^do$|hacer/);
  });
});

describe("more ways to say 'keep a record'", () => {
  it("reads them in every language", () => {
    expect(kind("every time the baby hiccups i want it written down")).toBe("request");
    expect(kind("just keep adding up the glasses of juice i tell u")).toBe("request");
    expect(kind("Jedes Mal wenn ich Nasenspray nehme, will ich das notiert haben")).toBe("request");
    expect(kind("Ich schick dir ab und zu meinen Puls, sammel die bitte.")).toBe("request");
    expect(kind("Mis tiradas de dardos: que quede guardado cada vez que juegue.")).toBe("request");
    expect(kind("garde un historique de mes séances de yoga")).toBe("request");
    expect(kind("chcę mieć ewidencję moich przetworów: co i ile słoików")).toBe("request");
  });

  it("leaves a sum, a countdown and a keepsake alone", () => {
    expect(kind("can you add up 3, 5 and 8 for me?")).toBe("none");
    expect(kind("Policz, ile dni zostało do wakacji.")).toBe("none");
    expect(kind("count the days until my birthday")).toBe("none");
    expect(kind("je garde en mémoire ce moment pour toujours")).toBe("none");
    expect(kind("Ich sammle Briefmarken seit ich zehn bin")).toBe("none");
  });
});

describe("the record asked for in the passive names its thing from the clause before", () => {
  it("ends that clause where the frame begins", () => {
    expect(subjectOf("every time the baby hiccups i want it written down")).toBe("baby hiccuping");
    expect(subjectOf("Jedes Mal wenn ich Nasenspray nehme, will ich das notiert haben")).not.toBe("have");
  });
});

describe("small forms that carried a request", () => {
  it("reads them", () => {
    expect(kind("Whenever I mention a cigarette, add it to a running count for the week.")).toBe("request");
    // "started taking X": what is taken names it, as "took X" does.
    expect(subjectOf("started taking zinc, 25 mg. track em for me pls")).toBe("zinc");
    expect(subjectOf("started doing yoga again, log it")).toBe("yoga");
    expect(kind("Od teraz pamiętaj, kiedy podlewam kwiaty.")).toBe("request");
    expect(kind("Prowadź, proszę, rejestr moich wizyt u dentysty.")).toBe("request");
    expect(kind("Necesito que controles cuántas veces riego el huerto.")).toBe("request");
    expect(kind("hoy hice 30 sentadillas 💪 me las vas apuntando cada día?")).toBe("request");
    expect(kind("Les séances de yoga : garde-les en mémoire avec le prix.")).toBe("request");
    expect(kind("jveux garder une trace de mes siestes")).toBe("request");
  });

  it("names days without cigarettes smoke-free", () => {
    expect(subjectOf("count the days I go without cigarettes")).toBe("smoke-free days");
  });
});

describe("an opening topic may be a thing done", () => {
  it("reads a noun with its participle as the topic a pointing order records", () => {
    const p = parse("Dachrinne gereinigt. Schreib's dir jedes Mal auf");
    expect(p.kind).toBe("request");
  });
});
