import {
  Button,
  Caption1,
  Checkbox,
  Field,
  Label,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Select,
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
import { Fragment, useEffect, useId, useState } from "react";
import { departmentCount } from "../../core/consolidate/aggregate";
import type { History, YearFigure } from "../../core/consolidate/history";
import { indicatorLabel } from "../../core/consolidate/same-indicator";
import type { ConsolidationResult, DepartmentSheetCandidate } from "../../core/consolidate/types";
import { formatEraFiscalYear, formatFiscalYear } from "../../core/era";
import type { ConsolidateOutcome } from "../../core/jobs/outcome";
import type { Bilingual } from "../../core/messages";
import { REQUIREMENTS } from "../../excel/requirements";
import { useI18n } from "../i18n";
import { Notices } from "./Notices";
import { useDropOnEdit } from "./use-edit-watch";
import type { FileProgress, PaneJobs, PickedFile } from "../jobs";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  group: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    border: "none",
    padding: 0,
    margin: 0,
  },
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, paddingLeft: 0, margin: 0 },
  item: { listStyleType: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  fileRow: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  fileName: { flexGrow: 1, overflowWrap: "anywhere" },
});

const useHistoryStyles = makeStyles({
  // Several years side by side are wider than a 320 px pane: the table scrolls, names stay readable.
  scroller: { overflowX: "auto" },
  table: { minWidth: "max-content" },
  name: { minWidth: "8em" },
  figure: { whiteSpace: "nowrap" },
  department: { fontWeight: tokens.fontWeightSemibold },
  // An indicator's row sits under its department's, indented as the summary's 指標 column is beside 部局.
  indicator: { paddingLeft: tokens.spacingHorizontalL },
});

type FileState = FileProgress["state"] | "waiting";

/** The Consolidate job in the pane: tick this workbook's department sheets, add files, build 全庁サマリー. */
export function ConsolidatePanel(props: {
  jobs: Pick<PaneJobs, "departmentSheets" | "consolidate" | "selectCell" | "canCopySheets" | "watchEdits"> | undefined;
  /** The tab is open: the panel is kept while another tab is, and finds the sheets again when it opens. */
  active?: boolean;
}) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const fileInputId = useId();
  const fileHintId = useId();
  const jobs = props.jobs;
  const [candidates, setCandidates] = useState<readonly DepartmentSheetCandidate[] | undefined>();
  const [unticked, setUnticked] = useState<ReadonlySet<string>>(new Set());
  const [files, setFiles] = useState<readonly PickedFile[]>([]);
  // The fiscal year a person chose for the summary: kept for the next run, until the sources change.
  const [chosenYear, setChosenYear] = useState<number | undefined>();
  const [fileStates, setFileStates] = useState<readonly FileState[]>([]);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ConsolidateOutcome<ConsolidationResult> | undefined>();
  const [listError, setListError] = useState(false);
  const [searches, setSearches] = useState(0);
  const [copySheets, setCopySheets] = useState(false);
  const text = (b: Bilingual) => b[language];

  // Found each time the tab opens (the panel is kept meanwhile, and sheets may have been added or
  // renamed); the refresh button finds them again without leaving the tab.
  const active = props.active ?? true;
  useEffect(() => {
    if (!jobs || !active) return;
    let current = true;
    jobs.departmentSheets().then(
      (found) => {
        if (!current) return;
        setCandidates(found);
        setListError(false);
      },
      () => {
        if (current) setListError(true);
      },
    );
    return () => {
      current = false;
    };
  }, [jobs, searches, active]);

  function addFiles(list: FileList | null) {
    const picked = list ? Array.from(list) : [];
    if (picked.length === 0) return;
    setFiles((current) => [...current, ...picked]);
    setChosenYear(undefined);
    setFileStates((current) => [...current, ...picked.map((): FileState => "waiting")]);
  }

  function removeFile(index: number) {
    setFiles((current) => current.filter((_, i) => i !== index));
    setChosenYear(undefined);
    setFileStates((current) => current.filter((_, i) => i !== index));
  }

  const ticked = (candidates ?? []).filter((c) => !unticked.has(c.sheet)).map((c) => c.sheet);
  // While the sheets are still being found, the job finds them itself: only a known empty choice stops it.
  const nothingPicked = candidates !== undefined && ticked.length === 0 && files.length === 0;

  /** `copy`: false when re-running for another year, so sheets copied by the first run are not copied again. */
  async function consolidate(fiscalYear?: number, copy = true) {
    if (!jobs || nothingPicked) return;
    setBusy(true);
    setOutcome(undefined);
    setFileStates(files.map((): FileState => "waiting"));
    try {
      const request = {
        exclude: [...unticked],
        files,
        copySheets: copy && copySheets && files.length > 0,
        ...(fiscalYear === undefined ? {} : { fiscalYear }),
      };
      const result = await jobs.consolidate(request, (progress) =>
        setFileStates((current) => current.map((state, i) => (i === progress.index ? progress.state : state))),
      );
      setOutcome(result);
    } finally {
      setBusy(false);
    }
  }

  const result = outcome?.status === "done" ? outcome.result : undefined;
  const dropped = useDropOnEdit(jobs, outcome !== undefined, () => setOutcome(undefined));
  const inThisWorkbook = new Set(
    (result?.sources ?? []).filter((s) => s.file === null && s.sheet !== null).map((s) => s.sheet),
  );
  return (
    <div className={styles.panel}>
      {!jobs && (
        <MessageBar layout="multiline" intent="info">
          <MessageBarBody>{t("ui.consolidate.notInExcel")}</MessageBarBody>
        </MessageBar>
      )}
      <fieldset className={styles.group} data-testid="consolidate-sheets">
        <legend>
          <Text weight="semibold">{t("ui.consolidate.sheets")}</Text>
        </legend>
        {candidates?.length === 0 && <Text>{t("ui.consolidate.noSheets")}</Text>}
        {listError && (
          <MessageBar layout="multiline" intent="warning">
            <MessageBarBody>{t("ui.consolidate.listFailed")}</MessageBarBody>
          </MessageBar>
        )}
        {(candidates ?? []).map((candidate) => (
          <Checkbox
            key={candidate.sheet}
            checked={!unticked.has(candidate.sheet)}
            disabled={busy}
            onChange={(_event, data) => {
              setChosenYear(undefined);
              setUnticked((current) => {
                const next = new Set(current);
                if (data.checked) next.delete(candidate.sheet);
                else next.add(candidate.sheet);
                return next;
              });
            }}
            label={
              candidate.department
                ? t("ui.consolidate.sheetLabel", {
                    sheet: candidate.sheet,
                    department: candidate.department,
                    year: candidate.fiscalYear ?? "",
                  })
                : candidate.sheet
            }
            data-testid={`consolidate-sheet-${candidate.sheet}`}
          />
        ))}
        <Button size="small" onClick={() => setSearches((n) => n + 1)} disabled={!jobs || busy}>
          {t("ui.consolidate.refresh")}
        </Button>
      </fieldset>
      <div className={styles.group}>
        <Label htmlFor={fileInputId} weight="semibold">
          {t("ui.consolidate.files")}
        </Label>
        <input
          id={fileInputId}
          aria-describedby={fileHintId}
          type="file"
          multiple
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          disabled={!jobs || busy}
          onChange={(event) => {
            addFiles(event.currentTarget.files);
            // The same file can be picked again after it was removed.
            event.currentTarget.value = "";
          }}
          data-testid="consolidate-files"
        />
        <Caption1 id={fileHintId}>{t("ui.consolidate.filesHint")}</Caption1>
      </div>
      {files.length > 0 && (
        <ul className={styles.list} data-testid="consolidate-file-list">
          {files.map((file, index) => {
            const state = fileStates[index] ?? "waiting";
            const label = t(FILE_STATE_LABEL[state], { file: file.name });
            return (
              <li key={`${file.name}-${index}`} className={styles.item}>
                <div className={styles.fileRow}>
                  <Text className={styles.fileName}>{file.name}</Text>
                  <Button
                    size="small"
                    appearance="subtle"
                    disabled={busy}
                    onClick={() => removeFile(index)}
                    aria-label={t("ui.consolidate.removeFile", { file: file.name })}
                  >
                    ×
                  </Button>
                </div>
                <Field validationMessage={label} validationState={state === "failed" ? "error" : "none"}>
                  <ProgressBar
                    value={state === "reading" ? undefined : state === "waiting" ? 0 : 1}
                    color={state === "failed" ? "error" : state === "read" ? "success" : "brand"}
                    aria-label={label}
                  />
                </Field>
              </li>
            );
          })}
        </ul>
      )}
      <Field
        validationState="none"
        validationMessage={
          jobs && !jobs.canCopySheets
            ? t("ui.consolidate.copyUnsupported", { version: REQUIREMENTS.insertWorksheets.version })
            : undefined
        }
      >
        <Checkbox
          checked={copySheets}
          disabled={!jobs?.canCopySheets || busy}
          onChange={(_event, data) => setCopySheets(data.checked === true)}
          label={t("ui.consolidate.copy")}
          data-testid="consolidate-copy"
        />
      </Field>
      {jobs && nothingPicked && <Text>{t("ui.consolidate.nothingPicked")}</Text>}
      <Button
        appearance="primary"
        onClick={() => void consolidate(chosenYear)}
        disabled={!jobs || busy || nothingPicked}
        data-testid="consolidate-run"
      >
        {busy ? t("ui.consolidate.working") : t("ui.consolidate.run")}
      </Button>
      {dropped && (
        <MessageBar intent="info" data-testid="consolidate-dropped">
          <MessageBarBody>{t("ui.resultDropped")}</MessageBarBody>
        </MessageBar>
      )}
      {outcome && outcome.status !== "done" && (
        <MessageBar layout="multiline" intent="error" data-testid="consolidate-message">
          <MessageBarBody>{text(outcome.message)}</MessageBarBody>
        </MessageBar>
      )}
      {result && (
        <section aria-label={t("ui.consolidate.run")} data-testid="consolidate-result">
          <MessageBar layout="multiline" intent="success">
            <MessageBarBody>
              {t("ui.consolidate.done", {
                sheet: result.summarySheet,
                departments: departmentCount(result.departments),
                goals: result.goals.length,
              })}{" "}
              <Button size="small" onClick={() => void jobs?.selectCell(result.summarySheet, "A1")}>
                {t("ui.consolidate.openSummary")}
              </Button>
            </MessageBarBody>
          </MessageBar>
          {result.city.grade !== null && (
            <Text as="p" data-testid="consolidate-city">
              {t("ui.consolidate.city", {
                grade: result.city.grade,
                rate: result.city.rateText ?? "",
                departments: result.city.departmentsCounted,
              })}
              {result.city.previous && result.city.previous.grade !== null && (
                <>
                  <br />
                  {t("ui.consolidate.previousCity", {
                    year: formatEraFiscalYear(result.city.previous.fiscalYear, language),
                    grade: result.city.previous.grade,
                    rate: result.city.previous.rateText ?? "",
                  })}
                </>
              )}
            </Text>
          )}
          {result.roster !== null && result.roster.notSubmitted.length > 0 && (
            <MessageBar layout="multiline" intent="warning" data-testid="consolidate-not-submitted">
              <MessageBarBody>
                {t("ui.consolidate.notSubmitted", {
                  count: result.roster.notSubmitted.length,
                  roster: result.roster.departments,
                  departments: result.roster.notSubmitted.join(language === "ja" ? "、" : ", "),
                })}
              </MessageBarBody>
            </MessageBar>
          )}
          {result.notSignedOff.length > 0 && (
            <MessageBar layout="multiline" intent="info" data-testid="consolidate-not-signed-off">
              <MessageBarBody>
                {t("ui.consolidate.notSignedOff", {
                  count: result.notSignedOff.length,
                  departments: result.notSignedOff.map((d) => d.department).join(language === "ja" ? "、" : ", "),
                })}
              </MessageBarBody>
            </MessageBar>
          )}
          {result.fiscalYears.length > 1 && result.fiscalYear !== null && (
            <Field label={t("ui.consolidate.year")} hint={t("ui.consolidate.yearHint")}>
              <Select
                value={String(result.fiscalYear)}
                disabled={busy}
                data-testid="consolidate-year"
                onChange={(_, data) => {
                  setChosenYear(Number(data.value));
                  void consolidate(Number(data.value), false);
                }}
              >
                {result.fiscalYears.map((year) => (
                  <option key={year} value={String(year)}>
                    {formatFiscalYear(year, language)}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          {outcome?.status === "done" && outcome.copies && (
            <MessageBar
              layout="multiline"
              intent={outcome.copies.skipped.length + outcome.copies.failed.length > 0 ? "warning" : "info"}
              data-testid="consolidate-copies"
            >
              <MessageBarBody>
                {t("ui.consolidate.copied", { count: outcome.copies.copied.length })}
                {outcome.copies.skipped.length > 0 &&
                  ` ${t("ui.consolidate.copySkipped", { sheets: outcome.copies.skipped.join("、") })}`}
                {outcome.copies.failed.map((failure) => (
                  <div key={failure.fileName} data-testid="consolidate-copy-failed">
                    {t("ui.consolidate.copyFailed", {
                      file: failure.fileName,
                      sheets: failure.sheets.join("、"),
                      reason: text(failure.reason),
                    })}
                  </div>
                ))}
              </MessageBarBody>
            </MessageBar>
          )}
          {outcome?.status === "done" && <Notices notices={outcome.notices} testId="consolidate-notice" />}
          <MessageBar layout="multiline" intent="info" data-testid="consolidate-print">
            <MessageBarBody>
              <MessageBarTitle>{t("ui.consolidate.printHeading")}</MessageBarTitle>
              {t("ui.consolidate.printSet", {
                sheet: result.summarySheet,
                paper: result.print.paper,
                orientation: t(`ui.print.${result.print.orientation}`),
              })}{" "}
              {t("ui.consolidate.printPdf")}
            </MessageBarBody>
          </MessageBar>
          <DepartmentTable result={result} />
          {result.history && <HistoryTable history={result.history} />}
          <Text as="h3" weight="semibold">
            {result.exceptions.length > 0
              ? t("ui.consolidate.exceptions", { count: result.exceptions.length })
              : t("ui.consolidate.noExceptions")}
          </Text>
          <ul className={styles.list} data-testid="consolidate-exceptions">
            {result.exceptions.map((exception, index) => (
              <li key={`${exception.kind}-${index}`} className={styles.item}>
                <Text>
                  <strong>{exception.department ?? exception.source}</strong> {text(exception.message)}
                </Text>
                {exception.cell !== null && inThisWorkbook.has(exception.source) && (
                  <Button size="small" onClick={() => void jobs?.selectCell(exception.source, exception.cell ?? "A1")}>
                    {t("ui.consolidate.select", { sheet: exception.source, cell: exception.cell })}
                  </Button>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

const FILE_STATE_LABEL = {
  waiting: "ui.consolidate.fileWaiting",
  reading: "ui.consolidate.fileReading",
  read: "ui.consolidate.fileRead",
  failed: "ui.consolidate.fileFailed",
} as const;

/** One row per department: its overall grade and its indicators per grade, compact enough for a narrow pane. */
function DepartmentTable(props: { result: ConsolidationResult }) {
  const { t, language } = useI18n();
  const letters = [...props.result.letters, "ungraded"];
  const countsText = (counts: Readonly<Record<string, number>>) =>
    letters
      .map((letter) => `${letter === "ungraded" ? t("ui.grade.ungraded") : letter} ${counts[letter] ?? 0}`)
      .join(language === "ja" ? "・" : ", ");
  return (
    <Table size="small" aria-label={t("ui.consolidate.departments")} data-testid="consolidate-departments">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t("ui.consolidate.department")}</TableHeaderCell>
          <TableHeaderCell>{t("ui.consolidate.overall")}</TableHeaderCell>
          <TableHeaderCell>{t("ui.grade.counts")}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {props.result.departments.map((department) => (
          <TableRow key={`${department.department}-${department.source}`}>
            <TableCell>
              {department.department}（{department.fiscalYear}）
            </TableCell>
            <TableCell>{department.grade ?? t("ui.grade.noGrade")}</TableCell>
            <TableCell>{countsText(department.counts)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/**
 * Several years side by side (#18): each department's grade and rate in each year the sources hold, and
 * under it each of its indicators found in two years or more, as the summary's 年度推移 tables list them.
 */
function HistoryTable(props: { history: History }) {
  const { t, language } = useI18n();
  const styles = useHistoryStyles();
  const headingId = useId();
  const { years, departments } = props.history;
  const shown = (figure: YearFigure | null) =>
    figure === null || figure.grade === null
      ? "－"
      : figure.rateText === null
        ? figure.grade
        : `${figure.grade}（${figure.rateText}）`;
  return (
    <>
      <Text as="h3" weight="semibold" id={headingId}>
        {t("ui.consolidate.history")}
      </Text>
      <div className={styles.scroller}>
        <Table size="small" aria-labelledby={headingId} data-testid="consolidate-history" className={styles.table}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={styles.name}>{t("ui.consolidate.historyItem")}</TableHeaderCell>
              {years.map((year) => (
                <TableHeaderCell key={year}>{formatEraFiscalYear(year, language)}</TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {departments.map((department) => (
              <Fragment key={department.department}>
                <TableRow className={styles.department}>
                  <TableCell>{department.department}</TableCell>
                  {department.years.map((figure, i) => (
                    <TableCell key={years[i]} className={styles.figure}>
                      {shown(figure)}
                    </TableCell>
                  ))}
                </TableRow>
                {department.indicators.map((indicator) => {
                  // With its goal where another indicator of the department has the same name.
                  const name = indicatorLabel(indicator.name, indicator.place, language);
                  return (
                    <TableRow key={name} data-testid="consolidate-history-indicator">
                      {/* Named with its department: only the indent shows it under the department's row. */}
                      <TableCell
                        className={styles.indicator}
                        aria-label={t("ui.consolidate.historyIndicator", {
                          department: department.department,
                          indicator: name,
                        })}
                      >
                        {name}
                      </TableCell>
                      {indicator.years.map((figure, i) => (
                        <TableCell key={years[i]} className={styles.figure}>
                          {shown(figure)}
                        </TableCell>
                      ))}
                    </TableRow>
                  );
                })}
              </Fragment>
            ))}
          </TableBody>
        </Table>
      </div>
    </>
  );
}
