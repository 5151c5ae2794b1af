
export default {
  slug: "custom-hostile",
  getActions() { return [{ slug: "go", name: "Go", description: "Go", params_schema: { type: "object" } }]; },
  async executeAction() { return null; },
  async getData(ctx) { function who() { return arguments.callee; } try { return typeof who() === "function" ? "escaped" : "blocked:none"; } catch (e) { return "blocked:" + e.message; } },
  async getInsights() { return []; },
};
