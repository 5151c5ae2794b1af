// The generator's public face. Providers land with the generator stage.
export type { GenerationRequest, SkillDraft, SkillGenerator, SkillManifest } from "./types.js";
