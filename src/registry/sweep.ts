// The auto-archive sweep: skills unused for the idle window (30 days by default) are archived.
// Each skill is archived in its own transaction under a transaction-scoped advisory lock, so
// sweeps running at once on several instances archive each skill once.
import { ARCHIVE_AFTER_DAYS, type Scheduler, type ScheduledJob } from "../contract/index.js";
import { archiveIfIdle, listIdleSkills, notifySkillChange, withTransaction } from "../storage/index.js";
import type { SwitchHooks } from "./switch.js";
import type { UsageRecorder } from "./usage.js";
import type { RegistryDeps, SweepResult } from "./types.js";

const DAY_MS = 24 * 60 * 60 * 1000;
const PAGE = 200;
const MAX_PAGES = 500;

export function createSweep(deps: RegistryDeps, hooks: SwitchHooks, usage: UsageRecorder) {
  /** Every tenant's idle skills, or only `tenantId`'s (an API caller sweeps its own tenant). */
  async function archiveSweep(input: { idleDays?: number; actor?: string; tenantId?: string } = {}): Promise<SweepResult> {
    // Buffered calls count as use: write them first.
    await usage.flush();
    const idleDays = input.idleDays ?? deps.options?.archiveIdleDays ?? ARCHIVE_AFTER_DAYS;
    const now = deps.clock.now();
    const before = new Date(now.getTime() - idleDays * DAY_MS);
    const result: SweepResult = { archived: [], skipped: 0 };
    let afterId: string | undefined;
    for (let page = 0; page < MAX_PAGES; page++) {
      const idle = await listIdleSkills(deps.storage.db, before, PAGE, afterId, input.tenantId);
      for (const skill of idle) {
        const archived = await withTransaction(deps.storage.db, async (tx) => {
          const done = await archiveIfIdle(tx, skill, before, input.actor ?? "system:archive-sweep", now);
          if (done) await notifySkillChange(tx, hooks.channel, JSON.stringify({ tenantId: skill.tenantId, slug: skill.slug }));
          return done;
        });
        if (archived) {
          hooks.changed(skill.tenantId, skill.slug);
          result.archived.push({ tenantId: skill.tenantId, slug: skill.slug });
        } else {
          result.skipped++;
        }
      }
      if (idle.length < PAGE) break;
      afterId = idle[idle.length - 1]!.id;
    }
    if (result.archived.length > 0) deps.logger.info("archive sweep", { archived: result.archived.length, idleDays });
    return result;
  }

  /** Runs the sweep on `cron` (UTC); with several instances only the one holding the lock sweeps. */
  function scheduleArchiveSweep(scheduler: Scheduler, cron: string): ScheduledJob {
    const lock = deps.lock ?? deps.storage.lock;
    return scheduler.schedule("archive-sweep", cron, async () => {
      await lock.tryWithLock("sweep:archive", () => archiveSweep());
    });
  }

  return { archiveSweep, scheduleArchiveSweep };
}
