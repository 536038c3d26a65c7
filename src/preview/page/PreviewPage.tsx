/**
 * The preview page: Excel's window on the left (grid, formula bar, sheet tabs) and the real task pane
 * on the right, ~350 px wide like Excel's, both on one in-memory workbook.
 */
import { FluentProvider, makeStyles, webLightTheme } from "@fluentui/react-components";
import type { Language } from "../../core/messages";
import { pickLanguage } from "../../core/messages/language";
import type { Host } from "../../taskpane/host";
import { I18nProvider, useI18n } from "../../taskpane/i18n";
import { Root } from "../../taskpane/Root";
import type { PreviewSession } from "./boot";
import { WorkbookView } from "./grid/WorkbookView";
import { usePageLanguage } from "./page-language";

const PANE_WIDTH = 350;

export type PreviewState =
  | { readonly status: "loading" }
  | { readonly status: "ready"; readonly session: PreviewSession }
  | { readonly status: "failed"; readonly detail: string };

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", height: "100vh", overflow: "hidden" },
  banner: {
    padding: "4px 12px",
    fontSize: "12px",
    backgroundColor: "#217346",
    color: "#FFFFFF",
    flexShrink: 0,
  },
  body: { display: "flex", flexGrow: 1, minHeight: 0 },
  workbook: { flexGrow: 1, minWidth: 0, display: "flex", flexDirection: "column" },
  status: { padding: "16px", fontSize: "14px" },
  pane: {
    width: `${PANE_WIDTH}px`,
    flexShrink: 0,
    borderLeft: "1px solid #D4D4D4",
    overflowY: "auto",
    boxSizing: "border-box",
  },
});

/** The host the pane sees: Excel, in the browser's language (Japanese when it has none). */
export function previewHost(browserLanguage: string | undefined): Host {
  return { kind: "excel", displayLanguage: browserLanguage || "ja-JP", theme: undefined };
}

export function PreviewPage(props: { state: PreviewState; host: Host; browserLanguages: readonly string[] }) {
  const fallback = pickLanguage(
    props.host.kind === "excel" ? props.host.displayLanguage : undefined,
    props.browserLanguages,
  );
  const language: Language = usePageLanguage(fallback);
  return (
    <FluentProvider theme={webLightTheme}>
      <I18nProvider language={language} onLanguageChange={() => undefined}>
        <PageLayout {...props} />
      </I18nProvider>
    </FluentProvider>
  );
}

function PageLayout(props: { state: PreviewState; host: Host; browserLanguages: readonly string[] }) {
  const { t } = useI18n();
  const styles = useStyles();
  const { state } = props;
  return (
    <div className={styles.page}>
      <div role="note" className={styles.banner} data-testid="preview-banner">
        {t("preview.banner")}
      </div>
      <div className={styles.body}>
        <section aria-label={t("preview.workbook")} className={styles.workbook}>
          {state.status === "ready" && <WorkbookView workbook={state.session.workbook} />}
          {state.status === "loading" && (
            <p role="status" className={styles.status}>
              {t("preview.loading")}
            </p>
          )}
          {state.status === "failed" && (
            <p role="alert" className={styles.status}>
              {t("preview.bootFailed", { detail: state.detail })}
            </p>
          )}
        </section>
        <aside aria-label={t("preview.pane")} className={styles.pane}>
          {state.status === "ready" && (
            <Root host={props.host} jobs={state.session.jobs} browserLanguages={props.browserLanguages} />
          )}
        </aside>
      </div>
    </div>
  );
}
