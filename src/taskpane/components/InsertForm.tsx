/**
 * The pane's form for a new department sheet: the department, its year and 基本方針, then its plan —
 * goals with their codes, initiatives and indicators — typed in, or started from one of the seed cities'
 * plans. Checked by the core's schema before anything is sent, each problem shown beside its field.
 * Loaded when the tab is first opened (its own chunk: the pane's first script stays small).
 */
import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from "react";
import type { Kgi } from "../../core/department/model";
import { formatFiscalYear, parseFiscalYear } from "../../core/era";
import type { PlanProblem } from "../../core/insert/draft";
import { type InsertRequest, type LayoutChoice, validateInsertRequest } from "../../core/insert/request";
import { planTemplate } from "../../core/insert/templates";
import type { Bilingual, MessageKey } from "../../core/messages";
import { PRESET_NAMES, PRESET_SCALES } from "../../core/rules";
import { samples } from "../../samples";
import { useI18n } from "../i18n";
import type { InsertOutcome, PaneJobs } from "../jobs";
import { Notices } from "./Notices";
import { GoalFields, RowActions, useFocusTargets, usePlanStyles } from "./plan/PlanFields";
import { type FormGoal, changed, emptyGoal, formGoals, goalDraft, moved, removed } from "./plan/plan-state";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  layouts: { display: "flex", flexDirection: "column" },
  start: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  startRow: { display: "flex", flexWrap: "wrap", alignItems: "end", gap: tokens.spacingHorizontalS },
  // The seeds' names are long: the choice takes the line's width, never more (its options set no width).
  startSelect: { flexGrow: 1, flexBasis: "180px", minWidth: 0 },
  select: { width: "100%", minWidth: 0, "& select": { minWidth: 0 } },
  goalsHead: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  goals: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0, padding: 0 },
  goal: {
    listStyleType: "none",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  goalHead: {
    display: "flex",
    alignItems: "flex-start",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalXS,
  },
  goalHeading: { margin: 0, flexGrow: 1, minWidth: 0 },
  // The heading's button: the goal's number, title and counts, wrapped, left-aligned, full width.
  disclosure: { justifyContent: "flex-start", textAlign: "start", width: "100%", height: "auto", minHeight: "32px" },
  disclosureText: { display: "flex", flexDirection: "column", alignItems: "flex-start", overflowWrap: "anywhere" },
});

const LAYOUT_LABELS: Record<keyof LayoutChoice, MessageKey> = {
  header: "insert.layout.header",
  goals: "insert.layout.goals",
  kpi: "insert.layout.kpi",
  kgi: "insert.layout.kgi",
};

const EMPTY = "empty";

/** Today's fiscal year: April to March. */
function currentFiscalYear(now = new Date()): number {
  return now.getMonth() >= 3 ? now.getFullYear() : now.getFullYear() - 1;
}

/** A percent typed for the mid-year rule, showing the request's problem with it. */
function PercentField(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  testId: string;
  hint?: string;
}) {
  return (
    <Field
      label={props.label}
      hint={props.hint}
      validationState={props.error ? "error" : "none"}
      validationMessage={props.error}
    >
      <Input
        value={props.value}
        inputMode="decimal"
        onChange={(_e, d) => props.onChange(d.value)}
        data-testid={props.testId}
      />
    </Field>
  );
}

type InterimBasis = "elapsed" | "share" | "planYear";

function interimBasisOf(value: string): InterimBasis {
  return value === "share" || value === "planYear" ? value : "elapsed";
}

/** The chosen rule as the request reads it (the command line's --interim): "", "66.7" or "20/年:R6". */
function interimRuleText(basis: InterimBasis, percent: string, perYear: string, firstYear: string): string {
  if (basis === "share") return percent;
  if (basis === "planYear") return `${perYear}/年:${firstYear}`;
  return "";
}

/** The pane's form for a new department sheet. `insert` is absent outside Excel and the preview. */
export function InsertForm(props: { insert: PaneJobs["insert"] | undefined }) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const layoutsId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [department, setDepartment] = useState("");
  const [head, setHead] = useState("");
  const [fiscalYear, setFiscalYear] = useState(String(currentFiscalYear()));
  const [policy, setPolicy] = useState("");
  const [layouts, setLayouts] = useState<LayoutChoice>({ header: true, goals: true, kpi: true, kgi: false });
  const [goals, setGoals] = useState<FormGoal[]>(() => [emptyGoal()]);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set(goals.map((g) => g.id)));
  const [kgis, setKgis] = useState<readonly Kgi[]>([]);
  const [scale, setScale] = useState<string>("default");
  // The mid-year check's rule: the scale's own (pro-rated by the year gone by), a share of the target, or a
  // share per year of a multi-year plan (typed as the command line's --interim: 20%/年:R6).
  const [interimBasis, setInterimBasis] = useState<InterimBasis>("elapsed");
  const [interimPercent, setInterimPercent] = useState("50");
  const [interimPerYear, setInterimPerYear] = useState("20");
  const [interimFirstYear, setInterimFirstYear] = useState("");
  const [sheetName, setSheetName] = useState("");
  const [start, setStart] = useState(EMPTY);
  /** The starting point last loaded: a sample's id, or EMPTY. */
  const [started, setStarted] = useState<string | null>(null);
  const [problems, setProblems] = useState<readonly PlanProblem[]>([]);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<InsertOutcome | undefined>();
  const { register, focus } = useFocusTargets();

  const year = parseFiscalYear(fiscalYear);
  const yearHint = year.ok ? formatFiscalYear(year.year, language) : t("insert.fiscalYear.hint");
  const text = (b: Bilingual) => b[language];
  const shown = useMemo(
    () => [...problems, ...(outcome?.status === "invalid" ? outcome.problems : [])],
    [problems, outcome],
  );
  const errors = useMemo(() => {
    const byField = new Map<string, string>();
    for (const problem of shown)
      if (problem.field && !byField.has(problem.field)) byField.set(problem.field, problem[language]);
    return byField;
  }, [shown, language]);
  const errorAt = (path: string) => errors.get(path);

  // After a refused submit, the first field with a problem takes the focus (its goal opened first).
  const [focusProblem, setFocusProblem] = useState(0);
  useEffect(() => {
    if (focusProblem === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusProblem]);

  function request(): InsertRequest {
    return {
      department,
      head,
      fiscalYear,
      policy,
      layouts,
      scale,
      interim: interimRuleText(interimBasis, interimPercent, interimPerYear, interimFirstYear),
      sheetName,
      goals: goals.map(goalDraft),
      ...(kgis.length > 0 ? { kgis: [...kgis] } : {}),
    };
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!props.insert || busy) return;
    setOutcome(undefined);
    const checked = validateInsertRequest(request());
    if (!checked.ok) {
      setProblems(checked.problems);
      const wrong = new Set(
        checked.problems.flatMap((p) => (p.field?.match(/^goals\.(\d+)\./) ? [Number(p.field.split(".")[1])] : [])),
      );
      setExpanded((open) => new Set([...open, ...goals.filter((_g, i) => wrong.has(i)).map((g) => g.id)]));
      setFocusProblem((n) => n + 1);
      return;
    }
    setProblems([]);
    setBusy(true);
    try {
      const result = await props.insert(request());
      setOutcome(result);
      if (result.status === "invalid") setFocusProblem((n) => n + 1);
    } finally {
      setBusy(false);
    }
  }

  function applyStart() {
    if (start === EMPTY) {
      const goal = emptyGoal();
      setDepartment("");
      setHead("");
      setPolicy("");
      setGoals([goal]);
      setExpanded(new Set([goal.id]));
      setKgis([]);
      setLayouts((current) => ({ ...current, kgi: false }));
      setStarted(EMPTY);
      setProblems([]);
      return;
    }
    const sample = samples.find((s) => s.id === start);
    if (!sample) return;
    const template = planTemplate(sample.department);
    const loaded = formGoals(template);
    setDepartment(template.department);
    setHead(template.head);
    setPolicy(template.policy);
    setGoals(loaded);
    setExpanded(new Set(loaded.slice(0, 1).map((g) => g.id)));
    setKgis(template.kgis);
    setLayouts((current) => ({ ...current, kgi: template.kgis.length > 0 }));
    setStarted(sample.id);
    setProblems([]);
  }

  /** A seed's plan as the choice names it: the city, the department and the year. */
  function sampleLabel(id: string): string {
    const sample = samples.find((s) => s.id === id);
    if (!sample) return id;
    const { department: d } = sample;
    return t("plan.start.sample", {
      city: sample.provenance.city,
      department: d.name,
      year: formatFiscalYear(d.fiscalYear, language),
    });
  }

  return (
    <form ref={formRef} className={styles.form} onSubmit={submit} data-testid="insert-form" noValidate>
      <div className={styles.start}>
        <div className={styles.startRow}>
          <Field label={t("plan.start")} className={styles.startSelect}>
            <Select
              className={styles.select}
              value={start}
              onChange={(_e, d) => setStart(d.value)}
              data-testid="insert-start"
            >
              <option value={EMPTY}>{t("plan.start.empty")}</option>
              {samples.map((sample) => (
                <option key={sample.id} value={sample.id}>
                  {sampleLabel(sample.id)}
                </option>
              ))}
            </Select>
          </Field>
          <Button onClick={applyStart} data-testid="insert-start-apply">
            {t("plan.start.apply")}
          </Button>
        </div>
        <Text size={200}>{t("plan.start.hint")}</Text>
        <div role="status" data-testid="insert-start-status">
          {started !== null && (
            <Text size={200}>
              {started === EMPTY
                ? t("plan.start.emptied")
                : t("plan.start.loaded", { name: sampleLabel(started), goals: goals.length })}
              {kgis.length > 0 ? ` ${t("plan.start.kgis", { count: kgis.length })}` : ""}
            </Text>
          )}
        </div>
      </div>
      <Field
        label={t("insert.department")}
        required
        validationState={errorAt("department") ? "error" : "none"}
        validationMessage={errorAt("department")}
      >
        <Input value={department} onChange={(_e, d) => setDepartment(d.value)} data-testid="insert-department" />
      </Field>
      <Field label={t("insert.head")}>
        <Input value={head} onChange={(_e, d) => setHead(d.value)} data-testid="insert-head" />
      </Field>
      <Field
        label={t("insert.fiscalYear")}
        required
        hint={yearHint}
        validationState={errorAt("fiscalYear") ? "error" : year.ok ? "none" : "warning"}
        validationMessage={errorAt("fiscalYear")}
      >
        <Input value={fiscalYear} onChange={(_e, d) => setFiscalYear(d.value)} data-testid="insert-year" />
      </Field>
      <Field
        label={t("insert.sheetName")}
        hint={t("insert.sheetName.hint")}
        validationState={errorAt("sheetName") ? "error" : "none"}
        validationMessage={errorAt("sheetName")}
      >
        <Input
          value={sheetName}
          placeholder={department.trim()}
          onChange={(_e, d) => setSheetName(d.value)}
          data-testid="insert-sheet-name"
        />
      </Field>
      <Field label={t("plan.policy")}>
        <Textarea
          value={policy}
          resize="vertical"
          onChange={(_e, d) => setPolicy(d.value)}
          data-testid="insert-policy"
        />
      </Field>
      <GoalCards
        goals={goals}
        onChange={setGoals}
        expanded={expanded}
        onExpanded={setExpanded}
        errorAt={errorAt}
        error={errorAt("goals")}
        register={register}
        focus={focus}
      />
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
      <Field label={t("insert.scale")}>
        <Select
          className={styles.select}
          value={scale}
          onChange={(_e, d) => setScale(d.value)}
          data-testid="insert-scale"
        >
          {PRESET_NAMES.map((name) => (
            <option key={name} value={name}>
              {PRESET_SCALES[name].name[language]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("insert.interim")} hint={t("insert.interim.hint")}>
        <Select
          className={styles.select}
          value={interimBasis}
          onChange={(_e, d) => setInterimBasis(interimBasisOf(d.value))}
          data-testid="insert-interim"
        >
          <option value="elapsed">{t("insert.interim.elapsed")}</option>
          <option value="share">{t("insert.interim.share")}</option>
          <option value="planYear">{t("insert.interim.planYear")}</option>
        </Select>
      </Field>
      {interimBasis === "share" && (
        <PercentField
          label={t("insert.interim.percent")}
          value={interimPercent}
          onChange={setInterimPercent}
          error={errorAt("interim")}
          testId="insert-interim-percent"
        />
      )}
      {interimBasis === "planYear" && (
        <>
          <PercentField
            label={t("insert.interim.perYear")}
            hint={t("insert.interim.planYearHint")}
            value={interimPerYear}
            onChange={setInterimPerYear}
            error={errorAt("interim")}
            testId="insert-interim-per-year"
          />
          <Field
            label={t("insert.interim.firstYear")}
            hint={t("insert.fiscalYear.hint")}
            validationState={errorAt("interimFirstYear") ? "error" : "none"}
            validationMessage={errorAt("interimFirstYear")}
          >
            <Input
              value={interimFirstYear}
              onChange={(_e, d) => setInterimFirstYear(d.value)}
              data-testid="insert-interim-first-year"
            />
          </Field>
        </>
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
      {shown.length > 0 && (
        <MessageBar layout="multiline" intent="error" data-testid="insert-problems">
          <MessageBarBody>
            {problems.length > 0 && t("plan.problems", { count: problems.length })}
            <ul>
              {shown.map((problem, i) => (
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

/**
 * The goals, each a card whose heading opens and closes it (so twenty goals fit a 320 px pane), with its
 * up / down / remove buttons; a goal added is opened and its title takes the focus.
 */
function GoalCards(props: {
  goals: readonly FormGoal[];
  onChange: (goals: FormGoal[]) => void;
  expanded: ReadonlySet<string>;
  onExpanded: (expanded: ReadonlySet<string>) => void;
  errorAt: (path: string) => string | undefined;
  error: string | undefined;
  register: (id: string) => (element: HTMLElement | null) => void;
  focus: (id: string) => void;
}) {
  const { t } = useI18n();
  const styles = useStyles();
  const planStyles = usePlanStyles();
  const headingId = useId();
  const { goals, onChange, expanded, onExpanded, register, focus } = props;
  const toggle = (id: string) => {
    const next = new Set(expanded);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onExpanded(next);
  };
  return (
    <section className={planStyles.stack} aria-labelledby={headingId} data-testid="insert-goals">
      <div className={styles.goalsHead}>
        <Text as="h3" weight="semibold" id={headingId}>
          {t("plan.goals")}
        </Text>
        {goals.length > 1 && (
          <div className={planStyles.actions}>
            <Button size="small" appearance="subtle" onClick={() => onExpanded(new Set(goals.map((g) => g.id)))}>
              {t("plan.goal.expandAll")}
            </Button>
            <Button size="small" appearance="subtle" onClick={() => onExpanded(new Set())}>
              {t("plan.goal.collapseAll")}
            </Button>
          </div>
        )}
      </div>
      <Text size={200}>{t("plan.goals.hint")}</Text>
      {props.error && (
        <Text role="alert" size={200} data-testid="insert-goals-error">
          {props.error}
        </Text>
      )}
      <ol className={styles.goals}>
        {goals.map((goal, index) => {
          const place = t("plan.goal.heading", { goal: index + 1 });
          const open = expanded.has(goal.id);
          const panelId = `${goal.id}-panel`;
          return (
            <li key={goal.id} className={styles.goal} data-testid={`insert-goal-${index}`}>
              <div className={styles.goalHead}>
                <h4 className={styles.goalHeading}>
                  <Button
                    appearance="transparent"
                    className={styles.disclosure}
                    aria-expanded={open}
                    aria-controls={panelId}
                    onClick={() => toggle(goal.id)}
                    ref={register(`${goal.id}-toggle`)}
                    data-testid={`insert-goal-${index}-toggle`}
                  >
                    <span className={styles.disclosureText}>
                      <span>
                        {open ? "▾" : "▸"} {place}: {goal.title.trim() === "" ? t("plan.goal.untitled") : goal.title}
                      </span>
                      <Text size={200}>
                        {t("plan.goal.counts", {
                          initiatives: goal.initiatives.length,
                          indicators: goal.indicators.length,
                        })}
                      </Text>
                    </span>
                  </Button>
                </h4>
                <RowActions
                  item={place}
                  index={index}
                  count={goals.length}
                  onMove={(delta) => onChange(moved(goals, index, delta))}
                  onRemove={() => {
                    const next = goals[index + 1] ?? goals[index - 1];
                    onChange(removed(goals, index));
                    focus(next ? `${next.id}-toggle` : "insert-goal-add");
                  }}
                  testId={`insert-goal-${index}`}
                />
              </div>
              <div id={panelId} hidden={!open}>
                {open && (
                  <GoalFields
                    value={goal}
                    onChange={(change) => onChange(changed(goals, index, change))}
                    place={place}
                    path={`goals.${index}`}
                    errorAt={props.errorAt}
                    testId={`insert-goal-${index}`}
                    titleTarget={register(goal.id)}
                  />
                )}
              </div>
            </li>
          );
        })}
      </ol>
      <div>
        <Button
          onClick={() => {
            const goal = emptyGoal();
            onChange([...goals, goal]);
            onExpanded(new Set([...expanded, goal.id]));
            focus(goal.id);
          }}
          ref={register("insert-goal-add")}
          data-testid="insert-goal-add"
        >
          {t("plan.goal.add")}
        </Button>
      </div>
    </section>
  );
}
