export { CONFIG_VARIABLES, ConfigError, loadConfig, processEnv } from "./env.js";
export type { Config, ConfigOverrides, Env } from "./env.js";
