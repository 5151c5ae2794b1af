// One attempt's service process: runs the payload in the sandbox with the audit off, answering
// the suite's health polls throughout. It is started afresh for every attempt and killed with its
// whole process group afterwards, so one attempt cannot hide or taint another.
import type { FromAttempt, ToAttempt } from "./attempt-protocol.js";
import { observeSandbox } from "./observe.js";

const send = (m: FromAttempt) => new Promise<void>((done) => process.send!(m, undefined, {}, () => done()));

process.on("message", (m: ToAttempt) => {
  if (m.type === "ping") void send({ type: "pong" });
  else
    void observeSandbox(m.spec)
      .then((sandbox) => send({ type: "result", sandbox }))
      .then(() => process.exit(0));
});
