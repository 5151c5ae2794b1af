
export default {
  slug: "custom-hostile",
  getActions() { return [{ slug: "go", name: "Go", description: "Go", params_schema: { type: "object" } }]; },
  async executeAction() { return null; },
  async getData(ctx) { try { const v = (db.from = () => 1, Object.defineProperty(globalThis, "db", { value: 1 }), "replaced"); return typeof v === "string" ? v : typeof v; } catch (e) { return "blocked:" + e.message; } },
  async getInsights() { return []; },
};