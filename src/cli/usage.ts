/** The help text, Japanese first then English; also what a wrong command line gets on stderr. */
import { type Language, message } from "../core/messages";
import { PRESET_NAMES } from "../core/grading";

export function usageText(): string {
  const scales = PRESET_NAMES.join(", ");
  const text = (lang: Language) => withCommand(message("grading.cli.usage", lang, { scales }), lang);
  return `${text("ja")}\n\n${text("en")}`;
}

/** The consolidate command's lines (their own catalogue section), placed before the `--help` line. */
function withCommand(usage: string, lang: Language): string {
  const lines = message("cli.consolidate.usage", lang);
  const at = usage.indexOf("\n  tassei --help");
  return at < 0 ? `${usage}\n${lines}` : `${usage.slice(0, at)}\n${lines}${usage.slice(at)}`;
}

/** An error line in both languages followed by the usage, for exit code 2. */
export function usageError(ja: string, en: string): string {
  return `${ja}\n${en}\n\n${usageText()}`;
}
