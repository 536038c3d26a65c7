import { AriaLiveAnnouncer, FluentProvider } from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import { pickLanguage } from "../core/messages/language";
import type { Language } from "../core/messages";
import { App, type JobId } from "./components/App";
import type { Host } from "./host";
import { I18nProvider } from "./i18n";
import type { PaneJobs } from "./jobs";
import type { LanguageStore } from "./language-store";
import { themeFromOffice } from "./theme";

/** Holds what the whole pane shares: the host, the language and the Office theme. */
export function Root(props: {
  host: Host | undefined;
  browserLanguages: readonly string[];
  jobs?: PaneJobs;
  initialJob?: JobId;
  /** Where the chosen language is kept between openings (none: the choice lasts as long as the pane). */
  languageStore?: LanguageStore;
}) {
  const { languageStore, browserLanguages } = props;
  const officeLanguage = props.host?.kind === "excel" ? props.host.displayLanguage : undefined;
  const [chosen, setChosen] = useState<Language | null>(() => languageStore?.read() ?? null);
  // A language the person chose wins; else Office's display language (known once Office is ready), else the browser's.
  const language = chosen ?? pickLanguage(officeLanguage, browserLanguages);
  const theme = themeFromOffice(props.host?.kind === "excel" ? props.host.theme : undefined);
  const changeLanguage = useCallback(
    (next: Language) => {
      setChosen(next);
      languageStore?.write(next);
    },
    [languageStore],
  );
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return (
    <FluentProvider theme={theme}>
      {/* Each job's outcome is a MessageBar, which a screen reader hears only through an announcer. */}
      <AriaLiveAnnouncer>
        <I18nProvider language={language} onLanguageChange={changeLanguage}>
          <App host={props.host} jobs={props.jobs} initialJob={props.initialJob} />
        </I18nProvider>
      </AriaLiveAnnouncer>
    </FluentProvider>
  );
}
