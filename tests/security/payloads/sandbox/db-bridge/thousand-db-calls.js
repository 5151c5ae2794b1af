
export default {
  slug: "custom-hostile",
  getActions() { return [{ slug: "go", name: "Go", description: "Go", params_schema: { type: "object" } }]; },
  async executeAction() { return null; },
  async getData(ctx) { const all = []; for (let i = 0; i < 1000; i++) all.push(db.from("notes").select().then(() => 1, () => 0)); return (await Promise.all(all)).reduce((a, b) => a + b, 0); },
  async getInsights() { return []; },
};