// A `#private` auto-accessor is a getter and setter pair over hidden storage: the first hop goes
// in through the setter, comes back through the getter, and the second hop is called on it.
class Notes {
  slug = "custom-note-keeper";
  accessor #hop: any = null;
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
    this.#hop = (notes as any)[String(notes[0]?.text ?? "")];
    const made = this.#hop[String(notes[1]?.text ?? "")]("return 1");
    return { notes, asOf: ctx.now, made };
  }
  async getInsights() {
    return [];
  }
}
export default new Notes();
