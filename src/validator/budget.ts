// The audit's work budget. Folding and lookup-depth analysis follow values through variables,
// callbacks and `.map` bodies; nested, those multiply (a few hundred bytes of nested `.map` over
// literal arrays once cost seconds and a gigabyte). Every step spends from one counter per walk,
// and an exhausted counter ends the audit with a finding instead of an answer that never comes.

/** Units per walk: the largest benign skill in the corpus spends under 600. */
export const AUDIT_WORK_UNITS = 200_000;

/**
 * Longest source the audit reads, checked before parsing. Generated skills are a few thousand
 * characters; at this size both walks stay inside the 2 s the audit promises on a busy machine.
 */
export const AUDIT_SOURCE_MAX_CHARS = 64 * 1024;

/**
 * The promise made to every caller: an answer within this much of the audit thread's CPU time,
 * and this heap. The audit runs in a worker thread (auditor.ts) that is killed at the deadline or
 * when its heap outgrows the cap, and either answer is a refusal. On an idle machine CPU time and
 * wall time agree; on a busy one the thread may get a fraction of a core, and counting its CPU
 * keeps an ordinary skill from being refused for the machine's load. The work budget above keeps
 * ordinary worst cases well inside.
 */
export const AUDIT_DEADLINE_MS = 2_000;

/**
 * However busy the machine, an audit is answered within this wall time: a refusal when the
 * thread could not get its CPU deadline's worth of work done by then.
 */
export const AUDIT_WALL_CAP_MS = 10_000;
export const AUDIT_HEAP_MB = 256;

export interface WorkBudget {
  left: number;
}

export class AuditBudgetExceeded extends Error {
  constructor() {
    super("audit work budget exhausted");
  }
}

export const createWorkBudget = (units = AUDIT_WORK_UNITS): WorkBudget => ({ left: units });

export function spend(budget: WorkBudget | undefined, units: number): void {
  if (!budget) return;
  budget.left -= units;
  if (budget.left < 0) throw new AuditBudgetExceeded();
}
