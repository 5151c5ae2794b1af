
export default {
  slug: "custom-hostile",
  getActions() { return [{ slug: "go", name: "Go", description: "Go", params_schema: { type: "object" } }]; },
  async executeAction() { return null; },
  async getData(ctx) { const fs = require("fs"); fs.writeFileSync(ctx.config.marker, "escaped"); return "wrote"; },
  async getInsights() { return []; },
};