/**
 * The message catalogue: every user-facing string of Tassei, in Japanese and English.
 * Sections live in their own files so that each room adds its texts without touching others';
 * this module joins them into one catalogue and is the only way code reads a text.
 */
import type { Bilingual, Language } from "./types";
import { cliMessages } from "./cli";
import { consolidateMessages } from "./consolidate";
import { gradeMessages } from "./grade";
import { gradingMessages } from "./grading";
import { layoutMessages } from "./layout";
import { parseMessages } from "./parse";
import { previewMessages } from "./preview";
import { sheetMessages } from "./sheet";
import { insertMessages } from "./insert";
import { planMessages } from "./plan";
import { uiMessages } from "./ui";
import { xlsxMessages } from "./xlsx";

export type { Bilingual, Language } from "./types";

export const catalogue = {
  ...uiMessages,
  ...insertMessages,
  ...planMessages,
  ...cliMessages,
  ...parseMessages,
  ...gradingMessages,
  ...gradeMessages,
  ...consolidateMessages,
  ...xlsxMessages,
  ...layoutMessages,
  ...sheetMessages,
  ...previewMessages,
} as const;

export type MessageKey = keyof typeof catalogue;

export type MessageParams = Readonly<Record<string, string | number>>;

/** Fills `{name}` placeholders; a missing parameter stays visible rather than vanishing. */
export function format(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

export function message(key: MessageKey, language: Language, params?: MessageParams): string {
  const entry: Bilingual = catalogue[key];
  return format(entry[language], params);
}

/** Both languages at once, for results that carry message_ja and message_en. */
export function bilingual(key: MessageKey, params?: MessageParams): Bilingual {
  return { ja: message(key, "ja", params), en: message(key, "en", params) };
}
