
export default {
  slug: "custom-hostile",
  getActions() { return [{ slug: "go", name: "Go", description: "Go", params_schema: { type: "object" } }]; },
  async executeAction() { return null; },
  async getData(ctx) { function up() { return up.arguments; } try { const a = up(1); return a ? "escaped:" + typeof a : "blocked:null"; } catch (e) { return "blocked:" + e.message; } },
  async getInsights() { return []; },
};
