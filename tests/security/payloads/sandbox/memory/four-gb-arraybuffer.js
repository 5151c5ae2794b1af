
export default {
  slug: "custom-hostile",
  getActions() { return [{ slug: "go", name: "Go", description: "Go", params_schema: { type: "object" } }]; },
  async executeAction() { return null; },
  async getData(ctx) { const b = new ArrayBuffer(4 * 1024 * 1024 * 1024); return b.byteLength; },
  async getInsights() { return []; },
};