// Two dynamic lookups split across a `#private` field: the first hop is stored in `this.#hop`,
// the second is called on it (the Function constructor, with keys from stored rows). An analysis
// that followed `this.hop` but not `this.#hop` would see a single hop.
class Notes {
  slug = "custom-note-keeper";
  #hop: any = null;
  getActions() {
    return [{ slug: "add_note", name: "Add note", description: "Save a note",
      params_schema: { type: "object", required: ["text"], properties: { text: { type: "string" } } } }];
  }
  async executeAction(ctx: { now: string }, action: string, params: { text: string }) {
    if (action !== "add_note") return { success: false, error: "Unknown action" };
    await db.from("notes").insert({ text: params.text, logged_at: ctx.now });
    return { success: true };
  }
  async getData(ctx: { now: string }) {
    const notes = await db.from("notes").select().limit(50);
    const k1 = String(notes[0]?.text ?? "");
    const k2 = String(notes[1]?.text ?? "");
    this.#hop = (notes as any)[k1];
    const made = this.#hop[k2]("return 1");
    return { notes, count: notes.length, asOf: ctx.now, made };
  }
  async getInsights() {
    return [];
  }
}
export default new Notes();
