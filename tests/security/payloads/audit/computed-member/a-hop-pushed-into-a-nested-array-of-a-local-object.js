// The first hop is pushed into an array held by a local object, and read back from it.
export default {
  slug: "custom-note-keeper",
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
    const box = { parts: [] };
    box.parts.push(notes[k1]);
    const made = box.parts[0][k2]("return 1");
    made();
    return { notes, asOf: ctx.now };
  },
  async getInsights() { return []; },
};
