/** The help text, Japanese first then English; also what a wrong command line gets on stderr. */
import { type Language, message } from "../core/messages";
import { PRESET_NAMES } from "../core/grading";

export function usageText(): string {
  const scales = PRESET_NAMES.join(", ");
  const text = (lang: Language) => message("grading.cli.usage", lang, { scales });
  return `${text("ja")}\n\n${text("en")}`;
}

/** An error line in both languages followed by the usage, for exit code 2. */
export function usageError(ja: string, en: string): string {
  return `${ja}\n${en}\n\n${usageText()}`;
}
