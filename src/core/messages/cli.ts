import type { MessageSection } from "./types";

/** Texts of command-line commands other than parse/eval. Keys are namespaced "cli.…". */
export const cliMessages = {
  "cli.new.missingOutput": {
    ja: "new には書き出す .xlsx ファイルを1つ指定してください。",
    en: "new takes exactly one .xlsx file to write.",
  },
  "cli.new.exists": {
    ja: "ファイル {file} はすでにあります。既存のファイルは上書きしません。別の名前を指定してください。",
    en: "The file {file} already exists. Tassei never overwrites a file: give another name.",
  },
  "cli.new.written": { ja: "{file} にシート「{sheet}」を書き出しました。", en: "Wrote the sheet “{sheet}” to {file}." },
  "cli.new.cannotWrite": { ja: "{file} に書き出せません: {reason}", en: "Cannot write {file}: {reason}" },
  "cli.new.layout": {
    ja: "--layout には header, goals, kpi, kgi をカンマ区切りで指定してください（{value}）。",
    en: "--layout takes header, goals, kpi, kgi separated by commas ({value}).",
  },
} as const satisfies MessageSection;
