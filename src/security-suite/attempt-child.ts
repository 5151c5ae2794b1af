// One attempt's service process: runs one payload in the sandbox with the audit off, answering
// the suite's health polls throughout. It is started afresh for every attempt and killed with its
// whole process group afterwards, so one attempt cannot hide or taint another.
import type { FromAttempt, ServiceSetup, ToAttempt } from "./attempt-protocol.js";
import { endWithParent } from "./orphan.js";
import { observeSandbox, startService } from "./observe.js";

// The run's setup comes as the one argument; the sandbox worker starts while the suite is still
// busy with the previous attempt.
const service = startService(JSON.parse(process.argv[2]!) as ServiceSetup);

const send = (m: FromAttempt) => new Promise<void>((done) => process.send!(m, undefined, {}, () => done()));

// Started in a process group of its own, it gets no signal when the suite is interrupted or killed,
// and its IPC channel may stay open in a sibling: it ends when the suite is gone, and its sandbox
// worker then sees its own socket close.
endWithParent();

// After the result the process waits to be killed with its group: exiting by itself could reach
// the suite (as an exit) before the result message does, and read as a service that died.
process.on("message", (m: ToAttempt) => {
  if (m.type === "ping") void send({ type: "pong" });
  else void observeSandbox(service, m.spec).then((sandbox) => send({ type: "result", sandbox }));
});
