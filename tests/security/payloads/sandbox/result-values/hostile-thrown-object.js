
export default {
  slug: "custom-hostile",
  getActions() { return [{ slug: "go", name: "Go", description: "Go", params_schema: { type: "object" } }]; },
  async executeAction() { return null; },
  async getData(ctx) { throw { name: "Evil", get message() { return "described inside"; }, toString() { throw new Error("no"); } }; },
  async getInsights() { return []; },
};