
export default {
  slug: "custom-hostile",
  getActions() { return [{ slug: "go", name: "Go", description: "Go", params_schema: { type: "object" } }]; },
  async executeAction() { return null; },
  async getData(ctx) { try { const v = Function("return typeof process")(); return typeof v === "string" ? v : typeof v; } catch (e) { return "blocked:" + e.message; } },
  async getInsights() { return []; },
};