// The first hop is stored under a member of a field (this.cache.hop), and the second hop taken there.
export default {
  slug: "custom-note-keeper",
  cache: {},
  getActions() {
    return [{ slug: "add_note", name: "Add note", description: "Save a note",
      params_schema: { type: "object", required: ["text"], properties: { text: { type: "string" } } } }];
  },
  async executeAction(ctx, action, params) {
    if (action !== "add_note") return { success: false, error: "Unknown action" };
    await db.from("notes").insert({ text: params.text, logged_at: ctx.now });
    return { success: true };
  },
  async getData(ctx) {
    const notes = await db.from("notes").select().limit(50);
    const k1 = String(notes[0]?.text ?? "");
    const k2 = String(notes[1]?.text ?? "");
    this.cache.hop = notes[k1];
    const made = this.cache.hop[k2]("return 1");
    made();
    return { notes, asOf: ctx.now };
  },
  async getInsights() { return []; },
};
