// The suite's processes end themselves when the suite is gone, checked twice a second.
// (`process.ppid` is read once at start in Node, so the parent is probed instead.)
export function endWithParent(): void {
  const parent = process.ppid;
  setInterval(() => {
    try {
      process.kill(parent, 0);
    } catch {
      process.exit(0);
    }
  }, 500).unref();
}
