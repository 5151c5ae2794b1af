export { CONFIG_VARIABLES, ConfigError, loadConfig, processEnv } from "./env.js";
export type { Config, ConfigOverrides, Env, GeneratorConfig, RateLimit, RateLimitClass, RateLimits } from "./env.js";
