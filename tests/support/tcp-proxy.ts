// A TCP proxy on 127.0.0.1 in front of a real server, for fault tests: it forwards, then on
// command refuses (stops listening and drops every open connection, as a server that went away)
// or freezes (keeps accepting and keeps connections open, forwards nothing, as a server that
// stopped answering).
import { createConnection, createServer, type Server, type Socket } from "node:net";
import type { AddressInfo } from "node:net";

export type ProxyMode = "forward" | "freeze" | "refuse";

export interface TcpProxy {
  port: number;
  mode(): ProxyMode;
  /** `refuse` is one-way: the listener is closed and its port freed. */
  set(mode: ProxyMode): Promise<void>;
  close(): Promise<void>;
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  let mode: ProxyMode = "forward";
  const sockets = new Set<Socket>();
  const track = (s: Socket) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
    s.on("error", () => {});
  };
  const server: Server = createServer((client) => {
    track(client);
    const upstream = createConnection(target);
    track(upstream);
    // Data is passed by hand, not piped, so freezing drops it on the floor in both directions.
    client.on("data", (chunk) => {
      if (mode === "forward") upstream.write(chunk);
    });
    upstream.on("data", (chunk) => {
      if (mode === "forward") client.write(chunk);
    });
    client.on("close", () => upstream.destroy());
    upstream.on("close", () => {
      if (mode === "forward") client.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  let closed: Promise<void> | undefined;
  const closeListener = () => (closed ??= new Promise<void>((resolve) => server.close(() => resolve())));
  return {
    port,
    mode: () => mode,
    async set(next) {
      mode = next;
      if (next === "refuse") {
        const done = closeListener();
        for (const s of sockets) s.destroy();
        await done;
      }
    },
    async close() {
      const done = closeListener();
      for (const s of sockets) s.destroy();
      await done;
    },
  };
}
