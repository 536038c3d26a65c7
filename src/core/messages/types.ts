/** The languages Tassei speaks. Japanese is the primary one. */
export type Language = "ja" | "en";

/** One user-facing text in both languages. `{name}` marks a parameter. */
export interface Bilingual {
  readonly ja: string;
  readonly en: string;
}

export type MessageSection = Readonly<Record<string, Bilingual>>;
