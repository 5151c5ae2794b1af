import { spawn } from "node:child_process";
import { once } from "node:events";
import type { Socket } from "node:net";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { createFrameReader, encodeFrame } from "./frames.js";

function collect(maxBytes = 1 << 20) {
  const frames: string[] = [];
  const bad: string[] = [];
  const reader = createFrameReader(
    maxBytes,
    (t) => frames.push(t),
    (r) => bad.push(r),
  );
  return { frames, bad, reader };
}

describe("frame reader", () => {
  it("reads frames split at every byte, including inside a multi-byte character", () => {
    const { frames, reader } = collect();
    const bytes = Buffer.concat([encodeFrame({ a: "żółw 🐢" }), encodeFrame([1, 2, 3]), encodeFrame("")]);
    for (let i = 0; i < bytes.length; i++) reader.push(bytes.subarray(i, i + 1));
    expect(frames.map((t) => JSON.parse(t))).toEqual([{ a: "żółw 🐢" }, [1, 2, 3], ""]);
  });

  it("reads several frames from one chunk and keeps a partial one for later", () => {
    const { frames, reader } = collect();
    const whole = Buffer.concat([encodeFrame({ n: 1 }), encodeFrame({ n: 2 }), encodeFrame({ n: 3 })]);
    reader.push(whole.subarray(0, whole.length - 3));
    expect(frames).toHaveLength(2);
    reader.push(whole.subarray(whole.length - 3));
    expect(frames.map((t) => JSON.parse(t).n)).toEqual([1, 2, 3]);
  });

  it("refuses a frame declared longer than the cap once, before buffering it, and ignores the rest", () => {
    const { frames, bad, reader } = collect(64);
    const header = Buffer.alloc(4);
    header.writeUInt32LE(0xffffffff);
    reader.push(encodeFrame({ ok: true }));
    reader.push(header);
    reader.push(encodeFrame({ after: true }));
    expect(frames).toEqual(['{"ok":true}']);
    expect(bad).toEqual([expect.stringMatching(/over the 64-byte cap/)]);
  });
});

describe("blocking channel", () => {
  it("echoes frames through a real child over fd 3, and the child exits when the service closes its end", async () => {
    // Runs the built module, as the sandbox worker does.
    const built = pathToFileURL(fileURLToPath(new URL("../../dist/src/sandbox/frames.js", import.meta.url))).href;
    const echo = `const { openBlockingChannel } = await import(${JSON.stringify(built)});
      const c = openBlockingChannel();
      for (;;) { const t = c.read(); if (t === null) process.exit(7); c.write({ echo: JSON.parse(t) }); }`;
    const child = spawn(process.execPath, ["--input-type=module", "-e", echo], {
      stdio: ["ignore", "ignore", "inherit", "pipe"],
    });
    const socket = child.stdio[3] as Socket;
    const got: unknown[] = [];
    const reader = createFrameReader(
      1 << 24,
      (t) => got.push(JSON.parse(t)),
      () => {},
    );
    socket.on("data", (chunk: Buffer) => reader.push(chunk));
    const big = "x".repeat(300_000);
    socket.write(Buffer.concat([encodeFrame({ n: 1 }), encodeFrame({ big })]));
    for (let i = 0; i < 200 && got.length < 2; i++) await new Promise((r) => setTimeout(r, 25));
    expect(got).toEqual([{ echo: { n: 1 } }, { echo: { big } }]);
    const exited = once(child, "exit");
    socket.end();
    expect((await exited)[0]).toBe(7);
  });
});
