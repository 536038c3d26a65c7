/** Texts a user or a source workbook may hold that a careless writer turns into formulas, numbers or garbage. */
export const HOSTILE_TEXTS: readonly string[] = [
  "=SUM(A1:A3)",
  "=1+1",
  "+81-3-1234-5678",
  "-",
  "-5万円",
  "@user",
  "＝１＋１",
  "＋１",
  "'quoted",
  "1/2",
  "2-4",
  "TRUE",
  "１２３",
  "10%",
  "#N/A",
  "tab\there",
  "line1\nline2\r\nline3",
  "ctrl\u0001\u0007\u001f",
  "絵文字🎌👍🏽",
  "\u202Eright-to-left\u202C \u200F",
  "  leading and trailing spaces  ",
  '=HYPERLINK("http://example.invalid","x")',
];

/** Excel's longest cell text. */
export const LONGEST_TEXT = "長".repeat(32_767);
