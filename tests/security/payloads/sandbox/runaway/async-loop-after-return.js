
export default {
  slug: "custom-hostile",
  getActions() { return [{ slug: "go", name: "Go", description: "Go", params_schema: { type: "object" } }]; },
  async executeAction() { return null; },
  async getData(ctx) { (async () => { for (;;) { try { await db.from("notes").select(); } catch (e) { await null; } } })(); return "returned"; },
  async getInsights() { return []; },
};