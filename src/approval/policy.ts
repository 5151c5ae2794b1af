// Server policy for the channel pair: from the tenant's verified, effective contact points and the
// senders configured, never from the caller. The first channel is a message channel, because its
// message carries the disclosure; TOTP, when enrolled, is preferred as the second.
import type { Channel } from "../contract/index.js";

export interface ChannelOptions {
  /** Message channels with an effective contact point and a sender, with that point's id. */
  messaging: Partial<Record<"sms" | "email", string>>;
  totpEnrolled: boolean;
}

export type PairChoice =
  { ok: true; channels: [Channel, Channel]; contactIds: [string, string] } | { ok: false; available: Channel[] };

export function choosePair(o: ChannelOptions): PairChoice {
  const email = o.messaging.email;
  const sms = o.messaging.sms;
  const first: ["email" | "sms", string] | undefined = email ? ["email", email] : sms ? ["sms", sms] : undefined;
  if (first && o.totpEnrolled) return { ok: true, channels: [first[0], "totp"], contactIds: [first[1], ""] };
  if (email && sms) return { ok: true, channels: ["email", "sms"], contactIds: [email, sms] };
  const available: Channel[] = [];
  if (email) available.push("email");
  if (sms) available.push("sms");
  if (o.totpEnrolled) available.push("totp");
  return { ok: false, available };
}
