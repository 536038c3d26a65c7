/** Messages whose parameters are themselves bilingual (a reason, a list of feature names). */
import { type Bilingual, type Language, type MessageKey, type MessageParams, message } from "../core/messages";

/** `key` in each language with `name` filled from the bilingual `value` in that language. */
export function localised(key: MessageKey, params: MessageParams, name: string, value: Bilingual): Bilingual {
  const text = (lang: Language) => message(key, lang, { ...params, [name]: value[lang] });
  return { ja: text("ja"), en: text("en") };
}

/** Both languages for the terminal: Japanese, a blank line, English. */
export function bothLanguages(text: (lang: Language) => string): string {
  return `${text("ja")}\n\n${text("en")}\n`;
}
