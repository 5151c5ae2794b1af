
export default {
  slug: "custom-hostile",
  getActions() { return [{ slug: "go", name: "Go", description: "Go", params_schema: { type: "object" } }]; },
  async executeAction() { return null; },
  async getData(ctx) { try { return await db.from("notes").select().eq("owner", "00000000-0000-4000-8000-000000000004"); } catch (e) { return "refused:" + e.message; } },
  async getInsights() { return []; },
};