
export default {
  slug: "custom-hostile",
  getActions() { return [{ slug: "go", name: "Go", description: "Go", params_schema: { type: "object" } }]; },
  async executeAction() { return null; },
  async getData(ctx) { try { return await db.from("notes").insert({ note: "x" }); } catch (e) { return "refused:" + e.message; } },
  async getInsights() { return []; },
};