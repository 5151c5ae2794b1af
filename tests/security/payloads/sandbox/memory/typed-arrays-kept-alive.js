
export default {
  slug: "custom-hostile",
  getActions() { return [{ slug: "go", name: "Go", description: "Go", params_schema: { type: "object" } }]; },
  async executeAction() { return null; },
  async getData(ctx) { const keep = []; for (let i = 0; i < 64; i++) keep.push(new Uint8Array(64 * 1024 * 1024).fill(1)); return keep.length; },
  async getInsights() { return []; },
};