// Recurring work (expiry and archive sweeps) with croner, always in UTC. The only importer of croner.
import { Cron } from "croner";
import type { Scheduler } from "../../contract/index.js";
import type { Logger } from "../http/logger.js";

export function createCronScheduler(logger: Logger): Scheduler {
  const jobs = new Set<Cron>();
  return {
    schedule(name, pattern, task) {
      const job = new Cron(pattern, { timezone: "UTC", protect: true, name }, async () => {
        try {
          await task();
        } catch (err) {
          logger.error("scheduled job failed", { job: name, error: err instanceof Error ? err.message : String(err) });
        }
      });
      jobs.add(job);
      return {
        stop: () => {
          job.stop();
          jobs.delete(job);
        },
      };
    },
    stopAll() {
      for (const job of jobs) job.stop();
      jobs.clear();
    },
  };
}
