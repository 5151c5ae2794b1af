
export default {
  slug: "custom-hostile",
  getActions() { return [{ slug: "go", name: "Go", description: "Go", params_schema: { type: "object" } }]; },
  async executeAction() { return null; },
  async getData(ctx) { return { a: [{ constructor: { prototype: { polluted: "yes" } } }] }; },
  async getInsights() { return []; },
};