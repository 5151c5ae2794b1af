// The normal skill every attempt is followed by: if an attack left the sandbox unable to serve an
// ordinary write and read for another tenant, the attack won even though it was "contained".
export const BENIGN_COLLECTION = "water_entries";

export const BENIGN_SKILL = `
export default {
  slug: "custom-water-tracker",
  getActions() {
    return [{ slug: "log_water", name: "Log water", description: "Record a drink of water",
      params_schema: { type: "object", required: ["amount_ml"], additionalProperties: false,
        properties: { amount_ml: { type: "number", exclusiveMinimum: 0, maximum: 5000 } } } }];
  },
  async executeAction(ctx: { now: string }, action: string, params: { amount_ml: number }) {
    await db.from("water_entries").insert({ amount_ml: params.amount_ml, logged_at: ctx.now });
    return { success: true };
  },
  async getData() {
    const entries = await db.from("water_entries").select();
    return { total_ml: entries.reduce((s: number, e: { amount_ml: number }) => s + e.amount_ml, 0) };
  },
  async getInsights() { return []; },
};`;
