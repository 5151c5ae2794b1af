// The default sender: the message already sits in the outbox table (written with the request), so
// "delivering" it only marks it sent and keeps its body for `/dev/outbox` and `skillforge outbox`.
import type { Channel, MessageSender } from "../../contract/index.js";

export function createDevOutboxSender(channel: Exclude<Channel, "totp">): MessageSender {
  let n = 0;
  return {
    channel,
    kind: "dev",
    async send() {
      n += 1;
      return { ok: true, providerId: `dev-${channel}-${n}` };
    },
  };
}
