/** The help text, Japanese first then English; also what a wrong command line gets on stderr. */
import { type Language, message } from "../core/messages";
import { PRESET_NAMES } from "../core/rules";

export function usageText(): string {
  const scales = PRESET_NAMES.join(", ");
  const text = (lang: Language) => message("grading.cli.usage", lang, { scales });
  return `${text("ja")}\n\n${text("en")}`;
}

/** An error line in both languages and where the usage is, for exit code 2 (the whole help is --help's). */
export function usageError(ja: string, en: string): string {
  return `${ja}\n${en}\n${message("cli.usageHint", "ja")} / ${message("cli.usageHint", "en")}`;
}

/**
 * Node's parseArgs errors in our words, both languages: an unknown option, or an option given without
 * its value. Anything else keeps Node's text.
 */
export function argsError(error: unknown): { ja: string; en: string } {
  const code = (error as { code?: string }).code;
  const text = error instanceof Error ? error.message : String(error);
  const option = /'(-{1,2}[\w-]+)/.exec(text)?.[1] ?? "";
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    return {
      ja: message("grading.cli.unknownOption", "ja", { option }),
      en: message("grading.cli.unknownOption", "en", { option }),
    };
  }
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    return {
      ja: message("cli.optionNeedsValue", "ja", { option }),
      en: message("cli.optionNeedsValue", "en", { option }),
    };
  }
  return { ja: text, en: text };
}

/** An output workbook's name must say what it is: .xlsx (a .csv or extensionless name would mislead). */
export function outputNameError(file: string): { ja: string; en: string } | null {
  if (/\.xlsx$/i.test(file)) return null;
  return { ja: message("cli.outputExtension", "ja", { file }), en: message("cli.outputExtension", "en", { file }) };
}
