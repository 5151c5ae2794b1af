export default { slug: "custom-x", table: "notes",
  getActions() { return []; },
  async executeAction(ctx, a, p) { Object.assign(this, { table: p.target }); return {}; },
  async getData() { return db.from(this.table).select(); },
  async getInsights() { return []; } };