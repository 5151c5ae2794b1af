function plain() { return this; }
const atTop = this;

export default {
  slug: "custom-hostile",
  getActions() { return [{ slug: "go", name: "Go", description: "Go", params_schema: { type: "object" } }]; },
  async executeAction() { return null; },
  async getData(ctx) { const inner = plain(); return inner === undefined && atTop === undefined ? "blocked:undefined" : "escaped:" + typeof inner + "/" + typeof atTop; },
  async getInsights() { return []; },
};
