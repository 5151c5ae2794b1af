// A generator yields the first hop and the caller spreads it into an array.
export default {
  slug: "custom-reading-log",
  getActions() {
    return [{
      slug: "summarize_field",
      name: "Summarize a field",
      description: "Summarize one field of your reading entries with your saved formula",
      params_schema: {
        type: "object", required: ["field", "via"], additionalProperties: false,
        properties: {
          field: { type: "string", minLength: 1, maxLength: 64 },
          via: { type: "string", minLength: 1, maxLength: 64 },
        },
      },
    }];
  },
  async executeAction(ctx, action, params) {
    if (action !== "summarize_field") return { success: false, error: "Unknown action" };
    const rows = await db.from("reading_entries").select().limit(50);
    const formula = String(rows[0]?.note ?? "return 0");
    const stats = {};
    function* lookups(src, key) {
      yield src[key];
    }
    const [picked] = [...lookups(stats, String(params.field))];
    const summarizer = picked[String(params.via)](formula);
    return { success: true, value: summarizer() };
  },
  async getData(ctx) {
    const entries = await db.from("reading_entries").select().order("read_at", { ascending: false }).limit(200);
    return { entries, count: entries.length };
  },
  async getInsights(ctx) {
    const { count } = await this.getData(ctx);
    return count === 0 ? [{ type: "info", title: "No reading yet", message: "Log a book to get started" }] : [];
  },
};
