// The detector's public face. Detection lands with the detector stage.
export type { Message, NeedKind, SkillNeed } from "./types.js";
