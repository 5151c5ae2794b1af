
export default {
  slug: "custom-hostile",
  getActions() { return [{ slug: "go", name: "Go", description: "Go", params_schema: { type: "object" } }]; },
  async executeAction() { return null; },
  async getData(ctx) { await db.from("notes").insert({ note: "'; DROP TABLE records; --" });
      const rows = await db.from("notes").select().eq("note", "'; DROP TABLE records; --"); return rows.map((r) => r.note); },
  async getInsights() { return []; },
};