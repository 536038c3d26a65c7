/**
 * The language a person chose in the pane, kept for the next time the pane opens (in the browser's
 * storage for this site). Storage can be missing or refuse (a sandboxed frame, a private window): the
 * choice then lasts as long as the pane.
 */
import type { Language } from "../core/messages";

export interface LanguageStore {
  read(): Language | null;
  write(language: Language): void;
}

const KEY = "tassei.language";

export function browserLanguageStore(storage: () => Storage = () => window.localStorage): LanguageStore {
  return {
    read() {
      try {
        const value = storage().getItem(KEY);
        return value === "ja" || value === "en" ? value : null;
      } catch {
        return null;
      }
    },
    write(language) {
      try {
        storage().setItem(KEY, language);
      } catch {
        // Not kept: the pane still switches.
      }
    },
  };
}
