export default class S { slug = "custom-x"; table = "notes";
  getActions() { return []; }
  async executeAction(ctx, a, p) { const self = this; self.table = p.target; return {}; }
  async getData() { return db.from(this.table).select(); }
  async getInsights() { return []; } }