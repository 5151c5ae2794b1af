// SMS with the twilio SDK (the only importer of twilio): outbound messages and the inbound
// webhook's X-Twilio-Signature check. Twilio 21211 (invalid number), 21610 (recipient opted out)
// and other 4xx refusals are permanent; 429, 5xx and network errors are worth a retry.
import twilio from "twilio";
import type { MessageSender } from "../../contract/index.js";

export interface TwilioOptions {
  accountSid: string;
  authToken: string;
  from: string;
  /** The SDK's documented `httpClient` option (tests point it at a loopback server). */
  httpClient?: InstanceType<typeof twilio.RequestClient>;
}

export function classifyTwilioError(err: unknown): { permanent: boolean; reason: string } {
  const e = err as { status?: number; code?: number };
  const status = typeof e.status === "number" ? e.status : undefined;
  const reason = `Twilio ${e.code ?? status ?? "network error"}`;
  if (status === undefined || status === 429 || status >= 500) return { permanent: false, reason };
  return { permanent: true, reason };
}

export function createTwilioSender(options: TwilioOptions): MessageSender {
  const client = twilio(options.accountSid, options.authToken, options.httpClient ? { httpClient: options.httpClient } : {});
  return {
    channel: "sms",
    kind: "twilio",
    async send(message) {
      try {
        const sent = await client.messages.create({ from: options.from, to: message.to, body: message.text });
        return { ok: true, providerId: sent.sid };
      } catch (err) {
        return { ok: false, ...classifyTwilioError(err) };
      }
    },
  };
}

/** Checks X-Twilio-Signature against the public URL Twilio was configured to call. */
export function createTwilioSignatureCheck(
  authToken: string,
): (signature: string, url: string, params: Record<string, string>) => boolean {
  return function twilioSignatureValid(signature, url, params) {
    try {
      return twilio.validateRequest(authToken, signature, url, params);
    } catch {
      return false;
    }
  };
}

/** For tests and tools that play Twilio: the signature Twilio would send. */
export function twilioSignature(authToken: string, url: string, params: Record<string, string>): string {
  return twilio.getExpectedTwilioSignature(authToken, url, params);
}
