
export default {
  slug: "custom-hostile",
  getActions() { return [{ slug: "go", name: "Go", description: "Go", params_schema: { type: "object" } }]; },
  async executeAction() { return null; },
  async getData(ctx) { return "z".repeat(5 * 1024 * 1024); },
  async getInsights() { return []; },
};