// Email over SMTP with nodemailer (the only importer of nodemailer). 5xx replies are permanent
// (the mailbox or address is refused); 4xx replies and connection errors are worth a retry.
import nodemailer from "nodemailer";
import type { MessageSender } from "../../contract/index.js";

export interface SmtpOptions {
  /** `smtp://user:pass@host:port` or `smtps://…`. */
  url: string;
  from: string;
  /** Tests against a loopback server without TLS. */
  ignoreTLS?: boolean;
  timeoutMs?: number;
}

export function classifySmtpError(err: unknown): { permanent: boolean; reason: string } {
  const e = err as { responseCode?: number; code?: string; message?: string };
  const code = typeof e.responseCode === "number" ? e.responseCode : undefined;
  if (code !== undefined) return { permanent: code >= 500, reason: `SMTP ${code}` };
  return { permanent: false, reason: `SMTP ${e.code ?? "connection error"}` };
}

export function createSmtpSender(options: SmtpOptions): MessageSender {
  const timeout = options.timeoutMs ?? 10_000;
  const transport = nodemailer.createTransport(options.url, {
    ignoreTLS: options.ignoreTLS,
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
  } as Parameters<typeof nodemailer.createTransport>[1]);
  return {
    channel: "email",
    kind: "smtp",
    async send(message) {
      try {
        const info = await transport.sendMail({
          from: options.from,
          to: message.to,
          subject: message.subject,
          text: message.text,
          html: message.html,
        });
        return { ok: true, providerId: String(info.messageId) };
      } catch (err) {
        return { ok: false, ...classifySmtpError(err) };
      }
    },
  };
}
