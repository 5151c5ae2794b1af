// The approval stage's public face. Disclosure, channels and the state machine land with that stage.
export type { Approval, ApprovalStatus, Channel } from "./types.js";
export { APPROVAL_STATUSES, CHANNELS } from "./types.js";
