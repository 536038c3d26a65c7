import { Body1, MessageBar, MessageBarBody, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { Children, type ReactNode } from "react";
import type { MessageKey } from "../../core/messages";
import { useI18n } from "../i18n";

const useStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    paddingTop: tokens.spacingVerticalM,
  },
});

/** Whether a job panel has anything to show (a job not built yet has nothing). */
function hasContent(children: ReactNode): boolean {
  return Children.toArray(children).length > 0;
}

/** One of the three jobs. A job not built yet says so instead of showing controls that do nothing. */
export function JobPanel(props: { id: string; title: MessageKey; description: MessageKey; children?: ReactNode }) {
  const { t } = useI18n();
  const styles = useStyles();
  const headingId = `${props.id}-heading`;
  return (
    <section className={styles.panel} aria-labelledby={headingId} data-testid={`job-${props.id}`}>
      <Subtitle2 as="h2" id={headingId}>
        {t(props.title)}
      </Subtitle2>
      <Body1>{t(props.description)}</Body1>
      {hasContent(props.children) ? (
        props.children
      ) : (
        <MessageBar intent="info" data-testid="not-available">
          <MessageBarBody>{t("ui.notAvailableYet")}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
