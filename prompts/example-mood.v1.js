const COLLECTION = "mood_entries";

async function activeEntries() {
  const rows = await db.from(COLLECTION).select().order("logged_at", { ascending: false }).limit(1000);
  return rows.filter((row) => row.deleted !== true);
}

function average(entries) {
  return entries.length === 0 ? null : Math.round((entries.reduce((sum, e) => sum + e.rating, 0) / entries.length) * 10) / 10;
}

function daysAgo(now, iso) {
  return Math.floor((Date.parse(now) - Date.parse(iso)) / 86400000);
}

export default {
  slug: "custom-mood-tracker",

  getActions() {
    return [
      { slug: "rate_mood", name: "Rate mood", description: "Rate your mood from 1 to 10",
        params_schema: { type: "object", required: ["rating"], additionalProperties: false,
          properties: { rating: { type: "integer", minimum: 1, maximum: 10 }, note: { type: "string", maxLength: 500 } } } },
      { slug: "list_moods", name: "List mood ratings", description: "The latest ratings, newest first",
        params_schema: { type: "object", additionalProperties: false,
          properties: { limit: { type: "integer", minimum: 1, maximum: 100 } } } },
      { slug: "undo_last_mood", name: "Undo last rating", description: "Remove the most recent rating",
        params_schema: { type: "object", additionalProperties: false, properties: {} } },
    ];
  },

  async executeAction(ctx, action, params) {
    if (action === "rate_mood") {
      const entry = await db.from(COLLECTION).insert({ rating: params.rating, note: params.note ?? "", logged_at: ctx.now });
      return { success: true, entry };
    }
    if (action === "list_moods") return { success: true, entries: (await activeEntries()).slice(0, params.limit ?? 20) };
    if (action === "undo_last_mood") {
      const entries = await activeEntries();
      if (entries.length === 0) return { success: false, error: "Nothing to undo" };
      await db.from(COLLECTION).update({ deleted: true }).eq("id", entries[0].id);
      return { success: true, undone: entries[0] };
    }
    return { success: false, error: "Unknown action" };
  },

  async getData(ctx) {
    const entries = await activeEntries();
    const thisWeek = entries.filter((e) => daysAgo(ctx.now, e.logged_at) < 7);
    const lastWeek = entries.filter((e) => daysAgo(ctx.now, e.logged_at) >= 7 && daysAgo(ctx.now, e.logged_at) < 14);
    return { week_average: average(thisWeek), previous_week_average: average(lastWeek), ratings_this_week: thisWeek.length, recent: entries.slice(0, 20) };
  },

  async getInsights(ctx) {
    const data = await this.getData(ctx);
    if (data.week_average === null) return [{ type: "info", title: "No ratings yet", message: "Rate your mood to see how your week goes." }];
    const insights = [{ type: "info", title: "This week", message: "Average mood " + data.week_average + " from " + data.ratings_this_week + " ratings." }];
    if (data.previous_week_average !== null && data.week_average > data.previous_week_average) {
      insights.push({ type: "success", title: "Mood is up", message: "Up from " + data.previous_week_average + " last week." });
    } else if (data.previous_week_average !== null && data.week_average < data.previous_week_average) {
      insights.push({ type: "warning", title: "Mood is down", message: "Down from " + data.previous_week_average + " last week." });
    }
    return insights;
  },
};
