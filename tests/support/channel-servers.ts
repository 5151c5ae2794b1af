// Real protocol peers on loopback: an SMTP server (smtp-server, parsed with mailparser) and an HTTP
// server speaking Twilio's Messages REST shape behind the real twilio SDK (its httpClient option).
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import twilio from "twilio";

export interface SmtpPeer {
  url: string;
  mails: ParsedMail[];
  /** Reply to the next DATA commands with this SMTP code (e.g. 451 transient, 550 permanent). */
  failNext: number[];
  close(): Promise<void>;
}

export async function startSmtpPeer(port = 0): Promise<SmtpPeer> {
  const peer: SmtpPeer = { url: "", mails: [], failNext: [], close: async () => {} };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, done) {
      const fail = peer.failNext.shift();
      simpleParser(stream).then((mail) => {
        if (fail)
          return done(Object.assign(new Error(fail >= 500 ? "mailbox unavailable" : "try later"), { responseCode: fail }));
        peer.mails.push(mail);
        done();
      }, done);
    },
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const address = server.server.address() as AddressInfo;
  peer.url = `smtp://127.0.0.1:${address.port}`;
  peer.close = () => new Promise((resolve) => server.close(() => resolve()));
  return peer;
}

export interface TwilioPeer {
  baseUrl: string;
  messages: Array<{ To: string; From: string; Body: string }>;
  /** Answer the next sends with these Twilio errors ({ status, code }). */
  failNext: Array<{ status: number; code: number }>;
  httpClient: InstanceType<typeof twilio.RequestClient>;
  close(): Promise<void>;
}

export async function startTwilioPeer(): Promise<TwilioPeer> {
  const peer = { messages: [], failNext: [] } as unknown as TwilioPeer;
  const server: Server = createServer((req, res) => {
    let raw = "";
    req.on("data", (d) => {
      raw += d;
    });
    req.on("end", () => {
      const m = /^\/2010-04-01\/Accounts\/(AC\w+)\/Messages\.json$/.exec(req.url ?? "");
      if (req.method !== "POST" || !m) {
        res
          .writeHead(404, { "content-type": "application/json" })
          .end(JSON.stringify({ code: 20404, message: "not found", status: 404 }));
        return;
      }
      const fail = peer.failNext.shift();
      if (fail) {
        res
          .writeHead(fail.status, { "content-type": "application/json" })
          .end(JSON.stringify({ code: fail.code, message: "refused", status: fail.status }));
        return;
      }
      const p = Object.fromEntries(new URLSearchParams(raw)) as { To: string; From: string; Body: string };
      peer.messages.push(p);
      const sid = `SM${String(peer.messages.length).padStart(32, "0")}`;
      res
        .writeHead(201, { "content-type": "application/json" })
        .end(JSON.stringify({ sid, account_sid: m[1], to: p.To, from: p.From, body: p.Body, status: "queued" }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  peer.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const base = peer.baseUrl;
  class LocalClient extends twilio.RequestClient {
    override request<T>(opts: Parameters<InstanceType<typeof twilio.RequestClient>["request"]>[0]) {
      return super.request<T>({ ...opts, uri: opts.uri.replace(/^https:\/\/[a-z.]*twilio\.com/, base) } as never);
    }
  }
  peer.httpClient = new LocalClient();
  peer.close = () => new Promise((resolve) => server.close(() => resolve()));
  return peer;
}
