import { Body1, Tab, TabList, Text, Title3, makeStyles, tokens } from "@fluentui/react-components";
import { Suspense, lazy, useState } from "react";
import type { MessageKey } from "../../core/messages";
import type { Host } from "../host";
import { useI18n } from "../i18n";
import type { PaneJobs } from "../jobs";
import { HostStatus } from "./HostStatus";
import { GradePanel } from "./GradePanel";
import { RolloverSection } from "./RolloverSection";
import { JobPanel } from "./JobPanel";
import { LanguageSelect } from "./LanguageSelect";

export type JobId = "insert" | "edit" | "grade" | "consolidate";

// The plan's forms and the consolidation load when their tab is first opened: the pane opens on 評価, and
// its first script stays within its budget.
const InsertForm = lazy(() => import("./InsertForm").then((m) => ({ default: m.InsertForm })));
const EditPanel = lazy(() => import("./EditPanel").then((m) => ({ default: m.EditPanel })));
const ConsolidatePanel = lazy(() => import("./ConsolidatePanel").then((m) => ({ default: m.ConsolidatePanel })));

const JOBS: readonly { id: JobId; title: MessageKey; description: MessageKey }[] = [
  { id: "insert", title: "ui.section.insert", description: "ui.section.insert.description" },
  { id: "edit", title: "ui.section.edit", description: "ui.section.edit.description" },
  { id: "grade", title: "ui.section.grade", description: "ui.section.grade.description" },
  { id: "consolidate", title: "ui.section.consolidate", description: "ui.section.consolidate.description" },
];

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    minHeight: "100vh",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  // A narrow pane (320 px) puts the job tabs on two lines rather than cutting the last one off.
  tabs: { flexWrap: "wrap", rowGap: tokens.spacingVerticalXXS },
});

export function App(props: { host: Host | undefined; jobs?: PaneJobs; initialJob?: JobId }) {
  const { t } = useI18n();
  const styles = useStyles();
  const [job, setJob] = useState<JobId>(props.initialJob ?? "grade");
  // A job's panel is made the first time its tab is opened and then kept (hidden while another tab is
  // open), so its last result is still there when the user comes back to it.
  const [opened, setOpened] = useState<ReadonlySet<JobId>>(() => new Set([job]));
  const open = (next: JobId) => {
    setJob(next);
    setOpened((known) => (known.has(next) ? known : new Set([...known, next])));
  };
  return (
    <main className={styles.root} data-testid="tassei-app">
      <header className={styles.header}>
        <Title3 as="h1">{t("ui.appName")}</Title3>
        <Body1>{t("ui.tagline")}</Body1>
      </header>
      <LanguageSelect />
      <HostStatus host={props.host} />
      <TabList
        className={styles.tabs}
        selectedValue={job}
        onTabSelect={(_event, data) => open(data.value as JobId)}
        aria-label={t("ui.appName")}
      >
        {JOBS.map((candidate) => (
          <Tab key={candidate.id} value={candidate.id} data-testid={`tab-${candidate.id}`}>
            {t(candidate.title)}
          </Tab>
        ))}
      </TabList>
      {JOBS.filter((candidate) => opened.has(candidate.id)).map((candidate) => (
        <JobPanel
          key={candidate.id}
          id={candidate.id}
          title={candidate.title}
          description={candidate.description}
          hidden={candidate.id !== job}
        >
          {candidate.id === "insert" && (
            <>
              <Suspense fallback={<Text data-testid="insert-loading">{t("plan.loading")}</Text>}>
                <InsertForm insert={props.jobs?.insert} />
              </Suspense>
              <RolloverSection rollover={props.jobs?.rollover} />
            </>
          )}
          {candidate.id === "edit" && (
            <Suspense fallback={<Text data-testid="edit-loading">{t("plan.loading")}</Text>}>
              <EditPanel jobs={props.jobs} active={candidate.id === job} />
            </Suspense>
          )}
          {candidate.id === "grade" && <GradePanel jobs={props.jobs} onOfferInsert={() => open("insert")} />}
          {candidate.id === "consolidate" && (
            <Suspense fallback={<Text data-testid="consolidate-loading">{t("plan.loading")}</Text>}>
              <ConsolidatePanel jobs={props.jobs} active={candidate.id === job} />
            </Suspense>
          )}
        </JobPanel>
      ))}
    </main>
  );
}
