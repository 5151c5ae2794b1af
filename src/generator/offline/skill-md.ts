// SKILL.md in the Agent Skills format: frontmatter `name` (the slug's name part) and
// `description` (what it does and when to use it, ≤ 1024 characters), then a body on actions,
// data and insights. User words appear only inside the YAML strings, JSON-quoted.
import type { Plan } from "./plan.js";
import type { Names } from "./naming.js";

const MAX_DESCRIPTION = 1024;

const SHAPE_WORDS: Readonly<Record<Plan["shape"], string>> = {
  quantity: "amounts",
  count: "counts",
  scale: "ratings",
  multi: "readings",
  category_amount: "amounts by category",
  text: "journal entries",
  duration: "durations",
  yesno: "daily yes/no check-ins",
};

/** A YAML double-quoted scalar: JSON string syntax is valid YAML, and escapes every control character. */
const yamlString = (s: string) => JSON.stringify(s);

export function descriptionFor(plan: Plan, label: string): string {
  const unit = plan.unit ? ` in ${plan.unit}` : "";
  const text = `Tracks ${label} as ${SHAPE_WORDS[plan.shape]}${unit}: log entries, list them, undo the last one, and see daily and weekly totals, streaks and trends. Use it when the user wants to record or review their ${label}.`;
  return text.length <= MAX_DESCRIPTION ? text : `${text.slice(0, MAX_DESCRIPTION - 1)}…`;
}

export function skillMarkdown(plan: Plan, names: Names): string {
  const fieldLines = plan.fields.map(
    (f) => `- \`${f.name}\` (${f.kind}${f.required ? ", required" : ""}${f.unit ? `, ${f.unit}` : ""}): ${f.description}`,
  );
  const goal =
    plan.goal !== null
      ? `${plan.direction === "at_most" ? "at most" : "at least"} ${plan.goal}${plan.unit ? ` ${plan.unit}` : ""}`
      : "none until you set one";
  return [
    "---",
    `name: ${names.skillName}`,
    `description: ${yamlString(descriptionFor(plan, names.label))}`,
    "---",
    "",
    `# ${names.label.replace(/[#*_`[\]<>]/g, "")} tracker`,
    "",
    "## Actions",
    "",
    "- `log_entry`: record one entry (optionally with `at`, an ISO date-time, to log the past).",
    "- `list_entries`: entries of the last `days` days (default 7), newest first.",
    "- `undo_last_entry`: hide the most recent entry (it is kept, marked as deleted).",
    "",
    "## Data",
    "",
    `Entries live in the \`${names.collection}\` collection. Each entry has:`,
    "",
    ...fieldLines,
    "",
    "`getData` returns today's figures, one row per day for the last 14 days and per week (Monday",
    "start) for the last 8 weeks, the current streak, and the 20 most recent entries.",
    "",
    "## Insights",
    "",
    `Progress against the goal (default: ${goal}; set \`goal\`, \`goal_direction\` and`,
    "`utc_offset_minutes` in the settings), the current streak, and the trend of this week",
    "against the week before.",
    "",
  ].join("\n");
}
