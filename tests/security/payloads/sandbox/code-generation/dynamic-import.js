
export default {
  slug: "custom-hostile",
  getActions() { return [{ slug: "go", name: "Go", description: "Go", params_schema: { type: "object" } }]; },
  async executeAction() { return null; },
  async getData(ctx) { try { await import("fs"); return "imported"; } catch (e) { return "blocked"; } },
  async getInsights() { return []; },
};