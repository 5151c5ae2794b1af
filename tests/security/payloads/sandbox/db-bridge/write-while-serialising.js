
export default {
  slug: "custom-hostile",
  getActions() { return [{ slug: "go", name: "Go", description: "Go", params_schema: { type: "object" } }]; },
  async executeAction() { return null; },
  async getData(ctx) { return { toJSON() { for (let i = 0; i < 10; i++) db.from("notes").insert({ late: i }).then(() => {}, () => {}); return "fine"; } }; },
  async getInsights() { return []; },
};