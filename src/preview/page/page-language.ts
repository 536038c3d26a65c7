/**
 * The page's own texts follow the pane's language. The pane (Root) keeps its language to itself and
 * writes it to <html lang>, so the page watches that attribute instead of holding a second choice.
 */
import { useSyncExternalStore } from "react";
import type { Language } from "../../core/messages";
import { pickLanguage } from "../../core/messages/language";

function subscribe(listener: () => void): () => void {
  const observer = new MutationObserver(listener);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["lang"] });
  return () => observer.disconnect();
}

export function usePageLanguage(fallback: Language): Language {
  const lang = useSyncExternalStore(subscribe, () => document.documentElement.lang);
  return lang ? pickLanguage(lang, []) : fallback;
}
