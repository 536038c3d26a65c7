import {
  Button,
  MessageBar,
  MessageBarBody,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { useDropOnEdit } from "./use-edit-watch";
import { type GradeProblem, type GradeResult, type InterimResult, interimBasisText } from "../../core/grade";
import { stampTime } from "../../core/grade/time";
import type { GradeOutcome, JobOutcome, UndoOutcome } from "../../core/jobs/outcome";
import type { Bilingual } from "../../core/messages";
import type { AssignableRole } from "../../core/sheet/hand-made/column-roles";
import { useI18n } from "../i18n";
import { BlockColumns } from "./BlockColumns";
import type { PaneJobs } from "../jobs";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  problems: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, paddingLeft: 0, margin: 0 },
  // The hand-made columns section stands apart from the lists that follow it.
  columns: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    marginBottom: tokens.spacingVerticalL,
  },
  problem: { listStyleType: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  raw: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground3 },
});

/** The Grade job in the pane: run it, see grades per indicator count, the department's grade and every problem. */
export function GradePanel(props: {
  jobs: Pick<PaneJobs, "grade" | "undo" | "selectCell" | "setColumnRole" | "convert" | "watchEdits"> | undefined;
  onOfferInsert: () => void;
}) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<GradeOutcome<GradeResult> | undefined>();
  const [undo, setUndo] = useState<UndoOutcome | undefined>();
  const [converted, setConverted] = useState<JobOutcome | undefined>();
  const text = (b: Bilingual) => b[language];
  const jobs = props.jobs;
  // The grades are of the sheet as it was: a person's edit drops them (grading again gives the new ones).
  const dropped = useDropOnEdit(jobs, outcome !== undefined, () => {
    setOutcome(undefined);
    setUndo(undefined);
    setConverted(undefined);
  });

  async function grade() {
    if (!jobs) return;
    setBusy(true);
    setUndo(undefined);
    setConverted(undefined);
    try {
      setOutcome(await jobs.grade());
    } finally {
      setBusy(false);
    }
  }

  async function changeColumn(sheet: string, headerCell: string, column: string, role: AssignableRole) {
    if (!jobs) return;
    setBusy(true);
    setUndo(undefined);
    try {
      setOutcome(await jobs.setColumnRole({ sheet, headerCell, column, role }));
    } finally {
      setBusy(false);
    }
  }

  async function convert(sheet: string) {
    if (!jobs) return;
    setBusy(true);
    try {
      setConverted(await jobs.convert(sheet));
    } finally {
      setBusy(false);
    }
  }

  async function undoConversion() {
    if (!jobs) return;
    setBusy(true);
    try {
      const undone = await jobs.undo();
      setUndo(undone);
      // The grades shown were the grading's that is now undone: they are no longer the sheet's.
      if (undone.status === "done") setOutcome(undefined);
    } finally {
      setBusy(false);
    }
  }

  const result = outcome?.status === "done" ? outcome.result : undefined;
  const select = (cell: string) => {
    if (result) void jobs?.selectCell(result.sheet, cell);
  };
  return (
    <div className={styles.panel}>
      {!jobs && (
        <MessageBar layout="multiline" intent="info">
          <MessageBarBody>{t("ui.grade.notInExcel")}</MessageBarBody>
        </MessageBar>
      )}
      <Button appearance="primary" onClick={grade} disabled={!jobs || busy} data-testid="grade-run">
        {busy ? t("ui.grade.working") : t("ui.grade.run")}
      </Button>
      {dropped && (
        <MessageBar intent="info" data-testid="grade-dropped">
          <MessageBarBody>{t("ui.resultDropped")}</MessageBarBody>
        </MessageBar>
      )}
      {outcome && outcome.status !== "done" && (
        <MessageBar
          layout="multiline"
          intent={outcome.status === "no_table" ? "warning" : "error"}
          data-testid="grade-message"
        >
          <MessageBarBody>
            {text(outcome.message)}{" "}
            {outcome.status === "no_table" && (
              <Button size="small" onClick={props.onOfferInsert} data-testid="grade-offer-insert">
                {t("ui.grade.offerInsert")}
              </Button>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {undo && (
        <MessageBar
          layout="multiline"
          intent={undo.status === "done" ? "success" : "warning"}
          data-testid="grade-undo-result"
        >
          <MessageBarBody>
            {undo.status === "done" ? t("ui.grade.undone", { count: undo.restored }) : text(undo.message)}
          </MessageBarBody>
        </MessageBar>
      )}
      {result && (
        <section aria-label={t("ui.grade.run")} data-testid="grade-result">
          <Text as="p" block weight="semibold" data-testid="grade-department">
            {t("ui.grade.department")}: {result.department.grade ?? t("ui.grade.noGrade")}
            {result.department.rateText ? ` (${result.department.rateText})` : ""}
          </Text>
          <Text as="p" block size={200} data-testid="grade-graded-at">
            {t("ui.grade.gradedAt", {
              time: stampTime(new Date(result.gradedAt)),
              scale: text(result.scale.name),
            })}
          </Text>
          <Table size="small" aria-label={t("ui.grade.counts")} data-testid="grade-counts">
            <TableHeader>
              <TableRow>
                {Object.keys(result.counts).map((grade) => (
                  <TableHeaderCell key={grade}>{grade === "ungraded" ? t("ui.grade.ungraded") : grade}</TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              <TableRow>
                {Object.entries(result.counts).map(([grade, count]) => (
                  <TableCell key={grade} data-testid={`grade-count-${grade}`}>
                    {count}
                  </TableCell>
                ))}
              </TableRow>
            </TableBody>
          </Table>
          {result.interim && <InterimSection interim={result.interim} onSelect={select} />}
          {result.restoredFormulas.length > 0 && (
            <MessageBar layout="multiline" intent="info" data-testid="grade-restored">
              <MessageBarBody>{t("ui.grade.restored", { cells: result.restoredFormulas.join(", ") })}</MessageBarBody>
            </MessageBar>
          )}
          {(result.conversions.length > 0 || result.undoable) && (
            <MessageBar layout="multiline" intent="info" data-testid="grade-converted">
              <MessageBarBody>
                {result.conversions.length > 0
                  ? t("ui.grade.converted", { count: result.conversions.length })
                  : t("ui.grade.changed")}{" "}
                {result.undoable && (
                  <Button size="small" onClick={undoConversion} disabled={busy} data-testid="grade-undo">
                    {t("ui.grade.undo")}
                  </Button>
                )}
              </MessageBarBody>
            </MessageBar>
          )}
          {result.tables.some((table) => table.block) && (
            <div className={styles.columns} data-testid="grade-columns">
              <Text as="p" size={200}>
                {t("ui.grade.convertHint")}
              </Text>
              <Button onClick={() => void convert(result.sheet)} disabled={busy} data-testid="grade-convert">
                {t("ui.grade.convert")}
              </Button>
              {converted && (
                <MessageBar
                  intent={converted.status === "done" ? "success" : "error"}
                  data-testid="grade-convert-result"
                >
                  <MessageBarBody>
                    {converted.status === "done"
                      ? text(converted.summary)
                      : converted.status === "failed"
                        ? text(converted.message)
                        : t("ui.grade.notInExcel")}
                  </MessageBarBody>
                </MessageBar>
              )}
              <Text as="p" size={200}>
                {t("ui.grade.columnsHint")}
              </Text>
              {result.tables.map((table) => (
                <BlockColumns
                  key={table.name}
                  table={table}
                  busy={busy}
                  onChange={(headerCell, column, role) => void changeColumn(result.sheet, headerCell, column, role)}
                />
              ))}
            </div>
          )}
          <Text as="h3" weight="semibold">
            {result.problems.length > 0
              ? t("ui.grade.problems", { count: result.problems.length })
              : t("ui.grade.noProblems")}
          </Text>
          {result.problems.length > 0 && <Text size={200}>{t("ui.grade.problemsHint")}</Text>}
          <CellList items={result.problems} testId="grade-problems" onSelect={select} />
          {result.waiting.length > 0 && (
            <>
              <Text as="h3" weight="semibold">
                {t("ui.grade.waiting", { count: result.waiting.length })}
              </Text>
              <Text size={200}>{t("ui.grade.waitingHint")}</Text>
              <CellList items={result.waiting} testId="grade-waiting" onSelect={select} />
            </>
          )}
        </section>
      )}
    </div>
  );
}

/**
 * The mid-year check (中間評価, #18): the department's interim grade, what it was judged against, and the
 * indicators per interim grade; where 中間時点 is what is missing, a button to its cell.
 */
function InterimSection(props: { interim: InterimResult; onSelect: (cell: string) => void }) {
  const { t, language } = useI18n();
  const { interim } = props;
  const department = interim.department;
  return (
    <section aria-label={t("ui.grade.interim")} data-testid="grade-interim">
      <Text as="h3" weight="semibold">
        {t("ui.grade.interim")}
      </Text>
      <Text as="p" block weight="semibold" data-testid="grade-interim-department">
        {t("ui.grade.interimDepartment")}: {department.grade ?? t("ui.grade.noGrade")}
        {department.rateText ? ` (${department.rateText})` : ""}
      </Text>
      <Text as="p" block size={200} data-testid="grade-interim-basis">
        {interimBasisText(interim, language)}
      </Text>
      {department.grade === null && (
        <Text as="p" block size={200} data-testid="grade-interim-reason">
          {department.message[language]}{" "}
          {interim.dateCell !== null && department.reason?.startsWith("interim_date") && (
            <Button size="small" onClick={() => props.onSelect(interim.dateCell ?? "")}>
              {t("ui.grade.select", { cell: interim.dateCell })}
            </Button>
          )}
        </Text>
      )}
      <Table size="small" aria-label={t("ui.grade.interimCounts")} data-testid="grade-interim-counts">
        <TableHeader>
          <TableRow>
            {Object.keys(interim.counts).map((grade) => (
              <TableHeaderCell key={grade}>{grade === "ungraded" ? t("ui.grade.ungraded") : grade}</TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          <TableRow>
            {Object.entries(interim.counts).map(([grade, count]) => (
              <TableCell key={grade} data-testid={`grade-interim-count-${grade}`}>
                {count}
              </TableCell>
            ))}
          </TableRow>
        </TableBody>
      </Table>
      <Text as="p" block size={200}>
        {t("ui.grade.interimHint")}
      </Text>
    </section>
  );
}

/** A list of cells to look at, each with what it says and a button that selects it in the sheet. */
function CellList(props: { items: readonly GradeProblem[]; testId: string; onSelect: (cell: string) => void }) {
  const { t, language } = useI18n();
  const styles = useStyles();
  return (
    <ul className={styles.problems} data-testid={props.testId}>
      {props.items.map((item) => (
        <li key={`${item.cell}-${item.reason}`} className={styles.problem}>
          <Text>
            <strong>{item.cell}</strong> {item.message[language]}
          </Text>
          {item.raw !== "" && <Text className={styles.raw}>{item.raw}</Text>}
          <Button size="small" onClick={() => props.onSelect(item.cell)} data-testid={`grade-select-${item.cell}`}>
            {t("ui.grade.select", { cell: item.cell })}
          </Button>
        </li>
      ))}
    </ul>
  );
}
