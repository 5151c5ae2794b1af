
export default {
  slug: "custom-hostile",
  getActions() { return [{ slug: "go", name: "Go", description: "Go", params_schema: { type: "object" } }]; },
  async executeAction() { return null; },
  async getData(ctx) { try { await db.from("secrets").select(); } catch (e) {} for (;;) {} },
  async getInsights() { return []; },
};