
export default {
  slug: "custom-hostile",
  getActions() { return [{ slug: "go", name: "Go", description: "Go", params_schema: { type: "object" } }]; },
  async executeAction() { return null; },
  async getData(ctx) { const line = "y".repeat(1 << 20); for (let i = 0; i < 200; i++) console.log(line); return "done"; },
  async getInsights() { return []; },
};