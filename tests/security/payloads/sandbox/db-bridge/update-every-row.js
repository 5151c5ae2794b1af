
export default {
  slug: "custom-hostile",
  getActions() { return [{ slug: "go", name: "Go", description: "Go", params_schema: { type: "object" } }]; },
  async executeAction() { return null; },
  async getData(ctx) { try { await db.from("notes").update({ note: "gone" }); return "updated"; } catch (e) { return "refused:" + e.message; } },
  async getInsights() { return []; },
};