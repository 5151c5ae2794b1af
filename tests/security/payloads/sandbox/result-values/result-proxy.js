
export default {
  slug: "custom-hostile",
  getActions() { return [{ slug: "go", name: "Go", description: "Go", params_schema: { type: "object" } }]; },
  async executeAction() { return null; },
  async getData(ctx) { return new Proxy({}, { ownKeys: () => ["k"], getOwnPropertyDescriptor: () => ({ value: 1, enumerable: true, configurable: true }), get: () => "trapped" }); },
  async getInsights() { return []; },
};