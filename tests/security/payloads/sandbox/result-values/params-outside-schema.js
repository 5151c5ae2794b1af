export default {
      getActions() { return [{ slug: "go", name: "Go", description: "Go", params_schema: { type: "object", required: ["n"], properties: { n: { type: "integer", maximum: 10 } } } }]; },
      async executeAction(ctx, action, params) { await db.from("notes").insert({ reached: true }); return "skill ran"; },
    };