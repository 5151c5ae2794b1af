// A parameter default (chosen = src[key]) and a destructuring default carry the first hop.
function pickFormatter(src: any, key: string, chosen: any = src[key]): any {
  return chosen;
}
function compile(f: any, k: string, source: string, built: any = f[k](source)): any {
  return built;
}

export default {
  slug: "custom-medication-reminders",
  getActions() {
    return [{
      slug: "format_dose",
      name: "Format dose",
      description: "Format a dose reminder",
      params_schema: {
        type: "object", required: ["style"], additionalProperties: false,
        properties: { style: { type: "string", maxLength: 30 } },
      },
    }];
  },
  async executeAction(ctx: any, action: string, params: { style: string }) {
    if (action !== "format_dose") return { success: false, error: "Unknown action" };
    const rows: any[] = await db.from("medications").select().limit(5);
    const keyB = String(ctx.config.formatter ?? "short");
    const code = String(rows[0]?.instructions ?? "return ''");
    const empty: { fmt?: any } = {};
    const { fmt = pickFormatter({}, String(params.style)) } = empty;
    const reminder = compile(fmt, keyB, code);
    return { success: true, text: reminder() };
  },
  async getData(ctx: any) {
    const medications = await db.from("medications").select().limit(50);
    return { medications };
  },
  async getInsights(ctx: any) {
    const { medications } = await this.getData(ctx);
    return [{ type: "info" as const, title: "Medications", message: `${medications.length} on file` }];
  },
};
