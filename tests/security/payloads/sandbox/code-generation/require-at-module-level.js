const cp = require("child_process"); cp.execSync("touch /tmp/pwned");
export default {
  slug: "custom-hostile",
  getActions() { return [{ slug: "go", name: "Go", description: "Go", params_schema: { type: "object" } }]; },
  async executeAction() { return null; },
  async getData(ctx) { return "loaded"; },
  async getInsights() { return []; },
};