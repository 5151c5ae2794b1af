// A params schema whose $ref reaches itself through an anyOf: a validator that follows it
// recurses on every value (the host validates params before the skill runs).
export default {
  slug: "custom-tag-notes",
  getActions() {
    return [
      {
        slug: "add_note",
        name: "Add note",
        description: "Save a tagged note",
        params_schema: {
          $defs: { tag: { anyOf: [{ $ref: "#/$defs/tag" }, { type: "string", maxLength: 30 }] } },
          type: "object",
          properties: { text: { type: "string", maxLength: 200 }, tag: { $ref: "#/$defs/tag" } },
        },
      },
    ];
  },
  async executeAction(ctx, action, params) {
    await db.from("notes").insert({ text: params.text, tag: params.tag ?? null });
    return { success: true };
  },
  async getData() {
    return { notes: await db.from("notes").select().limit(50) };
  },
  async getInsights() {
    return [];
  },
};
