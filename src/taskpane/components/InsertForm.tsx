import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  SpinButton,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useId, useState, type FormEvent } from "react";
import { formatFiscalYear, parseFiscalYear } from "../../core/era";
import { PRESET_NAMES, PRESET_SCALES } from "../../core/rules";
import { MAX_GOALS, type LayoutChoice } from "../../core/insert/request";
import type { Bilingual, MessageKey } from "../../core/messages";
import { useI18n } from "../i18n";
import { Notices } from "./Notices";
import type { InsertOutcome, PaneJobs } from "../jobs";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  layouts: { display: "flex", flexDirection: "column" },
});

const LAYOUT_LABELS: Record<keyof LayoutChoice, MessageKey> = {
  header: "insert.layout.header",
  goals: "insert.layout.goals",
  kpi: "insert.layout.kpi",
  kgi: "insert.layout.kgi",
};

/** Today's fiscal year: April to March. */
function currentFiscalYear(now = new Date()): number {
  return now.getMonth() >= 3 ? now.getFullYear() : now.getFullYear() - 1;
}

/** The pane's form for a new department sheet. `insert` is absent outside Excel and the preview. */
export function InsertForm(props: { insert: PaneJobs["insert"] | undefined }) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const layoutsId = useId();
  const [department, setDepartment] = useState("");
  const [head, setHead] = useState("");
  const [fiscalYear, setFiscalYear] = useState(String(currentFiscalYear()));
  const [layouts, setLayouts] = useState<LayoutChoice>({ header: true, goals: true, kpi: true, kgi: false });
  const [goalCount, setGoalCount] = useState(3);
  const [scale, setScale] = useState<string>("default");
  // The mid-year check's rule: the scale's own (pro-rated by the year gone by), or a share of the target.
  const [interimBasis, setInterimBasis] = useState<"elapsed" | "share">("elapsed");
  const [interimPercent, setInterimPercent] = useState("50");
  const [sheetName, setSheetName] = useState("");
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<InsertOutcome | undefined>();

  const year = parseFiscalYear(fiscalYear);
  const yearHint = year.ok ? formatFiscalYear(year.year, language) : t("insert.fiscalYear.hint");
  const text = (b: Bilingual) => b[language];

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!props.insert || busy) return;
    setBusy(true);
    setOutcome(undefined);
    try {
      const interim = interimBasis === "share" ? interimPercent : "";
      setOutcome(await props.insert({ department, head, fiscalYear, layouts, goalCount, scale, interim, sheetName }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className={styles.form} onSubmit={submit} data-testid="insert-form" noValidate>
      <Field label={t("insert.department")} required>
        <Input value={department} onChange={(_e, d) => setDepartment(d.value)} data-testid="insert-department" />
      </Field>
      <Field label={t("insert.head")}>
        <Input value={head} onChange={(_e, d) => setHead(d.value)} data-testid="insert-head" />
      </Field>
      <Field label={t("insert.fiscalYear")} required hint={yearHint} validationState={year.ok ? "none" : "warning"}>
        <Input value={fiscalYear} onChange={(_e, d) => setFiscalYear(d.value)} data-testid="insert-year" />
      </Field>
      <Field label={t("insert.sheetName")} hint={t("insert.sheetName.hint")}>
        <Input
          value={sheetName}
          placeholder={department.trim()}
          onChange={(_e, d) => setSheetName(d.value)}
          data-testid="insert-sheet-name"
        />
      </Field>
      <div role="group" aria-labelledby={layoutsId} className={styles.layouts}>
        <span id={layoutsId}>{t("insert.layouts")}</span>
        {(Object.keys(LAYOUT_LABELS) as (keyof LayoutChoice)[]).map((key) => (
          <Checkbox
            key={key}
            label={t(LAYOUT_LABELS[key])}
            checked={layouts[key]}
            onChange={(_e, d) => setLayouts({ ...layouts, [key]: d.checked === true })}
            data-testid={`insert-layout-${key}`}
          />
        ))}
      </div>
      <Field label={t("insert.goalCount")}>
        <SpinButton
          value={goalCount}
          min={1}
          max={MAX_GOALS}
          onChange={(_e, d) => {
            const next = d.value ?? Number(d.displayValue);
            if (Number.isInteger(next)) setGoalCount(next);
          }}
          data-testid="insert-goal-count"
        />
      </Field>
      <Field label={t("insert.scale")}>
        <Select value={scale} onChange={(_e, d) => setScale(d.value)} data-testid="insert-scale">
          {PRESET_NAMES.map((name) => (
            <option key={name} value={name}>
              {PRESET_SCALES[name].name[language]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("insert.interim")} hint={t("insert.interim.hint")}>
        <Select
          value={interimBasis}
          onChange={(_e, d) => setInterimBasis(d.value === "share" ? "share" : "elapsed")}
          data-testid="insert-interim"
        >
          <option value="elapsed">{t("insert.interim.elapsed")}</option>
          <option value="share">{t("insert.interim.share")}</option>
        </Select>
      </Field>
      {interimBasis === "share" && (
        <Field label={t("insert.interim.percent")}>
          <Input
            value={interimPercent}
            inputMode="decimal"
            onChange={(_e, d) => setInterimPercent(d.value)}
            data-testid="insert-interim-percent"
          />
        </Field>
      )}
      <Button type="submit" appearance="primary" disabled={!props.insert || busy} data-testid="insert-submit">
        {busy ? t("insert.working") : t("insert.submit")}
      </Button>
      {outcome?.status === "done" && (
        <MessageBar layout="multiline" intent="success" data-testid="insert-done">
          <MessageBarBody>
            {t("insert.done", { sheet: outcome.sheet })}
            {outcome.renamed ? ` ${t("insert.renamed", { sheet: outcome.sheet })}` : ""}
          </MessageBarBody>
        </MessageBar>
      )}
      {outcome?.status === "done" && <Notices notices={outcome.notices} testId="insert-notice" />}
      {outcome?.status === "invalid" && (
        <MessageBar layout="multiline" intent="error" data-testid="insert-problems">
          <MessageBarBody>
            <ul>
              {outcome.problems.map((problem, i) => (
                <li key={i}>{text(problem)}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {outcome?.status === "failed" && (
        <MessageBar layout="multiline" intent="error" data-testid="insert-failed">
          <MessageBarBody>{text(outcome.message)}</MessageBarBody>
        </MessageBar>
      )}
    </form>
  );
}
