const COLLECTION = "water_entries";

function dayOf(iso) {
  return iso.slice(0, 10);
}

function addDays(day, n) {
  return new Date(Date.parse(day + "T00:00:00.000Z") + n * 86400000).toISOString().slice(0, 10);
}

async function activeEntries() {
  const rows = await db.from(COLLECTION).select().order("logged_at", { ascending: false }).limit(1000);
  return rows.filter((row) => row.deleted !== true);
}

export default {
  slug: "custom-water-tracker",

  getActions() {
    return [
      { slug: "log_water", name: "Log water", description: "Record a drink of water",
        params_schema: { type: "object", required: ["amount_ml"], additionalProperties: false,
          properties: { amount_ml: { type: "number", exclusiveMinimum: 0, maximum: 5000 } } } },
      { slug: "list_water", name: "List water entries", description: "Entries of the last days, newest first",
        params_schema: { type: "object", additionalProperties: false,
          properties: { days: { type: "integer", minimum: 1, maximum: 90 } } } },
      { slug: "undo_last_water", name: "Undo last water entry", description: "Remove the most recent entry",
        params_schema: { type: "object", additionalProperties: false, properties: {} } },
    ];
  },

  async executeAction(ctx, action, params) {
    if (action === "log_water") {
      const entry = await db.from(COLLECTION).insert({ amount_ml: params.amount_ml, logged_at: ctx.now });
      return { success: true, entry };
    }
    if (action === "list_water") {
      const since = addDays(dayOf(ctx.now), 1 - (params.days ?? 7));
      return { success: true, entries: (await activeEntries()).filter((e) => dayOf(e.logged_at) >= since) };
    }
    if (action === "undo_last_water") {
      const entries = await activeEntries();
      if (entries.length === 0) return { success: false, error: "Nothing to undo" };
      await db.from(COLLECTION).update({ deleted: true }).eq("id", entries[0].id);
      return { success: true, undone: entries[0] };
    }
    return { success: false, error: "Unknown action" };
  },

  async getData(ctx) {
    const entries = await activeEntries();
    const today = dayOf(ctx.now);
    const perDay = [];
    for (let i = 6; i >= 0; i--) {
      const day = addDays(today, -i);
      const total = entries.filter((e) => dayOf(e.logged_at) === day).reduce((sum, e) => sum + e.amount_ml, 0);
      perDay.push({ date: day, total_ml: total });
    }
    const week = perDay.reduce((sum, d) => sum + d.total_ml, 0);
    return { today_ml: perDay[6].total_ml, per_day: perDay, week_ml: week, recent: entries.slice(0, 20) };
  },

  async getInsights(ctx) {
    const goal = typeof ctx.config.goal === "number" ? ctx.config.goal : 2000;
    const data = await this.getData(ctx);
    let streak = 0;
    for (let i = data.per_day.length - 1; i >= 0 && data.per_day[i].total_ml >= goal; i--) streak++;
    const insights = [];
    if (data.today_ml >= goal) insights.push({ type: "success", title: "Water goal reached", message: "You drank " + data.today_ml + " ml today." });
    else insights.push({ type: "info", title: "Keep drinking", message: data.today_ml + " of " + goal + " ml so far today." });
    if (streak >= 2) insights.push({ type: "success", title: streak + "-day streak", message: "Goal reached " + streak + " days in a row." });
    return insights;
  },
};
