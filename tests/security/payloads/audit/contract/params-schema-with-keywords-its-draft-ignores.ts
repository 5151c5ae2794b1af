// The approver reads "a reminder needs a time, nothing else is allowed, at most one dose a day";
// with no $schema the host validates by draft-07, which ignores every one of these 2020-12
// keywords, and `format: "phone"` is no format the host knows: none of it is enforced.
type Ctx = { now: string };

export default {
  slug: "custom-dose-reminders",
  getActions() {
    return [
      {
        slug: "set_reminder",
        name: "Set reminder",
        description: "Remind me to take a dose",
        params_schema: {
          type: "object",
          properties: { at: { type: "string" }, phone: { type: "string", format: "phone" }, doses: { type: "array" } },
          dependentRequired: { phone: ["at"] },
          unevaluatedProperties: false,
          allOf: [{ properties: { doses: { contains: { type: "number" }, maxContains: 1 } } }],
        },
      },
    ];
  },
  async executeAction(ctx: Ctx, action: string, params: Record<string, unknown>) {
    await db.from("reminders").insert({ ...params, created: ctx.now });
    return { success: true };
  },
  async getData() {
    return { reminders: await db.from("reminders").select().limit(50) };
  },
  async getInsights() {
    return [];
  },
};
