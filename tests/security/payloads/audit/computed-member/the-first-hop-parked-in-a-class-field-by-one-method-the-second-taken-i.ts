export default class {
  slug = "custom-parked";
  held: any = null;
  park(k: string) { const o: any = {}; this.held = o[k]; }
  getActions() { return []; }
  async executeAction() { return null; }
  async getData(ctx: any) { const k = ctx.config.k; this.park(k); return this.held[k](ctx.config.code)(); }
  async getInsights() { return []; }
}