import { UUID_RE } from "../contract/index.js";

/** Ids arriving from users are checked before they reach a uuid column (which would raise, not miss). */
export { UUID_RE };
export const isUuid = (value: string): boolean => UUID_RE.test(value);
