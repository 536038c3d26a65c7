import type { MessageSection } from "./types";

/** Texts of the browser preview page (the task pane beside an in-memory workbook). Keys are "preview.…". */
export const previewMessages = {
  "preview.banner": {
    ja: "プレビュー: Excel の代わりに、ブラウザー内のメモリ上のブック（見本の 5 部と、手作りの表のシート 1 枚入り）で動いています。変更は保存されません。",
    en: "Preview: instead of Excel, the pane works on an in-memory workbook in this browser, preloaded with five sample departments and one sheet laid out by hand. Changes are not saved.",
  },
  "preview.loading": { ja: "見本のブックを準備しています…", en: "Preparing the sample workbook…" },
  "preview.bootFailed": {
    ja: "プレビューを開始できませんでした: {detail}",
    en: "The preview could not start: {detail}",
  },
  "preview.workbook": { ja: "ブック", en: "Workbook" },
  "preview.pane": { ja: "作業ウィンドウ", en: "Task pane" },
  "preview.grid": { ja: "シート「{sheet}」", en: "Sheet “{sheet}”" },
  "preview.sheetTabs": { ja: "シート見出し", en: "Sheet tabs" },
  "preview.nameBox": { ja: "名前ボックス", en: "Name box" },
  "preview.formulaBar": { ja: "数式バー", en: "Formula bar" },
  "preview.cellEditor": { ja: "セル {address} を編集", en: "Edit cell {address}" },
  "preview.cellInput": { ja: "セル {address}", en: "Cell {address}" },
  "preview.nameBox.invalid": {
    ja: "「{address}」はセル参照ではありません。A1 や B2:D5 のように入力してください。",
    en: "“{address}” is not a cell reference. Type one like A1 or B2:D5.",
  },
  "preview.entry.invalidFormula": {
    ja: "この数式には問題があります。入力を直すか、Esc キーで取り消してください。",
    en: "There is a problem with this formula. Correct the entry, or press Esc to cancel.",
  },
  "preview.entry.protected": {
    ja: "このセルは保護されたシートにあるため変更できません。Esc キーで取り消してください。",
    en: "This cell is on a protected sheet and cannot be changed. Press Esc to cancel.",
  },
  "preview.entry.tooLong": {
    ja: "セルに入力できるのは 32,767 文字までです。",
    en: "A cell holds at most 32,767 characters.",
  },
  "preview.entry.failed": {
    ja: "入力できませんでした: {detail}",
    en: "The entry could not be made: {detail}",
  },
} as const satisfies MessageSection;
