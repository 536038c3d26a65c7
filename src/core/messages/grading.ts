import type { MessageSection } from "./types";

/** Texts of the grading room. Keys are namespaced "grading.…". */
export const gradingMessages = {
} as const satisfies MessageSection;
