// The one transpile from skill source to the script the isolate runs, shared by the audit (which
// checks that script) and the sandbox (which runs it). The only module that imports sucrase.
export { transpileSkill, SCRIPT_HEAD, SCRIPT_TAIL, type TranspileResult } from "./transpile.js";
