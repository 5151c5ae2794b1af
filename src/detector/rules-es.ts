import { alt, words, type LanguageRules } from "./rules.js";

export const ES: LanguageRules = {
  language: "es",
  intent: new RegExp(
    `\\b(?:(${alt(
      "registr(?:ar|a|e|es|en|emos|ando)", "llev(?:ar|a|o|e|es|emos|ando) (?:un |el |la |mi |una |mis )?(?:registro|control|seguimiento|cuenta|diario|conteo|historial|bitacora|recuento)",
      "(?:hacer|haz|hagas|hacerle|hago|hagamos|haga|hacer un|hagas un) (?:un |el )?seguimiento", "seguimiento", "monitor(?:ear|izar|ea|iza|ee|ice|eo)",
      "rastre(?:ar|a|e)", "vigil(?:ar|a|e|es|emos|ando)", "(?:estar|estes|este|esta|estate|estemos|estad) (?:\\w+ )?pendiente de", "monitor(?:ear|izar)(?:lo|la|los|las)", "(?:guard|manten|mantener|mantene)\\w* (?:un |el |mi )?(?:registro|control|seguimiento|diario|historial)", "trackear", "trackea",
    )})|(${alt(
      "(?:registr|apunt|anot|control)(?:ar|a)(?:lo|la|los|las)", "cont(?:ar|ad)(?:lo|la|los|las)", "cuenta(?:lo|la|los|las)", "control(?:ar|a|e|en)", "apunt(?:ar|a|e|es)", "anot(?:ar|a|e|es)", "cont(?:ar|emos)", "(?:apunt|anot|registr)a(?:me|lo|la|los|las)?", "acuerdate de", "(?:toma|tomar|tomes) nota", "(?:ver|saber)(?= (?:cuant\\w+|con que frecuencia|cada cuanto)\\b)", "cuentes", "cuenta", "seguir(?= (?:mi|mis)\\b)", "sigue(?= (?:mi|mis)\\b)", "medir", "mide",
      "calific(?:ar|a)", "puntu(?:ar|a)", "valor(?:ar|a)", "registro", "diario", "tracker", "contador", "bitacora",
    )}))\\b`, "g"),
  frames: new RegExp(alt(
    "\\bquier(?:o|es)\\b", "\\bqueremos\\b", "\\bquisiera\\b", "\\bme gustaria\\b", "\\bnecesit\\w*", "\\bpued(?:es|e|en|o)\\b", "\\bpodrias\\b", "\\bpodria\\b",
    "\\bpodemos\\b", "\\bayud(?:ame|arme|as|a)\\b", "\\bpor favor\\b", "\\bporfa\\b", "\\bvamos a\\b", "\\bempiez\\w*", "\\bempez\\w*", "\\bcomenz\\w*", "\\bcomienz\\w*",
    "\\bvoy a\\b", "\\bdeberia\\b", "\\btengo que\\b", "\\bhay que\\b", "\\bes posible\\b", "\\bhay (?:alguna )?(?:manera|forma)\\b", "\\bcrea\\b", "\\bcrear\\b",
    "\\bdesde hoy\\b", "\\ba partir de hoy\\b", "\\bme encantaria\\b", "\\bplaneo\\b", "\\bme (?:dijo|dijeron|recomendo|pidio|sugirio|aconsejo) que\\b", "\\bseria (?:genial|bueno|util|estupendo|ideal|perfecto)\\b", "\\bestaria bien\\b", "\\bme encantaria\\b", "\\bpienso\\b",
  )),
  laterFrames: /\b(?:se puede|es posible|se podria|seria posible)\b|\b(?:puedes|podrias) hacerlo\b/,
  questionFrames: /\b(?:pued(?:es|e|o|en)|podrias|podria|me ayudas|es posible|hay (?:alguna )?(?:manera|forma))\b/,
  howFrames: /\bcomo (?:puedo|podria|hago para)\b/,
  interrogative: /^¿?(?:que|cuando|donde|por que|porque|quien|cual\w*|como|cuant\w*|registras|guardas|sabes|tienes|has|hay)\b/,
  negation: /\b(?:no|nunca|jamas|tampoco|ni)\b/,
  notNegation: /\b(?:no olvides|no te olvides|por que no|no se como)\b/g,
  negationScope: "before",
  stop: /\b(?:dej(?:a|ar|e|en|emos)|parar|pare|paren|deten\w*|cancel\w*|quit\w*) (?:(?:el|la|los|las|mi|mis|con el|con la|con mi|con mis) )?$|\b(?:dej(?:a|ar|e|en|emos) de|par(?:a|ar|e|en) de|ya no|deten\w*|desactiv\w*|basta de|suspend\w*|no \w+ mas)\b/,
  retraction: /\b(?:pero|aunque|mas)\b[^.?!]{0,40}?\b(?:mejor no|no quiero(?= *(?:$|[,;!]|porque))|no me apetece|no tengo ganas|paso|no voy a|ni de broma|casi que no|olvidalo)\b/,
  hypothetical: /\bsi (?:tuviera|fuera|pudiera|alguna vez|algun dia|alguna dia|me diera|me da por|empezara)\b/,
  knowing: /^saber$/,
  period: /\b(?:cada|al (?:dia|mes)|a la semana|por (?:dia|semana|mes|noche)|diari\w+|semanal\w*|mensual\w*|a lo largo)\b/,
  pronounBefore: /\b(?:yo|tu|el|ella|ellos|lo|la|le|me|te|se)\s*$/,
  counting: /\b(?:cont(?:ar|ad|emos)\w*|cuenta\w*|cuentes|contador|recuento|conteo)\b/,
  seeing: /^(?:ver|saber)$/,
  firstPerson: /\b(?:me|mi|mis|yo|nos|nuestr\w*)\b|[a-zñ]o\b/,
  anymore: /\b(?:mas|ya)\b/,
  otherSense: new RegExp(alt(
    // Asking for an app or device recommendation is not asking us to track.
    "\\brecomi?e?nd\\w*\\b[^.?!]{0,40}?\\b(?:app|apps|aplicacion\\w*|tracker|reloj|pulsera)\\b[^.?!]{0,60}", "\\b(?:app|apps|aplicacion\\w*|tracker|reloj|pulsera)\\b[^.?!]{0,40}?\\brecomi?e?nd\\w*[^.?!]{0,60}", "\\bregistr(?:arme|arse|ate|arnos|arte)\\b", "\\bregistro civil\\b", "\\b(?:vigil\\w*|pendiente de|monitor\\w*) (?:a |al )?(?:mi |mis |el |la |los |las |tu |tus )?(?:hijos?|hijas?|ninos?|ninas?|bebes?|perros?|gatos?|casa|bolso|maleta|horno|olla|comida|barrio)\\b", "\\biniciar sesion\\b", "\\bcont(?:ar|amos|ando) con\\b", "\\bcuento contigo\\b", "\\bcont(?:ar|emos)? (?:\\w+ )?hasta (?:\\d+|tres|cinco|diez|cien)\\b", "\\bcuenta (?:\\w+ )?hasta (?:\\d+|tres|cinco|diez|cien)\\b", "\\bcuenta conmigo\\b",
    "\\bcuentas? con\\b", "\\bcuenta (?:bancaria|de correo|de usuario|corriente)\\b", "\\b(?:mi|la|tu|una|su|esta) cuenta\\b(?! de)", "\\bcontar(?:te|le|les|me|nos)\\b",
    "\\bcontrol remoto\\b", "\\bcontrolar(?:me|se|te)\\b", "\\bse controla\\b", "\\b(?:el|un|este) diario\\b(?! de)", "\\ba diario\\b", "\\bdiario de (?:noticias|viaje)\\b",
    "\\bregistro de (?:usuario|entrada)\\b", "\\b(?:un|el|este|ese) contador\\b(?! de)",
  ), "g"),
  viewing: /\b(?:muestra\w*|muestrame|ensena\w*|dime|borra\w*|elimina\w*|abre|revisa\w*|envia\w*|resume\w*)\b/,
  subordinate: /^\W*(?:cada vez que|cuando|siempre que|si|despues de)\b/,
  filler: /^[¿¡]?(?:(?:hola|oye|ok|vale|bueno|por favor|porfa|y|ahora|entonces|pues|si)\b[\s,!]*)+/,
  notImperative: /^\w+(?:ar|er|ir|o)\b/,
  othersPossessives: words("su sus tu tus vuestro vuestra vuestros vuestras"),
  thirdPerson: /\b(?:ella|ellos|ellas)\b|^\W*el\b/,
  possessives: words("mi mis nuestro nuestra nuestros nuestras"),
  skip: words("mas ya el la los las un una unos unas de del lo que cuanto cuanta cuantos cuantas mi mis a al todo todos todas cuantas veces nuestro nuestra nuestros nuestras cantidad numero consumo"),
  end: words("donde como cuanto cuanta en con por cada diariamente para porque cuando y o desde durante al sin segun semanalmente mientras yo tu el ella nosotros hoy manana ahora que"),
};
