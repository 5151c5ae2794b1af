
export default {
  slug: "custom-hostile",
  getActions() { return [{ slug: "go", name: "Go", description: "Go", params_schema: { type: "object" } }]; },
  async executeAction() { return null; },
  async getData(ctx) { const f = (n) => f(n + 1) + 1; return f(0); },
  async getInsights() { return []; },
};