
export default {
  slug: "custom-hostile",
  getActions() { return [{ slug: "go", name: "Go", description: "Go", params_schema: { type: "object" } }]; },
  async executeAction() { return null; },
  async getData(ctx) { const row = { blob: "x".repeat(60 * 1024) }; let n = 0; for (let i = 0; i < 99; i++) { try { await db.from("notes").insert(row); n++; } catch (e) {} } return n; },
  async getInsights() { return []; },
};