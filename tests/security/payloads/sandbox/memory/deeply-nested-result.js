
export default {
  slug: "custom-hostile",
  getActions() { return [{ slug: "go", name: "Go", description: "Go", params_schema: { type: "object" } }]; },
  async executeAction() { return null; },
  async getData(ctx) { let v = {}; for (let i = 0; i < 10000; i++) v = { v }; return v; },
  async getInsights() { return []; },
};