
export default {
  slug: "custom-hostile",
  getActions() { return [{ slug: "go", name: "Go", description: "Go", params_schema: { type: "object" } }]; },
  async executeAction() { return null; },
  async getData(ctx) { function up() { return up.caller; } try { const c = up(); return c ? "escaped:" + typeof c : "blocked:null"; } catch (e) { return "blocked:" + e.message; } },
  async getInsights() { return []; },
};
