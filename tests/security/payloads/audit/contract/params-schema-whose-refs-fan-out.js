// Twenty levels of anyOf over three $refs to the next level: 2 KiB of schema, 3^20 subschema
// applications for a value that matches none of them (no recursion: every ref points down).
export default {
  slug: "custom-label-log",
  getActions() {
    return [
      {
        slug: "add_label",
        name: "Add label",
        description: "Save a label",
        params_schema: {
          $defs: {
          l0: { anyOf: [{ $ref: "#/$defs/l1" }, { $ref: "#/$defs/l1" }, { $ref: "#/$defs/l1" }] },
          l1: { anyOf: [{ $ref: "#/$defs/l2" }, { $ref: "#/$defs/l2" }, { $ref: "#/$defs/l2" }] },
          l2: { anyOf: [{ $ref: "#/$defs/l3" }, { $ref: "#/$defs/l3" }, { $ref: "#/$defs/l3" }] },
          l3: { anyOf: [{ $ref: "#/$defs/l4" }, { $ref: "#/$defs/l4" }, { $ref: "#/$defs/l4" }] },
          l4: { anyOf: [{ $ref: "#/$defs/l5" }, { $ref: "#/$defs/l5" }, { $ref: "#/$defs/l5" }] },
          l5: { anyOf: [{ $ref: "#/$defs/l6" }, { $ref: "#/$defs/l6" }, { $ref: "#/$defs/l6" }] },
          l6: { anyOf: [{ $ref: "#/$defs/l7" }, { $ref: "#/$defs/l7" }, { $ref: "#/$defs/l7" }] },
          l7: { anyOf: [{ $ref: "#/$defs/l8" }, { $ref: "#/$defs/l8" }, { $ref: "#/$defs/l8" }] },
          l8: { anyOf: [{ $ref: "#/$defs/l9" }, { $ref: "#/$defs/l9" }, { $ref: "#/$defs/l9" }] },
          l9: { anyOf: [{ $ref: "#/$defs/l10" }, { $ref: "#/$defs/l10" }, { $ref: "#/$defs/l10" }] },
          l10: { anyOf: [{ $ref: "#/$defs/l11" }, { $ref: "#/$defs/l11" }, { $ref: "#/$defs/l11" }] },
          l11: { anyOf: [{ $ref: "#/$defs/l12" }, { $ref: "#/$defs/l12" }, { $ref: "#/$defs/l12" }] },
          l12: { anyOf: [{ $ref: "#/$defs/l13" }, { $ref: "#/$defs/l13" }, { $ref: "#/$defs/l13" }] },
          l13: { anyOf: [{ $ref: "#/$defs/l14" }, { $ref: "#/$defs/l14" }, { $ref: "#/$defs/l14" }] },
          l14: { anyOf: [{ $ref: "#/$defs/l15" }, { $ref: "#/$defs/l15" }, { $ref: "#/$defs/l15" }] },
          l15: { anyOf: [{ $ref: "#/$defs/l16" }, { $ref: "#/$defs/l16" }, { $ref: "#/$defs/l16" }] },
          l16: { anyOf: [{ $ref: "#/$defs/l17" }, { $ref: "#/$defs/l17" }, { $ref: "#/$defs/l17" }] },
          l17: { anyOf: [{ $ref: "#/$defs/l18" }, { $ref: "#/$defs/l18" }, { $ref: "#/$defs/l18" }] },
          l18: { anyOf: [{ $ref: "#/$defs/l19" }, { $ref: "#/$defs/l19" }, { $ref: "#/$defs/l19" }] },
          l19: { anyOf: [{ $ref: "#/$defs/l20" }, { $ref: "#/$defs/l20" }, { $ref: "#/$defs/l20" }] },
            l20: { type: "string", maxLength: 30 },
          },
          type: "object",
          properties: { label: { $ref: "#/$defs/l0" } },
        },
      },
    ];
  },
  async executeAction(ctx, action, params) {
    await db.from("labels").insert({ label: params.label ?? null });
    return { success: true };
  },
  async getData() {
    return { labels: await db.from("labels").select().limit(50) };
  },
  async getInsights() {
    return [];
  },
};
