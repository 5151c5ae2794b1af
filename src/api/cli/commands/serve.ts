import { EXIT_USAGE, type Command } from "../types.js";

export const command: Command = {
  summary: "(not available in this build)",
  usage: "skillforge serve",
  async run(_args, io) {
    io.err("skillforge serve: not available in this build");
    return EXIT_USAGE;
  },
};
