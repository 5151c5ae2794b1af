// The wire between the service and a sandbox worker: a UNIX socketpair on the worker's fd 3
// carrying length-prefixed JSON frames (4-byte little-endian byte length, then UTF-8 JSON).
// The service reads frames from its event loop; the worker reads and writes with blocking
// syscalls, so it needs no event loop turn (and none of its latency) between a request and its
// reply. Node's own IPC channel costs about twice as much per round trip here.
import { readSync, writeSync } from "node:fs";

export const WORKER_FD = 3;
const HEADER = 4;

export function encodeFrame(msg: unknown): Buffer {
  const text = JSON.stringify(msg);
  const bytes = Buffer.byteLength(text);
  const out = Buffer.allocUnsafe(HEADER + bytes);
  out.writeUInt32LE(bytes, 0);
  out.write(text, HEADER, "utf8");
  return out;
}

export interface FrameReader {
  /** Feeds bytes as they arrive; calls `onFrame` once per complete frame, in order. */
  push(chunk: Buffer): void;
}

/**
 * Service side. A worker runs hostile code and is never trusted: a frame declared longer than
 * `maxBytes` calls `onBad` once and everything after it is ignored (the worker gets replaced).
 */
export function createFrameReader(maxBytes: number, onFrame: (text: string) => void, onBad: (reason: string) => void): FrameReader {
  let chunks: Buffer[] = [];
  let buffered = 0;
  let needed = HEADER;
  let broken = false;
  return {
    push(chunk) {
      if (broken) return;
      chunks.push(chunk);
      buffered += chunk.length;
      while (!broken && buffered >= needed) {
        const buf = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, buffered);
        let off = 0;
        while (buf.length - off >= HEADER) {
          const bytes = buf.readUInt32LE(off);
          if (bytes > maxBytes) {
            broken = true;
            onBad(`a frame of ${bytes} bytes is over the ${maxBytes}-byte cap`);
            return;
          }
          if (buf.length - off - HEADER < bytes) break;
          onFrame(buf.toString("utf8", off + HEADER, off + HEADER + bytes));
          off += HEADER + bytes;
          if (broken) return;
        }
        const rest = buf.subarray(off);
        chunks = rest.length > 0 ? [rest] : [];
        buffered = rest.length;
        needed = rest.length >= HEADER ? HEADER + rest.readUInt32LE(0) : HEADER;
      }
    },
  };
}

/** Worker side: blocking reads and writes on the inherited socket. */
export interface BlockingChannel {
  /** The next frame's text, or null once the service has gone (end of file). */
  read(): string | null;
  write(msg: unknown): void;
}

export function openBlockingChannel(fd = WORKER_FD): BlockingChannel {
  const header = Buffer.alloc(HEADER);
  let body = Buffer.alloc(64 * 1024);

  function fill(buf: Buffer, length: number): boolean {
    let off = 0;
    while (off < length) {
      let n: number;
      try {
        n = readSync(fd, buf, off, length - off, null);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === "EINTR" || (err as NodeJS.ErrnoException).code === "EAGAIN") continue;
        throw err;
      }
      if (n === 0) return false;
      off += n;
    }
    return true;
  }

  return {
    read() {
      if (!fill(header, HEADER)) return null;
      const bytes = header.readUInt32LE(0);
      if (bytes > body.length) body = Buffer.alloc(Math.max(bytes, body.length * 2));
      if (!fill(body, bytes)) return null;
      return body.toString("utf8", 0, bytes);
    },
    write(msg) {
      const frame = encodeFrame(msg);
      let off = 0;
      while (off < frame.length) {
        try {
          off += writeSync(fd, frame, off, frame.length - off);
        } catch (err) {
          if ((err as NodeJS.ErrnoException).code === "EINTR" || (err as NodeJS.ErrnoException).code === "EAGAIN") continue;
          throw err;
        }
      }
    },
  };
}
