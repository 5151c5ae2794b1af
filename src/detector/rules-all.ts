import { DE } from "./rules-de.js";
import { EN } from "./rules-en.js";
import { ES } from "./rules-es.js";
import { FR } from "./rules-fr.js";
import { PL } from "./rules-pl.js";
import type { LanguageRules } from "./rules.js";
import type { Language } from "./types.js";

export const RULES: Readonly<Record<Language, LanguageRules>> = { en: EN, pl: PL, de: DE, es: ES, fr: FR };
