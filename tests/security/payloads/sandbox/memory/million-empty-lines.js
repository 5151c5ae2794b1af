
export default {
  slug: "custom-hostile",
  getActions() { return [{ slug: "go", name: "Go", description: "Go", params_schema: { type: "object" } }]; },
  async executeAction() { return null; },
  async getData(ctx) { for (let i = 0; i < 1e6; i++) console.log(""); return "done"; },
  async getInsights() { return []; },
};