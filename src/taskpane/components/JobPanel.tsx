import { Body1, Subtitle2, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { MessageKey } from "../../core/messages";
import { useI18n } from "../i18n";

const useStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    paddingTop: tokens.spacingVerticalM,
  },
  // The class's display: flex would otherwise win over the hidden attribute's display: none.
  hidden: { display: "none" },
});

/** One of the three jobs: its heading, what it does, and its controls. */
export function JobPanel(props: {
  id: string;
  title: MessageKey;
  description: MessageKey;
  /** Kept but not shown while another job's tab is open. */
  hidden?: boolean;
  children?: ReactNode;
}) {
  const { t } = useI18n();
  const styles = useStyles();
  const headingId = `${props.id}-heading`;
  return (
    <section
      className={mergeClasses(styles.panel, props.hidden === true && styles.hidden)}
      aria-labelledby={headingId}
      data-testid={`job-${props.id}`}
      hidden={props.hidden === true}
    >
      <Subtitle2 as="h2" id={headingId}>
        {t(props.title)}
      </Subtitle2>
      <Body1>{t(props.description)}</Body1>
      {props.children}
    </section>
  );
}
