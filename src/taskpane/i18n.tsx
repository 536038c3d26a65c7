import { createContext, useCallback, useContext, useMemo, type ReactNode } from "react";
import { message, type Language, type MessageKey, type MessageParams } from "../core/messages";

interface I18n {
  readonly language: Language;
  readonly setLanguage: (language: Language) => void;
  readonly t: (key: MessageKey, params?: MessageParams) => string;
}

const I18nContext = createContext<I18n | undefined>(undefined);

export function I18nProvider(props: {
  language: Language;
  onLanguageChange: (language: Language) => void;
  children: ReactNode;
}) {
  const { language, onLanguageChange } = props;
  const t = useCallback((key: MessageKey, params?: MessageParams) => message(key, language, params), [language]);
  const value = useMemo(() => ({ language, setLanguage: onLanguageChange, t }), [language, onLanguageChange, t]);
  return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useI18n must be used inside <I18nProvider>");
  return value;
}
