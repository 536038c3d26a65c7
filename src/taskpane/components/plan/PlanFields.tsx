/**
 * The fields of a plan as a planning officer enters them: a goal (title, 分野, codes, this year's target),
 * its initiatives (text and owning section) and its indicators (name, unit, direction, method, baseline,
 * target, weight). Rows are added, removed and moved with buttons, each named for its row, so all of it
 * works from the keyboard; a new row takes the focus, and so does the row next to one removed. Every
 * field shows its problem, if the core found one, beside it. Used by the Insert form (every goal) and by
 * adding to a sheet (one goal, one initiative or one indicator).
 */
import { Button, Field, Input, Select, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useId, useRef, type ReactNode } from "react";
import type { MessageKey } from "../../../core/messages";
import type { Direction, RateMethod } from "../../../core/rules/types";
import { useI18n } from "../../i18n";
import {
  type FormGoal,
  type FormIndicator,
  type FormInitiative,
  changed,
  emptyIndicator,
  emptyInitiative,
  moved,
  removed,
} from "./plan-state";

export const usePlanStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  rows: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0, padding: 0 },
  row: {
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
  },
  // Short fields side by side where the pane is wide enough, fewer per line at 320 px; a grid cell never
  // grows past its share (a field's intrinsic width would push the pane wider).
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(128px, 1fr))",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    alignItems: "start",
    "& > *": { minWidth: 0 },
  },
  codes: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(88px, 1fr))",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    alignItems: "start",
    "& > *": { minWidth: 0 },
  },
  input: { width: "100%", minWidth: 0, "& select": { minWidth: 0 } },
  rowHead: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalXS },
  actions: { display: "flex", flexWrap: "nowrap", flexShrink: 0, gap: tokens.spacingHorizontalXXS },
  // Arrow and cross buttons as small as their sign: Fluent's small button is 64 px wide by default.
  action: { minWidth: "28px", paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
  groupTitle: { marginTop: tokens.spacingVerticalS },
});

/** Where the core's problems are: the message for a field path ("goals.1.title"), if any. */
export type ErrorAt = (path: string) => string | undefined;

/** `prefix.field`, or `field` at the top. */
export function join(prefix: string, field: string): string {
  return prefix === "" ? field : `${prefix}.${field}`;
}

/**
 * Elements to focus by id: a row's first field, registered as it renders; `focus(id)` focuses it once the
 * next render is in (a row just added exists by then).
 */
export function useFocusTargets() {
  const targets = useRef(new Map<string, HTMLElement>());
  const pending = useRef<string | null>(null);
  // After every render: the change that asked for the focus has rendered by then.
  useEffect(() => {
    if (pending.current === null) return;
    targets.current.get(pending.current)?.focus();
    pending.current = null;
  });
  const register = useCallback(
    (id: string) => (element: HTMLElement | null) => {
      if (element) targets.current.set(id, element);
      else targets.current.delete(id);
    },
    [],
  );
  /** Focus `id` after the render its change causes (call it with the change). */
  const focus = useCallback((id: string) => {
    pending.current = id;
  }, []);
  return { register, focus };
}

/** Up, down and remove for one row of a list, each button named for the row ("重点目標 2 の指標 1を上へ"). */
export function RowActions(props: {
  item: string;
  index: number;
  count: number;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
  testId: string;
}) {
  const { t } = useI18n();
  const styles = usePlanStyles();
  return (
    <div className={styles.actions}>
      <Button
        size="small"
        appearance="subtle"
        className={styles.action}
        aria-label={t("plan.move.up", { item: props.item })}
        title={t("plan.move.up", { item: props.item })}
        disabled={props.index === 0}
        onClick={() => props.onMove(-1)}
        data-testid={`${props.testId}-up`}
      >
        ↑
      </Button>
      <Button
        size="small"
        appearance="subtle"
        className={styles.action}
        aria-label={t("plan.move.down", { item: props.item })}
        title={t("plan.move.down", { item: props.item })}
        disabled={props.index === props.count - 1}
        onClick={() => props.onMove(1)}
        data-testid={`${props.testId}-down`}
      >
        ↓
      </Button>
      <Button
        size="small"
        appearance="subtle"
        className={styles.action}
        aria-label={t("plan.remove", { item: props.item })}
        title={t("plan.remove", { item: props.item })}
        onClick={props.onRemove}
        data-testid={`${props.testId}-remove`}
      >
        ×
      </Button>
    </div>
  );
}

/** A text field with the core's problem beside it. */
function TextField(props: {
  label: MessageKey;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: MessageKey;
  multiline?: boolean;
  required?: boolean;
  testId: string;
  focusTarget?: (element: HTMLElement | null) => void;
}) {
  const { t } = useI18n();
  const styles = usePlanStyles();
  const { focusTarget } = props;
  return (
    <Field
      label={t(props.label)}
      required={props.required}
      hint={props.hint ? t(props.hint) : undefined}
      validationState={props.error ? "error" : "none"}
      validationMessage={props.error}
    >
      {props.multiline ? (
        <Textarea
          className={styles.input}
          value={props.value}
          resize="vertical"
          onChange={(_e, d) => props.onChange(d.value)}
          data-testid={props.testId}
          ref={focusTarget as ((element: HTMLTextAreaElement | null) => void) | undefined}
        />
      ) : (
        <Input
          className={styles.input}
          value={props.value}
          onChange={(_e, d) => props.onChange(d.value)}
          data-testid={props.testId}
          ref={focusTarget as ((element: HTMLInputElement | null) => void) | undefined}
        />
      )}
    </Field>
  );
}

const DIRECTIONS: readonly Direction[] = ["up", "down", "band", "binary"];
const METHODS: readonly RateMethod[] = ["ratio", "progress"];

/** One initiative: its text and the section that owns it. */
export function InitiativeFields(props: {
  value: FormInitiative;
  onChange: (change: Partial<FormInitiative>) => void;
  path: string;
  errorAt: ErrorAt;
  testId: string;
  first?: (element: HTMLElement | null) => void;
}) {
  const styles = usePlanStyles();
  return (
    <div className={styles.stack}>
      <TextField
        label="plan.initiative.text"
        value={props.value.text}
        onChange={(text) => props.onChange({ text })}
        error={props.errorAt(join(props.path, "text"))}
        multiline
        testId={`${props.testId}-text`}
        focusTarget={props.first}
      />
      <TextField
        label="plan.initiative.section"
        value={props.value.section}
        onChange={(section) => props.onChange({ section })}
        error={props.errorAt(join(props.path, "section"))}
        testId={`${props.testId}-section`}
      />
    </div>
  );
}

/** One indicator: name, unit, direction, method, baseline, target and weight. */
export function IndicatorFields(props: {
  value: FormIndicator;
  onChange: (change: Partial<FormIndicator>) => void;
  path: string;
  errorAt: ErrorAt;
  testId: string;
  first?: (element: HTMLElement | null) => void;
}) {
  const { t } = useI18n();
  const styles = usePlanStyles();
  const error = (field: string) => props.errorAt(join(props.path, field));
  const value = props.value;
  return (
    <div className={styles.stack}>
      <TextField
        label="plan.indicator.name"
        value={value.name}
        onChange={(name) => props.onChange({ name })}
        error={error("name")}
        required
        testId={`${props.testId}-name`}
        focusTarget={props.first}
      />
      <div className={styles.grid}>
        <TextField
          label="plan.indicator.unit"
          value={value.unit}
          onChange={(unit) => props.onChange({ unit })}
          error={error("unit")}
          testId={`${props.testId}-unit`}
        />
        <Field label={t("plan.indicator.direction")}>
          <Select
            className={styles.input}
            value={value.direction}
            onChange={(_e, d) => props.onChange({ direction: d.value as Direction })}
            data-testid={`${props.testId}-direction`}
          >
            {DIRECTIONS.map((direction) => (
              <option key={direction} value={direction}>
                {t(`plan.direction.${direction}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("plan.indicator.method")}>
          <Select
            className={styles.input}
            value={value.method}
            onChange={(_e, d) => props.onChange({ method: d.value as RateMethod })}
            data-testid={`${props.testId}-method`}
          >
            {METHODS.map((method) => (
              <option key={method} value={method}>
                {t(`plan.method.${method}`)}
              </option>
            ))}
          </Select>
        </Field>
        <TextField
          label="plan.indicator.baseline"
          value={value.baseline}
          onChange={(baseline) => props.onChange({ baseline })}
          error={error("baseline")}
          testId={`${props.testId}-baseline`}
        />
        <TextField
          label="plan.indicator.target"
          value={value.target}
          onChange={(target) => props.onChange({ target })}
          error={error("target")}
          testId={`${props.testId}-target`}
        />
        <TextField
          label="plan.indicator.weight"
          value={value.weight}
          onChange={(weight) => props.onChange({ weight })}
          error={error("weight")}
          hint="plan.weight.hint"
          testId={`${props.testId}-weight`}
        />
      </div>
      <Text size={200}>{t("plan.value.hint")}</Text>
    </div>
  );
}

/**
 * A list of rows under a heading, each with its fields and its up / down / remove buttons, and a button to
 * add one. `name(index)` names a row for its buttons.
 */
function RowList<T extends { readonly id: string }>(props: {
  heading: MessageKey;
  addLabel: MessageKey;
  items: readonly T[];
  onChange: (items: T[]) => void;
  make: () => T;
  name: (index: number) => string;
  testId: string;
  render: (
    item: T,
    index: number,
    change: (change: Partial<T>) => void,
    first: (e: HTMLElement | null) => void,
  ) => ReactNode;
}) {
  const { t } = useI18n();
  const styles = usePlanStyles();
  const { register, focus } = useFocusTargets();
  const headingId = useId();
  const addId = `${props.testId}-add`;
  const { items, onChange } = props;
  return (
    <div role="group" aria-labelledby={headingId} className={styles.stack}>
      <Text as="h5" weight="semibold" id={headingId} className={styles.groupTitle}>
        {t(props.heading)}
      </Text>
      {items.length > 0 && (
        <ul className={styles.rows}>
          {items.map((item, index) => (
            <li
              key={item.id}
              className={styles.row}
              aria-label={props.name(index)}
              data-testid={`${props.testId}-${index}`}
            >
              <div className={styles.rowHead}>
                <Text size={200} weight="semibold">
                  {props.name(index)}
                </Text>
                <RowActions
                  item={props.name(index)}
                  index={index}
                  count={items.length}
                  onMove={(delta) => onChange(moved(items, index, delta))}
                  onRemove={() => {
                    const next = items[index + 1] ?? items[index - 1];
                    onChange(removed(items, index));
                    focus(next ? next.id : addId);
                  }}
                  testId={`${props.testId}-${index}`}
                />
              </div>
              {props.render(item, index, (change) => onChange(changed(items, index, change)), register(item.id))}
            </li>
          ))}
        </ul>
      )}
      <div>
        <Button
          size="small"
          onClick={() => {
            const item = props.make();
            onChange([...items, item]);
            focus(item.id);
          }}
          ref={register(addId)}
          data-testid={addId}
        >
          {t(props.addLabel)}
        </Button>
      </div>
    </div>
  );
}

/** A goal's own fields, then its initiatives and its indicators. */
export function GoalFields(props: {
  value: FormGoal;
  onChange: (change: Partial<FormGoal>) => void;
  /** The goal's words for naming its rows ("重点目標 2"). */
  place: string;
  path: string;
  errorAt: ErrorAt;
  testId: string;
  titleTarget?: (element: HTMLElement | null) => void;
}) {
  const { t } = useI18n();
  const styles = usePlanStyles();
  const { value, onChange, path, errorAt, testId } = props;
  const text = (
    field: "title" | "field" | "masterPlanCodes" | "basicPolicyCodes" | "measureSheetCodes" | "targetStatement",
  ) => ({
    value: value[field],
    onChange: (next: string) => onChange({ [field]: next }),
    error: errorAt(join(path, field)),
    testId: `${testId}-${field}`,
  });
  return (
    <div className={styles.stack}>
      <TextField label="plan.goal.title" {...text("title")} multiline required focusTarget={props.titleTarget} />
      <TextField label="plan.goal.field" {...text("field")} />
      <div className={styles.codes}>
        <TextField label="plan.goal.masterPlanCodes" {...text("masterPlanCodes")} />
        <TextField label="plan.goal.basicPolicyCodes" {...text("basicPolicyCodes")} />
        <TextField label="plan.goal.measureSheetCodes" {...text("measureSheetCodes")} />
      </div>
      <Text size={200}>{t("plan.codes.hint")}</Text>
      <TextField label="plan.goal.targetStatement" {...text("targetStatement")} multiline />
      <RowList
        heading="plan.initiatives"
        addLabel="plan.initiative.add"
        items={value.initiatives}
        onChange={(initiatives) => onChange({ initiatives })}
        make={emptyInitiative}
        name={(index) => t("plan.place.initiative", { place: props.place, row: index + 1 })}
        testId={`${testId}-initiative`}
        render={(initiative, index, change, first) => (
          <InitiativeFields
            value={initiative}
            onChange={change}
            path={join(path, `initiatives.${index}`)}
            errorAt={errorAt}
            testId={`${testId}-initiative-${index}`}
            first={first}
          />
        )}
      />
      <RowList
        heading="plan.indicators"
        addLabel="plan.indicator.add"
        items={value.indicators}
        onChange={(indicators) => onChange({ indicators })}
        make={emptyIndicator}
        name={(index) => t("plan.place.indicator", { place: props.place, row: index + 1 })}
        testId={`${testId}-indicator`}
        render={(indicator, index, change, first) => (
          <IndicatorFields
            value={indicator}
            onChange={change}
            path={join(path, `indicators.${index}`)}
            errorAt={errorAt}
            testId={`${testId}-indicator-${index}`}
            first={first}
          />
        )}
      />
    </div>
  );
}
