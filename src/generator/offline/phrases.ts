// The sentences a skill shows, written at generation time from the plan. `{placeholders}` are
// filled by the skill at run time with numbers and the configured unit; the label is the user's
// own subject and reaches the code only inside these strings, as JSON literals.
import type { Plan } from "./plan.js";

export function phrasesFor(plan: Plan, label: string): Record<string, string> {
  const u = plan.unit ? " {unit}" : "";
  const per = plan.aggregate === "average" ? "average" : plan.aggregate === "done" ? "done" : "total";
  const today = plan.aggregate === "done" ? `${label}: done today` : `Today's ${label} ${per}: {today}${u}`;
  return {
    nothing_to_undo: `No ${label} entry to undo`,
    empty_title: `Start tracking ${label}`,
    empty_message: `No ${label} entries yet. Log the first one to see totals, streaks and trends.`,
    goal_met_title: `${label}: goal reached`,
    goal_met: `${today} (goal {goal}${u}).`,
    goal_progress_title: `${label}: on the way`,
    goal_progress: `${today} of your {goal}${u} goal.`,
    under_limit_title: `${label}: within your limit`,
    under_limit: `${today}, within your limit of {goal}${u}.`,
    over_limit_title: `${label}: over your limit`,
    over_limit: `${today}, above your limit of {goal}${u}.`,
    no_goal_title: `${label}: set a goal`,
    no_goal: `Set a goal in this skill's settings to see how each day measures up.`,
    streak_title: `${label}: {streak}-day streak`,
    streak:
      plan.goal === null && plan.aggregate !== "done"
        ? `You have logged ${label} {streak} days in a row.`
        : `{streak} days in a row on target for ${label}.`,
    trend_up_title: `${label} is up`,
    trend_up: `This week's daily ${per} is {change}% higher than last week's ({recent} vs {before}${u}).`,
    trend_down_title: `${label} is down`,
    trend_down: `This week's daily ${per} is {change}% lower than last week's ({recent} vs {before}${u}).`,
    top_group_title: `${label}: biggest ${plan.group ?? "group"} this week`,
    top_group: `{name} leads with {total}${u} over the last 7 days.`,
  };
}
