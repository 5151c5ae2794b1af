// A valid skill to carry an attack: the attack code goes at the top level or inside getData, so
// each sample is a whole module the audit sees exactly as it would see a generated one.

export type Where = "top" | "method";

export function skillShell(code: string, where: Where, lang: "ts" | "js"): string {
  const typed = lang === "ts";
  const ctxType = typed ? ": { tenantId: string; config: Record<string, unknown>; now: string }" : "";
  const top = where === "top" ? `${code}\n` : "";
  const inMethod = where === "method" ? `    ${code.split("\n").join("\n    ")}\n` : "";
  return `${top}
export default {
  slug: "custom-note-keeper",
  getActions() {
    return [{ slug: "add_note", name: "Add note", description: "Save a note",
      params_schema: { type: "object", required: ["text"], properties: { text: { type: "string" } } } }];
  },
  async executeAction(ctx${ctxType}, action${typed ? ": string" : ""}, params${typed ? ": { text: string }" : ""}) {
    if (action !== "add_note") return { success: false, error: "Unknown action" };
    await db.from("notes").insert({ text: params.text, logged_at: ctx.now });
    return { success: true };
  },
  async getData(ctx${ctxType}) {
${inMethod}    const notes = await db.from("notes").select().order("logged_at", { ascending: false }).limit(50);
    return { notes, count: notes.length, asOf: ctx.now };
  },
  async getInsights(ctx${ctxType}) {
    const { count } = await this.getData(ctx);
    return count === 0 ? [{ type: "info", title: "No notes yet", message: "Add your first note." }] : [];
  },
};
`;
}

/** The capabilities of the shell itself. */
export const SHELL_CAPABILITIES = ["data.read:notes", "data.write:notes"];
