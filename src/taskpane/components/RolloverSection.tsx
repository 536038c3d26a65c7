/**
 * 次年度作成 in the pane: next year's sheet from the active department sheet, or from every department
 * sheet of the workbook. The job is the Office.js adapter's; this only asks and shows what it did.
 */
import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { JobOutcome } from "../../core/jobs/outcome";
import { useI18n } from "../i18n";
import type { PaneJobs } from "../jobs";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export function RolloverSection(props: { rollover: PaneJobs["rollover"] | undefined }) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<JobOutcome | undefined>();

  async function run(scope: "active" | "all") {
    if (!props.rollover || busy) return;
    setBusy(true);
    setOutcome(undefined);
    try {
      setOutcome(await props.rollover(scope));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className={styles.section} aria-label={t("rollover.title")} data-testid="rollover">
      <Text as="h3" weight="semibold">
        {t("rollover.title")}
      </Text>
      <Text size={200}>{t("rollover.hint")}</Text>
      <div className={styles.buttons}>
        <Button onClick={() => void run("active")} disabled={!props.rollover || busy} data-testid="rollover-active">
          {t("rollover.active")}
        </Button>
        <Button onClick={() => void run("all")} disabled={!props.rollover || busy} data-testid="rollover-all">
          {t("rollover.all")}
        </Button>
      </div>
      {outcome?.status === "done" && (
        <MessageBar layout="multiline" intent="success" data-testid="rollover-done">
          <MessageBarBody style={{ whiteSpace: "pre-line" }}>{outcome.summary[language]}</MessageBarBody>
        </MessageBar>
      )}
      {outcome?.status === "failed" && (
        <MessageBar layout="multiline" intent="error" data-testid="rollover-failed">
          <MessageBarBody style={{ whiteSpace: "pre-line" }}>{outcome.message[language]}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
