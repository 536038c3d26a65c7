/**
 * A name or title as people mean it, to match it across sources and years: full-width and half-width forms
 * alike (NFKC), spaces of any width ignored, so `市長公室`, `市長公室 ` and `市長\u3000公室` are one.
 */
export function sameTextKey(text: string): string {
  return text.normalize("NFKC").replace(/\s+/gu, "");
}
