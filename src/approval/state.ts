// The dual-channel state machine: the one way between approval states. Pure: the gateway applies
// the result (and its audit events) in the transaction that holds the request's row lock.
import type { ApprovalStatus, Channel } from "../contract/index.js";

export interface MachineState {
  status: ApprovalStatus;
  channels: readonly Channel[];
  confirmed: readonly Channel[];
  undeliverable: readonly Channel[];
  expiresAt: Date;
}

export type MachineEvent =
  | { type: "confirm"; channel: Channel; at: Date }
  | { type: "reject" }
  | { type: "expire"; at: Date }
  | { type: "supersede" }
  | { type: "too_many_failures" };

export type Refusal = "decided" | "expired" | "not_due" | "wrong_channel" | "undeliverable";

export type Transition =
  | { ok: true; status: ApprovalStatus; confirmed: Channel[]; /** The channel whose code goes out next. */ next?: Channel }
  | { ok: false; refusal: Refusal };

/** The channel whose code is expected now; undefined once both are confirmed. */
export function expectedChannel(s: Pick<MachineState, "channels" | "confirmed">): Channel | undefined {
  return s.channels[s.confirmed.length];
}

export function transition(s: MachineState, e: MachineEvent): Transition {
  if (s.status !== "pending") return { ok: false, refusal: "decided" };
  switch (e.type) {
    case "confirm": {
      // Every path checks expiry itself: the sweep is only bookkeeping.
      if (e.at.getTime() >= s.expiresAt.getTime()) return { ok: false, refusal: "expired" };
      if (s.undeliverable.length > 0) return { ok: false, refusal: "undeliverable" };
      // Channel 2 before channel 1, and the same channel twice, are both "not the expected one".
      if (e.channel !== expectedChannel(s)) return { ok: false, refusal: "wrong_channel" };
      const confirmed = [...s.confirmed, e.channel];
      const next = expectedChannel({ channels: s.channels, confirmed });
      return next ? { ok: true, status: "pending", confirmed, next } : { ok: true, status: "approved", confirmed };
    }
    case "expire":
      if (e.at.getTime() < s.expiresAt.getTime()) return { ok: false, refusal: "not_due" };
      return { ok: true, status: "expired", confirmed: [...s.confirmed] };
    case "reject":
    case "too_many_failures":
      return { ok: true, status: "rejected", confirmed: [...s.confirmed] };
    case "supersede":
      return { ok: true, status: "superseded", confirmed: [...s.confirmed] };
  }
}
