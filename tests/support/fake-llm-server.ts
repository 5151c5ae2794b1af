// A local HTTP server speaking just enough of the Anthropic Messages API and of OpenAI chat
// completions for the provider tests: each request takes the next scripted reply. Test support,
// bound to 127.0.0.1 on a free port.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type Reply =
  | { kind: "tool"; input: unknown }
  | { kind: "text"; text: string; stop?: string }
  | { kind: "status"; status: number }
  | { kind: "hang"; ms: number };

export interface FakeLlmServer {
  url: string;
  /** Bodies of the requests received, parsed. */
  requests: Record<string, unknown>[];
  script(...replies: Reply[]): void;
  close(): Promise<void>;
}

const usage = { input_tokens: 100, output_tokens: 50 };

// A scripted tool reply calls the tool the request offered, as a model forced to use it does.
function toolName(body: Record<string, unknown>): string {
  const tools = body.tools as { name?: string; function?: { name?: string } }[] | undefined;
  return tools?.[0]?.name ?? tools?.[0]?.function?.name ?? "submit_skill";
}

function anthropicBody(reply: Extract<Reply, { kind: "tool" | "text" }>, tool: string): unknown {
  const content =
    reply.kind === "tool"
      ? [{ type: "tool_use", id: "toolu_1", name: tool, input: reply.input }]
      : [{ type: "text", text: reply.text }];
  return {
    id: "msg_1",
    type: "message",
    role: "assistant",
    model: "fake-claude",
    content,
    stop_reason: reply.kind === "tool" ? "tool_use" : (reply.stop ?? "end_turn"),
    stop_sequence: null,
    usage,
  };
}

function openaiBody(reply: Extract<Reply, { kind: "tool" | "text" }>, tool: string): unknown {
  const message =
    reply.kind === "tool"
      ? {
          role: "assistant",
          content: null,
          tool_calls: [{ id: "call_1", type: "function", function: { name: tool, arguments: JSON.stringify(reply.input) } }],
        }
      : { role: "assistant", content: reply.text };
  return {
    id: "chatcmpl-1",
    model: "fake-local",
    choices: [{ index: 0, message, finish_reason: reply.kind === "tool" ? "tool_calls" : (reply.stop ?? "stop") }],
    usage: { prompt_tokens: 100, completion_tokens: 50 },
  };
}

export async function startFakeLlmServer(): Promise<FakeLlmServer> {
  const queue: Reply[] = [];
  const requests: Record<string, unknown>[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    let raw = "";
    for await (const chunk of req) raw += chunk;
    const body = JSON.parse(raw || "{}") as Record<string, unknown>;
    requests.push(body);
    const reply = queue.shift() ?? { kind: "status", status: 500 };
    if (reply.kind === "hang") {
      const t = setTimeout(() => {
        timers.delete(t);
        res.destroy();
      }, reply.ms);
      timers.add(t);
      return;
    }
    if (reply.kind === "status") {
      res.writeHead(reply.status, { "content-type": "application/json", "retry-after-ms": "10", "retry-after": "0" });
      res.end(JSON.stringify({ type: "error", error: { type: "rate_limit_error", message: "slow down" } }));
      return;
    }
    const answer = req.url?.endsWith("/chat/completions")
      ? openaiBody(reply, toolName(body))
      : anthropicBody(reply, toolName(body));
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify(answer));
  };
  const server: Server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    script: (...replies) => {
      queue.length = 0;
      requests.length = 0;
      queue.push(...replies);
    },
    close: async () => {
      for (const t of timers) clearTimeout(t);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
