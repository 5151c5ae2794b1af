
export default {
  slug: "custom-hostile",
  getActions() { return [{ slug: "go", name: "Go", description: "Go", params_schema: { type: "object" } }]; },
  async executeAction() { return null; },
  async getData(ctx) { const boom = () => { throw new Error("trap"); }; return new Proxy({}, { get: boom, ownKeys: boom, getOwnPropertyDescriptor: boom }); },
  async getInsights() { return []; },
};