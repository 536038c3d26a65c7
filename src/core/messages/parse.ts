import type { MessageSection } from "./types";

/** Texts of the parse room. Keys are namespaced "parse.…". */
export const parseMessages = {
} as const satisfies MessageSection;
