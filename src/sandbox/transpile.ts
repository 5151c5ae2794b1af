export { transpileSkill, type TranspileResult } from "../transpile/index.js";
