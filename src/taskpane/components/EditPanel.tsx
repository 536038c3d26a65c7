/**
 * 「計画を編集」: add a goal, an initiative of a goal or an indicator of a goal to the active sheet, when
 * Tassei made it. The pane reads the sheet's goals first (and says why a sheet may not be edited); the
 * core decides where the rows go and the Office.js adapter writes them. Loaded when the tab is first
 * opened (its own chunk).
 */
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState, type FormEvent } from "react";
import type { OutlineGoal, SheetOutline } from "../../core/edit/outline";
import type { SheetEditRequest } from "../../core/edit/request";
import type { PlanProblem } from "../../core/insert/draft";
import type { EditOutcome } from "../../core/jobs/outcome";
import { type Bilingual, bilingual } from "../../core/messages";
import { useI18n } from "../i18n";
import type { PaneJobs } from "../jobs";
import { GoalFields, IndicatorFields, InitiativeFields, usePlanStyles } from "./plan/PlanFields";
import {
  type FormGoal,
  type FormIndicator,
  type FormInitiative,
  emptyGoal,
  emptyIndicator,
  emptyInitiative,
  goalDraft,
  indicatorDraft,
  initiativeDraft,
} from "./plan/plan-state";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  goals: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  goal: { overflowWrap: "anywhere" },
  kinds: { display: "flex", flexWrap: "wrap" },
});

type Kind = "goal" | "initiative" | "indicator";
const KINDS: readonly Kind[] = ["goal", "initiative", "indicator"];

export function EditPanel(props: { jobs: PaneJobs | undefined; active: boolean }) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const planStyles = usePlanStyles();
  const formRef = useRef<HTMLFormElement>(null);
  const { jobs, active } = props;
  const [outline, setOutline] = useState<SheetOutline | null>(null);
  /** Reads asked for (the button) and the last one answered: reading while they differ. */
  const [reads, setReads] = useState(0);
  const [answered, setAnswered] = useState(-1);
  const [readFailed, setReadFailed] = useState<Bilingual | null>(null);
  const [kind, setKind] = useState<Kind>("indicator");
  const [goalNo, setGoalNo] = useState("");
  const [goal, setGoal] = useState<FormGoal>(emptyGoal);
  const [initiative, setInitiative] = useState<FormInitiative>(emptyInitiative);
  const [indicator, setIndicator] = useState<FormIndicator>(emptyIndicator);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<EditOutcome | undefined>();
  const [focusProblem, setFocusProblem] = useState(0);

  // The sheet is read each time the tab is opened (the active sheet may have changed meanwhile) and
  // when the button asks.
  useEffect(() => {
    if (!jobs || !active) return;
    let current = true;
    const answer = (found: SheetOutline | null, failed: Bilingual | null) => {
      if (!current) return;
      if (found) setOutline(found);
      setReadFailed(failed);
      setAnswered(reads);
    };
    jobs.readOutline().then(
      (result) => (result.status === "done" ? answer(result.outline, null) : answer(null, result.message)),
      (error: unknown) => answer(null, bilingual("ui.excel.failed", { reason: String(error) })),
    );
    return () => {
      current = false;
    };
  }, [jobs, active, reads]);
  const reading = answered !== reads;

  useEffect(() => {
    if (focusProblem > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusProblem]);

  const editable = outline?.status === "editable" ? outline : null;
  const goals = useMemo(() => editable?.goals ?? [], [editable]);
  const choices = kind === "initiative" ? goals.filter((g) => g.title !== "") : goals;
  const chosen = choices.some((g) => String(g.no) === goalNo) ? goalNo : String(choices[0]?.no ?? "");
  const problems: readonly PlanProblem[] = outcome?.status === "invalid" ? outcome.problems : [];
  const errors = new Map(problems.flatMap((p) => (p.field ? [[p.field, p[language]] as const] : [])));
  const errorAt = (path: string) => errors.get(path);
  const goalLabel = (g: OutlineGoal) =>
    t("edit.goal.option", { goal: g.no, title: g.title || t("plan.goal.untitled") });
  // The number a new goal will take, for naming its rows: a numbered row still empty, else the next.
  const nextGoal =
    goals.find((g) => g.title === "" && g.initiatives === 0)?.no ?? Math.max(0, ...goals.map((g) => g.no)) + 1;
  const place = kind === "goal" ? t("plan.goal.heading", { goal: nextGoal }) : t("plan.goal.heading", { goal: chosen });

  function request(sheet: string): SheetEditRequest | null {
    if (kind === "goal") return { sheet, edit: { kind, goal: goalDraft(goal) } };
    if (chosen === "") return null;
    const no = Number(chosen);
    return kind === "initiative"
      ? { sheet, edit: { kind, goalNo: no, initiative: initiativeDraft(initiative) } }
      : { sheet, edit: { kind, goalNo: no, indicator: indicatorDraft(indicator) } };
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!jobs || !editable || busy) return;
    const asked = request(editable.sheet);
    if (!asked) return;
    setBusy(true);
    setOutcome(undefined);
    try {
      const result = await jobs.addToSheet(asked);
      setOutcome(result);
      if (result.status === "done" || (result.status === "invalid" && result.outline)) {
        setOutline(result.outline ?? null);
      }
      if (result.status === "done") {
        if (kind === "goal") setGoal(emptyGoal());
        if (kind === "initiative") setInitiative(emptyInitiative());
        if (kind === "indicator") setIndicator(emptyIndicator());
      }
      if (result.status === "invalid") setFocusProblem((n) => n + 1);
    } finally {
      setBusy(false);
    }
  }

  if (!jobs) {
    return (
      <MessageBar intent="info" data-testid="edit-unavailable">
        <MessageBarBody>{t("edit.unavailable")}</MessageBarBody>
      </MessageBar>
    );
  }

  return (
    <form ref={formRef} className={styles.form} onSubmit={submit} data-testid="edit-form" noValidate>
      <div>
        <Button onClick={() => setReads((n) => n + 1)} disabled={reading || busy} data-testid="edit-read">
          {reading ? t("edit.reading") : t("edit.read")}
        </Button>
      </div>
      {readFailed && (
        <MessageBar layout="multiline" intent="error" data-testid="edit-read-failed">
          <MessageBarBody>{readFailed[language]}</MessageBarBody>
        </MessageBar>
      )}
      {outline?.status === "refused" && (
        <MessageBar layout="multiline" intent="warning" data-testid="edit-refused">
          <MessageBarBody>{outline.message[language]}</MessageBarBody>
        </MessageBar>
      )}
      {editable && (
        <>
          <Text weight="semibold" data-testid="edit-sheet">
            {t("edit.sheet", { sheet: editable.sheet, department: editable.department })}
          </Text>
          {goals.length > 0 ? (
            <ol className={styles.goals} data-testid="edit-goals" aria-label={t("plan.goals")}>
              {goals.map((g) => (
                <li key={g.no} value={g.no} className={styles.goal}>
                  {t("edit.goal.line", {
                    title: g.title || t("plan.goal.untitled"),
                    counts: t("plan.goal.counts", { initiatives: g.initiatives, indicators: g.indicators }),
                  })}
                </li>
              ))}
            </ol>
          ) : (
            <Text size={200}>{t("edit.noGoals")}</Text>
          )}
          <Field label={t("edit.what")}>
            <RadioGroup
              value={kind}
              layout="horizontal"
              className={styles.kinds}
              onChange={(_e, d) => {
                setKind(d.value as Kind);
                setOutcome(undefined);
              }}
              data-testid="edit-kind"
            >
              {KINDS.map((k) => (
                <Radio
                  key={k}
                  value={k}
                  label={t(`edit.kind.${k}`)}
                  disabled={k === "indicator" ? !editable.canAddIndicators : !editable.canAddGoals}
                  data-testid={`edit-kind-${k}`}
                />
              ))}
            </RadioGroup>
          </Field>
          {kind !== "goal" && (
            <Field
              label={t("edit.goal")}
              validationState={errorAt("goalNo") ? "error" : "none"}
              validationMessage={errorAt("goalNo")}
            >
              <Select
                className={planStyles.input}
                value={chosen}
                onChange={(_e, d) => setGoalNo(d.value)}
                data-testid="edit-goal"
              >
                {choices.map((g) => (
                  <option key={g.no} value={String(g.no)}>
                    {goalLabel(g)}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          {kind === "goal" && (
            <GoalFields
              value={goal}
              onChange={(change) => setGoal((current) => ({ ...current, ...change }))}
              place={place}
              path=""
              errorAt={errorAt}
              testId="edit-goal"
            />
          )}
          {kind === "initiative" && (
            <InitiativeFields
              value={initiative}
              onChange={(change) => setInitiative((current) => ({ ...current, ...change }))}
              path=""
              errorAt={errorAt}
              testId="edit-initiative"
            />
          )}
          {kind === "indicator" && (
            <IndicatorFields
              value={indicator}
              onChange={(change) => setIndicator((current) => ({ ...current, ...change }))}
              path=""
              errorAt={errorAt}
              testId="edit-indicator"
            />
          )}
          <Button
            type="submit"
            appearance="primary"
            disabled={busy || (kind !== "goal" && chosen === "")}
            data-testid="edit-submit"
          >
            {busy ? t("edit.working") : t("edit.submit")}
          </Button>
        </>
      )}
      {outcome?.status === "done" && (
        <MessageBar layout="multiline" intent="success" data-testid="edit-done">
          <MessageBarBody>{outcome.summary[language]}</MessageBarBody>
        </MessageBar>
      )}
      {problems.length > 0 && (
        <MessageBar layout="multiline" intent="error" data-testid="edit-problems">
          <MessageBarBody>
            <ul>
              {problems.map((problem, i) => (
                <li key={i}>{problem[language]}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {outcome?.status === "failed" && (
        <MessageBar layout="multiline" intent="error" data-testid="edit-failed">
          <MessageBarBody>{outcome.message[language]}</MessageBarBody>
        </MessageBar>
      )}
    </form>
  );
}
