/**
 * What each column of a hand-made table was read as, with a dropdown to correct it. The choice is saved
 * with the sheet (a custom property) and the sheet graded again, so the result shown is always the one
 * the saved reading gives.
 */
import { Field, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { GradedTable } from "../../core/grade";
import { ASSIGNABLE_ROLES, type AssignableRole, isAssignableRole } from "../../core/sheet/hand-made/column-roles";
import type { MessageKey } from "../../core/messages";
import { useI18n } from "../i18n";

const useStyles = makeStyles({
  block: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  columns: { display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: tokens.spacingVerticalXS },
});

export function BlockColumns(props: {
  table: GradedTable;
  busy: boolean;
  onChange: (headerCell: string, column: string, role: AssignableRole) => void;
}) {
  const { t } = useI18n();
  const styles = useStyles();
  const block = props.table.block;
  if (!block) return null;
  const roleLabel = (role: AssignableRole) => t(`ui.role.${role}` as MessageKey);
  return (
    <section className={styles.block} aria-label={t("ui.grade.columns", { table: props.table.name })}>
      <Text as="h4" weight="semibold">
        {t("ui.grade.columns", { table: props.table.name })}
      </Text>
      <div className={styles.columns}>
        {block.columns.map((column) => {
          const current: AssignableRole = column.role !== null && isAssignableRole(column.role) ? column.role : "none";
          const header = column.header === "" ? column.column : column.header;
          const year = column.year === null ? "" : ` (${t("ui.grade.columnYear", { year: column.year })})`;
          return (
            <Field key={column.column} label={`${column.column}: ${header}${year}`} size="small">
              <Select
                size="small"
                value={current}
                disabled={props.busy}
                aria-label={t("ui.grade.columnRole", { column: column.column, header })}
                data-testid={`column-role-${block.headerCell}-${column.column}`}
                onChange={(_, data) => {
                  if (isAssignableRole(data.value)) props.onChange(block.headerCell, column.column, data.value);
                }}
              >
                {ASSIGNABLE_ROLES.map((role) => (
                  <option key={role} value={role}>
                    {roleLabel(role)}
                  </option>
                ))}
              </Select>
            </Field>
          );
        })}
      </div>
    </section>
  );
}
