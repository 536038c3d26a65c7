import { FluentProvider } from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import { pickLanguage } from "../core/messages/language";
import type { Language } from "../core/messages";
import { App, type JobId } from "./components/App";
import type { Host } from "./host";
import { I18nProvider } from "./i18n";
import type { PaneJobs } from "./jobs";
import { themeFromOffice } from "./theme";

/** Holds what the whole pane shares: the host, the language and the Office theme. */
export function Root(props: {
  host: Host | undefined;
  browserLanguages: readonly string[];
  jobs?: PaneJobs;
  initialJob?: JobId;
}) {
  const officeLanguage = props.host?.kind === "excel" ? props.host.displayLanguage : undefined;
  const [language, setLanguage] = useState<Language>(() => pickLanguage(officeLanguage, props.browserLanguages));
  const theme = themeFromOffice(props.host?.kind === "excel" ? props.host.theme : undefined);
  const changeLanguage = useCallback((next: Language) => setLanguage(next), []);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return (
    <FluentProvider theme={theme}>
      <I18nProvider language={language} onLanguageChange={changeLanguage}>
        <App host={props.host} jobs={props.jobs} initialJob={props.initialJob} />
      </I18nProvider>
    </FluentProvider>
  );
}
