
export default {
  slug: "custom-hostile",
  getActions() { return [{ slug: "go", name: "Go", description: "Go", params_schema: { type: "object" } }]; },
  async executeAction() { return null; },
  async getData(ctx) { const keep = []; for (;;) keep.push(new Array(1e5).fill(1.5)); },
  async getInsights() { return []; },
};