import type { MessageSection } from "./types";

/**
 * Texts that Tassei writes into sheet cells (inside formulas too), so they stay readable in a copy
 * opened without the add-in. A department sheet is a city document: its cells use the Japanese text.
 * Keys are namespaced "sheet.…".
 */
export const sheetMessages = {
  // What the live 達成率 / 達成度 formulas show when only the grading engine can read an input
  // (`5 億円`, `６５，０００件`, `△53人`, a word that is not on the dropdown list).
  "sheet.formula.pressGrade": {
    ja: "評価ボタンで判定",
    en: "Press Grade",
  },
} as const satisfies MessageSection;
