
export default {
  slug: "custom-hostile",
  getActions() { return [{ slug: "go", name: "Go", description: "Go", params_schema: { type: "object" } }]; },
  async executeAction() { return null; },
  async getData(ctx) { const m = new Map(); for (let i = 0; ; i++) m.set(i, { i, s: "v" + i }); },
  async getInsights() { return []; },
};